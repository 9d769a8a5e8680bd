"""Hosted zones (public with a comment and query logging, plain with VPCs, private with add_vpc, imported) and A, AAAA, CNAME, TXT and generic records with TTLs, comments, relative, qualified and absolute names and weighted, latency, multi-value and failover routing."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "route53-zones-records")

zone = route53.PublicHostedZone(
    stack,
    "Zone",
    zone_name="example.com",
    comment="public zone",
    query_logs_log_group_arn="arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/example.com",
)
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
other_vpc = ec2.Vpc(stack, "OtherVpc", max_azs=1, nat_gateways=0)
internal = route53.PrivateHostedZone(stack, "Internal", zone_name="internal.example", vpc=vpc)
internal.add_vpc(other_vpc)
plain = route53.HostedZone(stack, "Plain", zone_name="plain.example.", add_trailing_dot=False, vpcs=[vpc])
imported = route53.HostedZone.from_hosted_zone_attributes(
    stack, "Imported", hosted_zone_id="Z0123456789ABCDEFGHIJ", zone_name="imported.example.org"
)
by_id = route53.HostedZone.from_hosted_zone_id(stack, "ById", "Z9876543210ZYXWVUTSRQ")

route53.ARecord(
    stack, "Apex", zone=zone, target=route53.RecordTarget.from_ip_addresses("192.0.2.1", "192.0.2.2")
)
route53.ARecord(
    stack,
    "Www",
    zone=zone,
    record_name="www",
    target=route53.RecordTarget.from_values("192.0.2.10"),
    ttl=cdk.Duration.minutes(5),
    comment="web server",
)
route53.AaaaRecord(
    stack,
    "WwwV6",
    zone=zone,
    record_name="www.example.com",
    target=route53.RecordTarget.from_ip_addresses("2001:db8::1"),
)
route53.CnameRecord(stack, "Docs", zone=zone, record_name="docs.example.com.", domain_name="docs.example.net")
route53.TxtRecord(
    stack,
    "Verification",
    zone=zone,
    record_name="_verify",
    values=["v=spf1 include:example.net ~all", "k" * 300],
    ttl=cdk.Duration.hours(1),
)
route53.RecordSet(
    stack,
    "Mail",
    zone=zone,
    record_type=route53.RecordType.MX,
    target=route53.RecordTarget.from_values("10 mail.example.com"),
)
route53.ARecord(
    stack,
    "Weighted",
    zone=zone,
    record_name="api",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.3"),
    weight=10,
)
route53.ARecord(
    stack,
    "WeightedNamed",
    zone=zone,
    record_name="api",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.4"),
    weight=0,
    set_identifier="second",
)
route53.ARecord(
    stack, "Db", zone=internal, record_name="db", target=route53.RecordTarget.from_ip_addresses("10.0.0.5")
)
route53.ARecord(
    stack, "Host", zone=plain, record_name="host", target=route53.RecordTarget.from_ip_addresses("10.0.0.6")
)
route53.CnameRecord(stack, "Elsewhere", zone=imported, record_name="app", domain_name="app.example.net")
route53.ARecord(
    stack,
    "Absolute",
    zone=by_id,
    record_name="abs.example.io.",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.7"),
)
record = route53.ARecord(
    stack,
    "Region",
    zone=zone,
    record_name="eu",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.8"),
    region="eu-west-1",
)

route53.AaaaRecord(
    stack,
    "Multi",
    zone=zone,
    record_name="multi",
    target=route53.RecordTarget.from_ip_addresses("2001:db8::2"),
    multi_value_answer=True,
)
route53.CnameRecord(
    stack,
    "Standby",
    zone=zone,
    record_name="standby",
    domain_name="standby.example.net",
    failover=route53.Failover.SECONDARY,
)

cdk.CfnOutput(stack, "ZoneId", value=zone.hosted_zone_id)
cdk.CfnOutput(stack, "ZoneName", value=zone.zone_name)
cdk.CfnOutput(stack, "ZoneArn", value=zone.hosted_zone_arn)
cdk.CfnOutput(stack, "NameServers", value=cdk.Fn.join(",", zone.hosted_zone_name_servers))
cdk.CfnOutput(stack, "ImportedArn", value=imported.hosted_zone_arn)
cdk.CfnOutput(stack, "RecordName", value=record.domain_name)

app.synth()
