"""An alias record to a Cognito user pool custom domain (with the userPoolDomainNameMethodWithoutCustomResource flag), twice, sharing CloudFront's partition mapping."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App(
    context={
        "@aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource": True
    }
)
stack = cdk.Stack(app, "route53-userpool-cloudfront")

zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
certificate = acm.Certificate.from_certificate_arn(
    stack,
    "Certificate",
    "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
)
pool = cognito.UserPool(stack, "Pool")
domain = pool.add_domain(
    "Domain",
    custom_domain=cognito.CustomDomainOptions(
        domain_name="auth.example.com", certificate=certificate
    ),
)
target = route53.RecordTarget.from_alias(targets.UserPoolDomainTarget(domain))
route53.ARecord(stack, "Auth", zone=zone, record_name="auth", target=target)
route53.AaaaRecord(stack, "AuthV6", zone=zone, record_name="auth", target=target)

app.synth()
