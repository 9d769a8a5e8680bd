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
    ApplicationProtocol,
    ApplicationTargetGroup,
    ApplicationTargetGroupProps,
    HealthCheck,
    Protocol,
    TargetGroupLoadBalancingAlgorithmType,
    TargetType,
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
            "health_check.protocol=Protocol.TCP is not supported by ALB target groups; "
            "use Protocol.HTTP or Protocol.HTTPS",
        ),
        (
            HealthCheck(interval=Duration.seconds(400)),
            "health_check.interval=Duration.seconds(400) is out of range; use 5 to 300 seconds",
        ),
        (
            HealthCheck(timeout=Duration.seconds(1)),
            "health_check.timeout=Duration.seconds(1) is out of range; use 2 to 120 seconds",
        ),
        (
            HealthCheck(unhealthy_threshold_count=11),
            "health_check.unhealthy_threshold_count=11 is out of range; use 2 to 10",
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


def test_group_of_ip_targets_without_port_fails_synthesis(stack: Stack, template: Render) -> None:
    ApplicationTargetGroup(stack, "Group", vpc=_vpc(stack), target_type=TargetType.IP)
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [
        (
            "Test/Group",
            "port=None and protocol=None for target_type=TargetType.IP; pass at least one of them "
            "(the port the targets listen on)",
        )
    ]


@pytest.mark.parametrize(
    ("keywords", "given"),
    [
        ({"port": 80}, "port=80"),
        ({"protocol": ApplicationProtocol.HTTP}, "protocol=ApplicationProtocol.HTTP"),
    ],
)
def test_lambda_group_with_port_or_protocol_fails_synthesis(
    stack: Stack, template: Render, keywords: dict[str, Any], given: str
) -> None:
    ApplicationTargetGroup(stack, "Group", target_type=TargetType.LAMBDA, **keywords)
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [
        ("Test/Group", f"{given} for Lambda targets; Lambda target groups take no port or protocol")
    ]


def test_weighted_random_algorithm_refuses_slow_start(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationTargetGroup(
            stack,
            "Group",
            vpc=_vpc(stack),
            port=80,
            slow_start=Duration.seconds(60),
            load_balancing_algorithm_type=TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM,
        )
    assert str(error.value) == (
        "Test/Group: slow_start=Duration.seconds(60) with load_balancing_algorithm_type="
        "TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM; the weighted random algorithm has no slow "
        "start mode, so drop one of them"
    )


@pytest.mark.parametrize("algorithm", [None, TargetGroupLoadBalancingAlgorithmType.ROUND_ROBIN])
def test_anomaly_mitigation_needs_weighted_random_algorithm(
    stack: Stack, algorithm: TargetGroupLoadBalancingAlgorithmType | None
) -> None:
    with pytest.raises(ValidationError) as error:
        ApplicationTargetGroup(
            stack,
            "Group",
            vpc=_vpc(stack),
            port=80,
            enable_anomaly_mitigation=True,
            load_balancing_algorithm_type=algorithm,
        )
    assert str(error.value) == (
        "Test/Group: enable_anomaly_mitigation=True needs load_balancing_algorithm_type="
        "TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM; pass it (or drop the option)"
    )


def test_anomaly_mitigation_attribute_follows_the_targets(stack: Stack, template: Render) -> None:
    ApplicationTargetGroup(
        stack,
        "Group",
        vpc=_vpc(stack),
        port=80,
        enable_anomaly_mitigation=False,
        load_balancing_algorithm_type=TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM,
        targets=[IpTarget("10.0.0.1")],
    )
    assert template(stack)["Resources"]["GroupC77FDACD"]["Properties"]["TargetGroupAttributes"] == [
        {"Key": "stickiness.enabled", "Value": "false"},
        {"Key": "load_balancing.algorithm.type", "Value": "weighted_random"},
        {"Key": "load_balancing.algorithm.anomaly_mitigation", "Value": "off"},
    ]


def test_imported_group_refuses_targets_it_would_list(stack: Stack) -> None:
    imported = ApplicationTargetGroup.from_target_group_attributes(
        stack, "Imported", target_group_arn="arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/t/1"
    )
    with pytest.raises(ValidationError) as error:
        imported.add_target(IpTarget("10.0.0.1"))
    assert str(error.value) == (
        "Test/Imported: add_target(IpTarget('10.0.0.1', None, None)) adds a target to an imported group, which "
        "this app cannot change; create an ApplicationTargetGroup for it instead"
    )
