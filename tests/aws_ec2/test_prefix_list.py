"""Managed prefix lists: the resource, its name and entry checks, imports, lookups and use as a peer."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.aws_ec2 import (
    AddressFamily,
    CfnPrefixList,
    IPeer,
    IPrefixList,
    Port,
    PrefixList,
    PrefixListProps,
    SecurityGroup,
    Vpc,
)
from apigwv2_integrations.core.errors import ValidationError
from apigwv2_integrations.core.tokens.fn import Fn
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

LOOKUP_KEY = (
    "cc-api-provider:account=123456789012:expectedMatchCount=exactly-one:propertiesToReturn.0=PrefixListId:"
    "propertyMatch.PrefixListName=mine:region=us-east-1:typeName=AWS$:$:EC2$:$:PrefixList"
)


def lookup_stack(context: dict[str, Any] | None = None) -> Stack:
    return Stack(App(context=context), "Lookups", env=Environment(account="123456789012", region="us-east-1"))


def test_prefix_list_keywords_match_its_props() -> None:
    keywords = list(inspect.signature(PrefixList.__init__).parameters)[3:]
    assert set(keywords) == {f.name for f in attrs.fields(PrefixListProps)}


def test_prefix_list_defaults_to_an_empty_ipv4_list_with_a_generated_name(
    stack: Stack, template: Render
) -> None:
    prefix_list = PrefixList(stack, "List")
    assert template(stack)["Resources"]["List125D1B59"]["Properties"] == {
        "AddressFamily": "IPv4",
        "Entries": [],
        "MaxEntries": 1,
        "PrefixListName": "TestListF7059BAC",
    }
    assert stack.resolve(prefix_list.prefix_list_name) == "TestListF7059BAC"
    assert stack.resolve(prefix_list.prefix_list_id) == {"Fn::GetAtt": ["List125D1B59", "PrefixListId"]}


def test_max_entries_defaults_to_the_number_of_entries(stack: Stack, template: Render) -> None:
    PrefixList(
        stack,
        "List",
        prefix_list_name="office",
        entries=[
            CfnPrefixList.EntryProperty(cidr="10.1.0.0/16", description="office"),
            {"cidr": "10.2.0.0/16"},
        ],
    )
    assert template(stack)["Resources"]["List125D1B59"]["Properties"] == {
        "AddressFamily": "IPv4",
        "Entries": [{"Cidr": "10.1.0.0/16", "Description": "office"}, {"Cidr": "10.2.0.0/16"}],
        "MaxEntries": 2,
        "PrefixListName": "office",
    }


def test_max_entries_is_kept_when_given(stack: Stack, template: Render) -> None:
    PrefixList(stack, "List", max_entries=10, address_family=AddressFamily.IP_V6)
    properties = template(stack)["Resources"]["List125D1B59"]["Properties"]
    assert (properties["MaxEntries"], properties["AddressFamily"]) == (10, "IPv6")


def test_name_must_not_start_with_com_amazonaws(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        PrefixList(stack, "List", prefix_list_name="com.amazonaws.mine")
    assert str(caught.value) == (
        "Test/List: prefix_list_name='com.amazonaws.mine' starts with 'com.amazonaws', which AWS keeps for its "
        "own prefix lists; choose another name"
    )


def test_name_must_be_at_most_255_characters(stack: Stack) -> None:
    PrefixList(stack, "Longest", prefix_list_name="x" * 255)
    with pytest.raises(ValidationError) as caught:
        PrefixList(stack, "List", prefix_list_name="x" * 256)
    assert str(caught.value) == (
        f"Test/List: prefix_list_name={'x' * 256!r} is 256 characters long; use at most 255"
    )


def test_ipv4_entries_must_be_ipv4_ranges(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        PrefixList(stack, "List", entries=[{"cidr": "10.0.0.0/8"}, {"cidr": "10.0.0.0/33"}])
    assert str(caught.value) == (
        "Test/List: entries[1].cidr='10.0.0.0/33' is not an IPv4 range; write it as a.b.c.d/mask with a mask "
        "of 0 to 32, e.g. '10.0.0.0/16', or pass address_family=AddressFamily.IP_V6"
    )


def test_ipv6_entries_must_be_ipv6_ranges(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        PrefixList(stack, "List", address_family=AddressFamily.IP_V6, entries=[{"cidr": "10.0.0.0/16"}])
    assert str(caught.value) == (
        "Test/List: entries[0].cidr='10.0.0.0/16' is not an IPv6 range, and address_family is "
        "AddressFamily.IP_V6; write it as address/mask with a mask of 0 to 128, e.g. '2001:db8::/32'"
    )


@pytest.mark.parametrize("cidr", ["::/0", "2001:db8::1/64", "1:2:3:4:5:6:7:8/64", "2001:DB8::/32", "::1"])
def test_ipv6_ranges_that_aws_cdk_lib_accepts(stack: Stack, cidr: str) -> None:
    PrefixList(stack, "List", address_family=AddressFamily.IP_V6, entries=[{"cidr": cidr}])


@pytest.mark.parametrize(
    "cidr",
    ["gggg::/16", "2001:db8:::/32", "1:2:3:4:5:6:7:8:9/64", "2001:db8::/129", "2001:db8::/00", "1::2::3/64"],
)
def test_ipv6_ranges_that_aws_cdk_lib_rejects(stack: Stack, cidr: str) -> None:
    with pytest.raises(ValidationError, match=r"is not an IPv6 range"):
        PrefixList(stack, "List", address_family=AddressFamily.IP_V6, entries=[{"cidr": cidr}])


def test_token_names_and_entries_are_left_to_cloudformation(stack: Stack, template: Render) -> None:
    PrefixList(stack, "List", prefix_list_name=Fn.ref("Name"), entries=[{"cidr": Fn.ref("Cidr")}])
    properties = template(stack)["Resources"]["List125D1B59"]["Properties"]
    assert properties["Entries"] == [{"Cidr": {"Ref": "Cidr"}}]


def test_prefix_list_is_a_peer_whose_rules_are_never_inlined(stack: Stack, template: Render) -> None:
    prefix_list = PrefixList(stack, "List")
    assert isinstance(prefix_list, IPeer)
    assert prefix_list.can_inline_rule is False
    group = SecurityGroup(stack, "Group", vpc=Vpc(stack, "Vpc", max_azs=1))
    group.add_ingress_rule(prefix_list, Port.tcp(443), "from the list")
    (rule,) = resources_of_type(template(stack), "AWS::EC2::SecurityGroupIngress").values()
    assert rule["Properties"]["SourcePrefixListId"] == {"Fn::GetAtt": ["List125D1B59", "PrefixListId"]}


def test_prefix_list_connections_allow_to_a_group(stack: Stack, template: Render) -> None:
    group = SecurityGroup(stack, "Group", vpc=Vpc(stack, "Vpc", max_azs=1))
    PrefixList.from_prefix_list_id(stack, "List", "pl-1").connections.allow_to(group, Port.tcp(8080))
    (rule,) = resources_of_type(template(stack), "AWS::EC2::SecurityGroupIngress").values()
    assert (rule["Properties"]["SourcePrefixListId"], rule["Properties"]["Description"]) == (
        "pl-1",
        "from pl-1:8080",
    )


def test_imported_prefix_list_refers_to_its_id_and_arn(stack: Stack) -> None:
    imported = PrefixList.from_prefix_list_id(stack, "List", "pl-1")
    assert isinstance(imported, IPrefixList)
    assert (imported.prefix_list_id, imported.unique_id) == ("pl-1", "pl-1")
    reference = imported.prefix_list_ref  # type: ignore[attr-defined]
    assert stack.resolve(reference.prefix_list_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":ec2:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":prefix-list/pl-1",
            ],
        ]
    }


def test_lookup_reads_the_list_id_from_context() -> None:
    stack = lookup_stack({LOOKUP_KEY: [{"PrefixListId": "pl-found"}]})
    found = PrefixList.from_lookup(stack, "Found", prefix_list_name="mine")
    assert found.prefix_list_id == "pl-found"
    assert stack._missing_context == []


def test_lookup_gives_the_dummy_list_and_reports_what_is_missing() -> None:
    stack = lookup_stack()
    pending = PrefixList.from_lookup(
        stack, "Pending", prefix_list_name="mine", owner_id="111111111111", address_family=AddressFamily.IP_V6
    )
    assert pending.prefix_list_id == "pl-xxxxxxxx"
    (missing,) = stack._missing_context
    assert missing["props"]["propertyMatch"] == {
        "PrefixListName": "mine",
        "OwnerId": "111111111111",
        "AddressFamily": "IPv6",
    }


def test_lookup_rejects_a_token_name() -> None:
    stack = lookup_stack()
    with pytest.raises(ValidationError) as caught:
        PrefixList.from_lookup(stack, "Token", prefix_list_name=Fn.ref("Name"))
    assert re.fullmatch(
        r"Lookups: prefix_list_name='\$\{Token\[Name\.\d+\]\}' is a token, and the CDK CLI looks the prefix "
        r"list 'Token' up before deployment; pass the literal value",
        str(caught.value),
    )


def test_lookup_rejects_a_context_value_that_is_not_one_list() -> None:
    stack = lookup_stack({LOOKUP_KEY: [{"PrefixListId": "pl-1"}, {"PrefixListId": "pl-2"}]})
    with pytest.raises(ValidationError) as caught:
        PrefixList.from_lookup(stack, "Found", prefix_list_name="mine")
    assert str(caught.value) == (
        "Lookups: the context value of the prefix list lookup 'Found' is [{'PrefixListId': 'pl-1'}, "
        "{'PrefixListId': 'pl-2'}], not one prefix list; clear it from cdk.context.json (cdk context --reset) "
        "so the CLI looks the list up again"
    )


def test_template_with_prefix_lists_is_cfn_lint_clean(stack: Stack, template: Render) -> None:
    PrefixList(stack, "List", entries=[{"cidr": "10.0.0.0/16"}], max_entries=5)
    PrefixList(stack, "V6", address_family=AddressFamily.IP_V6, entries=[{"cidr": "2001:db8::/32"}])
    assert_cfn_lint_clean(template(stack))


def test_prefix_list_names_come_from_their_module() -> None:
    names = {
        "AddressFamily",
        "IPrefixList",
        "PrefixList",
        "PrefixListLookupOptions",
        "PrefixListOptions",
        "PrefixListProps",
    }
    assert names <= set(ec2.__all__)
    assert all(getattr(ec2, name).__module__ == "apigwv2_integrations.aws_ec2.prefix_list" for name in names)
