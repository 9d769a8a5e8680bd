"""WebSocket APIs built from a per-environment config where some values are left empty."""
import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_apigatewayv2_authorizers as authorizers,
    aws_lambda as lambda_,
    aws_sqs as sqs,
    aws_iam as iam,
)

CONFIG = {
    "dev": {"api_name": "", "selection": "", "authorizer_name": "", "headers": {}, "templates": {}},
    "prod": {
        "api_name": "events-prod",
        "selection": "$request.body.type",
        "authorizer_name": "events-auth",
        "headers": {"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
        "templates": {"$default": "Action=SendMessage&MessageBody=$input.body"},
    },
}

app = cdk.App()
for env_name, cfg in CONFIG.items():
    stack = cdk.Stack(app, f"Events-{env_name}")
    queue = sqs.Queue(stack, "Inbox")
    role = iam.Role(stack, "ApiRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    queue.grant_send_messages(role)
    auth_fn = lambda_.Function(
        stack, "AuthFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c):\n    return {'principalId': 'x'}"),
    )
    api = apigwv2.WebSocketApi(
        stack,
        "EventsApi",
        api_name=cfg["api_name"],
        route_selection_expression=cfg["selection"],
        connect_route_options=apigwv2.WebSocketRouteOptions(
            integration=integrations.WebSocketMockIntegration("Connect", request_templates=cfg["templates"]),
            authorizer=authorizers.WebSocketLambdaAuthorizer("Auth", auth_fn, authorizer_name=cfg["authorizer_name"]),
        ),
    )
    api.add_route(
        "publish",
        integration=integrations.WebSocketAwsIntegration(
            "Publish",
            integration_uri=f"arn:aws:apigateway:{stack.region}:sqs:path/{stack.account}/{queue.queue_name}",
            integration_method="POST",
            credentials_role=role,
            request_parameters=cfg["headers"],
            request_templates=cfg["templates"],
        ),
    )
    apigwv2.WebSocketIntegration(
        stack,
        "Spare",
        web_socket_api=api,
        integration_type=apigwv2.WebSocketIntegrationType.MOCK,
        integration_uri="",
        request_parameters=cfg["headers"],
        request_templates=cfg["templates"],
    )
    stage = apigwv2.WebSocketStage(stack, "Stage", web_socket_api=api, stage_name=env_name, auto_deploy=True)
    cdk.CfnOutput(stack, "Url", value=stage.url)
    cdk.CfnOutput(stack, "ApiName", value=api.web_socket_api_name or "(none)")
app.synth()
