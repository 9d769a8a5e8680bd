"""WebSocketMockIntegration with request templates and a template selection expression."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations

app = cdk.App()
stack = cdk.Stack(app, "WsMockTemplates")

web_socket_api = apigwv2.WebSocketApi(stack, "MockApi")
apigwv2.WebSocketStage(stack, "DevStage", web_socket_api=web_socket_api, stage_name="dev", auto_deploy=True)
web_socket_api.add_route(
    "echo",
    integration=integrations.WebSocketMockIntegration(
        "EchoIntegration",
        request_templates={"application/json": '{ "statusCode": 200 }'},
        template_selection_expression="\\$default",
    ),
    return_response=True,
)

app.synth()
