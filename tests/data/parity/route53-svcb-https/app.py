"""SVCB and HTTPS records: alias and service mode values with every service parameter, and an HTTPS alias record."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "route53-svcb-https")

zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
route53.SvcbRecord(
    stack,
    "Svcb",
    zone=zone,
    record_name="_dns",
    values=[
        route53.SvcbRecordValue.alias("svc.example.net"),
        route53.SvcbRecordValue.service(),
        route53.SvcbRecordValue.service(
            priority=2,
            target_name="svc.example.com",
            mandatory=["alpn", "port"],
            alpn=[route53.Alpn.H2, route53.Alpn.H3, route53.Alpn.of("dot")],
            no_default_alpn=True,
            port=853,
            ipv4hint=["192.0.2.1", "192.0.2.2"],
            ipv6hint=["2001:db8::1"],
        ),
    ],
)
route53.HttpsRecord(
    stack,
    "Https",
    zone=zone,
    values=[
        route53.HttpsRecordValue.service(alpn=[route53.Alpn.HTTP1_1, route53.Alpn.H2]),
        route53.HttpsRecordValue.alias("cdn.example.net"),
    ],
    ttl=cdk.Duration.minutes(5),
)
plain = route53.ARecord(
    stack,
    "Plain",
    zone=zone,
    record_name="plain",
    target=route53.RecordTarget.from_ip_addresses("192.0.2.9"),
)
route53.HttpsRecord(
    stack,
    "HttpsAlias",
    zone=zone,
    record_name="www",
    target=route53.RecordTarget.from_alias(targets.Route53RecordTarget(plain)),
)

app.synth()
