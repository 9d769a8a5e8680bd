import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "EfsEnvFunction", env=cdk.Environment(account="123456789012", region="eu-west-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1)
fs = efs.FileSystem(
    stack,
    "Cache",
    vpc=vpc,
    one_zone=True,
    allow_anonymous_access=False,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
cache_fs = efs.FileSystem(
    stack,
    "Models",
    vpc=vpc,
    performance_mode=efs.PerformanceMode.MAX_IO,
    allow_anonymous_access=True,
)
ap = efs.AccessPoint(
    stack,
    "CacheAp",
    file_system=fs,
    path="/cache",
    create_acl={"owner_gid": "1000", "owner_uid": "1000", "permissions": "755"},
    posix_user={"gid": "1000", "uid": "1000", "secondary_gids": ["2000"]},
)
models_ap = cache_fs.add_access_point("ModelsAp", path="/models")
fn = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    filesystem=lambda_.FileSystem.from_efs_access_point(ap, "/mnt/cache"),
    timeout=cdk.Duration.seconds(10),
)
models_fn = lambda_.Function(
    stack,
    "Models2",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    vpc=vpc,
    filesystem=lambda_.FileSystem.from_efs_access_point(models_ap, "/mnt/models"),
)
cache_fs.grant_read(models_fn)
api = apigwv2.HttpApi(stack, "Api")
api.add_routes(path="/cache", integration=integrations.HttpLambdaIntegration("CacheIntegration", fn))
app.synth()
