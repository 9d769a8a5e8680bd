"""HealthCheck: per-type defaults and imports."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_route53 import HealthCheck, HealthCheckProps, HealthCheckType
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _config(template: dict[str, Any]) -> Any:
    (check,) = resources_of_type(template, "AWS::Route53::HealthCheck").values()
    return check["Properties"]["HealthCheckConfig"]


def test_constructor_keywords_match_props() -> None:
    keywords = [
        p for p in inspect.signature(HealthCheck.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(HealthCheckProps))


def test_https_check_defaults_to_sni_port_443_and_the_root_path(stack: Stack, template: Render) -> None:
    HealthCheck(stack, "Check", type=HealthCheckType.HTTPS, fqdn="api.example.com")
    assert _config(template(stack)) == {
        "EnableSNI": True,
        "FailureThreshold": 3,
        "FullyQualifiedDomainName": "api.example.com",
        "Inverted": False,
        "MeasureLatency": False,
        "Port": 443,
        "RequestInterval": 30,
        "ResourcePath": "",
        "Type": "HTTPS",
    }


def test_calculated_check_needs_all_children_healthy_by_default(stack: Stack, template: Render) -> None:
    child = HealthCheck.from_health_check_id(stack, "Child", "abc")
    HealthCheck(stack, "Check", type=HealthCheckType.CALCULATED, child_health_checks=[child, child])
    assert _config(template(stack)) == {
        "ChildHealthChecks": ["abc", "abc"],
        "HealthThreshold": 2,
        "Inverted": False,
        "Type": "CALCULATED",
    }


def test_calculated_health_check_needs_children(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        HealthCheck(stack, "Check", type=HealthCheckType.CALCULATED)
    assert str(error.value) == (
        "Test/Check: type=HealthCheckType.CALCULATED needs child_health_checks; pass the health checks it combines"
    )
