"""Tags.of(app) plus a stack-level tag over an HttpApi (default and custom stage), a WebSocketApi and stage, a VpcLink in a Vpc, a Lambda function and its role, and a LogGroup."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "tags-everything")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
link = apigwv2.VpcLink(
    stack, "Link", vpc=vpc, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)
)

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
)
logs.LogGroup(stack, "AuditLogs")

api = apigwv2.HttpApi(stack, "Api", default_integration=integrations.HttpLambdaIntegration("RootHandler", fn))
api.add_stage("Canary", stage_name="canary", auto_deploy=True)

ws = apigwv2.WebSocketApi(stack, "Socket")
ws.add_route("ping", integration=integrations.WebSocketLambdaIntegration("Ping", fn))
apigwv2.WebSocketStage(stack, "SocketStage", web_socket_api=ws, stage_name="live")

cdk.Tags.of(app).add("project", "bookstore")
cdk.Tags.of(app).add("cost-center", "1234")
cdk.Tags.of(stack).add("env", "dev")
cdk.Tags.of(api).add("Owner", "api-team")
cdk.Tags.of(ws).add("env", "socket-dev", priority=200)
cdk.Tags.of(vpc).add("Network", "core", exclude_resource_types=["AWS::EC2::Subnet"])

app.synth()
