"""Authorizers with credentials and imported authorizers: HttpLambdaAuthorizer(role=...) (credentials
rendered, no Lambda permission), HttpAuthorizer(role=...) with the LAMBDA type and its default payload
format, HttpAuthorizer.from_http_authorizer_attributes and WebSocketAuthorizer.from_web_socket_authorizer_attributes
used by routes, HttpApiHelper, ApiMapping.from_api_mapping_attributes and the stage URL helpers."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "http-authorizer-role")

auth_handler = lambda_.Function(
    stack,
    "AuthHandler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'isAuthorized': True}\n"),
)
invoker = iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
auth_handler.grant_invoke(invoker)

api = apigwv2.HttpApi(stack, "Api")
role_authorizer = authorizers.HttpLambdaAuthorizer(
    "RoleAuthorizer",
    auth_handler,
    role=invoker,
    response_types=[authorizers.HttpLambdaResponseType.SIMPLE],
)
api.add_routes(
    path="/books",
    methods=[apigwv2.HttpMethod.GET],
    integration=integrations.HttpUrlIntegration("Books", "https://example.com/books"),
    authorizer=role_authorizer,
)

direct = apigwv2.HttpAuthorizer(
    stack,
    "Direct",
    http_api=api,
    identity_source=["$request.header.Authorization"],
    type=apigwv2.HttpAuthorizerType.LAMBDA,
    authorizer_uri=f"arn:{cdk.Aws.PARTITION}:apigateway:{cdk.Aws.REGION}:lambda:path/2015-03-31/functions/"
    f"{auth_handler.function_arn}/invocations",
    role=invoker,
    enable_simple_responses=True,
)
explicit = apigwv2.HttpAuthorizer(
    stack,
    "Explicit",
    http_api=api,
    identity_source=["$request.header.Authorization"],
    type=apigwv2.HttpAuthorizerType.LAMBDA,
    authorizer_uri="arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn/invocations",
    payload_format_version=apigwv2.AuthorizerPayloadVersion.VERSION_1_0,
)
imported = apigwv2.HttpAuthorizer.from_http_authorizer_attributes(
    stack, "ImportedAuthorizer", authorizer_id=direct.authorizer_id, authorizer_type="CUSTOM"
)
api.add_routes(
    path="/authors",
    methods=[apigwv2.HttpMethod.POST],
    integration=integrations.HttpUrlIntegration("Authors", "https://example.com/authors"),
    authorizer=imported,
)

ws = apigwv2.WebSocketApi(stack, "Ws")
ws_authorizer = apigwv2.WebSocketAuthorizer.from_web_socket_authorizer_attributes(
    stack, "WsImportedAuthorizer", authorizer_id="auth123", authorizer_type="CUSTOM"
)
ws.add_route(
    "$connect",
    integration=integrations.WebSocketMockIntegration("Connect"),
    authorizer=ws_authorizer,
)

mapping = apigwv2.ApiMapping.from_api_mapping_attributes(stack, "Mapping", api_mapping_id="map123")
helper = apigwv2.HttpApiHelper.from_http_api(api)

cdk.CfnOutput(stack, "DirectId", value=direct.authorizer_id)
cdk.CfnOutput(stack, "MappingId", value=mapping.api_mapping_id)
cdk.CfnOutput(stack, "HelperArn", value=helper.arn_for_execute_api("GET", "/books", "prod"))
cdk.CfnOutput(stack, "HelperAnyArn", value=helper.arn_for_execute_api("ANY"))
cdk.CfnOutput(stack, "HelperDefaultArn", value=helper.arn_for_execute_api())

app.synth()
