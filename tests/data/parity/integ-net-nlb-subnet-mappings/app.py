"""Network load balancers placed by subnet mappings: an IPv6 source NAT prefix, an Elastic IP, a fixed private IP."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "integ-net-nlb-subnet-mappings")

dual = ec2.Vpc(stack, "Dual", max_azs=2, ip_protocol=ec2.IpProtocol.DUAL_STACK, nat_gateways=0)
udp_front = elbv2.NetworkLoadBalancer(
    stack,
    "UdpFront",
    vpc=dual,
    internet_facing=True,
    security_groups=[ec2.SecurityGroup(stack, "UdpFrontSg", vpc=dual)],
    ip_address_type=elbv2.IpAddressType.DUAL_STACK,
    enable_prefix_for_ipv6_source_nat=True,
    subnet_mappings=[
        elbv2.SubnetMapping(
            subnet=dual.public_subnets[0],
            source_nat_ipv6_prefix=elbv2.SourceNatIpv6Prefix.auto_assigned(),
        )
    ],
)
games = elbv2.NetworkTargetGroup(
    stack,
    "Games",
    vpc=dual,
    port=3074,
    protocol=elbv2.Protocol.UDP,
    ip_address_type=elbv2.TargetGroupIpAddressType.IPV6,
)
udp_front.add_listener("Udp", port=3074, protocol=elbv2.Protocol.UDP).add_target_groups("Games", games)

plain = ec2.Vpc(
    stack,
    "Plain",
    ip_addresses=ec2.IpAddresses.cidr("10.20.0.0/16"),
    max_azs=1,
    nat_gateways=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Edge", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
        ec2.SubnetConfiguration(name="App", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=24),
    ],
)
edge_subnet = plain.select_subnets(subnet_group_name="Edge").subnets[0]
app_subnet = plain.select_subnets(subnet_group_name="App").subnets[0]
app_subnet.node.default_child.add_property_override("CidrBlock", "10.20.9.0/24")
address = ec2.CfnEIP(stack, "FrontAddress")
elbv2.NetworkLoadBalancer(
    stack,
    "Public",
    vpc=plain,
    internet_facing=True,
    subnet_mappings=[elbv2.SubnetMapping(subnet=edge_subnet, allocation_id=address.attr_allocation_id)],
)
inner = elbv2.NetworkLoadBalancer(
    stack,
    "Inner",
    vpc=plain,
    security_groups=[ec2.SecurityGroup(stack, "InnerSg", vpc=plain)],
    subnet_mappings=[elbv2.SubnetMapping(subnet=app_subnet, private_ipv4_address="10.20.9.50")],
)
drain = elbv2.NetworkTargetGroup(
    stack,
    "Drain",
    vpc=plain,
    port=443,
    deregistration_delay=cdk.Duration.seconds(5),
    connection_termination=True,
)
inner.add_listener("Tls", port=443, tcp_idle_timeout=cdk.Duration.seconds(120), default_target_groups=[drain])
drain.node.add_dependency(plain.internet_connectivity_established)
app.synth()
