import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_certificatemanager as acm,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_elasticloadbalancingv2_targets as targets,
    aws_route53 as route53,
    aws_route53_targets as r53_targets,
    aws_s3 as s3,
)
from constructs import Construct


class ChainStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1)
        zone = route53.PrivateHostedZone(self, "Zone", zone_name="corp.internal", vpc=vpc)
        cert = acm.Certificate.from_certificate_arn(self, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/tls-cert")
        logs_bucket = s3.Bucket(self, "LbLogs", encryption=s3.BucketEncryption.S3_MANAGED, enforce_ssl=True)
        alb = elbv2.ApplicationLoadBalancer(self, "InnerAlb", vpc=vpc, internet_facing=False, load_balancer_name="inner-alb",
                                            desync_mitigation_mode=elbv2.DesyncMitigationMode.STRICTEST,
                                            x_amzn_tls_version_and_cipher_suite_headers=True, preserve_host_header=True,
                                            client_keep_alive=cdk.Duration.hours(1))
        alb.log_access_logs(logs_bucket, "inner-alb")
        alb_listener = alb.add_listener("Http", port=8080, protocol=elbv2.ApplicationProtocol.HTTP, open=False,
                                        default_action=elbv2.ListenerAction.fixed_response(503, content_type="text/plain", message_body="down"))
        alb_listener.add_targets("Instances", port=8080, protocol_version=elbv2.ApplicationProtocolVersion.HTTP2,
                                 priority=5, conditions=[elbv2.ListenerCondition.path_patterns(["/api/*"])],
                                 targets=[targets.InstanceIdTarget("i-0123456789abcdef0", 8081)],
                                 load_balancing_algorithm_type=elbv2.TargetGroupLoadBalancingAlgorithmType.LEAST_OUTSTANDING_REQUESTS,
                                 health_check=elbv2.HealthCheck(path="/healthz", healthy_http_codes="200,204",
                                                                unhealthy_threshold_count=4, port="8081"))
        nlb = elbv2.NetworkLoadBalancer(self, "FrontNlb", vpc=vpc, internet_facing=False, cross_zone_enabled=True,
                                        deletion_protection=False, client_routing_policy=elbv2.ClientRoutingPolicy.PARTIAL_AVAILABILITY_ZONE_AFFINITY)
        nlb.log_access_logs(logs_bucket, "front-nlb")
        tls = nlb.add_listener("Tls", port=443, certificates=[elbv2.ListenerCertificate.from_certificate_manager(cert)],
                               ssl_policy=elbv2.SslPolicy.TLS13_RES, alpn_policy=elbv2.AlpnPolicy.HTTP2_PREFERRED)
        tls.add_targets("ToAlb", port=8080, targets=[targets.AlbListenerTarget(alb_listener)],
                        health_check=elbv2.HealthCheck(protocol=elbv2.Protocol.HTTP, path="/ready"))
        udp = nlb.add_listener("Dns", port=53, protocol=elbv2.Protocol.UDP)
        udp.add_targets("Resolvers", port=53, protocol=elbv2.Protocol.UDP,
                        targets=[targets.IpTarget("10.0.100.2"), targets.IpTarget("10.0.100.3")],
                        health_check=elbv2.HealthCheck(protocol=elbv2.Protocol.TCP, port="53"))
        tcp_udp = nlb.add_listener("Syslog", port=514, protocol=elbv2.Protocol.TCP_UDP)
        tcp_udp.add_targets("Collectors", port=514, protocol=elbv2.Protocol.TCP_UDP, targets=[targets.IpTarget("10.0.100.9")])
        route53.ARecord(self, "NlbAlias", zone=zone, record_name="front",
                        target=route53.RecordTarget.from_alias(r53_targets.LoadBalancerTarget(nlb)))
        link = apigwv2.VpcLink(self, "Link", vpc=vpc)
        api = apigwv2.HttpApi(self, "Api")
        api.add_routes(path="/svc/{proxy+}", methods=[apigwv2.HttpMethod.ANY],
                       integration=integrations.HttpNlbIntegration("Front", tls, vpc_link=link, secure_server_name="front.corp.internal"))
        api.add_routes(path="/inner", methods=[apigwv2.HttpMethod.GET],
                       integration=integrations.HttpAlbIntegration("Inner", alb_listener))
        cdk.CfnOutput(self, "NlbName", value=nlb.load_balancer_full_name)
        cdk.CfnOutput(self, "AlbZone", value=alb.load_balancer_canonical_hosted_zone_id)


app = cdk.App()
ChainStack(app, "Chain", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
