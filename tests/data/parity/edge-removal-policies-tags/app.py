import aws_cdk as cdk
from aws_cdk import (
    aws_certificatemanager as acm,
    aws_cloudwatch as cw,
    aws_cognito as cognito,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_route53 as route53,
    aws_servicediscovery as sd,
)
from constructs import Construct


class LifecycleStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=0)
        vpc.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
        zone = route53.PublicHostedZone(self, "Zone", zone_name="life.example.com")
        zone.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
        cert = acm.Certificate(self, "Cert", domain_name="life.example.com", validation=acm.CertificateValidation.from_dns(zone))
        cert.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
        pool = cognito.UserPool(self, "Pool", removal_policy=cdk.RemovalPolicy.DESTROY)
        client = pool.add_client("Client")
        client.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
        pool.add_group("Admins")
        alarm = cw.Alarm(self, "Alarm", metric=cw.Metric(namespace="N", metric_name="M"), threshold=1, evaluation_periods=1)
        alarm.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
        dash = cw.Dashboard(self, "Dash")
        dash.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc)
        alb.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
        ns = sd.HttpNamespace(self, "Ns", name="life")
        ns.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
        cdk.Tags.of(self).add("team", "edge")
        cdk.Tags.of(vpc).add("network", "core", exclude_resource_types=["AWS::EC2::Subnet"])
        cdk.Tags.of(pool).add("pii", "yes")
        cdk.Tags.of(alb).add("tier", "front", priority=200)
        cdk.Tags.of(zone).remove("team")
        cdk.Tags.of(ns).add("svc", "life")
        cdk.Tags.of(cert).add("Name", "life-cert")
        cdk.Tags.of(alarm).add("sev", "2")


app = cdk.App()
LifecycleStack(app, "Lifecycle", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
