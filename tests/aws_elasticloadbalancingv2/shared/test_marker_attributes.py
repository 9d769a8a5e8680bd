"""Attributes aws-cdk-lib 2.275.0 gives load balancers, listeners and target groups, made or imported."""

from __future__ import annotations

from apigwv2_integrations import Environment, Stack, Token
from apigwv2_integrations.aws_ec2 import SecurityGroup, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationListener,
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    ListenerAction,
    NetworkListener,
    NetworkLoadBalancer,
    NetworkTargetGroup,
)

ACCOUNT_ARN = "arn:aws:elasticloadbalancing:eu-west-1:999999999999"


def test_private_link_enforcement_reads_as_on_off_or_none(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    unset = NetworkLoadBalancer(stack, "Unset", vpc=vpc)
    on = NetworkLoadBalancer(
        stack, "On", vpc=vpc, enforce_security_group_inbound_rules_on_private_link_traffic=True
    )
    off = NetworkLoadBalancer(
        stack,
        "Off",
        vpc=vpc,
        enforce_security_group_inbound_rules_on_private_link_traffic=False,
        security_groups=[],
    )
    imported = NetworkLoadBalancer.from_network_load_balancer_attributes(
        stack, "Imported", load_balancer_arn=f"{ACCOUNT_ARN}:loadbalancer/net/x/1"
    )
    assert [
        lb.enforce_security_group_inbound_rules_on_private_link_traffic for lb in (unset, on, off, imported)
    ] == [None, "on", "off", None]


def test_made_and_imported_resources_say_what_they_are(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    alb = ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
    listener = alb.add_listener("Http", port=80, default_action=ListenerAction.fixed_response(200))
    nlb = NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    network_listener = nlb.add_listener("Tcp", port=80)
    network_group = network_listener.add_targets("Targets", port=80)
    group = SecurityGroup.from_security_group_id(stack, "Group", "sg-12345678")
    imported = [
        ApplicationListener.from_application_listener_attributes(
            stack, "L", listener_arn=f"{ACCOUNT_ARN}:listener/app/x/1/2", security_group=group
        ).is_application_listener,
        ApplicationLoadBalancer.from_application_load_balancer_attributes(
            stack, "A", load_balancer_arn=f"{ACCOUNT_ARN}:loadbalancer/app/x/1", security_group_id="sg-1"
        ).is_application_load_balancer,
        NetworkListener.from_network_listener_arn(
            stack, "N", f"{ACCOUNT_ARN}:listener/net/x/1/2"
        ).is_network_listener,
        NetworkTargetGroup.from_target_group_attributes(
            stack, "T", target_group_arn=f"{ACCOUNT_ARN}:targetgroup/x/1"
        ).is_network_target_group,
    ]
    made = [
        alb.is_application_load_balancer,
        listener.is_application_listener,
        network_listener.is_network_listener,
        network_group.is_network_target_group,
    ]
    assert made == imported == [True, True, True, True]


def test_target_groups_are_in_their_stacks_environment() -> None:
    agnostic = Stack()
    group = ApplicationTargetGroup(agnostic, "Group", vpc=Vpc(agnostic, "Vpc", max_azs=1), port=80)
    assert Token.is_unresolved(group.env.account) and Token.is_unresolved(group.env.region)
    assert group.env.account == agnostic.account

    pinned = Stack(env=Environment(account="123456789012", region="us-east-1"))
    # An imported group's ARN names another account and region: aws-cdk-lib still gives the stack's.
    imported = NetworkTargetGroup.from_target_group_attributes(
        pinned, "Imported", target_group_arn=f"{ACCOUNT_ARN}:targetgroup/x/2"
    )
    env = imported.env
    assert (env.account, env.region) == ("123456789012", "us-east-1")
