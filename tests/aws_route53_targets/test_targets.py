"""Alias targets: API Gateway v2 domain names and load balancers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Construct, Stack, ValidationError
from apigwv2_integrations.aws_apigatewayv2 import DomainName
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.aws_cognito import CustomDomainOptions, UserPool
from apigwv2_integrations.aws_ec2 import InterfaceVpcEndpoint, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import NetworkLoadBalancer
from apigwv2_integrations.aws_route53 import ARecord, HostedZone, RecordTarget
from apigwv2_integrations.aws_route53_targets import (
    ApiGateway,
    ApiGatewayDomain,
    ApiGatewayv2DomainProperties,
    ClassicLoadBalancerTarget,
    CloudFrontTarget,
    GlobalAcceleratorTarget,
    InterfaceVpcEndpointTarget,
    LoadBalancerTarget,
    Route53RecordTarget,
    UserPoolDomainTarget,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Health:
    hosted_zone_id = None
    evaluate_target_health = True


def _alias_of(template: dict[str, Any]) -> Any:
    (record,) = resources_of_type(template, "AWS::Route53::RecordSet").values()
    return record["Properties"]["AliasTarget"]


def test_api_gateway_v2_domain_alias_uses_the_regional_name_and_zone(stack: Stack, template: Render) -> None:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/a"
    )
    domain = DomainName(stack, "Domain", domain_name="api.example.com", certificate=certificate)
    zone = HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")
    target = ApiGatewayv2DomainProperties(domain.regional_domain_name, domain.regional_hosted_zone_id)
    ARecord(stack, "Alias", zone=zone, record_name="api", target=RecordTarget.from_alias(target))
    assert _alias_of(template(stack)) == {
        "DNSName": {"Fn::GetAtt": ["Domain66AC69E0", "RegionalDomainName"]},
        "HostedZoneId": {"Fn::GetAtt": ["Domain66AC69E0", "RegionalHostedZoneId"]},
    }


def test_load_balancer_alias_uses_the_dualstack_name_and_can_evaluate_health(
    stack: Stack, template: Render
) -> None:
    nlb = NetworkLoadBalancer(stack, "Nlb", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0))
    zone = HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")
    ARecord(stack, "Alias", zone=zone, target=RecordTarget.from_alias(LoadBalancerTarget(nlb, _Health())))
    assert _alias_of(template(stack)) == {
        "DNSName": {"Fn::Join": ["", ["dualstack.", {"Fn::GetAtt": ["NlbBCDB97FE", "DNSName"]}]]},
        "EvaluateTargetHealth": True,
        "HostedZoneId": {"Fn::GetAtt": ["NlbBCDB97FE", "CanonicalHostedZoneID"]},
    }


class _Distribution(Construct):
    distribution_domain_name = "d111111abcdef8.cloudfront.net"


def test_cloudfront_alias_uses_one_partition_mapping_per_stack(stack: Stack, template: Render) -> None:
    distribution = _Distribution(stack, "Distribution")
    zone = HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")
    ARecord(stack, "A", zone=zone, target=RecordTarget.from_alias(CloudFrontTarget(distribution)))
    ARecord(
        stack, "B", zone=zone, record_name="b", target=RecordTarget.from_alias(CloudFrontTarget(distribution))
    )
    rendered = template(stack)
    assert rendered["Mappings"] == {
        "AWSCloudFrontPartitionHostedZoneIdMap": {
            "aws": {"zoneId": "Z2FDTNDATAQYW2"},
            "aws-cn": {"zoneId": "Z3RFFRIM2A3IF5"},
        }
    }
    records = resources_of_type(rendered, "AWS::Route53::RecordSet").values()
    assert [r["Properties"]["AliasTarget"] for r in records] == 2 * [
        {
            "DNSName": "d111111abcdef8.cloudfront.net",
            "HostedZoneId": {
                "Fn::FindInMap": [
                    "AWSCloudFrontPartitionHostedZoneIdMap",
                    {"Ref": "AWS::Partition"},
                    "zoneId",
                ]
            },
        }
    ]


def test_user_pool_domain_alias_needs_the_feature_flag(stack: Stack) -> None:
    certificate = Certificate.from_certificate_arn(
        stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/a"
    )
    domain = UserPool(stack, "Pool").add_domain(
        "Domain", custom_domain=CustomDomainOptions(domain_name="auth.example.com", certificate=certificate)
    )
    zone = HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")
    with pytest.raises(ValidationError) as caught:
        ARecord(stack, "Auth", zone=zone, target=RecordTarget.from_alias(UserPoolDomainTarget(domain)))
    assert str(caught.value) == (
        "Test/Auth: UserPoolDomainTarget needs the feature flag "
        "'@aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource' set to true (in cdk.json "
        "or App(context=...)); without it aws-cdk-lib reads the domain with a custom resource this package "
        "does not produce"
    )


def test_record_target_alias_needs_a_zone(stack: Stack) -> None:
    zone = HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")
    record = ARecord(stack, "Plain", zone=zone, target=RecordTarget.from_values("192.0.2.1"))
    with pytest.raises(ValidationError) as caught:
        Route53RecordTarget(record).bind(record)
    assert str(caught.value) == "Test/Plain: Route53RecordTarget needs the zone of the record it is bound to"


class _ClassicLoadBalancer:
    load_balancer_canonical_hosted_zone_name_id = "Z35SXDOTRQ7X7K"
    load_balancer_dns_name = "clb-123.us-east-1.elb.amazonaws.com"


class _RestApiDomain:
    domain_name_alias_domain_name = "d-abc.execute-api.us-east-1.amazonaws.com"
    domain_name_alias_hosted_zone_id = "Z1UJRXOUMOOFQ8"


class _Accelerator:
    dns_name = "a1.awsglobalaccelerator.com"


def test_duck_typed_targets_bind_as_aws_cdk_lib_does(stack: Stack) -> None:
    zone = HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")
    record = ARecord(stack, "Plain", zone=zone, target=RecordTarget.from_values("192.0.2.1"))
    classic = ClassicLoadBalancerTarget(_ClassicLoadBalancer(), _Health()).bind(record)
    assert (classic.dns_name, classic.hosted_zone_id, classic.evaluate_target_health) == (
        "dualstack.clb-123.us-east-1.elb.amazonaws.com",
        "Z35SXDOTRQ7X7K",
        True,
    )
    rest = ApiGatewayDomain(_RestApiDomain()).bind(record)
    assert (rest.dns_name, rest.hosted_zone_id) == (
        "d-abc.execute-api.us-east-1.amazonaws.com",
        "Z1UJRXOUMOOFQ8",
    )
    accelerator = GlobalAcceleratorTarget(_Accelerator()).bind(record)
    assert (accelerator.dns_name, accelerator.hosted_zone_id) == (
        "a1.awsglobalaccelerator.com",
        "Z2BJ6XQ5FK7U4H",
    )


def test_global_accelerator_target_needs_a_dns_name() -> None:
    with pytest.raises(ValidationError) as caught:
        GlobalAcceleratorTarget(object())
    assert str(caught.value) == (
        "accelerator=object has no dns_name; use an accelerator (IAccelerator) or GlobalAcceleratorDomainTarget "
        "with its DNS name"
    )


def test_api_gateway_target_needs_the_api_domain_name(stack: Stack) -> None:
    api = Construct(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        ApiGateway(api)
    assert str(caught.value) == (
        "Test/Api: the API has no domain_name; give it one, or use ApiGatewayDomain with a domain name"
    )


def test_interface_endpoint_target_needs_an_endpoint_defined_in_the_app(stack: Stack) -> None:
    imported = InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
        stack, "Endpoint", vpc_endpoint_id="vpce-1", port=443
    )
    with pytest.raises(TypeError) as caught:
        InterfaceVpcEndpointTarget(imported)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "InterfaceVpcEndpointTarget: vpc_endpoint=<_ImportedInterfaceVpcEndpoint Test/Endpoint> is a "
        "_ImportedInterfaceVpcEndpoint; use an InterfaceVpcEndpoint"
    )
