"""Alias records to an API Gateway v2 DomainName (A and AAAA, in a new and an imported zone), to an ALB and an NLB, and to a Global Accelerator by DNS name."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "route53-alias-targets")

zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
certificate = acm.Certificate.from_certificate_arn(
    stack,
    "Certificate",
    "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
)
domain = apigwv2.DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
api_target = route53.RecordTarget.from_alias(
    targets.ApiGatewayv2DomainProperties(domain.regional_domain_name, domain.regional_hosted_zone_id)
)
route53.ARecord(stack, "ApiAlias", zone=zone, record_name="api", target=api_target)
route53.AaaaRecord(
    stack, "ApiAliasV6", zone=zone, record_name="api", target=api_target, ttl=cdk.Duration.minutes(1)
)

imported = route53.PublicHostedZone.from_public_hosted_zone_attributes(
    stack, "Imported", hosted_zone_id="Z0123456789ABCDEFGHIJ", zone_name="example.org"
)
route53.ARecord(stack, "OrgAlias", zone=imported, target=api_target, comment="apex alias")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc, internet_facing=True)
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc, internet_facing=True)
route53.ARecord(
    stack,
    "AlbAlias",
    zone=zone,
    record_name="web",
    target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(alb)),
)
route53.ARecord(
    stack,
    "NlbAlias",
    zone=zone,
    record_name="tcp",
    target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(nlb)),
)

route53.ARecord(
    stack,
    "Accelerated",
    zone=zone,
    record_name="global",
    target=route53.RecordTarget.from_alias(
        targets.GlobalAcceleratorDomainTarget("a1234567890abcdef.awsglobalaccelerator.com")
    ),
)

app.synth()
