import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_servicediscovery as sd,
)
from constructs import Construct


class NetworkStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.vpc = ec2.Vpc(
            self,
            "Vpc",
            max_azs=2,
            nat_gateways=1,
            restrict_default_security_group=False,
            subnet_configuration=[
                ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=22),
            ],
        )


class ServicesApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        link_sg = ec2.SecurityGroup(self, "LinkSg", vpc=vpc, description="VPC link", allow_all_outbound=True)
        link = apigwv2.VpcLink(
            self,
            "Link",
            vpc=vpc,
            vpc_link_name="services-link",
            subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
            security_groups=[link_sg],
        )

        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=False)
        alb_listener = alb.add_listener("Http", port=80, open=False)
        alb_listener.add_action(
            "Default", action=elbv2.ListenerAction.fixed_response(200, content_type="text/plain", message_body="ok")
        )
        alb.connections.allow_from(link_sg, ec2.Port.tcp(80))

        nlb = elbv2.NetworkLoadBalancer(self, "Nlb", vpc=vpc, cross_zone_enabled=True)
        nlb_listener = nlb.add_listener("Tcp", port=8080)
        nlb_listener.add_targets("Targets", port=8080, targets=[])

        namespace = sd.PrivateDnsNamespace(self, "Ns", name="svc.internal", vpc=vpc)
        service = namespace.create_service(
            "Inventory",
            name="inventory",
            dns_record_type=sd.DnsRecordType.SRV,
            dns_ttl=cdk.Duration.seconds(30),
        )

        api = apigwv2.HttpApi(self, "ServicesApi", api_name="services", create_default_stage=True)

        api.add_routes(
            path="/orders/{proxy+}",
            methods=[apigwv2.HttpMethod.ANY],
            integration=integrations.HttpAlbIntegration(
                "OrdersAlb",
                alb_listener,
                vpc_link=link,
                method=apigwv2.HttpMethod.ANY,
                parameter_mapping=apigwv2.ParameterMapping()
                .overwrite_path(apigwv2.MappingValue.custom("/$request.path.proxy"))
                .append_header("x-forwarded-api", apigwv2.MappingValue.context_variable("apiId")),
                timeout=cdk.Duration.seconds(15),
            ),
        )
        api.add_routes(
            path="/payments",
            methods=[apigwv2.HttpMethod.POST, apigwv2.HttpMethod.GET],
            integration=integrations.HttpNlbIntegration(
                "PaymentsNlb",
                nlb_listener,
                method=apigwv2.HttpMethod.POST,
                secure_server_name="payments.example.com",
            ),
        )
        api.add_routes(
            path="/inventory/{sku}",
            methods=[apigwv2.HttpMethod.GET],
            integration=integrations.HttpServiceDiscoveryIntegration(
                "InventorySd",
                service,
                vpc_link=link,
                method=apigwv2.HttpMethod.GET,
                parameter_mapping=apigwv2.ParameterMapping()
                .remove_header("cookie")
                .overwrite_query_string("sku", apigwv2.MappingValue.request_path_param("sku")),
            ),
        )
        # second ALB integration without explicit vpc link: creates one on the api
        api.add_routes(
            path="/admin",
            methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.PUT],
            integration=integrations.HttpAlbIntegration("AdminAlb", alb_listener),
        )
        link.add_subnets(*vpc.public_subnets)

        cdk.CfnOutput(self, "VpcLinkId", value=link.vpc_link_id)
        cdk.CfnOutput(self, "Endpoint", value=api.api_endpoint)
        cdk.CfnOutput(self, "AlbDns", value=alb.load_balancer_dns_name)


app = cdk.App()
env = cdk.Environment(account="111122223333", region="eu-west-1")
net = NetworkStack(app, "Network", env=env)
ServicesApiStack(app, "ServicesApi", vpc=net.vpc, env=env)
app.synth()
