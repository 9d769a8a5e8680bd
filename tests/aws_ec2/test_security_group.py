"""SecurityGroup: inline rules, separate rule resources, default egress and imports."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Environment, Fn, Stack
from apigwv2_integrations.aws_ec2 import (
    Peer,
    Port,
    SecurityGroup,
    SecurityGroupProps,
    SubnetConfiguration,
    SubnetType,
    Vpc,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _vpc(stack: Stack) -> Vpc:
    return Vpc(
        stack,
        "Vpc",
        max_azs=1,
        subnet_configuration=[SubnetConfiguration(name="db", subnet_type=SubnetType.PRIVATE_ISOLATED)],
    )


def test_security_group_keywords_match_props_fields() -> None:
    keywords = list(inspect.signature(SecurityGroup.__init__).parameters)[3:]
    assert keywords == [f.name for f in attrs.fields(SecurityGroupProps)]


def test_default_group_allows_all_outbound(stack: Stack, template: Render) -> None:
    SecurityGroup(stack, "Sg", vpc=_vpc(stack))
    assert template(stack)["Resources"]["SgD4954771"]["Properties"] == {
        "GroupDescription": "Test/Sg",
        "SecurityGroupEgress": [
            {
                "CidrIp": "0.0.0.0/0",
                "Description": "Allow all outbound traffic by default",
                "IpProtocol": "-1",
            }
        ],
        "VpcId": {"Ref": "Vpc8378EB38"},
    }


def test_no_outbound_group_has_the_match_nothing_rule(stack: Stack, template: Render) -> None:
    SecurityGroup(stack, "Sg", vpc=_vpc(stack), allow_all_outbound=False)
    assert template(stack)["Resources"]["SgD4954771"]["Properties"]["SecurityGroupEgress"] == [
        {
            "CidrIp": "255.255.255.255/32",
            "Description": "Disallow all traffic",
            "FromPort": 252,
            "IpProtocol": "icmp",
            "ToPort": 86,
        }
    ]


def test_first_egress_rule_replaces_the_match_nothing_rule(stack: Stack, template: Render) -> None:
    group = SecurityGroup(stack, "Sg", vpc=_vpc(stack), allow_all_outbound=False)
    group.add_egress_rule(Peer.ipv4("10.0.0.0/16"), Port.tcp(5432), "db")
    assert template(stack)["Resources"]["SgD4954771"]["Properties"]["SecurityGroupEgress"] == [
        {"CidrIp": "10.0.0.0/16", "Description": "db", "FromPort": 5432, "IpProtocol": "tcp", "ToPort": 5432}
    ]


def test_egress_rule_is_ignored_while_all_outbound_is_allowed(stack: Stack, template: Render) -> None:
    group = SecurityGroup(stack, "Sg", vpc=_vpc(stack))
    group.add_egress_rule(Peer.ipv4("10.0.0.0/16"), Port.tcp(5432))
    assert len(template(stack)["Resources"]["SgD4954771"]["Properties"]["SecurityGroupEgress"]) == 1


def test_duplicate_inline_ingress_rule_is_added_once(stack: Stack, template: Render) -> None:
    group = SecurityGroup(stack, "Sg", vpc=_vpc(stack))
    group.add_ingress_rule(Peer.any_ipv4(), Port.HTTPS)
    group.add_ingress_rule(Peer.any_ipv4(), Port.HTTPS)
    assert template(stack)["Resources"]["SgD4954771"]["Properties"]["SecurityGroupIngress"] == [
        {
            "CidrIp": "0.0.0.0/0",
            "Description": "from 0.0.0.0/0:443",
            "FromPort": 443,
            "IpProtocol": "tcp",
            "ToPort": 443,
        }
    ]


def test_inline_ingress_rules_that_differ_only_in_description_keep_the_first(
    stack: Stack, template: Render
) -> None:
    group = SecurityGroup(stack, "Sg", vpc=_vpc(stack))
    group.add_ingress_rule(Peer.any_ipv4(), Port.tcp(443), "first")
    group.add_ingress_rule(Peer.any_ipv4(), Port.tcp(443), "second")
    group.connections.allow_from_any_ipv4(Port.tcp(443), "third")
    group.add_ingress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(80))
    group.add_ingress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(80), "with a description")
    rules = template(stack)["Resources"]["SgD4954771"]["Properties"]["SecurityGroupIngress"]
    assert [(r["CidrIp"], r["FromPort"], r["Description"]) for r in rules] == [
        ("0.0.0.0/0", 443, "first"),
        ("10.0.0.0/8", 80, "from 10.0.0.0/8:80"),
    ]


def test_inline_egress_rules_that_differ_only_in_description_keep_the_first(
    stack: Stack, template: Render
) -> None:
    group = SecurityGroup(stack, "Sg", vpc=_vpc(stack), allow_all_outbound=False)
    group.add_egress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(5432), "e1")
    group.add_egress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(5432), "e2")
    group.add_egress_rule(Peer.ipv6("2001:db8::/32"), Port.tcp(443))
    group.add_egress_rule(Peer.ipv6("2001:db8::/32"), Port.tcp(443), "later")
    rules = template(stack)["Resources"]["SgD4954771"]["Properties"]["SecurityGroupEgress"]
    assert [r["Description"] for r in rules] == ["e1", "from 2001:db8::/32:443"]


def test_separate_rules_that_differ_only_in_description_keep_the_first(
    stack: Stack, template: Render
) -> None:
    vpc = _vpc(stack)
    group = SecurityGroup(stack, "Sg", vpc=vpc, disable_inline_rules=True, allow_all_outbound=False)
    other = SecurityGroup(stack, "Other", vpc=vpc)
    group.add_ingress_rule(Peer.any_ipv4(), Port.tcp(443), "first")
    group.add_ingress_rule(Peer.any_ipv4(), Port.tcp(443), "second")
    group.add_ingress_rule(other, Port.tcp(22), "a")
    group.add_ingress_rule(other, Port.tcp(22), "b")
    group.add_egress_rule(Peer.ipv4("10.1.0.0/16"), Port.udp(53), "dns")
    group.add_egress_rule(Peer.ipv4("10.1.0.0/16"), Port.udp(53), "dns again")
    rendered = template(stack)
    ingress = resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress")
    egress = resources_of_type(rendered, "AWS::EC2::SecurityGroupEgress")
    # The logical ids name the peer and port only, so a later description cannot add a rule.
    assert {k: v["Properties"]["Description"] for k, v in ingress.items()} == {
        "Sgfrom00000443976FD16D": "first",
        "SgfromTestOtherD3309BBD22042F069D": "a",
    }
    assert [v["Properties"]["Description"] for v in egress.values()] == ["dns"]


def test_group_peer_becomes_a_separate_ingress_resource(stack: Stack, template: Render) -> None:
    vpc = _vpc(stack)
    group = SecurityGroup(stack, "Sg", vpc=vpc)
    other = SecurityGroup(stack, "Other", vpc=vpc)
    group.add_ingress_rule(other, Port.tcp(80))
    ingress = resources_of_type(template(stack), "AWS::EC2::SecurityGroupIngress")
    assert ingress == {
        "SgfromTestOtherD3309BBD8094314A62": {
            "Type": "AWS::EC2::SecurityGroupIngress",
            "Properties": {
                "Description": "from TestOtherD3309BBD:80",
                "FromPort": 80,
                "GroupId": {"Fn::GetAtt": ["SgD4954771", "GroupId"]},
                "IpProtocol": "tcp",
                "SourceSecurityGroupId": {"Fn::GetAtt": ["Other34654A52", "GroupId"]},
                "ToPort": 80,
            },
        }
    }


def test_disable_inline_rules_renders_default_egress_as_resource(stack: Stack, template: Render) -> None:
    SecurityGroup(stack, "Sg", vpc=_vpc(stack), disable_inline_rules=True)
    egress = resources_of_type(template(stack), "AWS::EC2::SecurityGroupEgress")
    assert [v["Properties"]["Description"] for v in egress.values()] == [
        "Allow all outbound traffic by default"
    ]


def test_disable_inline_rules_removes_match_nothing_resource(stack: Stack, template: Render) -> None:
    group = SecurityGroup(stack, "Sg", vpc=_vpc(stack), disable_inline_rules=True, allow_all_outbound=False)
    group.add_egress_rule(Peer.ipv4("10.0.0.0/16"), Port.tcp(443))
    egress = resources_of_type(template(stack), "AWS::EC2::SecurityGroupEgress")
    assert [v["Properties"]["CidrIp"] for v in egress.values()] == ["10.0.0.0/16"]


def test_all_traffic_egress_rule_is_rejected(stack: Stack) -> None:
    group = SecurityGroup(stack, "Sg", vpc=_vpc(stack), allow_all_outbound=False)
    with pytest.raises(ValidationError) as caught:
        group.add_egress_rule(Peer.any_ipv4(), Port.all_traffic())
    assert str(caught.value) == (
        "Test/Sg: add_egress_rule(Peer.any_ipv4(), Port.all_traffic()) allows all traffic; set "
        "allow_all_outbound=True (IPv4) or allow_all_ipv6_outbound=True (IPv6) on the SecurityGroup instead"
    )


def test_mutable_import_gets_separate_ingress_rules(stack: Stack, template: Render) -> None:
    imported = SecurityGroup.from_security_group_id(stack, "Imported", "sg-1")
    imported.add_ingress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(22))
    imported.add_egress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(22))
    rendered = template(stack)
    assert (
        list(resources_of_type(rendered, "AWS::EC2::SecurityGroupIngress")),
        resources_of_type(rendered, "AWS::EC2::SecurityGroupEgress"),
    ) == (["Importedfrom10000822EE5852DD"], {})


def test_immutable_import_ignores_rules(stack: Stack, template: Render) -> None:
    imported = SecurityGroup.from_security_group_id(stack, "Imported", "sg-1", mutable=False)
    imported.add_ingress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(22))
    assert template(stack).get("Resources", {}) == {}


def test_import_with_no_outbound_takes_egress_rules(stack: Stack, template: Render) -> None:
    imported = SecurityGroup.from_security_group_id(stack, "Imported", "sg-1", allow_all_outbound=False)
    imported.add_egress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(22))
    egress = resources_of_type(template(stack), "AWS::EC2::SecurityGroupEgress")
    assert [v["Properties"]["Description"] for v in egress.values()] == ["to 10.0.0.0/8:22"]


def test_security_group_name_is_rendered(stack: Stack, template: Render) -> None:
    SecurityGroup(stack, "Sg", vpc=_vpc(stack), security_group_name="web", description="web tier")
    properties = template(stack)["Resources"]["SgD4954771"]["Properties"]
    assert (properties["GroupName"], properties["GroupDescription"]) == ("web", "web tier")


def test_lookups_by_id_and_by_name_read_context_or_give_the_dummy_group() -> None:
    key = "security-group:account=123456789012:region=us-east-1:securityGroupId=sg-1"
    stack = Stack(
        App(context={key: {"securityGroupId": "sg-1", "allowAllOutbound": False}}),
        "Lookups",
        env=Environment(account="123456789012", region="us-east-1"),
    )
    found = SecurityGroup.from_lookup_by_id(stack, "ById", "sg-1")
    assert (found.security_group_id, found.allow_all_outbound) == ("sg-1", False)
    vpc = Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-1", availability_zones=["us-east-1a"])
    pending = SecurityGroup.from_lookup_by_name(stack, "ByName", "web", vpc)
    assert (pending.security_group_id, pending.allow_all_outbound) == ("sg-12345678", True)
    (missing,) = stack._missing_context
    assert (
        missing["key"]
        == "security-group:account=123456789012:region=us-east-1:securityGroupName=web:vpcId=vpc-1"
    )
    assert missing["props"]["dummyValue"] == {"securityGroupId": "sg-12345678", "allowAllOutbound": True}
    with pytest.raises(ValidationError, match=r"^Lookups: the security group lookup 'Token' got a token"):
        SecurityGroup.from_lookup_by_id(stack, "Token", Fn.ref("GroupId"))
