import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "apigwv2-websocket-stack-parameters")

# A provisioned table sized and named by stack parameters.
suffix = cdk.CfnParameter(
    stack, "TableSuffix", default="sessions", min_length=3, allowed_pattern="^[A-Za-z_]+$"
)
reads = cdk.CfnParameter(stack, "Reads", type="Number", default=5, min_value=5, max_value=100)
writes = cdk.CfnParameter(stack, "Writes", type="Number", default=5, min_value=5, max_value=100)
sessions = dynamodb.Table(
    stack,
    "Sessions",
    partition_key=dynamodb.Attribute(name="connectionId", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PROVISIONED,
    read_capacity=reads.value_as_number,
    write_capacity=writes.value_as_number,
    table_name=f"{cdk.Aws.STACK_NAME}-{suffix.value_as_string}",
    removal_policy=cdk.RemovalPolicy.DESTROY,
)


def handler(name: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        function_name=f"{cdk.Aws.STACK_NAME}-{name.lower()}",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
        memory_size=256,
        timeout=cdk.Duration.minutes(5),
        environment={"TABLE": sessions.table_name},
    )


join, leave, chat = handler("Join"), handler("Leave"), handler("Chat")
for function in (join, leave, chat):
    sessions.grant_read_write_data(function)

# The API is named after the stack; its stage deploys only through an explicit deployment.
chat_api = apigwv2.WebSocketApi(
    stack,
    "ChatApi",
    api_name=cdk.Aws.STACK_NAME,
    description="chat over WebSocket",
    connect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("JoinIntegration", join)
    ),
    disconnect_route_options=apigwv2.WebSocketRouteOptions(
        integration=integrations.WebSocketLambdaIntegration("LeaveIntegration", leave)
    ),
)
chat_api.add_route("say", integration=integrations.WebSocketLambdaIntegration("SayIntegration", chat))
chat_api.grant_manage_connections(chat)
live = apigwv2.WebSocketStage(
    stack, "Live", web_socket_api=chat_api, stage_name="live", description="live stage", auto_deploy=False
)

# A layer whose content a custom resource of the stack provides.
packager = handler("Packager")
package = cdk.CustomResource(
    stack,
    "Package",
    service_token=packager.function_arn,
    resource_type="Custom::LayerPackage",
    properties={"Version": 1},
)
layer = lambda_.CfnLayerVersion(
    stack,
    "PackagedLayer",
    content=lambda_.CfnLayerVersion.ContentProperty(
        s3_bucket=package.get_att_string("Bucket"), s3_key=package.get_att_string("Key")
    ),
    compatible_runtimes=["python3.12"],
)
chat.add_layers(lambda_.LayerVersion.from_layer_version_arn(stack, "PackagedLayerRef", layer.ref))

cdk.CfnOutput(stack, "Url", value=live.url)
cdk.CfnOutput(stack, "CallbackUrl", value=live.callback_url)
cdk.CfnOutput(stack, "TableArn", value=sessions.table_arn)
app.synth()
