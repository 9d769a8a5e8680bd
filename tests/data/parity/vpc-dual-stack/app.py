"""Dual-stack (IPv6) VPCs: defaults, nat_gateways=0, custom subnet groups, no internet gateway, three AZs,
with a DUAL_STACK ALB and a Lambda function allowed IPv6 traffic."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "vpc-dual-stack")
vpc = ec2.Vpc(stack, "Vpc", ip_protocol=ec2.IpProtocol.DUAL_STACK)
ec2.Vpc(stack, "NoNat", ip_protocol=ec2.IpProtocol.DUAL_STACK, nat_gateways=0, max_azs=2)
ec2.Vpc(
    stack,
    "Custom",
    ip_protocol=ec2.IpProtocol.DUAL_STACK,
    ipv6_addresses=ec2.Ipv6Addresses.amazon_provided(),
    ip_addresses=ec2.IpAddresses.cidr("10.1.0.0/16"),
    max_azs=1,
    nat_gateways=1,
    restrict_default_security_group=False,
    subnet_configuration=[
        ec2.SubnetConfiguration(
            name="Web", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24, ipv6_assign_address_on_creation=False
        ),
        ec2.SubnetConfiguration(
            name="App",
            subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS,
            cidr_mask=24,
            ipv6_assign_address_on_creation=True,
        ),
        ec2.SubnetConfiguration(name="Data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=28),
    ],
)
ec2.Vpc(
    stack,
    "NoIgw",
    ip_protocol=ec2.IpProtocol.DUAL_STACK,
    create_internet_gateway=False,
    max_azs=1,
    nat_gateways=0,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="Egress", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    ],
)
ec2.Vpc(stack, "Ipv4", ip_protocol=ec2.IpProtocol.IPV4_ONLY, max_azs=1)
alb = elbv2.ApplicationLoadBalancer(
    stack, "Alb", vpc=vpc, internet_facing=True, ip_address_type=elbv2.IpAddressType.DUAL_STACK
)
alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    vpc=vpc,
    ipv6_allowed_for_dual_stack=True,
)

three = cdk.Stack(app, "vpc-dual-stack-3az", env=cdk.Environment(account="123456789012", region="us-east-1"))
ec2.Vpc(three, "Vpc", ip_protocol=ec2.IpProtocol.DUAL_STACK, nat_gateways=1)
app.synth()
