"""Vpc with a custom CIDR and public / private-with-egress / isolated subnet groups with custom masks and names."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpc-custom-subnets")
ec2.Vpc(
    stack,
    "Vpc",
    ip_addresses=ec2.IpAddresses.cidr("10.10.0.0/16"),
    max_azs=2,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="ingress", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
        ec2.SubnetConfiguration(name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20),
        ec2.SubnetConfiguration(name="db", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=28),
    ],
)
app.synth()
