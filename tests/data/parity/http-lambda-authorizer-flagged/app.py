"""HttpLambdaAuthorizer as an API's default authorizer, on single routes and shared by several routes,
with SIMPLE and IAM response types, custom identity sources and results_cache_ttl (including zero)."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "http-lambda-authorizer")


def function(id: str, body: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(f"def handler(event, context):\n    return {body}\n"),
    )


auth_handler = function("AuthHandler", "{'isAuthorized': True}")
books_handler = function("BooksHandler", "{'statusCode': 200, 'body': 'books'}")

# 1. Default authorizer with every default: IAM responses, payload 1.0, 5 minute cache, Authorization header.
default_authorizer = authorizers.HttpLambdaAuthorizer("DefaultAuthorizer", auth_handler)
default_api = apigwv2.HttpApi(stack, "DefaultApi", default_authorizer=default_authorizer)
default_api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
    integration=integrations.HttpLambdaIntegration("DefaultBooks", books_handler),
)
default_api.add_routes(
    path="/health",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("Health", "https://example.com/health"),
    authorizer=apigwv2.HttpNoneAuthorizer(),
)

# 2. On a single route, SIMPLE responses (payload 2.0), a name and a 10 minute cache.
route_api = apigwv2.HttpApi(stack, "RouteApi")
simple_authorizer = authorizers.HttpLambdaAuthorizer(
    "SimpleAuthorizer",
    auth_handler,
    authorizer_name="simple-authorizer",
    response_types=[authorizers.HttpLambdaResponseType.SIMPLE],
    results_cache_ttl=cdk.Duration.minutes(10),
)
route_api.add_routes(
    path="/books/{id}",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpLambdaIntegration("RouteBooks", books_handler),
    authorizer=simple_authorizer,
)
route_api.add_routes(
    path="/public",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("Public", "https://example.com/public"),
)

# 3. Shared by two routes and an explicit HttpRoute: SIMPLE and IAM, two identity sources, 1 hour cache.
shared_api = apigwv2.HttpApi(stack, "SharedApi")
shared_authorizer = authorizers.HttpLambdaAuthorizer(
    "SharedAuthorizer",
    auth_handler,
    identity_source=["$request.header.X-Api-Key", "$request.querystring.token"],
    response_types=[authorizers.HttpLambdaResponseType.SIMPLE, authorizers.HttpLambdaResponseType.IAM],
    results_cache_ttl=cdk.Duration.hours(1),
)
shared_books = integrations.HttpLambdaIntegration("SharedBooks", books_handler)
shared_api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.DELETE],
    integration=shared_books,
    authorizer=shared_authorizer,
)
apigwv2.HttpRoute(
    stack,
    "AuthorsRoute",
    http_api=shared_api,
    route_key=apigwv2.HttpRouteKey.with_("/authors", apigwv2.HttpMethod.GET),
    integration=integrations.HttpUrlIntegration("Authors", "https://example.com/authors"),
    authorizer=shared_authorizer,
)

# 4. Caching off: Duration.seconds(0) with an explicit IAM response type and no identity source.
nocache_handler = function("NoCacheAuthHandler", "{'principalId': 'user'}")
nocache_authorizer = authorizers.HttpLambdaAuthorizer(
    "NoCacheAuthorizer",
    nocache_handler,
    identity_source=[],
    response_types=[authorizers.HttpLambdaResponseType.IAM],
    results_cache_ttl=cdk.Duration.seconds(0),
)
nocache_api = apigwv2.HttpApi(stack, "NoCacheApi", default_authorizer=nocache_authorizer)
nocache_api.add_routes(
    path="/{proxy+}",
    integration=integrations.HttpLambdaIntegration("NoCacheBooks", books_handler),
)

# 5. A 90 second cache, SIMPLE responses and a context variable as identity source.
seconds_authorizer = authorizers.HttpLambdaAuthorizer(
    "SecondsAuthorizer",
    nocache_handler,
    identity_source=["$context.sourceIp"],
    response_types=[authorizers.HttpLambdaResponseType.SIMPLE],
    results_cache_ttl=cdk.Duration.seconds(90),
)
nocache_api.add_routes(
    path="/seconds",
    methods=[apigwv2.HttpMethod.PUT],
    integration=integrations.HttpUrlIntegration("Seconds", "https://example.com/seconds"),
    authorizer=seconds_authorizer,
)

cdk.CfnOutput(stack, "DefaultAuthorizerId", value=default_authorizer.authorizer_id)
cdk.CfnOutput(stack, "SharedAuthorizerId", value=shared_authorizer.authorizer_id)

app.synth()
