"""Vpc with only isolated subnets (no internet gateway, no NAT)."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpc-isolated-only")
ec2.Vpc(
    stack,
    "Vpc",
    max_azs=2,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)
app.synth()
