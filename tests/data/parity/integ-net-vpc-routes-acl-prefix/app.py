"""A VPC with a hand-added route, a reserved subnet group, a network ACL, a prefix list and pruned rules."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(post_cli_context={"@aws-cdk/aws-ec2:securityGroupPruneSubsumedRules": True})
stack = cdk.Stack(app, "integ-net-vpc-routes-acl-prefix")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)

lab = ec2.Vpc(
    stack,
    "Lab",
    max_azs=1,
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Front", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="Vault", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ec2.SubnetConfiguration(name="Later", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, reserved=True),
    ],
    nat_gateways=0,
)
lab.isolated_subnets[0].add_route(
    "ToResolver",
    router_id=lab.internet_gateway_id,
    router_type=ec2.RouterType.GATEWAY,
    destination_cidr_block="9.9.9.9/32",
)

vault_acl = ec2.NetworkAcl(
    stack,
    "VaultAcl",
    vpc=lab,
    subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
)
vault_acl.add_entry(
    "DnsOut",
    rule_number=100,
    traffic=ec2.AclTraffic.udp_port(53),
    cidr=ec2.AclCidr.ipv4("9.9.9.9/32"),
    direction=ec2.TrafficDirection.EGRESS,
)
vault_acl.add_entry(
    "DnsIn",
    rule_number=100,
    traffic=ec2.AclTraffic.udp_port(53),
    cidr=ec2.AclCidr.any_ipv4(),
    direction=ec2.TrafficDirection.INGRESS,
)

ec2.PrefixList(
    stack,
    "Partners",
    entries=[
        ec2.CfnPrefixList.EntryProperty(cidr="192.0.2.10/32"),
        {"cidr": "192.0.2.11/32", "description": "backup"},
    ],
)

guard = ec2.SecurityGroup(stack, "Guard", vpc=lab, allow_all_outbound=False)
guard.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(8443), "admin from the VPC")
guard.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.all_traffic(), "everything from the VPC")
guard.add_ingress_rule(ec2.Peer.any_ipv6(), ec2.Port.all_icmp_v6(), "ping over IPv6")
app.synth()
