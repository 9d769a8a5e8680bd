"""What application and network target groups share: configure_health_check."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationTargetGroup,
    HealthCheck,
    NetworkTargetGroup,
    Protocol,
    TargetType,
)
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]
HEALTH_CHECK_KEYS = (
    "HealthCheckEnabled",
    "HealthCheckIntervalSeconds",
    "HealthCheckPath",
    "HealthCheckPort",
    "HealthCheckProtocol",
    "HealthCheckTimeoutSeconds",
    "HealthyThresholdCount",
    "Matcher",
    "UnhealthyThresholdCount",
)


def _health_check_of(rendered: dict[str, Any], logical_id: str) -> dict[str, Any]:
    properties = rendered["Resources"][logical_id]["Properties"]
    return {key: value for key, value in properties.items() if key in HEALTH_CHECK_KEYS}


def _application_group(stack: Stack) -> ApplicationTargetGroup:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    return ApplicationTargetGroup(stack, "Group", vpc=vpc, port=443, target_type=TargetType.IP)


def test_configure_health_check_keywords_are_the_health_check_fields() -> None:
    parameters = inspect.signature(ApplicationTargetGroup.configure_health_check).parameters
    keywords = [p.name for p in parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert keywords == [f.name for f in attrs.fields(HealthCheck)]


def test_configure_health_check_takes_the_fields_as_keywords(stack: Stack, template: Render) -> None:
    group = _application_group(stack)
    group.configure_health_check(
        path="/health",
        protocol=Protocol.HTTPS,
        interval=Duration.minutes(1),
        timeout=Duration.seconds(20),
        healthy_http_codes="200-399",
        unhealthy_threshold_count=10,
    )
    assert _health_check_of(template(stack), "GroupC77FDACD") == {
        "HealthCheckIntervalSeconds": 60,
        "HealthCheckPath": "/health",
        "HealthCheckProtocol": "HTTPS",
        "HealthCheckTimeoutSeconds": 20,
        "Matcher": {"HttpCode": "200-399"},
        "UnhealthyThresholdCount": 10,
    }


def test_configure_health_check_replaces_the_whole_health_check(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    group = NetworkTargetGroup(
        stack, "Group", vpc=vpc, port=80, health_check=HealthCheck(path="/ready", protocol=Protocol.HTTP)
    )
    group.configure_health_check(enabled=True, protocol=Protocol.TCP, port="8080", healthy_threshold_count=3)
    assert _health_check_of(template(stack), "GroupC77FDACD") == {
        "HealthCheckEnabled": True,
        "HealthCheckPort": "8080",
        "HealthCheckProtocol": "TCP",
        "HealthyThresholdCount": 3,
    }


@pytest.mark.parametrize(
    "health_check",
    [HealthCheck(path="/h", healthy_threshold_count=2), {"path": "/h", "healthy_threshold_count": 2}],
)
def test_configure_health_check_also_takes_a_health_check_positionally(
    stack: Stack, template: Render, health_check: HealthCheck | dict[str, Any]
) -> None:
    group = _application_group(stack)
    group.configure_health_check(health_check)
    assert group.health_check == HealthCheck(path="/h", healthy_threshold_count=2)
    assert _health_check_of(template(stack), "GroupC77FDACD") == {
        "HealthCheckPath": "/h",
        "HealthyThresholdCount": 2,
    }


def test_configure_health_check_without_arguments_clears_the_health_check(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    group = ApplicationTargetGroup(stack, "Group", vpc=vpc, port=80, health_check=HealthCheck(path="/h"))
    group.configure_health_check()
    assert group.health_check == HealthCheck()


def test_configure_health_check_refuses_a_health_check_and_keywords_together(stack: Stack) -> None:
    group = _application_group(stack)
    with pytest.raises(ValidationError) as error:
        group.configure_health_check(HealthCheck(path="/h"), timeout=Duration.seconds(5), port="80")
    assert str(error.value) == (
        "Test/Group: configure_health_check() got a HealthCheck and the keywords port, timeout; "
        "pass either the HealthCheck or its fields as keywords"
    )
