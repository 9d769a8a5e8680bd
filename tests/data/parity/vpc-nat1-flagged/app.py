"""Vpc with two availability zones sharing a single NAT gateway."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpc-nat1")
ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
app.synth()
