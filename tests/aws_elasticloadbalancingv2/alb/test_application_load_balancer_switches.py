"""ApplicationLoadBalancer on/off switches: which ones become attributes when they are False."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import ApplicationLoadBalancer
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

SWITCHES_WRITTEN_ONLY_WHEN_ON = {
    "preserve_host_header": "routing.http.preserve_host_header.enabled",
    "preserve_xff_client_port": "routing.http.xff_client_port.enabled",
    "waf_fail_open": "waf.fail_open.enabled",
    "x_amzn_tls_version_and_cipher_suite_headers": "routing.http.x_amzn_tls_version_and_cipher_suite.enabled",
}


def _attributes(stack: Stack, template: Render, **switches: Any) -> list[dict[str, str]]:
    ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1, nat_gateways=0), **switches)
    (balancer,) = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::LoadBalancer").values()
    attributes: list[dict[str, str]] = balancer["Properties"]["LoadBalancerAttributes"]
    return attributes


def test_switches_turned_off_leave_the_attribute_out(stack: Stack, template: Render) -> None:
    attributes = _attributes(stack, template, **dict.fromkeys(SWITCHES_WRITTEN_ONLY_WHEN_ON, False))
    assert attributes == [{"Key": "deletion_protection.enabled", "Value": "false"}]


def test_switches_turned_on_write_true(stack: Stack, template: Render) -> None:
    attributes = _attributes(stack, template, **dict.fromkeys(SWITCHES_WRITTEN_ONLY_WHEN_ON, True))
    assert attributes == [
        {"Key": "deletion_protection.enabled", "Value": "false"},
        {"Key": "routing.http.preserve_host_header.enabled", "Value": "true"},
        {"Key": "routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "Value": "true"},
        {"Key": "routing.http.xff_client_port.enabled", "Value": "true"},
        {"Key": "waf.fail_open.enabled", "Value": "true"},
    ]


def test_header_and_http2_switches_write_false_too(stack: Stack, template: Render) -> None:
    attributes = _attributes(stack, template, drop_invalid_header_fields=False, http2_enabled=False)
    assert attributes == [
        {"Key": "deletion_protection.enabled", "Value": "false"},
        {"Key": "routing.http2.enabled", "Value": "false"},
        {"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": "false"},
    ]
