"""HttpOrigin: the custom origin settings and their ranges."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cloudfront import BehaviorOptions, Distribution, OriginProtocolPolicy
from apigwv2_integrations.aws_cloudfront_origins import HttpOrigin
from apigwv2_integrations.core.errors import ArgumentTypeError, SynthesisError, ValidationError


def _origins(template: dict[str, Any]) -> list[dict[str, Any]]:
    (resource,) = template["Resources"].values()
    origins: list[dict[str, Any]] = resource["Properties"]["DistributionConfig"]["Origins"]
    return origins


def test_custom_origin_settings_are_rendered(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    origin = HttpOrigin(
        "example.com",
        origin_id="site",
        origin_path="v1/",
        protocol_policy=OriginProtocolPolicy.HTTP_ONLY,
        http_port=8080,
        read_timeout=Duration.seconds(45),
        keepalive_timeout=Duration.seconds(10),
        connection_attempts=2,
        connection_timeout=Duration.seconds(5),
        custom_headers={"X-A": "1"},
    )
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    assert _origins(template(stack)) == [
        {
            "ConnectionAttempts": 2,
            "ConnectionTimeout": 5,
            "CustomOriginConfig": {
                "HTTPPort": 8080,
                "OriginKeepaliveTimeout": 10,
                "OriginProtocolPolicy": "http-only",
                "OriginReadTimeout": 45,
                "OriginSSLProtocols": ["TLSv1.2"],
            },
            "DomainName": "example.com",
            "Id": "site",
            "OriginCustomHeaders": [{"HeaderName": "X-A", "HeaderValue": "1"}],
            "OriginPath": "/v1",
        }
    ]


def test_a_read_timeout_out_of_range_is_refused(stack: Stack) -> None:
    origin = HttpOrigin("example.com", read_timeout=Duration.minutes(5))
    Distribution(stack, "Dist", default_behavior=BehaviorOptions(origin=origin))
    with pytest.raises((SynthesisError, ValidationError)) as error:
        stack.node.root.synth()  # type: ignore[attr-defined]
    assert (
        "Test/Dist: read_timeout=Duration.minutes(5) is out of range; use a whole number of seconds from 1 to 180"
        in str(error.value)
    )


def test_a_domain_name_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        HttpOrigin(42)  # type: ignore[arg-type]
    assert str(error.value) == "HttpOrigin: domain_name=42 is an int; use a str"


def test_origin_shield_is_refused_by_name() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        HttpOrigin("example.com", origin_shield_region="us-east-1")
    assert str(error.value) == "HttpOrigin: origin_shield_region is not supported yet; leave it out"
