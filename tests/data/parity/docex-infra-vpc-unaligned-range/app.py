import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "docex-infra-vpc-unaligned-range")

# A range whose start is inside a /20 block: the VPC and its subnets use the next aligned block.
ec2.Vpc(
    stack,
    "Unaligned",
    ip_addresses=ec2.IpAddresses.cidr("10.0.1.0/20"),
    max_azs=2,
    restrict_default_security_group=False,
)

# The same with subnet groups of their own masks, and an aligned range kept as written.
ec2.Vpc(
    stack,
    "UnalignedMasked",
    ip_addresses=ec2.IpAddresses.cidr("172.16.5.0/22"),
    max_azs=1,
    nat_gateways=0,
    restrict_default_security_group=False,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="web", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=26),
        ec2.SubnetConfiguration(name="db", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=27),
    ],
)
ec2.Vpc(
    stack,
    "Aligned",
    ip_addresses=ec2.IpAddresses.cidr("10.8.0.0/16"),
    max_azs=1,
    nat_gateways=0,
    restrict_default_security_group=False,
)

app.synth()
