"""HttpApi with an HttpJwtAuthorizer as default authorizer and default scopes; per-route overrides with HttpNoneAuthorizer, a second JWT authorizer and route scopes."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "http-jwt-auth")

issuer = "https://example.us.auth0.com/"
authorizer = authorizers.HttpJwtAuthorizer(
    "BooksAuthorizer",
    issuer,
    jwt_audience=["books-api", "books-web"],
)
partner_authorizer = authorizers.HttpJwtAuthorizer(
    "PartnerAuthorizer",
    "https://partners.example.com",
    jwt_audience=["partners"],
    authorizer_name="partner-jwt",
    identity_source=["$request.header.X-Partner-Token"],
)

api = apigwv2.HttpApi(
    stack,
    "BooksApi",
    default_authorizer=authorizer,
    default_authorization_scopes=["books:read"],
)

books = integrations.HttpUrlIntegration("BooksIntegration", "https://books.example.com/books")

api.add_routes(path="/books", methods=[apigwv2.HttpMethod.GET], integration=books)
api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.POST, apigwv2.HttpMethod.PUT],
    integration=books,
    authorization_scopes=["books:write", "books:admin"],
)
api.add_routes(
    path="/health",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("HealthIntegration", "https://books.example.com/health"),
    authorizer=apigwv2.HttpNoneAuthorizer(),
)
api.add_routes(
    path="/partners/{partnerId}/books",
    methods=[apigwv2.HttpMethod.GET],
    integration=books,
    authorizer=partner_authorizer,
    authorization_scopes=["partner:read"],
)

cdk.CfnOutput(stack, "BooksAuthorizerId", value=authorizer.authorizer_id)
cdk.CfnOutput(stack, "ApiUrl", value=api.url)

app.synth()
