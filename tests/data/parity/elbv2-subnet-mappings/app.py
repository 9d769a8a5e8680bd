"""Network Load Balancers placed by subnet mappings: an Elastic IP per subnet, private addresses,
IPv6 addresses and source NAT prefixes on a dual-stack VPC."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "SubnetMappings")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
public = elbv2.NetworkLoadBalancer(
    stack,
    "Public",
    vpc=vpc,
    internet_facing=True,
    subnet_mappings=[
        elbv2.SubnetMapping(subnet=vpc.public_subnets[0], allocation_id="eipalloc-0123456789abcdef0"),
        elbv2.SubnetMapping(subnet=vpc.public_subnets[1], allocation_id="eipalloc-0123456789abcdef1"),
    ],
)
public.add_listener("Listener", port=80).add_targets("Targets", port=80)
internal = elbv2.NetworkLoadBalancer(
    stack,
    "Internal",
    vpc=vpc,
    subnet_mappings=[elbv2.SubnetMapping(subnet=vpc.isolated_subnets[0], private_ipv4_address="10.0.128.10")],
)
dual_vpc = ec2.Vpc(stack, "DualVpc", max_azs=2, nat_gateways=0, ip_protocol=ec2.IpProtocol.DUAL_STACK)
dual = elbv2.NetworkLoadBalancer(
    stack,
    "Dual",
    vpc=dual_vpc,
    internet_facing=True,
    ip_address_type=elbv2.IpAddressType.DUAL_STACK,
    enable_prefix_for_ipv6_source_nat=True,
    subnet_mappings=[
        elbv2.SubnetMapping(
            subnet=dual_vpc.public_subnets[0], source_nat_ipv6_prefix=elbv2.SourceNatIpv6Prefix.auto_assigned()
        ),
        elbv2.SubnetMapping(
            subnet=dual_vpc.public_subnets[1],
            source_nat_ipv6_prefix=elbv2.SourceNatIpv6Prefix.from_ipv6_prefix("2600:1f18:1234:5601::/80"),
        ),
    ],
)
dual.add_listener("Udp", port=53, protocol=elbv2.Protocol.UDP).add_targets("Dns", port=53, protocol=elbv2.Protocol.UDP)
cdk.CfnOutput(stack, "PublicDns", value=public.load_balancer_dns_name)
app.synth()
