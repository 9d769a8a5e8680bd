"""Vpc options: name, DNS hostnames off, restricted default security group (custom resource) and an S3 gateway endpoint."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "vpc-options")
ec2.Vpc(
    stack,
    "Vpc",
    vpc_name="named-vpc",
    max_azs=2,
    enable_dns_hostnames=False,
    restrict_default_security_group=True,
    gateway_endpoints={"S3": ec2.GatewayVpcEndpointOptions(service=ec2.GatewayVpcEndpointAwsService.S3)},
)
app.synth()
