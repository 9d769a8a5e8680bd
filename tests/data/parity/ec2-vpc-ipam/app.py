"""VPCs whose IPv4 range comes from an IPAM pool: `IpAddresses.aws_ipam_allocation` with a default subnet
netmask (public and private subnets in two AZs), and with an explicit `cidr_mask` on every subnet group of
different sizes and no default; the subnet ranges are split from the VPC's allocated range with Fn::Cidr."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcIpam")

default_mask = ec2.Vpc(
    stack,
    "DefaultMask",
    max_azs=2,
    ip_addresses=ec2.IpAddresses.aws_ipam_allocation(
        ipv4_ipam_pool_id="ipam-pool-0123456789abcdef0",
        ipv4_netmask_length=18,
        default_subnet_ipv4_netmask_length=24,
    ),
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    ],
    nat_gateways=1,
)

pool = cdk.CfnParameter(stack, "PoolId", type="String")
explicit_masks = ec2.Vpc(
    stack,
    "ExplicitMasks",
    max_azs=2,
    ip_addresses=ec2.IpAddresses.aws_ipam_allocation(
        ipv4_ipam_pool_id=pool.value_as_string,
        ipv4_netmask_length=16,
    ),
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Ingress", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=28),
        ec2.SubnetConfiguration(name="App", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20),
        ec2.SubnetConfiguration(name="Data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
        ec2.SubnetConfiguration(name="Spare", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=18, reserved=True),
    ],
)

cdk.CfnOutput(stack, "DefaultMaskCidr", value=default_mask.vpc_cidr_block)
cdk.CfnOutput(stack, "ExplicitMasksCidr", value=explicit_masks.vpc_cidr_block)
cdk.CfnOutput(stack, "FirstPrivateCidr", value=explicit_masks.private_subnets[0].ipv4_cidr_block)

app.synth()
