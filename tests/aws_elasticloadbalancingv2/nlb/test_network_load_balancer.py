"""NetworkLoadBalancer: no security group by default, attributes and imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import SecurityGroup, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ClientRoutingPolicy,
    IpAddressType,
    NetworkLoadBalancer,
)
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def test_network_load_balancer_has_no_security_group_by_default(stack: Stack, template: Render) -> None:
    NetworkLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1))
    assert template(stack)["Resources"]["Lb1928D9D6"]["Properties"] == {
        "LoadBalancerAttributes": [{"Key": "deletion_protection.enabled", "Value": "false"}],
        "Scheme": "internal",
        "Subnets": [{"Ref": "VpcPrivateSubnet1Subnet536B997A"}],
        "Type": "network",
    }


def test_given_security_groups_and_attributes_are_rendered(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    NetworkLoadBalancer(
        stack,
        "Lb",
        vpc=vpc,
        security_groups=[SecurityGroup(stack, "Sg", vpc=vpc)],
        client_routing_policy=ClientRoutingPolicy.AVAILABILITY_ZONE_AFFINITY,
        zonal_shift=True,
        enforce_security_group_inbound_rules_on_private_link_traffic=True,
    )
    properties = template(stack)["Resources"]["Lb1928D9D6"]["Properties"]
    assert properties["SecurityGroups"] == [{"Fn::GetAtt": ["SgD4954771", "GroupId"]}]
    assert properties["EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic"] == "on"
    assert properties["LoadBalancerAttributes"] == [
        {"Key": "deletion_protection.enabled", "Value": "false"},
        {"Key": "dns_record.client_routing_policy", "Value": "availability_zone_affinity"},
        {"Key": "zonal_shift.config.enabled", "Value": "true"},
    ]


def test_dual_stack_without_public_ipv4_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        NetworkLoadBalancer(
            stack,
            "Lb",
            vpc=Vpc(stack, "Vpc", max_azs=1),
            ip_address_type=IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4,
        )
    assert str(error.value) == (
        "Test: ip_address_type=IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4 is for Application Load "
        "Balancers only; use IPV4 or DUAL_STACK"
    )


def test_imported_load_balancer_imports_its_security_groups(stack: Stack) -> None:
    lb = NetworkLoadBalancer.from_network_load_balancer_attributes(
        stack,
        "Imported",
        load_balancer_arn="arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/net/x/1",
        load_balancer_security_groups=["sg-1", "sg-2"],
    )
    assert [g.security_group_id for g in lb.connections.security_groups] == ["sg-1", "sg-2"]
    assert lb.vpc is None
