import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_certificatemanager as acm,
    aws_cloudwatch as cw,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_route53 as route53,
    aws_route53_targets as targets,
    aws_servicediscovery as sd,
)
from constructs import Construct


class SharedNetworkApi(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc.from_vpc_attributes(
            self, "CorpVpc", vpc_id="vpc-0a1b2c3d4e5f67890", vpc_cidr_block="10.20.0.0/16",
            availability_zones=["eu-west-1a", "eu-west-1b", "eu-west-1c"],
            private_subnet_ids=["subnet-p1", "subnet-p2", "subnet-p3", "subnet-q1", "subnet-q2", "subnet-q3"],
            private_subnet_names=["app", "data"],
            private_subnet_route_table_ids=["rtb-1", "rtb-2", "rtb-3", "rtb-4", "rtb-5", "rtb-6"],
            isolated_subnet_ids=["subnet-i1", "subnet-i2", "subnet-i3"],
            isolated_subnet_ipv4_cidr_blocks=["10.20.100.0/24", "10.20.101.0/24", "10.20.102.0/24"],
        )
        link_sg = ec2.SecurityGroup(self, "LinkSg", vpc=vpc, description="API Gateway VPC link", allow_all_outbound=False)
        app_sg = ec2.SecurityGroup.from_security_group_id(self, "AppSg", "sg-0123456789abcdef0", allow_all_outbound=False)
        app_sg.add_ingress_rule(link_sg, ec2.Port.tcp(8080), "from the VPC link")
        link_sg.add_egress_rule(app_sg, ec2.Port.tcp(8080), "to the app")
        link_sg.connections.allow_to(ec2.Peer.ipv4("10.20.100.0/22"), ec2.Port.tcp_range(9000, 9100), "to data services")
        link = apigwv2.VpcLink(self, "Link", vpc=vpc, security_groups=[link_sg],
                               subnets=ec2.SubnetSelection(subnet_group_name="app"))
        link.add_subnets(vpc.select_subnets(subnet_group_name="data").subnets[0])
        listener = elbv2.ApplicationListener.from_application_listener_attributes(
            self, "Listener",
            listener_arn="arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/corp-alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
            security_group=app_sg, default_port=8080)
        nlb = elbv2.NetworkLoadBalancer.from_network_load_balancer_attributes(
            self, "Nlb", load_balancer_arn="arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/corp-nlb/1234567890abcdef",
            vpc=vpc, load_balancer_dns_name="corp-nlb-1234567890abcdef.elb.eu-west-1.amazonaws.com",
            load_balancer_canonical_hosted_zone_id="Z2IFOLAFXWLO4F")
        nlb_listener = elbv2.NetworkListener.from_network_listener_arn(
            self, "NlbListener", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/net/corp-nlb/1234567890abcdef/aaaabbbbccccdddd")
        ns = sd.HttpNamespace(self, "Ns", name="corp-services", description="services reached through the API")
        svc = ns.create_service("Billing", description="billing service",
                                custom_health_check=sd.HealthCheckCustomConfig(failure_threshold=1))
        svc.register_ip_instance("BillingA", ipv4="10.20.1.10", port=8080, custom_attributes={"zone": "a"})
        svc.register_non_ip_instance("BillingRef", custom_attributes={"arn": "arn:aws:lambda:eu-west-1:123456789012:function:x"})
        cert = acm.Certificate.from_certificate_arn(self, "Cert", "arn:aws:acm:eu-west-1:123456789012:certificate/0f0f0f0f-1111-2222-3333-444455556666")
        domain = apigwv2.DomainName(self, "Domain", domain_name="corp-api.example.com", certificate=cert,
                                    endpoint_type=apigwv2.EndpointType.REGIONAL, security_policy=apigwv2.SecurityPolicy.TLS_1_2)
        api = apigwv2.HttpApi(self, "CorpApi", default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain))
        api.add_routes(path="/app/{proxy+}", methods=[apigwv2.HttpMethod.ANY],
                       integration=integrations.HttpAlbIntegration("App", listener, vpc_link=link, method=apigwv2.HttpMethod.ANY))
        api.add_routes(path="/tcp", methods=[apigwv2.HttpMethod.POST],
                       integration=integrations.HttpNlbIntegration("Tcp", nlb_listener, vpc_link=link))
        api.add_routes(path="/billing", methods=[apigwv2.HttpMethod.GET],
                       integration=integrations.HttpServiceDiscoveryIntegration("Billing", svc, vpc_link=link,
                                                                              secure_server_name="billing.corp"))
        zone = route53.PublicHostedZone.from_public_hosted_zone_attributes(self, "Zone", hosted_zone_id="Z111111QQQQQQQ", zone_name="example.com")
        route53.ARecord(self, "ApiAlias", zone=zone, record_name="corp-api",
                        target=route53.RecordTarget.from_alias(targets.ApiGatewayv2DomainProperties(
                            domain.regional_domain_name, domain.regional_hosted_zone_id)))
        route53.ARecord(self, "NlbAlias", zone=zone, record_name="tcp",
                        target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(nlb)))
        cw.Alarm(self, "NlbUnhealthy", metric=nlb.metrics.tcp_client_reset_count(period=cdk.Duration.minutes(1)),
                 threshold=100, evaluation_periods=3)
        cdk.CfnOutput(self, "PrivateSubnets", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS).subnet_ids))
        cdk.CfnOutput(self, "IsolatedAzs", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, one_per_az=True).availability_zones))
        cdk.CfnOutput(self, "NsArn", value=ns.namespace_arn)


app = cdk.App()
SharedNetworkApi(app, "CorpApi", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
