"""A WebSocket stage mapped to a custom domain with an imported certificate, and WebSocketApi.arn_for_execute_api outputs."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm

app = cdk.App()
stack = cdk.Stack(app, "ws-domain-arn")

certificate = acm.Certificate.from_certificate_arn(
    stack, "Certificate", "arn:aws:acm:us-east-1:123456789012:certificate/abcdef01-2345-6789-abcd-ef0123456789"
)
domain = apigwv2.DomainName(stack, "Domain", domain_name="ws.example.com", certificate=certificate)

api = apigwv2.WebSocketApi(
    stack,
    "ChatApi",
    default_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketMockIntegration("DefaultMock")
    ),
)
stage = apigwv2.WebSocketStage(
    stack,
    "ProdStage",
    web_socket_api=api,
    stage_name="prod",
    auto_deploy=True,
    domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain, mapping_key="chat"),
)

cdk.CfnOutput(stack, "AllArn", value=api.arn_for_execute_api())
cdk.CfnOutput(stack, "GetArn", value=api.arn_for_execute_api("GET"))
cdk.CfnOutput(stack, "AnyArn", value=api.arn_for_execute_api("ANY", "/messages"))
cdk.CfnOutput(stack, "StageArn", value=api.arn_for_execute_api("POST", "/messages/send", "prod"))
cdk.CfnOutput(stack, "EmptyArn", value=api.arn_for_execute_api("", "", ""))
cdk.CfnOutput(stack, "TokenStageArn", value=api.arn_for_execute_api(None, None, stage.stage_name))
cdk.CfnOutput(stack, "DomainUrl", value=stage.url)

app.synth()
