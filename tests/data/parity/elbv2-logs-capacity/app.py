import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()


def load_balancers(stack: cdk.Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    logs = s3.Bucket(stack, "Logs", encryption=s3.BucketEncryption.S3_MANAGED)
    alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc, minimum_capacity_unit=200)
    alb.log_access_logs(logs, "alb")
    alb.log_connection_logs(logs, "connections")
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc, minimum_capacity_unit=5500)
    nlb.log_access_logs(logs)
    other = s3.Bucket(stack, "Other")
    elbv2.ApplicationLoadBalancer(stack, "Plain", vpc=vpc).log_access_logs(other)
    imported = s3.Bucket.from_bucket_name(stack, "Imported", "existing-log-bucket")
    elbv2.ApplicationLoadBalancer(stack, "ToImported", vpc=vpc).log_access_logs(imported, "imported")

    elbv2.ApplicationTargetGroup(
        stack,
        "Health",
        vpc=vpc,
        port=80,
        target_group_health=elbv2.TargetGroupHealth(
            dns_minimum_healthy_target_count=3,
            dns_minimum_healthy_target_percentage=70,
            routing_minimum_healthy_target_count=2,
            routing_minimum_healthy_target_percentage=50,
        ),
    )
    elbv2.NetworkTargetGroup(
        stack,
        "NetworkHealth",
        vpc=vpc,
        port=80,
        target_group_health=elbv2.TargetGroupHealth(
            dns_minimum_healthy_target_count=0, routing_minimum_healthy_target_percentage=0
        ),
    )
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    )
    elbv2.ApplicationTargetGroup(
        stack,
        "MultiValue",
        target_type=elbv2.TargetType.LAMBDA,
        targets=[targets.LambdaTarget(fn)],
        multi_value_headers_enabled=True,
    )
    elbv2.ApplicationTargetGroup(
        stack,
        "SingleValue",
        target_type=elbv2.TargetType.LAMBDA,
        targets=[targets.LambdaTarget(fn)],
        multi_value_headers_enabled=False,
    )


load_balancers(cdk.Stack(app, "elbv2-logs-us-east-1", env=cdk.Environment(account="123456789012", region="us-east-1")))
load_balancers(cdk.Stack(app, "elbv2-logs-ap-southeast-4", env=cdk.Environment(region="ap-southeast-4")))
app.synth()
