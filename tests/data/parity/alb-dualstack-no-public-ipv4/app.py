"""An internet-facing ALB with IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4 and an open listener."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "alb-dualstack-no-public-ipv4")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
alb = elbv2.ApplicationLoadBalancer(
    stack, "Alb", vpc=vpc, internet_facing=True, ip_address_type=elbv2.IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4
)
alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
app.synth()
