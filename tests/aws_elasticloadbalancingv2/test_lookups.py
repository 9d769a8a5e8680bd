"""Load balancers and listeners looked up by the cdk CLI: keys, dummies, their groups and VPC, errors."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Fn, Stack, ValidationError
from apigwv2_integrations.aws_ec2 import SecurityGroup
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationListener,
    ApplicationLoadBalancer,
    IpAddressType,
    ListenerAction,
    ListenerCondition,
    NetworkListener,
    NetworkLoadBalancer,
    Protocol,
)

_ENV = Environment(account="123456789012", region="us-east-1")
_ALB_KEY = (
    "load-balancer:account=123456789012:loadBalancerTags.0.key=app:loadBalancerTags.0.value=web:"
    "loadBalancerType=application:region=us-east-1"
)


def _stack(context: dict[str, Any] | None = None) -> Stack:
    return Stack(App(context=context), "Lookups", env=_ENV)


def test_a_load_balancer_from_context_brings_its_vpc_and_groups_looked_up() -> None:
    answer = {
        "loadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1",
        "loadBalancerCanonicalHostedZoneId": "Z35SXDOTRQ7X7K",
        "loadBalancerDnsName": "web-1.us-east-1.elb.amazonaws.com",
        "ipAddressType": "ipv4",
        "securityGroupIds": ["sg-1", "sg-2"],
        "vpcId": "vpc-1",
    }
    stack = _stack({_ALB_KEY: answer})
    alb = ApplicationLoadBalancer.from_lookup(stack, "Alb", load_balancer_tags={"app": "web"})
    assert (alb.load_balancer_dns_name, alb.ip_address_type) == (
        answer["loadBalancerDnsName"],
        IpAddressType.IPV4,
    )
    assert [child.node.id for child in alb.node.children] == [
        "Vpc",
        "SecurityGroup-sg-1",
        "SecurityGroup-sg-2",
    ]
    # The VPC and the groups are not in context yet: they are the next lookups.
    assert [entry["provider"] for entry in stack._missing_context] == [
        "vpc-provider",
        "security-group",
        "security-group",
    ]


def test_until_looked_up_the_dummies_name_the_kind_and_network_groups_go_by_index() -> None:
    stack = _stack()
    nlb = NetworkLoadBalancer.from_lookup(stack, "Nlb", load_balancer_arn="arn:aws:elasticloadbalancing:x")
    assert nlb.load_balancer_arn.endswith(":loadbalancer/network/my-load-balancer/50dc6c495c0c9188")
    assert [child.node.id for child in nlb.node.children] == ["SecurityGroup-0", "Vpc"]
    first = stack._missing_context[0]
    assert first["key"] == (
        "load-balancer:account=123456789012:loadBalancerArn=arn$:aws$:elasticloadbalancing$:x:"
        "loadBalancerType=network:region=us-east-1"
    )
    listener = NetworkListener.from_lookup(
        stack, "Listener", load_balancer_tags={"a": "b"}, listener_port=80, listener_protocol=Protocol.TCP
    )
    assert listener.listener_arn.endswith(
        ":listener/network/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2"
    )
    assert stack._missing_context[-1]["props"]["listenerProtocol"] == "TCP"


def test_an_application_listener_lookup_opens_its_groups_on_its_port() -> None:
    stack = _stack()
    listener = ApplicationListener.from_lookup(stack, "Listener", listener_arn="arn:listener")
    assert [g.security_group_id for g in listener.connections.security_groups] == ["sg-12345678"]
    assert listener.connections.default_port is not None


def test_lookups_need_a_target_and_literal_arguments() -> None:
    stack = _stack()
    with pytest.raises(ValidationError, match=r"has neither load_balancer_arn nor load_balancer_tags"):
        ApplicationLoadBalancer.from_lookup(stack, "Alb")
    with pytest.raises(
        ValidationError, match=r"has no listener_arn, load_balancer_arn or load_balancer_tags"
    ):
        ApplicationListener.from_lookup(stack, "Listener", listener_port=443)
    with pytest.raises(ValidationError, match=r"^Lookups: the lookup 'Token' got a token"):
        ApplicationLoadBalancer.from_lookup(stack, "Token", load_balancer_arn=Fn.ref("Arn"))
    bad = _stack({_ALB_KEY: {"loadBalancerArn": "arn"}})
    with pytest.raises(ValidationError, match=r"which lacks loadBalancerArn, loadBalancerDnsName"):
        ApplicationLoadBalancer.from_lookup(bad, "Alb", load_balancer_tags={"app": "web"})


def test_an_imported_listener_names_its_rules_with_or_without_the_suffix() -> None:
    stack = _stack()
    listener = ApplicationListener.from_application_listener_attributes(
        stack,
        "Listener",
        listener_arn="arn:listener",
        security_group=SecurityGroup.from_security_group_id(stack, "Sg", "sg-1"),
    )
    for index, remove_suffix in enumerate((None, True)):
        listener.add_action(
            f"Rule{index}",
            priority=index + 1,
            conditions=[ListenerCondition.path_patterns([f"/{index}"])],
            action=ListenerAction.fixed_response(200),
            remove_suffix=remove_suffix,
        )
    assert [child.node.id for child in listener.node.children if child.node.id.startswith("Rule")] == [
        "Rule0Rule",
        "Rule1",
    ]
