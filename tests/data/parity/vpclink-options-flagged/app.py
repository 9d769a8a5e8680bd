"""VpcLink options: explicit subnets, security groups and name, subnets/groups added after creation, and HttpApi.add_vpc_link reuse."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpclink-options")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
sg1 = ec2.SecurityGroup(stack, "Sg1", vpc=vpc)
sg2 = ec2.SecurityGroup(stack, "Sg2", vpc=vpc)

link = apigwv2.VpcLink(
    stack,
    "Link",
    vpc=vpc,
    subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    security_groups=[sg1],
    vpc_link_name="explicit-link",
)
link.add_subnets(*vpc.private_subnets)
link.add_security_groups(sg2)

other_vpc = ec2.Vpc(stack, "OtherVpc", max_azs=1, nat_gateways=0, subnet_configuration=[
    ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
])

api = apigwv2.HttpApi(stack, "HttpApi")
first = api.add_vpc_link(vpc=vpc)
second = api.add_vpc_link(vpc=vpc)
assert first is second or first.vpc_link_id == second.vpc_link_id
api.add_vpc_link(
    vpc=other_vpc,
    vpc_link_name="other-link",
    subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
)

cdk.CfnOutput(stack, "LinkId", value=link.vpc_link_id)
cdk.CfnOutput(stack, "AutoLinkId", value=first.vpc_link_id)

app.synth()
