"""ApplicationTargetGroup: protocol defaults, attributes, stickiness, health check checks and target types."""

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
    ApplicationTargetGroupProps,
    HealthCheck,
    Protocol,
)
from apigwv2_integrations.aws_elasticloadbalancingv2_targets import InstanceIdTarget, IpTarget
from apigwv2_integrations.core.errors import SynthesisError, ValidationError

Render = Callable[[Stack], dict[str, Any]]


def _vpc(stack: Stack) -> Vpc:
    return Vpc(stack, "Vpc", max_azs=1)


def test_keywords_match_props_fields() -> None:
    keywords = list(inspect.signature(ApplicationTargetGroup.__init__).parameters)[3:]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(ApplicationTargetGroupProps))


def test_group_renders_health_check_and_attributes(stack: Stack, template: Render) -> None:
    ApplicationTargetGroup(
        stack,
        "Group",
        vpc=_vpc(stack),
        port=8443,
        deregistration_delay=Duration.seconds(10),
        stickiness_cookie_duration=Duration.hours(1),
        health_check=HealthCheck(path="/h", interval=Duration.seconds(20), healthy_http_codes="200-299"),
        targets=[IpTarget("10.0.0.1")],
    )
    assert template(stack)["Resources"]["GroupC77FDACD"]["Properties"] == {
        "HealthCheckIntervalSeconds": 20,
        "HealthCheckPath": "/h",
        "Matcher": {"HttpCode": "200-299"},
        "Port": 8443,
        "Protocol": "HTTPS",
        "TargetGroupAttributes": [
            {"Key": "deregistration_delay.timeout_seconds", "Value": "10"},
            {"Key": "stickiness.enabled", "Value": "true"},
            {"Key": "stickiness.type", "Value": "lb_cookie"},
            {"Key": "stickiness.lb_cookie.duration_seconds", "Value": "3600"},
        ],
        "TargetType": "ip",
        "Targets": [{"Id": "10.0.0.1"}],
        "VpcId": {"Ref": "Vpc8378EB38"},
    }


def test_mixed_target_types_are_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationTargetGroup(
            stack, "Group", vpc=_vpc(stack), port=80, targets=[IpTarget("10.0.0.1"), InstanceIdTarget("i-1")]
        )
    assert str(error.value) == (
        "Test/Group: target_type='instance' differs from the group's 'ip'; make all targets of a group the same type"
    )


def test_slow_start_out_of_range_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationTargetGroup(stack, "Group", vpc=_vpc(stack), port=80, slow_start=Duration.seconds(10))
    assert str(error.value) == (
        "Test/Group: slow_start=Duration.seconds(10) is out of range; use 30 to 900 seconds, or 0 to disable"
    )


def test_stickiness_duration_out_of_range_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationTargetGroup(
            stack, "Group", vpc=_vpc(stack), port=80, stickiness_cookie_duration=Duration.days(8)
        )
    assert str(error.value) == (
        "Test/Group: stickiness_cookie_duration=Duration.days(8) is out of range; use 1 second to 7 days"
    )


@pytest.mark.parametrize(
    ("health_check", "problem"),
    [
        (
            HealthCheck(interval=Duration.seconds(10), timeout=Duration.seconds(10)),
            "health_check.interval=Duration.seconds(10) is not longer than "
            "health_check.timeout=Duration.seconds(10); make the interval longer",
        ),
        (
            HealthCheck(protocol=Protocol.TCP),
            "health_check.protocol=<Protocol.TCP: 'TCP'> is not supported by ALB target groups; "
            "use Protocol.HTTP or Protocol.HTTPS",
        ),
    ],
)
def test_bad_health_checks_fail_synthesis(
    stack: Stack, template: Render, health_check: HealthCheck, problem: str
) -> None:
    ApplicationTargetGroup(stack, "Group", vpc=_vpc(stack), port=80, health_check=health_check)
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [("Test/Group", problem)]


def test_group_without_vpc_fails_synthesis(stack: Stack, template: Render) -> None:
    ApplicationTargetGroup(stack, "Group", port=80)
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [("Test/Group", "vpc=None for a non-Lambda target group; pass vpc=...")]


def test_bad_group_name_fails_synthesis(stack: Stack, template: Render) -> None:
    ApplicationTargetGroup(stack, "Group", vpc=_vpc(stack), port=80, target_group_name="a_b-")
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [
        ("Test/Group", "target_group_name='a_b-' begins or ends with a hyphen; remove it"),
        (
            "Test/Group",
            "target_group_name='a_b-' has characters other than letters, digits and hyphens; use only those",
        ),
    ]
