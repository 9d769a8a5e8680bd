"""Default Vpc limited to one availability zone."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpc-1az")
ec2.Vpc(stack, "Vpc", max_azs=1)
app.synth()
