"""Default Vpc asking for three availability zones (environment-agnostic stack)."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpc-3az")
ec2.Vpc(stack, "Vpc", max_azs=3)
app.synth()
