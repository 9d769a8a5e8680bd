"""Default Vpc in an environment-specific stack without any context (dummy AZ lookup values)."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpc-env", env=cdk.Environment(account="123456789012", region="us-east-1"))
ec2.Vpc(stack, "Vpc")
app.synth()
