"""Targets and listener actions that an app writes itself, read as aws_cdk reads them: a
LoadBalancerTargetProps or a dict with camelCase keys, and an action as CfnListener.ActionProperty or its
camelCase dict."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Target:
    def __init__(self, answer: Any) -> None:
        self.answer = answer

    def attach_to_application_target_group(self, target_group: Any) -> Any:
        return self.answer

    def attach_to_network_target_group(self, target_group: Any) -> Any:
        return self.answer


def _vpc(stack: Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "V", max_azs=2, nat_gateways=0)


def _targets(rendered: dict[str, Any]) -> tuple[str, Any]:
    (group,) = resources_of_type(rendered, "AWS::ElasticLoadBalancingV2::TargetGroup").values()
    return group["Properties"]["TargetType"], group["Properties"].get("Targets")


def test_application_target_returning_a_camel_case_dict(stack: Stack, template: Render) -> None:
    group = elbv2.ApplicationTargetGroup(stack, "TG", vpc=_vpc(stack), port=80)
    answer = {"targetType": elbv2.TargetType.IP, "targetJson": {"id": "10.0.0.2", "port": 81}}
    group.add_target(_Target(answer))
    assert _targets(template(stack)) == ("ip", [{"Id": "10.0.0.2", "Port": 81}])


def test_network_target_json_takes_camel_case_keys(stack: Stack, template: Render) -> None:
    group = elbv2.NetworkTargetGroup(stack, "TG", vpc=_vpc(stack), port=80)
    answer = elbv2.LoadBalancerTargetProps(
        target_type=elbv2.TargetType.IP, target_json={"id": "10.0.0.1", "port": 80, "availabilityZone": "all"}
    )
    group.add_target(_Target(answer))
    assert _targets(template(stack)) == ("ip", [{"AvailabilityZone": "all", "Id": "10.0.0.1", "Port": 80}])


def test_target_without_json_on_an_imported_group(stack: Stack) -> None:
    group = elbv2.NetworkTargetGroup.from_target_group_attributes(
        stack, "I", target_group_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/x/1"
    )
    group.add_target(_Target({"targetType": elbv2.TargetType.INSTANCE}))  # type: ignore[attr-defined]


def test_target_returning_none_is_a_type_error(stack: Stack) -> None:
    group = elbv2.ApplicationTargetGroup(stack, "TG", vpc=_vpc(stack), port=80)
    with pytest.raises(ArgumentTypeError) as error:
        group.add_target(_Target(None))
    assert str(error.value) == (
        "Test/TG: attach_to_application_target_group() returned None; return a LoadBalancerTargetProps(...) "
        "or a dict of its fields"
    )


def test_listener_action_from_camel_case_dicts_renders_like_the_struct(
    stack: Stack, template: Render
) -> None:
    vpc = _vpc(stack)
    balancer = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc)
    group = elbv2.ApplicationTargetGroup(stack, "TG", vpc=vpc, port=80)
    oidc = {
        "issuer": "https://i",
        "clientId": "c",
        "clientSecret": "s",
        "authorizationEndpoint": "https://a",
        "tokenEndpoint": "https://t",
        "userInfoEndpoint": "https://u",
        "authenticationRequestExtraParams": {"a_b": "c"},
    }
    first = elbv2.ListenerAction(
        {"type": "authenticate-oidc", "authenticateOidcConfig": oidc}, elbv2.ListenerAction.forward([group])
    )
    balancer.add_listener("L", port=80, default_action=first)
    (listener,) = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::Listener").values()
    actions = listener["Properties"]["DefaultActions"]
    assert [action["Type"] for action in actions] == ["authenticate-oidc", "forward"]
    assert [action["Order"] for action in actions] == [1, 2]
    assert actions[0]["AuthenticateOidcConfig"]["ClientId"] == "c"
    assert actions[0]["AuthenticateOidcConfig"]["AuthenticationRequestExtraParams"] == {"a_b": "c"}


def test_network_listener_action_from_a_camel_case_dict(stack: Stack, template: Render) -> None:
    vpc = _vpc(stack)
    balancer = elbv2.NetworkLoadBalancer(stack, "LB", vpc=vpc)
    group = elbv2.NetworkTargetGroup(stack, "TG", vpc=vpc, port=80)
    action = elbv2.NetworkListenerAction({"type": "forward", "targetGroupArn": group.target_group_arn})
    balancer.add_listener("L", port=80, default_action=action)
    (listener,) = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::Listener").values()
    assert listener["Properties"]["DefaultActions"] == [
        {"TargetGroupArn": {"Ref": "TGB29B09E7"}, "Type": "forward"}
    ]
