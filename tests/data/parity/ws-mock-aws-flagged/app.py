"""WebSocketApi with a custom route selection expression, mock and AWS (DynamoDB PutItem) integrations, custom routes with responses, and a throttled stage."""
import json

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ws-mock-aws")

api_role = iam.Role(
    stack,
    "ApiRole",
    assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"),
    description="Lets API Gateway write chat messages",
)
api_role.add_to_policy(
    iam.PolicyStatement(
        actions=["dynamodb:PutItem"],
        resources=[stack.format_arn(service="dynamodb", resource="table", resource_name="chat-messages")],
    )
)

web_socket_api = apigwv2.WebSocketApi(
    stack,
    "ChatApi",
    api_name="chat",
    description="Chat over WebSocket",
    route_selection_expression="$request.body.type",
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketMockIntegration("ConnectIntegration"),
    ),
    default_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketMockIntegration("DefaultIntegration"),
        return_response=True,
    ),
)

web_socket_api.add_route(
    "ping",
    integration=integrations.WebSocketMockIntegration("PingIntegration"),
    return_response=True,
)
web_socket_api.add_route(
    "sendmessage",
    integration=integrations.WebSocketAwsIntegration(
        "PutMessage",
        integration_uri=f"arn:aws:apigateway:{stack.region}:dynamodb:action/PutItem",
        integration_method="POST",
        credentials_role=api_role,
        passthrough_behavior=apigwv2.PassthroughBehavior.NEVER,
        template_selection_expression="\\$default",
        request_templates={
            "$default": json.dumps(
                {
                    "TableName": "chat-messages",
                    "Item": {"id": {"S": "$context.requestId"}, "body": {"S": "$input.body"}},
                }
            )
        },
        timeout=cdk.Duration.seconds(10),
    ),
)
web_socket_api.add_route(
    "history",
    integration=integrations.WebSocketAwsIntegration(
        "QueryHistory",
        integration_uri=f"arn:aws:apigateway:{stack.region}:dynamodb:action/Query",
        integration_method="POST",
        credentials_role=api_role,
        content_handling=apigwv2.ContentHandling.CONVERT_TO_TEXT,
        request_parameters={"integration.request.header.x-source": "'chat'"},
    ),
    return_response=True,
)

stage = apigwv2.WebSocketStage(
    stack,
    "LiveStage",
    web_socket_api=web_socket_api,
    stage_name="live",
    auto_deploy=True,
    throttle=apigwv2.ThrottleSettings(rate_limit=100, burst_limit=50),
    description="Live chat",
)

cdk.CfnOutput(stack, "WebSocketUrl", value=stage.url)
cdk.CfnOutput(stack, "CallbackUrl", value=stage.callback_url)
cdk.CfnOutput(stack, "ApiEndpoint", value=web_socket_api.api_endpoint)

app.synth()
