"""The reference interfaces (IListener, I*Ref) the listeners, load balancers and target groups satisfy, and
the props structs their methods build first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2
from apigwv2_integrations.aws_ec2 import Vpc
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
TARGET_GROUP_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tcp/0123456789abcdef"
LISTENER_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/nlb/0123456789abcdef/0123"


def test_listeners_load_balancers_and_target_groups_satisfy_the_ref_interfaces(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
    alb_listener = alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    group = elbv2.NetworkTargetGroup(stack, "Tcp", vpc=vpc, port=80)
    nlb_listener = nlb.add_listener("Tcp", port=80, default_target_groups=[group])
    imported_listener = elbv2.NetworkListener.from_network_listener_arn(
        stack, "ImportedListener", LISTENER_ARN
    )
    imported_group = elbv2.NetworkTargetGroup.from_target_group_attributes(
        stack, "ImportedGroup", target_group_arn=TARGET_GROUP_ARN
    )
    assert isinstance(alb_listener, elbv2.IApplicationListenerRef)
    assert isinstance(alb_listener, elbv2.IListener)
    assert isinstance(alb, elbv2.IApplicationLoadBalancerRef)
    for listener in (nlb_listener, imported_listener):
        assert isinstance(listener, elbv2.INetworkListenerRef)
        assert isinstance(listener, elbv2.IListener)
    for target_group in (group, imported_group):
        assert isinstance(target_group, elbv2.INetworkTargetGroupRef)


def test_application_listener_rule_props_extend_the_base_props() -> None:
    assert issubclass(elbv2.ApplicationListenerRuleProps, elbv2.BaseApplicationListenerRuleProps)
    own = {field.name for field in attrs.fields(elbv2.ApplicationListenerRuleProps)}
    base = {field.name for field in attrs.fields(elbv2.BaseApplicationListenerRuleProps)}
    assert own - base == {"listener"}


def test_add_redirect_keywords_are_the_redirect_config_fields() -> None:
    import inspect

    keywords = set(inspect.signature(elbv2.ApplicationLoadBalancer.add_redirect).parameters) - {"self"}
    assert keywords == {field.name for field in attrs.fields(elbv2.ApplicationLoadBalancerRedirectConfig)}


def test_target_group_attributes_need_an_arn() -> None:
    with pytest.raises(TypeError):
        elbv2.TargetGroupAttributes(load_balancer_arns="arn")  # type: ignore[call-arg]
    attributes = elbv2.TargetGroupAttributes(target_group_arn=TARGET_GROUP_ARN)
    assert attributes.load_balancer_arns is None


def test_add_network_action_props_need_an_action() -> None:
    with pytest.raises(TypeError):
        elbv2.AddNetworkActionProps()  # type: ignore[call-arg]


def test_network_forward_of_even_groups_writes_no_weight(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    first = elbv2.NetworkTargetGroup(stack, "First", vpc=vpc, port=80)
    second = elbv2.NetworkTargetGroup(stack, "Second", vpc=vpc, port=80)
    nlb.add_listener("Tcp", port=80).add_action(
        "Forward",
        action=elbv2.NetworkListenerAction.forward(
            [first, second],
            **attrs.asdict(elbv2.NetworkForwardOptions(stickiness_duration=Duration.minutes(1))),
        ),
    )
    (listener,) = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::Listener").values()
    assert listener["Properties"]["DefaultActions"] == [
        {
            "ForwardConfig": {
                "TargetGroupStickinessConfig": {"DurationSeconds": 60, "Enabled": True},
                "TargetGroups": [
                    {"TargetGroupArn": {"Ref": "First8D4707F1"}},
                    {"TargetGroupArn": {"Ref": "Second394350F9"}},
                ],
            },
            "Type": "forward",
        }
    ]
