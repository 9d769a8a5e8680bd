"""Vpc variants: reserved AZs and subnet groups, NAT placement, no NAT with egress subnets, explicit AZs, tenancy, gateway endpoints on selected subnets, and a dependency on internet connectivity."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()

reserved = cdk.Stack(app, "vpc-reserved")
ec2.Vpc(
    reserved,
    "Vpc",
    max_azs=1,
    reserved_azs=1,
    nat_gateways=0,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="web", subnet_type=ec2.SubnetType.PUBLIC, map_public_ip_on_launch=False),
        ec2.SubnetConfiguration(name="spare", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, reserved=True),
        ec2.SubnetConfiguration(name="data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
    ],
)

env = cdk.Stack(app, "vpc-nat-placement", env=cdk.Environment(account="123456789012", region="eu-west-1"))
vpc = ec2.Vpc(
    env,
    "Vpc",
    ip_addresses=ec2.IpAddresses.cidr("172.16.0.0/20"),
    availability_zones=["dummy1a", "dummy1b", "dummy1c"],
    nat_gateways=2,
    nat_gateway_subnets=ec2.SubnetSelection(subnet_group_name="edge"),
    default_instance_tenancy=ec2.DefaultInstanceTenancy.DEDICATED,
    enable_dns_support=True,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="front", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=26),
        ec2.SubnetConfiguration(name="edge", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=26),
        ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    ],
)
vpc.add_gateway_endpoint(
    "Dynamo",
    service=ec2.GatewayVpcEndpointAwsService.DYNAMODB,
    subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS), ec2.SubnetSelection(subnet_group_name="front", one_per_az=True)],
)
waiter = cdk.CfnResource(env, "Waiter", type="AWS::CloudFormation::WaitConditionHandle")
waiter.node.add_dependency(vpc.internet_connectivity_established)
waiter2 = cdk.CfnResource(env, "PublicWaiter", type="AWS::CloudFormation::WaitConditionHandle")
waiter2.node.add_dependency(vpc.select_subnets(subnet_group_name="front", availability_zones=["dummy1b"]).internet_connectivity_established)
cdk.CfnOutput(env, "Private", value=cdk.Fn.join(",", vpc.select_subnets().subnet_ids))
cdk.CfnOutput(env, "Azs", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PUBLIC, one_per_az=True).availability_zones))
cdk.CfnOutput(env, "DefaultSg", value=vpc.vpc_default_security_group)
cdk.CfnOutput(env, "Cidr", value=vpc.vpc_cidr_block)
cdk.CfnOutput(env, "Arn", value=vpc.vpc_arn)

egress = cdk.Stack(app, "vpc-egress-no-nat")
ec2.Vpc(
    egress,
    "Vpc",
    cidr="10.20.0.0/16",
    max_azs=2,
    nat_gateways=0,
    enable_dns_hostnames=False,
    enable_dns_support=False,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="egress", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    ],
)
app.synth()
