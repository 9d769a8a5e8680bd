"""Load balancer and target group durations taken in whole seconds are refused when the construct is
made, with the construct path, the option and the value, where aws-cdk-lib fails converting them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    NetworkLoadBalancer,
)
from apigwv2_integrations.core.errors import ValidationError


def error_of(make: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as error:
        make()
    return str(error.value)


def test_load_balancer_idle_timeout_in_whole_seconds(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    message = error_of(
        lambda: ApplicationLoadBalancer(stack, "Lb", vpc=vpc, idle_timeout=Duration.millis(1500))
    )
    assert message == (
        "Test/Lb: idle_timeout=Duration.millis(1500) is not a whole number of seconds; use Duration.seconds(...)"
    )


def test_load_balancer_client_keep_alive_in_whole_seconds(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    message = error_of(
        lambda: ApplicationLoadBalancer(stack, "Lb", vpc=vpc, client_keep_alive=Duration.seconds(90.5))
    )
    assert message == (
        "Test/Lb: client_keep_alive=Duration.seconds(90.5) is not a whole number of seconds; "
        "use Duration.seconds(...)"
    )


@pytest.mark.parametrize(
    ("option", "duration", "shown"),
    [
        ("slow_start", Duration.seconds(40.5), "Duration.seconds(40.5)"),
        ("stickiness_cookie_duration", Duration.millis(1500), "Duration.millis(1500)"),
        ("deregistration_delay", Duration.millis(1500), "Duration.millis(1500)"),
    ],
)
def test_target_group_durations_in_whole_seconds(
    stack: Stack, option: str, duration: Duration, shown: str
) -> None:
    vpc = Vpc(stack, "Vpc")
    message = error_of(
        lambda: ApplicationTargetGroup(stack, "Group", vpc=vpc, port=80, **{option: duration})  # type: ignore[arg-type]
    )
    assert message == (
        f"Test/Group: {option}={shown} is not a whole number of seconds; use Duration.seconds(...)"
    )


def test_network_listener_idle_timeout_in_whole_seconds(stack: Stack) -> None:
    load_balancer = NetworkLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc"))
    message = error_of(
        lambda: load_balancer.add_listener("Tcp", port=80, tcp_idle_timeout=Duration.seconds(90.5))
    )
    assert message == (
        "Test/Lb/Tcp: tcp_idle_timeout=Duration.seconds(90.5) is not a whole number of seconds; "
        "use Duration.seconds(...)"
    )


def test_whole_second_durations_still_render(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    group = ApplicationTargetGroup(
        stack,
        "Group",
        vpc=vpc,
        port=80,
        deregistration_delay=Duration.seconds(30),
        slow_start=Duration.minutes(1),
    )
    rendered = {
        entry["Key"]: entry["Value"]
        for entry in stack.resolve(group.node.default_child.target_group_attributes)  # type: ignore[union-attr]
    }
    assert rendered["deregistration_delay.timeout_seconds"] == "30"
    assert rendered["slow_start.duration_seconds"] == "60"
