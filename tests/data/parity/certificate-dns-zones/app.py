"""DNS-validated certificates: one zone for all names (with a wildcard beside its base name), one zone per name (from_dns_multi_zone, a name without zone), and DNS without a zone."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "certificate-dns-zones")

zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
other = route53.HostedZone.from_hosted_zone_attributes(
    stack, "Other", hosted_zone_id="Z0123456789ABCDEFGHIJ", zone_name="example.net"
)
acm.Certificate(
    stack,
    "Single",
    domain_name="example.com",
    subject_alternative_names=["*.example.com", "www.example.com"],
    validation=acm.CertificateValidation.from_dns(zone),
)
acm.Certificate(
    stack,
    "Multi",
    domain_name="api.example.com",
    subject_alternative_names=["api.example.net", "*.api.example.net", "unzoned.example.org"],
    validation=acm.CertificateValidation.from_dns_multi_zone(
        {"api.example.com": zone, "api.example.net": other, "*.api.example.net": other}
    ),
)
acm.Certificate(stack, "NoZone", domain_name="*.example.com", validation=acm.CertificateValidation.from_dns())
acm.Certificate(
    stack, "WildcardOnly", domain_name="*.example.com", validation=acm.CertificateValidation.from_dns(zone)
)

app.synth()
