"""Lambda integrations on imported functions (by attributes and by name) serving a route and its sub-route,
and one function behind several routes whose permissions are not scoped to a route."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "integ-int-http-imported-handlers")


def greeter(id: str, word: str, **options: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.InlineCode(f'exports.handler = async () => ({{ statusCode: 200, body: "{word}" }});'),
        **options,
    )


api = apigwv2.HttpApi(stack, "Shelf")

owned = greeter("Owned", "owned")
by_arn_target = greeter("ByArnTarget", "by-arn")
by_name_target = greeter("ByNameTarget", "by-name", function_name="shelf-by-name")
by_arn = lambda_.Function.from_function_attributes(
    stack, "ByArn", function_arn=by_arn_target.function_arn, same_environment=True
)
by_name = lambda_.Function.from_function_name(stack, "ByName", "shelf-by-name")

for prefix, handler in (("/owned", owned), ("/arn", by_arn), ("/name", by_name)):
    integration = integrations.HttpLambdaIntegration(f"{prefix[1:].title()}Integration", handler)
    api.add_routes(path=prefix, methods=[apigwv2.HttpMethod.GET], integration=integration)
    api.add_routes(path=f"{prefix}/{{item}}", methods=[apigwv2.HttpMethod.GET], integration=integration)

# The imported functions exist only once these are deployed.
api.node.add_dependency(by_arn_target)
api.node.add_dependency(by_name_target)

shared = greeter("Shared", "shared")
for number in range(1, 5):
    apigwv2.HttpRoute(
        stack,
        f"Shared{number}",
        http_api=api,
        route_key=apigwv2.HttpRouteKey.with_(f"/shared/{number}", apigwv2.HttpMethod.GET),
        integration=integrations.HttpLambdaIntegration(
            f"Shared{number}Integration", shared, scope_permission_to_route=False
        ),
    )

app.synth()
