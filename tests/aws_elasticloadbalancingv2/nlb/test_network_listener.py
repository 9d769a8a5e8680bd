"""NetworkListener: protocols, certificates, targets, health checks and imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import CfnParameter, Duration, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    AlpnPolicy,
    HealthCheck,
    ListenerCertificate,
    NetworkListener,
    NetworkLoadBalancer,
    NetworkTargetGroup,
    Protocol,
)
from apigwv2_integrations.aws_elasticloadbalancingv2_targets import InstanceIdTarget
from apigwv2_integrations.core.errors import SynthesisError, ValidationError

Render = Callable[[Stack], dict[str, Any]]


def _lb(stack: Stack) -> NetworkLoadBalancer:
    return NetworkLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1))


def test_add_targets_inherits_the_listener_protocol(stack: Stack, template: Render) -> None:
    listener = _lb(stack).add_listener("L", port=443, certificates=[ListenerCertificate.from_arn("arn:c")])
    listener.add_targets("T", port=8443, targets=[InstanceIdTarget("i-1", 9090)])
    resources = template(stack)["Resources"]
    assert resources["LbL59639F87"]["Properties"]["Protocol"] == "TLS"
    assert resources["LbLTGroup925DAAD9"]["Properties"] == {
        "Port": 8443,
        "Protocol": "TLS",
        "TargetType": "instance",
        "Targets": [{"Id": "i-1", "Port": 9090}],
        "VpcId": {"Ref": "Vpc8378EB38"},
    }


def test_tcp_idle_timeout_is_a_listener_attribute(stack: Stack, template: Render) -> None:
    listener = _lb(stack).add_listener("L", port=80, tcp_idle_timeout=Duration.seconds(100))
    listener.add_targets("T", port=80)
    assert template(stack)["Resources"]["LbL59639F87"]["Properties"]["ListenerAttributes"] == [
        {"Key": "tcp.idle_timeout.seconds", "Value": "100"}
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"protocol": Protocol.TCP, "certificates": [ListenerCertificate.from_arn("arn:c")]},
            "Test/Lb: certificates are set with protocol=Protocol.TCP; use Protocol.TLS or drop the "
            "certificates",
        ),
        (
            {"protocol": Protocol.TLS},
            "Test/Lb: protocol=Protocol.TLS and certificates=None; pass certificates=...",
        ),
        (
            {"protocol": Protocol.HTTP},
            "Test/Lb: protocol=Protocol.HTTP is not a Network Load Balancer protocol; "
            "use TCP, TLS, UDP or TCP_UDP",
        ),
        (
            {"alpn_policy": AlpnPolicy.HTTP2_ONLY},
            "Test/Lb: alpn_policy=AlpnPolicy.HTTP2_ONLY is set with protocol=Protocol.TCP; "
            "use Protocol.TLS or drop the policy",
        ),
    ],
)
def test_protocol_mismatches_are_rejected(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        _lb(stack).add_listener("L", port=443, **kwargs)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"tcp_idle_timeout": Duration.seconds(30)},
            "Test/Lb/L: tcp_idle_timeout=Duration.seconds(30) is out of range; use 60 to 6000 seconds",
        ),
        (
            {"tcp_idle_timeout": Duration.millis(500)},
            "Test/Lb/L: tcp_idle_timeout=Duration.millis(500) is out of range; use 60 to 6000 seconds",
        ),
        (
            {"tcp_idle_timeout": Duration.seconds(100), "protocol": Protocol.UDP},
            "Test/Lb/L: tcp_idle_timeout=Duration.seconds(100) with protocol=Protocol.UDP; UDP listeners "
            "have no TCP idle timeout, so drop it",
        ),
    ],
)
def test_bad_tcp_idle_timeout_is_rejected(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        _lb(stack).add_listener("L", port=80, **kwargs)
    assert str(error.value) == message


def test_token_port_is_left_to_cloudformation(stack: Stack, template: Render) -> None:
    port = CfnParameter(stack, "Port", type="Number").value_as_number
    _lb(stack).add_listener("L", port=port).add_targets("T", port=80)
    assert template(stack)["Resources"]["LbL59639F87"]["Properties"]["Port"] == {"Ref": "Port"}


@pytest.mark.parametrize("port", [0, 70000])
def test_port_out_of_range_is_rejected(stack: Stack, port: int) -> None:
    with pytest.raises(ValidationError) as error:
        _lb(stack).add_listener("L", port=port)
    assert str(error.value) == f"Test/Lb: port={port!r} is out of range; use 1 to 65535"


def test_listener_needs_a_default_action(stack: Stack, template: Render) -> None:
    _lb(stack).add_listener("L", port=80)
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert [path for path, _ in error.value.problems] == ["Test/Lb/L"]


@pytest.mark.parametrize(
    ("health_check", "problem"),
    [
        (
            HealthCheck(interval=Duration.seconds(1)),
            "health_check.interval=Duration.seconds(1) is out of range; use 5 to 300 seconds",
        ),
        (
            HealthCheck(healthy_threshold_count=1),
            "health_check.healthy_threshold_count=1 is out of range; use 2 to 10",
        ),
        (
            HealthCheck(unhealthy_threshold_count=11),
            "health_check.unhealthy_threshold_count=11 is out of range; use 2 to 10",
        ),
        (
            HealthCheck(protocol=Protocol.UDP),
            "health_check.protocol=Protocol.UDP is not supported by NLB target groups; "
            "use Protocol.HTTP, Protocol.HTTPS or Protocol.TCP",
        ),
        (
            HealthCheck(protocol=Protocol.TCP, path="/x"),
            "health_check.path='/x' with health_check.protocol=Protocol.TCP; only HTTP and HTTPS checks "
            "have a path, so drop it or check over HTTP or HTTPS",
        ),
        (
            HealthCheck(interval=Duration.seconds(10), timeout=Duration.seconds(20)),
            "health_check.interval=Duration.seconds(10) is shorter than "
            "health_check.timeout=Duration.seconds(20); make the interval at least as long",
        ),
        (
            HealthCheck(protocol=Protocol.TCP, interval=Duration.seconds(200), timeout=Duration.seconds(150)),
            "health_check.timeout=Duration.seconds(150) is out of range; use 2 to 120 seconds",
        ),
    ],
)
def test_bad_health_checks_fail_synthesis(
    stack: Stack, template: Render, health_check: HealthCheck, problem: str
) -> None:
    NetworkTargetGroup(stack, "Group", vpc=Vpc(stack, "Vpc", max_azs=1), port=80, health_check=health_check)
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert error.value.problems == [("Test/Group", problem)]


def test_target_group_attributes_render_in_order(stack: Stack, template: Render) -> None:
    NetworkTargetGroup(
        stack,
        "Group",
        vpc=Vpc(stack, "Vpc", max_azs=1),
        port=80,
        deregistration_delay=Duration.seconds(5),
        proxy_protocol_v2=True,
        preserve_client_ip=False,
        connection_termination=True,
    )
    assert template(stack)["Resources"]["GroupC77FDACD"]["Properties"]["TargetGroupAttributes"] == [
        {"Key": "deregistration_delay.timeout_seconds", "Value": "5"},
        {"Key": "proxy_protocol_v2.enabled", "Value": "true"},
        {"Key": "preserve_client_ip.enabled", "Value": "false"},
        {"Key": "deregistration_delay.connection_termination.enabled", "Value": "true"},
    ]


def test_imported_listener_has_its_arn(stack: Stack) -> None:
    listener = NetworkListener.from_network_listener_arn(stack, "Imported", "arn:listener")
    assert listener.listener_arn == "arn:listener"
