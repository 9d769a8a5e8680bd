"""Network ACLs and managed prefix lists: a NetworkAcl on a Vpc's private subnets with entries of every
AclTraffic and AclCidr kind, ingress and egress, allow and deny, and a name; a second ACL associated by
associate_with_subnet and by a subnet's associate_network_acl; an imported ACL with an entry, a standalone
NetworkAclEntry and SubnetNetworkAclAssociation on an imported subnet; PrefixLists (defaults, IPv4 entries
with a name and max_entries, IPv6), an imported and a looked-up prefix list, used as security group peers
and through connections, with attribute outputs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "ec2-network-acl-prefix-list")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)

acl = ec2.NetworkAcl(
    stack,
    "PrivateAcl",
    vpc=vpc,
    network_acl_name="private-acl",
    subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
)
acl.add_entry(
    "AllowHttps",
    cidr=ec2.AclCidr.ipv4("10.0.0.0/16"),
    rule_number=100,
    traffic=ec2.AclTraffic.tcp_port(443),
)
acl.add_entry(
    "AllowEphemeralOut",
    cidr=ec2.AclCidr.any_ipv4(),
    rule_number=110,
    traffic=ec2.AclTraffic.tcp_port_range(1024, 65535),
    direction=ec2.TrafficDirection.EGRESS,
    rule_action=ec2.Action.ALLOW,
)
acl.add_entry(
    "DenyDns",
    cidr=ec2.AclCidr.ipv4("192.168.0.0/24"),
    rule_number=120,
    traffic=ec2.AclTraffic.udp_port(53),
    rule_action=ec2.Action.DENY,
    network_acl_entry_name="deny-dns",
)
acl.add_entry(
    "UdpRange",
    cidr=ec2.AclCidr.ipv6("2001:db8::/32"),
    rule_number=130,
    traffic=ec2.AclTraffic.udp_port_range(5000, 5100),
)
acl.add_entry(
    "Ping",
    cidr=ec2.AclCidr.any_ipv4(),
    rule_number=140,
    traffic=ec2.AclTraffic.icmp(type=8, code=-1),
)
acl.add_entry(
    "IcmpAll",
    cidr=ec2.AclCidr.any_ipv4(),
    rule_number=141,
    traffic=ec2.AclTraffic.icmp(),
    direction=ec2.TrafficDirection.EGRESS,
)
acl.add_entry(
    "PingV6",
    cidr=ec2.AclCidr.any_ipv6(),
    rule_number=150,
    traffic=ec2.AclTraffic.icmpv6(type=128, code=0),
)
acl.add_entry(
    "Everything",
    cidr=ec2.AclCidr.any_ipv6(),
    rule_number=200,
    traffic=ec2.AclTraffic.all_traffic(),
    direction=ec2.TrafficDirection.EGRESS,
    rule_action=ec2.Action.DENY,
)

public_acl = ec2.NetworkAcl(stack, "PublicAcl", vpc=vpc)
public_acl.associate_with_subnet("Public", subnet_type=ec2.SubnetType.PUBLIC, one_per_az=True)
vpc.private_subnets[1].associate_network_acl("Extra", public_acl)

imported_acl = ec2.NetworkAcl.from_network_acl_id(stack, "ImportedAcl", "acl-0123456789abcdef0")
imported_acl.add_entry(
    "AllowSsh",
    cidr=ec2.AclCidr.ipv4("203.0.113.0/24"),
    rule_number=10,
    traffic=ec2.AclTraffic.tcp_port(22),
)
ec2.NetworkAclEntry(
    stack,
    "StandaloneEntry",
    network_acl=acl,
    cidr=ec2.AclCidr.ipv4("172.16.0.0/12"),
    rule_number=300,
    traffic=ec2.AclTraffic.all_traffic(),
    rule_action=ec2.Action.DENY,
)
imported_subnet = ec2.Subnet.from_subnet_attributes(
    stack, "ImportedSubnet", subnet_id="subnet-0123456789abcdef0", availability_zone="us-east-1a"
)
association = ec2.SubnetNetworkAclAssociation(
    stack, "ImportedSubnetAssociation", network_acl=acl, subnet=imported_subnet
)
imported_subnet.associate_network_acl("ToImported", imported_acl)
imported_association = ec2.SubnetNetworkAclAssociation.from_subnet_network_acl_association_association_id(
    stack, "ImportedAssociation", "aclassoc-0123456789abcdef0"
)

plain = ec2.PrefixList(stack, "PlainPrefixList")
office = ec2.PrefixList(
    stack,
    "OfficePrefixList",
    prefix_list_name="office-ranges",
    max_entries=10,
    entries=[
        ec2.CfnPrefixList.EntryProperty(cidr="10.1.0.0/16", description="office"),
        {"cidr": "10.2.0.0/16"},
    ],
)
v6 = ec2.PrefixList(
    stack,
    "V6PrefixList",
    address_family=ec2.AddressFamily.IP_V6,
    entries=[ec2.CfnPrefixList.EntryProperty(cidr="2001:db8:1::/48")],
)
imported_pl = ec2.PrefixList.from_prefix_list_id(stack, "ImportedPrefixList", "pl-0123456789abcdef0")

sg = ec2.SecurityGroup(stack, "Group", vpc=vpc, allow_all_outbound=False)
sg.add_ingress_rule(office, ec2.Port.tcp(443), "from the office")
sg.add_egress_rule(v6, ec2.Port.tcp(443))
sg.connections.allow_from(imported_pl, ec2.Port.tcp(22))
sg.connections.allow_to(ec2.Peer.prefix_list(plain.prefix_list_id), ec2.Port.tcp(5432))
office.connections.allow_to(sg, ec2.Port.tcp(8080))

for name, value in {
    "AclId": acl.network_acl_id,
    "AclVpcId": acl.network_acl_vpc_id,
    "ImportedAclId": imported_acl.network_acl_id,
    "AssociationId": association.subnet_network_acl_association_association_id,
    "ImportedAssociationId": imported_association.subnet_network_acl_association_association_id,
    "PlainId": plain.prefix_list_id,
    "PlainName": plain.prefix_list_name,
    "PlainArn": plain.prefix_list_arn,
    "PlainOwner": plain.owner_id,
    "PlainFamily": plain.address_family,
    "OfficeName": office.prefix_list_name,
    "V6Family": v6.address_family,
    "ImportedPrefixListId": imported_pl.prefix_list_id,
}.items():
    cdk.CfnOutput(stack, name, value=value)

lookup_stack = cdk.Stack(
    app, "ec2-network-acl-prefix-list-lookup", env=cdk.Environment(account="123456789012", region="us-east-1")
)
looked_up = ec2.PrefixList.from_lookup(
    lookup_stack, "CloudFront", prefix_list_name="com.amazonaws.global.cloudfront.origin-facing"
)
lookup_vpc = ec2.Vpc(lookup_stack, "Vpc", max_azs=1, nat_gateways=0)
lookup_sg = ec2.SecurityGroup(lookup_stack, "Group", vpc=lookup_vpc)
lookup_sg.add_ingress_rule(looked_up, ec2.Port.HTTP)
cdk.CfnOutput(lookup_stack, "LookedUpId", value=looked_up.prefix_list_id)

app.synth()
