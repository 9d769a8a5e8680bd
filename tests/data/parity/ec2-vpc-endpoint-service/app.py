"""VPC endpoint services: a Network Load Balancer offered through PrivateLink with defaults and with every
option (principals, regions, Contributor Insights, IP address types), and the service name's prefix in
regions whose names differ (cn-north-1)."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "EndpointServices")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
plain = ec2.VpcEndpointService(stack, "Plain", vpc_endpoint_service_load_balancers=[nlb])
shared = ec2.VpcEndpointService(
    stack,
    "Shared",
    vpc_endpoint_service_load_balancers=[nlb],
    acceptance_required=False,
    allowed_principals=[
        iam.ArnPrincipal("arn:aws:iam::123456789012:root"),
        iam.ArnPrincipal("arn:aws:iam::210987654321:role/Consumer"),
    ],
    allowed_regions=["us-east-1", "eu-west-1"],
    contributor_insights=True,
    supported_ip_address_types=[ec2.IpAddressType.IPV4, ec2.IpAddressType.IPV6],
)
cdk.CfnOutput(stack, "PlainId", value=plain.vpc_endpoint_service_id)
cdk.CfnOutput(stack, "PlainName", value=plain.vpc_endpoint_service_name)
cdk.CfnOutput(stack, "SharedId", value=shared.vpc_endpoint_service_id)
cdk.CfnOutput(stack, "SharedName", value=shared.vpc_endpoint_service_name)

regional = cdk.Stack(app, "EndpointServicesRegional", env=cdk.Environment(account="123456789012", region="cn-north-1"))
imported = elbv2.NetworkLoadBalancer.from_network_load_balancer_attributes(
    regional,
    "Nlb",
    load_balancer_arn="arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:loadbalancer/net/nlb/0123456789abcdef",
)
china = ec2.VpcEndpointService(
    regional,
    "China",
    vpc_endpoint_service_load_balancers=[imported],
    allowed_principals=[iam.ArnPrincipal("arn:aws-cn:iam::123456789012:root")],
    allowed_regions=[],
)
cdk.CfnOutput(regional, "ChinaName", value=china.vpc_endpoint_service_name)
app.synth()
