import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "fuzz-infra-vpc-wide-range-dns")

# A range wider than /16 is accepted as long as every subnet split from it is /16 to /28.
ec2.Vpc(
    stack,
    "Wide",
    ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/8"),
    max_azs=2,
    nat_gateways=0,
    restrict_default_security_group=False,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="edge", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
        ec2.SubnetConfiguration(name="data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=20),
    ],
)

app.synth()
