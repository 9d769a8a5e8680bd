"""Zone delegation (add_delegation, ZoneDelegationRecord, a cross-account delegation role, grant_delegation), caa_amazon, CAA, SRV and DS records, geolocation routing and an A record aliasing another record."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "route53-delegation-geo")

parent = route53.PublicHostedZone(
    stack,
    "Parent",
    zone_name="example.com",
    caa_amazon=True,
    cross_account_zone_delegation_principal=iam.AccountPrincipal("111111111111"),
    cross_account_zone_delegation_role_name="example-delegation",
)
child = route53.PublicHostedZone(stack, "Child", zone_name="dev.example.com")
parent.add_delegation(child, ttl=cdk.Duration.minutes(10), comment="dev zone")
route53.ZoneDelegationRecord(
    stack, "Other", zone=parent, record_name="other", name_servers=["ns-1.example.net", "ns-2.example.net."]
)
role = iam.Role(stack, "Delegator", assumed_by=iam.AccountRootPrincipal())
parent.grant_delegation(role, delegated_zone_names=["team.example.com"])
child.grant_delegation(role)

route53.CaaRecord(
    stack,
    "Caa",
    zone=child,
    values=[
        route53.CaaRecordValue(flag=0, tag=route53.CaaTag.ISSUE, value="letsencrypt.org"),
        route53.CaaRecordValue(flag=128, tag=route53.CaaTag.IODEF, value="mailto:security@example.com"),
    ],
)
route53.SrvRecord(
    stack,
    "Srv",
    zone=child,
    record_name="_sip._tcp",
    values=[route53.SrvRecordValue(priority=10, weight=5, port=5060, host_name="sip.example.com")],
)
route53.DsRecord(stack, "Ds", zone=parent, record_name="signed", values=["12345 13 2 ABCDEF0123456789"])
route53.MxRecord(
    stack, "Mx", zone=child, values=[route53.MxRecordValue(priority=10, host_name="mail.example.com")]
)
route53.NsRecord(stack, "Ns", zone=parent, record_name="legacy", values=["ns.example.org."])

target = route53.RecordTarget.from_ip_addresses("192.0.2.1")
route53.ARecord(
    stack,
    "Europe",
    zone=child,
    record_name="geo",
    target=target,
    geo_location=route53.GeoLocation.continent(route53.Continent.EUROPE),
)
route53.ARecord(
    stack,
    "Germany",
    zone=child,
    record_name="geo",
    target=target,
    geo_location=route53.GeoLocation.country("DE"),
)
route53.ARecord(
    stack,
    "Washington",
    zone=child,
    record_name="geo",
    target=target,
    geo_location=route53.GeoLocation.subdivision("WA"),
)
route53.ARecord(
    stack,
    "Kyiv",
    zone=child,
    record_name="geo",
    target=target,
    geo_location=route53.GeoLocation.subdivision("30", "UA"),
)
route53.ARecord(
    stack,
    "Elsewhere",
    zone=child,
    record_name="geo",
    target=target,
    geo_location=route53.GeoLocation.default(),
)
route53.ARecord.from_a_record_attributes(
    stack, "AliasToGeo", zone=child, record_name="www", target_dns="geo.dev.example.com"
)

cdk.CfnOutput(stack, "RoleArn", value=parent.cross_account_zone_delegation_role.role_arn)

app.synth()
