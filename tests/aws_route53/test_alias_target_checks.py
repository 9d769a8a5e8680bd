"""RecordTarget.from_alias: a struct of attributes passed for an alias target fails at the call (it failed
later inside the record, with a traceback), and the domain's properties are the target to pass."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import DomainName, DomainNameAttributes
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.aws_route53 import ARecord, HostedZone, RecordTarget
from apigwv2_integrations.aws_route53_targets import ApiGatewayv2DomainProperties
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.aws_apigatewayv2.inspection import logical_id_of
from tests.conftest import resources_of_type

CERTIFICATE_ARN = "arn:aws:acm:us-east-1:111111111111:certificate/abc"


def test_domain_name_attributes_as_an_alias_target_is_rejected() -> None:
    attributes = DomainNameAttributes(
        name="go.example.com", regional_domain_name="d-1.execute-api.aws", regional_hosted_zone_id="Z1"
    )
    with pytest.raises(ArgumentTypeError) as caught:
        RecordTarget.from_alias(attributes)  # type: ignore[arg-type]
    # A struct is no object of an interface (its class answers `__getattr__` only from its metaclass).
    assert str(caught.value) == (
        "RecordTarget.from_alias: alias_target=DomainNameAttributes(name='go.example.com', "
        "regional_domain_name='d-1.execute... is a DomainNameAttributes; use an IAliasRecordTarget (a target "
        "an alias record can point to (a load balancer, an API Gateway domain, ...))"
    )


def test_api_gateway_domain_properties_are_an_alias_target(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    certificate = Certificate.from_certificate_arn(stack, "Certificate", CERTIFICATE_ARN)
    domain = DomainName(stack, "Domain", domain_name="go.example.com", certificate=certificate)
    zone = HostedZone(stack, "Zone", zone_name="example.com")
    target = RecordTarget.from_alias(
        ApiGatewayv2DomainProperties(domain.regional_domain_name, domain.regional_hosted_zone_id)
    )

    ARecord(stack, "Go", zone=zone, record_name="go", target=target)

    (record,) = resources_of_type(template(stack), "AWS::Route53::RecordSet").values()
    assert record["Properties"]["AliasTarget"]["DNSName"] == {
        "Fn::GetAtt": [logical_id_of(domain), "RegionalDomainName"]
    }
