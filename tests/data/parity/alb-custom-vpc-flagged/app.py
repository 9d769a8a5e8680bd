"""An internal ALB in a Vpc with custom subnet groups, reached through a VpcLink on chosen subnets with a dedicated security group; HttpAlbIntegrations with secure_server_name and parameter mappings."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "alb-custom-vpc")

vpc = ec2.Vpc(
    stack,
    "AppVpc",
    ip_addresses=ec2.IpAddresses.cidr("10.20.0.0/16"),
    max_azs=2,
    nat_gateways=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="edge", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
        ec2.SubnetConfiguration(name="services", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=22),
        ec2.SubnetConfiguration(name="links", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=26),
    ],
)

link_sg = ec2.SecurityGroup(
    stack, "LinkSg", vpc=vpc, description="API Gateway VPC link", allow_all_outbound=False
)
alb_sg = ec2.SecurityGroup(stack, "AlbSg", vpc=vpc, description="Internal ALB")
alb_sg.add_ingress_rule(link_sg, ec2.Port.tcp(443), "from the VPC link")
link_sg.add_egress_rule(alb_sg, ec2.Port.tcp(443), "to the ALB")

alb = elbv2.ApplicationLoadBalancer(
    stack,
    "ServicesAlb",
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_group_name="services"),
    security_group=alb_sg,
)
listener = alb.add_listener("Https", port=443, protocol=elbv2.ApplicationProtocol.HTTP, open=False)
listener.add_action("Default", action=elbv2.ListenerAction.fixed_response(200, message_body="ok"))

vpc_link = apigwv2.VpcLink(
    stack,
    "ServicesLink",
    vpc=vpc,
    vpc_link_name="services-link",
    subnets=ec2.SubnetSelection(subnet_group_name="links"),
    security_groups=[link_sg],
)

api = apigwv2.HttpApi(
    stack,
    "ServicesApi",
    default_integration=integrations.HttpAlbIntegration(
        "DefaultAlb",
        listener,
        vpc_link=vpc_link,
        secure_server_name="services.internal.example.com",
        parameter_mapping=apigwv2.ParameterMapping()
        .append_header("x-api-request-id", apigwv2.MappingValue.context_variable("requestId"))
        .overwrite_header("x-service-host", apigwv2.MappingValue.custom("services.internal.example.com")),
    ),
)
api.add_routes(
    path="/accounts/{accountId}",
    methods=[apigwv2.HttpMethod.GET, apigwv2.HttpMethod.PATCH],
    integration=integrations.HttpAlbIntegration(
        "AccountsAlb",
        listener,
        vpc_link=vpc_link,
        method=apigwv2.HttpMethod.ANY,
        secure_server_name="accounts.internal.example.com",
        parameter_mapping=apigwv2.ParameterMapping().overwrite_path(
            apigwv2.MappingValue.custom("/v1/accounts/${request.path.accountId}")
        ),
        timeout=cdk.Duration.seconds(10),
    ),
)

cdk.CfnOutput(stack, "VpcLinkId", value=vpc_link.vpc_link_id)
cdk.CfnOutput(stack, "ApiEndpoint", value=api.api_endpoint)

app.synth()
