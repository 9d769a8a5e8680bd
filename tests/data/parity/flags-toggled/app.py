"""Flags in their other states and props that override them: "both" cross-stack references, new inline
policies per add_to_role_policy, layer hashing of imported layers, stack tags without explicitStackTags,
explicit props beside restrictDefaultSecurityGroup, useCdkManagedLogGroup and the NLB security group."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
cdk.Tags.of(app).add("team", "payments")

producer = cdk.Stack(app, "Producer")
vpc = ec2.Vpc(producer, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
group = ec2.SecurityGroup(producer, "NlbGroup", vpc=vpc)
elbv2.NetworkLoadBalancer(producer, "Nlb", vpc=vpc, security_groups=[group])
elbv2.NetworkLoadBalancer(producer, "NoGroups", vpc=vpc, security_groups=[])

token_layer = lambda_.LayerVersion.from_layer_version_attributes(
    producer,
    "TokenLayer",
    layer_version_arn=cdk.Fn.import_value("SharedLayerArn"),
    compatible_runtimes=[lambda_.Runtime.PYTHON_3_12, lambda_.Runtime.PYTHON_3_13],
)
literal_layer = lambda_.LayerVersion.from_layer_version_attributes(
    producer,
    "LiteralLayer",
    layer_version_arn="arn:aws:lambda:us-east-1:123456789012:layer:shared:3",
    compatible_runtimes=[lambda_.Runtime.PYTHON_3_12],
)
any_layer = lambda_.LayerVersion.from_layer_version_arn(
    producer, "AnyLayer", "arn:aws:lambda:us-east-1:123456789012:layer:other:1"
)
fn = lambda_.Function(
    producer,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
    layers=[token_layer, literal_layer, any_layer],
    log_group=logs.LogGroup(producer, "Logs", retention=logs.RetentionDays.ONE_WEEK),
)
fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/*"]))
fn.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
cdk.CfnOutput(producer, "Version", value=fn.current_version.version)

consumer = cdk.Stack(app, "Consumer")
cdk.CfnResource(consumer, "Topic", type="AWS::SNS::Topic", properties={"DisplayName": vpc.vpc_id})
cdk.CfnOutput(consumer, "RemoteFn", value=fn.function_arn)

app.synth()
