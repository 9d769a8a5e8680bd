"""Load balancer switches set to False next to ones set to True: only the True ones become attributes."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "integ-net-alb-switches-off")
network = ec2.Vpc(stack, "Network", max_azs=2, nat_gateways=0)
elbv2.ApplicationLoadBalancer(
    stack,
    "AllOff",
    vpc=network,
    drop_invalid_header_fields=False,
    preserve_host_header=False,
    preserve_xff_client_port=False,
    waf_fail_open=False,
    x_amzn_tls_version_and_cipher_suite_headers=False,
    http2_enabled=False,
)
elbv2.ApplicationLoadBalancer(
    stack,
    "AllOn",
    vpc=network,
    drop_invalid_header_fields=True,
    preserve_host_header=True,
    preserve_xff_client_port=True,
    waf_fail_open=True,
    x_amzn_tls_version_and_cipher_suite_headers=True,
)
app.synth()
