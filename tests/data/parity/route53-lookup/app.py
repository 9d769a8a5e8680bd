"""HostedZone.from_lookup in an account/region stack: one zone found in context, one private zone looked up by VPC id and missing (recorded in the manifest)."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App(
    context={
        "hosted-zone:account=123456789012:domainName=example.com:region=us-east-1": {
            "Id": "/hostedzone/Z0123456789ABCDEFGHIJ",
            "Name": "example.com.",
        }
    }
)
stack = cdk.Stack(app, "route53-lookup", env=cdk.Environment(account="123456789012", region="us-east-1"))

found = route53.HostedZone.from_lookup(stack, "Found", domain_name="example.com")
missing = route53.HostedZone.from_lookup(
    stack, "Missing", domain_name="internal.example", private_zone=True, vpc_id="vpc-12345678"
)
route53.ARecord(
    stack, "Www", zone=found, record_name="www", target=route53.RecordTarget.from_ip_addresses("192.0.2.1")
)
route53.ARecord(
    stack, "Db", zone=missing, record_name="db", target=route53.RecordTarget.from_ip_addresses("10.0.0.1")
)
cdk.CfnOutput(stack, "FoundId", value=found.hosted_zone_id)
cdk.CfnOutput(stack, "FoundName", value=found.zone_name)
cdk.CfnOutput(stack, "MissingId", value=missing.hosted_zone_id)

app.synth()
