"""SecurityGroup rules: description, no default egress, ingress/egress rules with peers and port ranges, imported groups and connections.allow_from."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "sg-rules")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, subnet_configuration=[
    ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
])

sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc, description="web tier", allow_all_outbound=False)
sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
sg.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp_range(8000, 8100), "app range")
sg.add_ingress_rule(ec2.Peer.any_ipv6(), ec2.Port.udp(53))
sg.add_egress_rule(ec2.Peer.ipv4("10.1.0.0/16"), ec2.Port.tcp(5432), "to db")
sg.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.all_icmp())

other = ec2.SecurityGroup(stack, "Other", vpc=vpc)
sg.connections.allow_from(other, ec2.Port.tcp(80))
sg.connections.allow_from(sg, ec2.Port.all_traffic(), "self")

imported = ec2.SecurityGroup.from_security_group_id(stack, "Imported", "sg-12345678")
sg.connections.allow_from(imported, ec2.Port.tcp(22))
imported_mutable = ec2.SecurityGroup.from_security_group_id(stack, "ImportedMutable", "sg-87654321", allow_all_outbound=False)
imported_mutable.add_ingress_rule(ec2.Peer.ipv4("192.168.0.0/24"), ec2.Port.tcp(8080))

app.synth()
