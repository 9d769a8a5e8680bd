"""Flag effects beyond the existing cases: partition literals, weak cross-region references, stack tags,
imported-role policy names, post-quantum TLS policies, NLB security groups and managed log groups."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = cdk.App()
cdk.Tags.of(app).add("team", "payments")

producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="123456789012", region="us-east-1"))
queue = sqs.Queue(producer, "Queue", queue_name="orders")
imported = iam.Role.from_role_arn(producer, "Imported", "arn:aws:iam::123456789012:role/existing")
imported.add_to_principal_policy(
    iam.PolicyStatement(actions=["sqs:SendMessage", "sqs:GetQueueUrl"], resources=[queue.queue_arn])
)
vpc = ec2.Vpc(producer, "Vpc", max_azs=2, nat_gateways=1)
alb = elbv2.ApplicationLoadBalancer(producer, "Alb", vpc=vpc)
alb.add_listener(
    "Https",
    port=443,
    certificates=[elbv2.ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc")],
    default_action=elbv2.ListenerAction.fixed_response(200),
)
nlb = elbv2.NetworkLoadBalancer(producer, "Nlb", vpc=vpc)
nlb.add_listener(
    "Tls",
    port=443,
    protocol=elbv2.Protocol.TLS,
    certificates=[elbv2.ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/def")],
    default_action=elbv2.NetworkListenerAction.forward(
        [elbv2.NetworkTargetGroup(producer, "Targets", vpc=vpc, port=443, protocol=elbv2.Protocol.TCP, target_type=elbv2.TargetType.IP)]
    ),
)
plain_nlb = elbv2.NetworkLoadBalancer(producer, "PlainNlb", vpc=vpc, disable_security_groups=True)
cdk.CfnOutput(producer, "QueueArnFormatted", value=producer.format_arn(service="sqs", resource="q"))

consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="123456789012", region="eu-west-1"))
cdk.Tags.of(consumer).add("stack-only", "yes", include_resource_types=["aws:cdk:stack"])
sqs.CfnQueue(consumer, "Local", tags=[cdk.CfnTag(key="remote-vpc", value=vpc.vpc_id)])
cdk.CfnOutput(consumer, "RemoteVpcId", value=vpc.vpc_id)
cdk.CfnOutput(consumer, "RemoteSubnet", value=vpc.private_subnets[0].subnet_id)

china = cdk.Stack(app, "China", env=cdk.Environment(account="123456789012", region="cn-north-1"))
fn = lambda_.Function(
    china,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
)
fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws-cn:s3:::bucket/*"]))
cdk.CfnOutput(
    china,
    "FnArnFormatted",
    value=china.format_arn(
        service="lambda", resource="function", resource_name="x", arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME
    ),
)
cdk.CfnOutput(china, "LogGroupName", value=fn.log_group.log_group_name)

app.synth()
