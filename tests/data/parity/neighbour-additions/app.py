import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "neighbour-additions", env=cdk.Environment(account="123456789012", region="us-east-1"))

# IAM users with console passwords (a plain one is flagged by the template validator, as in aws-cdk-lib).
iam.User(stack, "Operator", password=cdk.SecretValue.secrets_manager("operator-password"), password_reset_required=True)

# A function in a VPC with IPv6 options, granted per version and for $LATEST.
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    vpc=vpc,
    allow_all_ipv6_outbound=True,
    ipv6_allowed_for_dual_stack=True,
)
caller = iam.Role(stack, "Caller", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
fn.grant_invoke_version(caller, fn.current_version)
fn.grant_invoke_latest_version(caller)
fn.grant_invoke_latest_version(iam.ServicePrincipal("sns.amazonaws.com"))

# An imported topic with its key, which a role may use.
key = kms.Key(stack, "Key")
topic = sns.Topic.from_topic_attributes(
    stack, "Topic", topic_arn="arn:aws:sns:us-east-1:123456789012:alerts", key_arn=key.key_arn
)
topic.grant_publish(caller)

# Rules of an imported listener, with and without the Rule suffix, and of a listener defined here.
group = ec2.SecurityGroup.from_security_group_id(stack, "ListenerGroup", "sg-0123456789abcdef0")
imported = elbv2.ApplicationListener.from_application_listener_attributes(
    stack,
    "Imported",
    listener_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/0123456789abcdef/fedcba9876543210",
    security_group=group,
)
for index, remove_suffix in enumerate((None, True)):
    imported.add_action(
        f"Fixed{index}",
        priority=index + 1,
        conditions=[elbv2.ListenerCondition.path_patterns([f"/fixed/{index}"])],
        action=elbv2.ListenerAction.fixed_response(200),
        remove_suffix=remove_suffix,
    )
alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
listener = alb.add_listener("Listener", port=80, default_action=elbv2.ListenerAction.fixed_response(404))
listener.add_action(
    "Kept",
    priority=1,
    conditions=[elbv2.ListenerCondition.path_patterns(["/kept"])],
    action=elbv2.ListenerAction.fixed_response(200),
    remove_suffix=True,
)
app.synth()
