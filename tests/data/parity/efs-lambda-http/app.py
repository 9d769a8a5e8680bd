import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "EfsLambdaHttp")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
key = kms.Key(stack, "FsKey", removal_policy=cdk.RemovalPolicy.DESTROY)
fs = efs.FileSystem(
    stack,
    "Fs",
    vpc=vpc,
    encrypted=True,
    kms_key=key,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    performance_mode=efs.PerformanceMode.GENERAL_PURPOSE,
    throughput_mode=efs.ThroughputMode.ELASTIC,
)
ap = fs.add_access_point(
    "Ap",
    path="/lambda",
    create_acl=efs.Acl(owner_gid="1001", owner_uid="1001", permissions="750"),
    posix_user=efs.PosixUser(gid="1001", uid="1001"),
)
fn = lambda_.Function(
    stack,
    "Messages",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
    vpc=vpc,
    filesystem=lambda_.FileSystem.from_efs_access_point(ap, "/mnt/msg"),
)
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(
    path="/messages",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
    integration=integrations.HttpLambdaIntegration("MessagesIntegration", fn),
)
cdk.CfnOutput(stack, "Url", value=api.url or "")
cdk.CfnOutput(stack, "FileSystemId", value=fs.file_system_id)
app.synth()
