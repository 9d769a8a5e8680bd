"""An ALB-fronted API: VPC with custom subnets, ALB with HTTPS, Lambda and IP target groups, listener rules
with many conditions, Route 53 alias, ACM cert validated in the zone, an internal NLB for a private service."""
import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as r53t


class NetworkStack(cdk.Stack):
    def __init__(self, scope, id, **kw):
        super().__init__(scope, id, **kw)
        self.vpc = ec2.Vpc(
            self, "Vpc",
            ip_addresses=ec2.IpAddresses.cidr("10.20.0.0/16"),
            max_azs=3,
            nat_gateways=1,
            restrict_default_security_group=False,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20),
                ec2.SubnetConfiguration(name="db", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=26),
            ],
            gateway_endpoints={"S3": ec2.GatewayVpcEndpointOptions(service=ec2.GatewayVpcEndpointAwsService.S3)},
        )
        self.vpc.add_interface_endpoint("Sts", service=ec2.InterfaceVpcEndpointAwsService.STS, subnets=ec2.SubnetSelection(subnet_group_name="app"))
        self.vpc.add_flow_log("Flow", traffic_type=ec2.FlowLogTrafficType.REJECT)


class ApiStack(cdk.Stack):
    def __init__(self, scope, id, vpc: ec2.IVpc, **kw):
        super().__init__(scope, id, **kw)
        zone = route53.PublicHostedZone(self, "Zone", zone_name="shop.example.com")
        cert = acm.Certificate(
            self, "Cert",
            domain_name="api.shop.example.com",
            subject_alternative_names=["*.api.shop.example.com"],
            validation=acm.CertificateValidation.from_dns(zone),
        )
        alb_sg = ec2.SecurityGroup(self, "AlbSg", vpc=vpc, description="ALB", allow_all_outbound=False)
        alb_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "https")
        alb_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(80), "http")
        alb = elbv2.ApplicationLoadBalancer(
            self, "Alb", vpc=vpc, internet_facing=True, security_group=alb_sg,
            idle_timeout=cdk.Duration.seconds(120), http2_enabled=True, drop_invalid_header_fields=True,
        )
        alb.add_redirect(source_port=80, target_port=443)
        https = alb.add_listener(
            "Https", port=443, certificates=[elbv2.ListenerCertificate.from_certificate_manager(cert)],
            ssl_policy=elbv2.SslPolicy.RECOMMENDED_TLS,
            default_action=elbv2.ListenerAction.fixed_response(404, content_type="application/json", message_body='{"message":"not found"}'),
        )
        handlers = {}
        for i, name in enumerate(["users", "orders", "search"]):
            f = lambda_.Function(
                self, f"{name.title()}Fn", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                code=lambda_.Code.from_inline("exports.handler = async () => ({statusCode: 200})"),
                vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
            )
            handlers[name] = f
            https.add_targets(
                f"{name.title()}Targets",
                priority=10 * (i + 1),
                conditions=[elbv2.ListenerCondition.path_patterns([f"/{name}", f"/{name}/*"])],
                targets=[targets.LambdaTarget(f)],
                health_check=elbv2.HealthCheck(enabled=True, path="/health", interval=cdk.Duration.seconds(60), timeout=cdk.Duration.seconds(10)),
            )
        legacy_tg = elbv2.ApplicationTargetGroup(
            self, "LegacyTg", vpc=vpc, port=8080, protocol=elbv2.ApplicationProtocol.HTTP,
            target_type=elbv2.TargetType.IP,
            targets=[targets.IpTarget("10.20.1.10"), targets.IpTarget("10.20.1.11", 8081)],
            health_check=elbv2.HealthCheck(path="/ping", healthy_http_codes="200-299", healthy_threshold_count=2, unhealthy_threshold_count=5),
            deregistration_delay=cdk.Duration.seconds(30),
            stickiness_cookie_duration=cdk.Duration.hours(1),
            slow_start=cdk.Duration.seconds(60),
        )
        https.add_action(
            "Legacy", priority=100,
            conditions=[
                elbv2.ListenerCondition.host_headers(["legacy.api.shop.example.com"]),
                elbv2.ListenerCondition.http_request_methods(["GET", "POST"]),
                elbv2.ListenerCondition.http_header("X-Client", ["mobile", "web"]),
            ],
            action=elbv2.ListenerAction.weighted_forward([
                elbv2.WeightedTargetGroup(target_group=legacy_tg, weight=90),
            ], stickiness_duration=cdk.Duration.minutes(10)),
        )
        https.add_action(
            "Old", priority=200,
            conditions=[elbv2.ListenerCondition.query_strings([elbv2.QueryStringCondition(key="v", value="1")]),
                        elbv2.ListenerCondition.source_ips(["203.0.113.0/24"])],
            action=elbv2.ListenerAction.redirect(path="/v2/#{path}", permanent=True),
        )
        record = route53.ARecord(self, "ApiAlias", zone=zone, record_name="api", target=route53.RecordTarget.from_alias(r53t.LoadBalancerTarget(alb)))
        route53.AaaaRecord(self, "ApiAliasV6", zone=zone, record_name="api", target=route53.RecordTarget.from_alias(r53t.LoadBalancerTarget(alb)))
        route53.CnameRecord(self, "Www", zone=zone, record_name="www", domain_name=record.domain_name, ttl=cdk.Duration.minutes(5))
        route53.TxtRecord(self, "Verify", zone=zone, values=["google-site-verification=abc", "v=spf1 -all"])

        nlb = elbv2.NetworkLoadBalancer(self, "Internal", vpc=vpc, internet_facing=False, cross_zone_enabled=True,
                                        vpc_subnets=ec2.SubnetSelection(subnet_group_name="app"))
        tcp = nlb.add_listener("Tcp", port=5432)
        tcp.add_targets("Db", port=5432, targets=[targets.IpTarget("10.20.200.5")],
                        health_check=elbv2.HealthCheck(protocol=elbv2.Protocol.TCP, interval=cdk.Duration.seconds(10)),
                        preserve_client_ip=False)
        cdk.CfnOutput(self, "AlbDns", value=alb.load_balancer_dns_name)
        cdk.CfnOutput(self, "NlbArn", value=nlb.load_balancer_arn)
        cdk.CfnOutput(self, "Url", value=f"https://{record.domain_name}")


app = cdk.App()
env = cdk.Environment(account="111122223333", region="us-east-2")
net = NetworkStack(app, "Network", env=env)
ApiStack(app, "AlbApi", vpc=net.vpc, env=env)
app.synth()
