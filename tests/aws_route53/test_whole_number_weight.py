"""Weights computed as whole floats (`share * 100`) reach the template as integers, as aws-cdk-lib writes
them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_route53 import ARecord, HostedZone, RecordTarget
from tests.conftest import resources_of_type


def test_whole_float_weight_is_an_integer(stack: Stack, template: Callable[[Stack], dict[str, Any]]) -> None:
    zone = HostedZone(stack, "Zone", zone_name="shop.example.com")
    for name, share in (("Blue", 3 / 4), ("Green", 1 / 4)):
        ARecord(
            stack,
            name,
            zone=zone,
            record_name="api",
            target=RecordTarget.from_ip_addresses("192.0.2.10"),
            weight=share * 100,
            set_identifier=name.lower(),
        )

    records = resources_of_type(template(stack), "AWS::Route53::RecordSet").values()
    weights = [record["Properties"]["Weight"] for record in records]

    assert weights == [75, 25]
    assert all(type(weight) is int for weight in weights)
