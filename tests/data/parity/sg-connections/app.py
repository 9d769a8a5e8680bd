"""SecurityGroup connections: allow_to between groups, default ports, internal rules, prefix lists and group-id peers, disable_inline_rules, IPv6 outbound, immutable imports, imported VPCs and rules across stacks."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "sg-connections")
vpc = ec2.Vpc.from_vpc_attributes(
    stack,
    "Vpc",
    vpc_id="vpc-0123456789abcdef0",
    availability_zones=["eu-west-1a", "eu-west-1b"],
    public_subnet_ids=["subnet-pub1", "subnet-pub2"],
    private_subnet_ids=["subnet-app1", "subnet-app2", "subnet-db1", "subnet-db2"],
    private_subnet_names=["app", "db"],
    private_subnet_route_table_ids=["rtb-1", "rtb-2", "rtb-3", "rtb-4"],
    vpc_cidr_block="10.0.0.0/16",
)
web = ec2.SecurityGroup(stack, "Web", vpc=vpc, security_group_name="web-sg", allow_all_ipv6_outbound=True)
app_sg = ec2.SecurityGroup(stack, "App", vpc=vpc, allow_all_outbound=False, disable_inline_rules=True)
db = ec2.SecurityGroup(stack, "Db", vpc=vpc, allow_all_outbound=False)

web.connections.allow_to(app_sg, ec2.Port.tcp(8080), "web to app")
app_sg.connections.allow_to(db, ec2.Port.tcp(5432))
db_conn = ec2.Connections(security_groups=[db], default_port=ec2.Port.tcp(5432))
db_conn.allow_default_port_from(app_sg, "app to db default")
app_sg.connections.allow_internally(ec2.Port.all_tcp(), "internal")
app_sg.add_ingress_rule(ec2.Peer.prefix_list("pl-12345"), ec2.Port.tcp(443))
app_sg.add_egress_rule(ec2.Peer.security_group_id("sg-99999999", "111111111111"), ec2.Port.udp_range(1000, 2000))
db.add_ingress_rule(ec2.Peer.security_group_id("sg-88888888"), ec2.Port.icmp_ping())
db.add_egress_rule(ec2.Peer.any_ipv6(), ec2.Port.all_icmp_v6())
db.add_egress_rule(ec2.Peer.prefix_list("pl-abc"), ec2.Port.esp())
web.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(25))
web.add_egress_rule(ec2.Peer.ipv6("2001:db8::/32"), ec2.Port.tcp(25))
web.connections.allow_from_any_ipv4(ec2.Port.HTTPS)
web.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.icmp_type_and_code(3, 4))
web.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.icmp_type_and_code(3, 4))
locked = ec2.SecurityGroup.from_security_group_id(stack, "Locked", "sg-0000aaaa", mutable=False)
locked.connections.allow_from(web, ec2.Port.tcp(9000))
cdk.CfnOutput(stack, "Subnets", value=cdk.Fn.join(",", vpc.select_subnets(subnet_group_name="db").subnet_ids))
cdk.CfnOutput(stack, "WebId", value=web.security_group_id)

other = cdk.Stack(app, "sg-connections-other")
other_vpc = ec2.Vpc.from_vpc_attributes(other, "Vpc", vpc_id="vpc-1", availability_zones=["eu-west-1a"])
remote = ec2.SecurityGroup(other, "Remote", vpc=other_vpc)
remote.connections.allow_from(web, ec2.Port.tcp(7000))
app.synth()
