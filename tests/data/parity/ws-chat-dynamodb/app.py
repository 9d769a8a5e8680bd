"""A WebSocket chat: a DynamoDB connections table, $connect/$disconnect/sendmessage functions with table and management API grants."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigatewayv2_integrations import WebSocketLambdaIntegration

app = cdk.App()
stack = cdk.Stack(app, "ws-chat-dynamodb")

table = dynamodb.Table(
    stack,
    "Connections",
    partition_key=dynamodb.Attribute(name="connectionId", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    time_to_live_attribute="expiresAt",
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
table.add_global_secondary_index(
    index_name="byRoom",
    partition_key=dynamodb.Attribute(name="roomId", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="connectedAt", type=dynamodb.AttributeType.NUMBER),
    projection_type=dynamodb.ProjectionType.KEYS_ONLY,
)


def handler(name: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
        environment={"TABLE_NAME": table.table_name},
    )


connect_fn = handler("ConnectFn")
disconnect_fn = handler("DisconnectFn")
message_fn = handler("MessageFn")
table.grant_write_data(connect_fn)
table.grant_read_write_data(disconnect_fn)
table.grant_read_write_data(message_fn)

api = apigwv2.WebSocketApi(
    stack,
    "ChatApi",
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=WebSocketLambdaIntegration("ConnectIntegration", connect_fn)
    ),
    disconnect_route_options=apigwv2.WebSocketRouteOptions(
        integration=WebSocketLambdaIntegration("DisconnectIntegration", disconnect_fn)
    ),
)
api.add_route("sendmessage", integration=WebSocketLambdaIntegration("MessageIntegration", message_fn))
stage = apigwv2.WebSocketStage(stack, "Prod", web_socket_api=api, stage_name="prod", auto_deploy=True)
stage.grant_management_api_access(message_fn)
message_fn.add_environment("CALLBACK_URL", stage.callback_url)

cdk.CfnOutput(stack, "TableName", value=table.table_name)
cdk.CfnOutput(stack, "TableArn", value=table.table_arn)
cdk.CfnOutput(stack, "Url", value=stage.url)

app.synth()
