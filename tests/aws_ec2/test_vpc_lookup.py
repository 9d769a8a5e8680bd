"""Vpc.from_lookup: the lookup's key and properties, the dummy VPC, and a VPC answered from context."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Fn, Stack, ValidationError
from apigwv2_integrations.aws_ec2 import SubnetType, Vpc

_ENV = Environment(account="123456789012", region="us-east-1")
_KEY = "vpc-provider:account=123456789012:filter.vpc-id=vpc-1:region=us-east-1:returnAsymmetricSubnets=true"


def _stack(context: dict[str, Any] | None = None) -> Stack:
    return Stack(App(context=context), "Lookups", env=_ENV)


def _group(name: str, kind: str, *subnets: tuple[str, str]) -> dict[str, Any]:
    return {
        "name": name,
        "type": kind,
        "subnets": [
            {
                "subnetId": subnet,
                "availabilityZone": zone,
                "routeTableId": f"rtb-{subnet}",
                "cidr": "10.0.0.0/24",
            }
            for subnet, zone in subnets
        ],
    }


def test_the_filter_and_options_make_the_key_and_the_missing_entry() -> None:
    stack = _stack()
    Vpc.from_lookup(
        stack,
        "Vpc",
        tags={"team": "web"},
        vpc_id="vpc-1",
        vpc_name="main",
        owner_account_id="210987654321",
        is_default=False,
        region="eu-west-1",
        return_vpn_gateways=False,
        subnet_group_name_tag="Tier",
    )
    (missing,) = stack._missing_context
    assert missing["key"] == (
        "vpc-provider:account=123456789012:filter.isDefault=false:filter.owner-id=210987654321:"
        "filter.tag:Name=main:filter.tag:team=web:filter.vpc-id=vpc-1:region=eu-west-1:"
        "returnAsymmetricSubnets=true:returnVpnGateways=false:subnetGroupNameTag=Tier"
    )
    # No dummy value is reported for VPCs, as in aws-cdk-lib.
    assert missing["props"] == {
        "account": "123456789012",
        "region": "eu-west-1",
        "filter": {
            "tag:team": "web",
            "vpc-id": "vpc-1",
            "tag:Name": "main",
            "owner-id": "210987654321",
            "isDefault": "false",
        },
        "returnAsymmetricSubnets": True,
        "returnVpnGateways": False,
        "subnetGroupNameTag": "Tier",
    }


def test_until_the_cli_looks_it_up_the_vpc_is_the_dummy_and_selections_are_pending() -> None:
    vpc = Vpc.from_lookup(_stack(), "Vpc", is_default=True)
    assert (vpc.vpc_id, vpc.vpc_cidr_block, vpc.availability_zones) == (
        "vpc-12345",
        "1.2.3.4/5",
        ["dummy1a", "dummy1b"],
    )
    assert [s.subnet_id for s in vpc.public_subnets] == ["s-12345", "s-67890"]
    assert [s.subnet_id for s in vpc.isolated_subnets] == ["p-12345", "p-67890"]
    selected = vpc.select_subnets(subnet_group_name="Database")
    assert selected.is_pending_lookup and list(selected.subnet_ids) == []


def test_a_vpc_from_context_has_its_named_groups_sorted_zones_and_vpn_gateway() -> None:
    answer = {
        "vpcId": "vpc-1",
        "vpcCidrBlock": "10.0.0.0/16",
        "availabilityZones": [],
        "subnetGroups": [
            _group("Ingress", "Public", ("subnet-b", "us-east-1b"), ("subnet-a", "us-east-1a")),
            _group("Application", "Private", ("subnet-app", "us-east-1a")),
            _group("Database", "Isolated", ("subnet-db", "us-east-1c")),
        ],
        "vpnGatewayId": "vgw-1",
    }
    vpc = Vpc.from_lookup(_stack({_KEY: answer}), "Vpc", vpc_id="vpc-1")
    assert vpc.availability_zones == ["us-east-1a", "us-east-1b", "us-east-1c"]
    assert vpc.vpn_gateway_id == "vgw-1"
    assert [s.node.id for s in vpc.public_subnets] == ["IngressSubnet1", "IngressSubnet2"]
    assert list(vpc.select_subnets().subnet_ids) == ["subnet-app"]
    assert list(vpc.select_subnets(subnet_group_name="Database").subnet_ids) == ["subnet-db"]
    assert vpc.select_subnets(subnet_type=SubnetType.PUBLIC).subnets[0].ipv4_cidr_block == "10.0.0.0/24"
    assert not vpc.select_subnets().is_pending_lookup
    with pytest.raises(ValidationError, match=r"subnet_group_name='Private' matches no subnet group"):
        vpc.select_subnets(subnet_group_name="Private")


def test_lookups_need_an_environment_literal_arguments_and_a_vpc_answer() -> None:
    with pytest.raises(ValidationError, match=r"needs the stack's account and region"):
        Vpc.from_lookup(Stack(App(), "Agnostic"), "Vpc", is_default=True)
    with pytest.raises(ValidationError, match=r"^Lookups: Vpc.from_lookup\('Vpc'\) got a token"):
        Vpc.from_lookup(_stack(), "Vpc", vpc_id=Fn.ref("VpcId"))
    with pytest.raises(ValidationError, match=r"is not a VPC \(it has no 'vpcId'\)"):
        Vpc.from_lookup(_stack({_KEY: {"id": "vpc-1"}}), "Vpc", vpc_id="vpc-1")
    bad_group = {"vpcId": "vpc-1", "subnetGroups": [_group("Odd", "Reserved")]}
    with pytest.raises(ValidationError, match=r"has a subnet group of type 'Reserved'"):
        Vpc.from_lookup(_stack({_KEY: bad_group}), "Vpc", vpc_id="vpc-1")
