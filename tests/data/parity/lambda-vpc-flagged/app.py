"""Functions in a VPC: automatic security group, given security groups with public subnets, no-egress group with tracing, and connections."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_lambda as lambda_, aws_ec2 as ec2
app = cdk.App()
stack = cdk.Stack(app, "lambda-vpc")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
fn = lambda_.Function(stack, "VpcFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c): return 1"), vpc=vpc)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc, allow_all_outbound=False)
fn2 = lambda_.Function(stack, "PublicFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("x"), vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    allow_public_subnet=True, security_groups=[sg])
fn3 = lambda_.Function(stack, "NoEgressFn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
    code=lambda_.Code.from_inline("x"), vpc=vpc, allow_all_outbound=False, tracing=lambda_.Tracing.ACTIVE)
fn.connections.allow_to(sg, ec2.Port.tcp(443))
app.synth()
