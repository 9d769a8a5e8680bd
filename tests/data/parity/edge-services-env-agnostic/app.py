import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_authorizers as authorizers,
    aws_apigatewayv2_integrations as integrations,
    aws_certificatemanager as acm,
    aws_cloudwatch as cw,
    aws_cloudwatch_actions as actions,
    aws_cognito as cognito,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_route53 as route53,
    aws_route53_targets as targets,
    aws_servicediscovery as sd,
)
from constructs import Construct


class PortableStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=0, subnet_configuration=[
            ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC),
            ec2.SubnetConfiguration(name="iso", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
        vpc.add_gateway_endpoint("S3", service=ec2.GatewayVpcEndpointAwsService.S3)
        vpc.add_interface_endpoint("Ecr", service=ec2.InterfaceVpcEndpointAwsService.ECR)
        zone = route53.PublicHostedZone(self, "Zone", zone_name="portable.example.com")
        cert = acm.Certificate(self, "Cert", domain_name="api.portable.example.com", validation=acm.CertificateValidation.from_dns(zone))
        domain = apigwv2.DomainName(self, "Domain", domain_name="api.portable.example.com", certificate=cert)
        pool = cognito.UserPool(self, "Pool", email=cognito.UserPoolEmail.with_ses(from_email="no-reply@portable.example.com",
                                                                                   ses_region="us-east-1", ses_verified_domain="portable.example.com"))
        client = pool.add_client("Web", o_auth=cognito.OAuthSettings(callback_urls=["https://portable.example.com/cb"]))
        pool_domain = pool.add_domain("Hosted", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="portable-app"))
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        listener = alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
        ns = sd.PrivateDnsNamespace(self, "Ns", vpc=vpc, name="portable.local")
        svc = ns.create_service("Svc", dns_record_type=sd.DnsRecordType.A_AAAA)
        svc.register_ip_instance("I1", ipv4="10.0.0.5", ipv6="2001:db8::5")
        link = apigwv2.VpcLink(self, "Link", vpc=vpc, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
        api = apigwv2.HttpApi(self, "Api", default_domain_mapping=apigwv2.DomainMappingOptions(domain_name=domain))
        auth = authorizers.HttpUserPoolAuthorizer("Auth", pool, user_pool_clients=[client])
        api.add_routes(path="/alb", authorizer=auth, integration=integrations.HttpAlbIntegration("Alb", listener, vpc_link=link))
        api.add_routes(path="/sd", integration=integrations.HttpServiceDiscoveryIntegration("Sd", svc, vpc_link=link))
        route53.ARecord(self, "ApiAlias", zone=zone, record_name="api", target=route53.RecordTarget.from_alias(
            targets.ApiGatewayv2DomainProperties(domain.regional_domain_name, domain.regional_hosted_zone_id)))
        route53.ARecord(self, "AlbAlias", zone=zone, record_name="alb", target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(alb)))
        alarm = cw.Alarm(self, "Cpu", metric=cw.Metric(namespace="AWS/EC2", metric_name="CPUUtilization", dimensions_map={"InstanceId": "i-0abc"}),
                         threshold=90, evaluation_periods=2)
        alarm.add_alarm_action(actions.Ec2Action(actions.Ec2InstanceAction.RECOVER))
        alarm.add_alarm_action(actions.SsmAction(actions.OpsItemSeverity.CRITICAL, actions.OpsItemCategory.AVAILABILITY))
        alarm.add_ok_action(actions.SsmIncidentAction("portable-plan"))
        cw.Dashboard(self, "Dash", widgets=[[cw.AlarmWidget(alarm=alarm), cw.GraphWidget(left=[api.metric_count(), alb.metrics.request_count()])]])
        cdk.CfnOutput(self, "SignIn", value=pool_domain.sign_in_url(client, redirect_uri="https://portable.example.com/cb"))
        cdk.CfnOutput(self, "Azs", value=cdk.Fn.join(",", vpc.availability_zones))


app = cdk.App()
PortableStack(app, "Portable")
app.synth()
