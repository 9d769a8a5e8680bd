"""Network Load Balancers placed by subnet mappings, and the IPv6 prefix for source NAT."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import IpProtocol, SubnetSelection, SubnetType, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    IpAddressType,
    NetworkLoadBalancer,
    Protocol,
    SourceNatIpv6Prefix,
    SubnetMapping,
)
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def _load_balancer(template: dict[str, Any]) -> dict[str, Any]:
    (found,) = [
        r for r in template["Resources"].values() if r["Type"] == "AWS::ElasticLoadBalancingV2::LoadBalancer"
    ]
    return found


def test_mappings_place_the_load_balancer_instead_of_subnets(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    NetworkLoadBalancer(
        stack,
        "Lb",
        vpc=vpc,
        internet_facing=True,
        subnet_mappings=[SubnetMapping(subnet=vpc.public_subnets[0], allocation_id="eipalloc-1")],
    )
    resource = _load_balancer(template(stack))
    assert "Subnets" not in resource["Properties"]
    assert resource["Properties"]["SubnetMappings"] == [
        {"AllocationId": "eipalloc-1", "SubnetId": {"Ref": "VpcPublicSubnet1Subnet5C2D37C4"}}
    ]
    # The subnets are given, so the load balancer does not wait for the VPC's internet routes.
    assert "DependsOn" not in resource


def test_addresses_and_source_nat_prefixes_are_rendered(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, ip_protocol=IpProtocol.DUAL_STACK)
    NetworkLoadBalancer(
        stack,
        "Lb",
        vpc=vpc,
        ip_address_type=IpAddressType.DUAL_STACK,
        enable_prefix_for_ipv6_source_nat=True,
        subnet_mappings=[
            SubnetMapping(
                subnet=vpc.isolated_subnets[0],
                private_ipv4_address="10.0.128.10",
                ipv6_address="2600:1f18::1",
                source_nat_ipv6_prefix=SourceNatIpv6Prefix.auto_assigned(),
            ),
            SubnetMapping(
                subnet=vpc.isolated_subnets[1],
                source_nat_ipv6_prefix=SourceNatIpv6Prefix.from_ipv6_prefix("2600:1f18:1234:5601::/80"),
            ),
        ],
    )
    properties = _load_balancer(template(stack))["Properties"]
    assert properties["EnablePrefixForIpv6SourceNat"] == "on"
    assert [m.get("SourceNatIpv6Prefix") for m in properties["SubnetMappings"]] == [
        "auto_assigned",
        "2600:1f18:1234:5601::/80",
    ]
    assert properties["SubnetMappings"][0]["PrivateIPv4Address"] == "10.0.128.10"
    assert properties["SubnetMappings"][0]["IPv6Address"] == "2600:1f18::1"


def test_the_source_nat_setting_is_rendered_off_when_false(stack: Stack, template: Render) -> None:
    NetworkLoadBalancer(
        stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1), enable_prefix_for_ipv6_source_nat=False
    )
    assert _load_balancer(template(stack))["Properties"]["EnablePrefixForIpv6SourceNat"] == "off"


def test_vpc_subnets_and_subnet_mappings_together_are_an_error(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    with pytest.raises(ValidationError) as caught:
        NetworkLoadBalancer(
            stack,
            "Lb",
            vpc=vpc,
            vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC),
            subnet_mappings=[SubnetMapping(subnet=vpc.public_subnets[0])],
        )
    assert str(caught.value) == (
        "Test/Lb: vpc_subnets and subnet_mappings are both given; place the load balancer with one of them"
    )


def test_no_subnet_mapping_is_an_error(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        NetworkLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1), subnet_mappings=[])
    assert str(caught.value) == "Test/Lb: subnet_mappings=[] is empty; give at least one SubnetMapping"


def test_an_elastic_ip_on_an_internal_load_balancer_is_an_error(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    with pytest.raises(ValidationError) as caught:
        NetworkLoadBalancer(
            stack,
            "Lb",
            vpc=vpc,
            subnet_mappings=[SubnetMapping(subnet=vpc.public_subnets[0], allocation_id="eipalloc-1")],
        )
    assert str(caught.value) == (
        "Test/Lb: subnet_mappings[0].allocation_id='eipalloc-1' needs an internet-facing load balancer "
        "(Elastic IP addresses are public); pass internet_facing=True or leave it out"
    )


def test_a_source_nat_prefix_needs_the_setting(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, ip_protocol=IpProtocol.DUAL_STACK)
    with pytest.raises(ValidationError) as caught:
        NetworkLoadBalancer(
            stack,
            "Lb",
            vpc=vpc,
            ip_address_type=IpAddressType.DUAL_STACK,
            subnet_mappings=[
                SubnetMapping(
                    subnet=vpc.public_subnets[0], source_nat_ipv6_prefix=SourceNatIpv6Prefix.auto_assigned()
                )
            ],
        )
    assert str(caught.value) == (
        "Test/Lb: subnet_mappings[0].source_nat_ipv6_prefix=SourceNatIpv6Prefix('auto_assigned') needs "
        "enable_prefix_for_ipv6_source_nat=True on the load balancer"
    )


def test_a_prefix_without_netmask_is_an_error() -> None:
    with pytest.raises(ValidationError) as caught:
        SourceNatIpv6Prefix.from_ipv6_prefix("2600:1f18::")
    assert str(caught.value) == (
        "prefix='2600:1f18::' has no netmask; give an IPv6 prefix with its netmask, e.g. '2001:db8::/80'"
    )


@pytest.mark.parametrize("protocol", [Protocol.UDP, Protocol.TCP_UDP])
def test_udp_listeners_of_a_dual_stack_load_balancer_need_the_source_nat_prefix(
    stack: Stack, protocol: Protocol
) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, ip_protocol=IpProtocol.DUAL_STACK)
    load_balancer = NetworkLoadBalancer(stack, "Lb", vpc=vpc, ip_address_type=IpAddressType.DUAL_STACK)
    with pytest.raises(ValidationError) as caught:
        load_balancer.add_listener("Dns", port=53, protocol=protocol)
    assert str(caught.value) == (
        f"Test/Lb: protocol=Protocol.{protocol.name} on a dual-stack load balancer needs an IPv6 prefix for "
        "source NAT; create the load balancer with enable_prefix_for_ipv6_source_nat=True"
    )
