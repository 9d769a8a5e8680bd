import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_certificatemanager as acm,
    aws_cognito as cognito,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_elasticloadbalancingv2_actions as elb_actions,
    aws_elasticloadbalancingv2_targets as elb_targets,
    aws_lambda as lambda_,
    aws_route53 as route53,
    aws_route53_targets as r53_targets,
)
from constructs import Construct


class EdgeStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "AppVpc", max_azs=2, nat_gateways=0,
                      subnet_configuration=[
                          ec2.SubnetConfiguration(name="ingress", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                          ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
                      ])
        zone = route53.PublicHostedZone(self, "Zone", zone_name="shop.example.com")
        cert = acm.Certificate(self, "AlbCert", domain_name="app.shop.example.com",
                               subject_alternative_names=["admin.shop.example.com"],
                               validation=acm.CertificateValidation.from_dns(zone))
        pool = cognito.UserPool(self, "Staff", user_pool_name="staff")
        client = pool.add_client("AlbClient", generate_secret=True,
                                 o_auth=cognito.OAuthSettings(flows=cognito.OAuthFlows(authorization_code_grant=True),
                                                              scopes=[cognito.OAuthScope.OPENID],
                                                              callback_urls=["https://admin.shop.example.com/oauth2/idpresponse"]))
        domain = pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="shop-staff"))

        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True,
                                            idle_timeout=cdk.Duration.seconds(120), http2_enabled=False,
                                            drop_invalid_header_fields=True,
                                            deletion_protection=False)
        alb.add_redirect()
        https = alb.add_listener("Https", port=443, certificates=[elbv2.ListenerCertificate.from_certificate_manager(cert)],
                                 ssl_policy=elbv2.SslPolicy.RECOMMENDED_TLS,
                                 default_action=elbv2.ListenerAction.fixed_response(404, content_type="text/plain",
                                                                                    message_body="not here"))
        fn = lambda_.Function(self, "Catalog", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                              code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
        tg = elbv2.ApplicationTargetGroup(self, "CatalogTg", targets=[elb_targets.LambdaTarget(fn)],
                                          health_check=elbv2.HealthCheck(enabled=True, interval=cdk.Duration.seconds(60),
                                                                         healthy_http_codes="200-299"))
        https.add_action("Catalog", priority=10,
                         conditions=[elbv2.ListenerCondition.path_patterns(["/catalog/*"]),
                                     elbv2.ListenerCondition.http_request_methods(["GET", "HEAD"])],
                         action=elbv2.ListenerAction.forward([tg]))
        ip_tg = elbv2.ApplicationTargetGroup(self, "LegacyTg", vpc=vpc, port=8080, protocol=elbv2.ApplicationProtocol.HTTP,
                                             target_type=elbv2.TargetType.IP,
                                             targets=[elb_targets.IpTarget("10.0.3.15", 8080)],
                                             deregistration_delay=cdk.Duration.seconds(15),
                                             stickiness_cookie_duration=cdk.Duration.hours(1),
                                             slow_start=cdk.Duration.seconds(60))
        https.add_action("Admin", priority=20,
                         conditions=[elbv2.ListenerCondition.host_headers(["admin.shop.example.com"])],
                         action=elb_actions.AuthenticateCognitoAction(
                             user_pool=pool, user_pool_client=client, user_pool_domain=domain,
                             session_timeout=cdk.Duration.hours(8),
                             next=elbv2.ListenerAction.forward([ip_tg])))
        https.add_action("Weighted", priority=30,
                         conditions=[elbv2.ListenerCondition.http_header("X-Canary", ["yes"]),
                                     elbv2.ListenerCondition.query_strings([elbv2.QueryStringCondition(key="v", value="2"),
                                                                            elbv2.QueryStringCondition(value="beta")]),
                                     elbv2.ListenerCondition.source_ips(["10.0.0.0/8"])],
                         action=elbv2.ListenerAction.weighted_forward([
                             elbv2.WeightedTargetGroup(target_group=tg, weight=9),
                             elbv2.WeightedTargetGroup(target_group=ip_tg, weight=1)],
                             stickiness_duration=cdk.Duration.minutes(5)))
        https.add_action("Old", priority=40,
                         conditions=[elbv2.ListenerCondition.path_patterns(["/old/*"])],
                         action=elbv2.ListenerAction.redirect(path="/catalog/#{path}", permanent=True, protocol="HTTPS"))
        https.add_targets("Direct", priority=50, conditions=[elbv2.ListenerCondition.path_patterns(["/direct"])],
                          targets=[elb_targets.LambdaTarget(fn)])
        https.add_certificates("Extra", [elbv2.ListenerCertificate.from_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555")])
        route53.ARecord(self, "AppAlias", zone=zone, record_name="app",
                        target=route53.RecordTarget.from_alias(r53_targets.LoadBalancerTarget(alb)))
        route53.AaaaRecord(self, "AdminAlias", zone=zone, record_name="admin",
                           target=route53.RecordTarget.from_alias(r53_targets.LoadBalancerTarget(alb)))

        link = apigwv2.VpcLink(self, "Link", vpc=vpc, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
        api = apigwv2.HttpApi(self, "ShopApi")
        api.add_routes(path="/catalog/{proxy+}", methods=[apigwv2.HttpMethod.GET],
                       integration=integrations.HttpAlbIntegration("CatalogAlb", https, vpc_link=link))
        cdk.CfnOutput(self, "AlbDns", value=alb.load_balancer_dns_name)
        cdk.CfnOutput(self, "TgFullName", value=tg.target_group_full_name)


app = cdk.App()
EdgeStack(app, "ShopEdge", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
