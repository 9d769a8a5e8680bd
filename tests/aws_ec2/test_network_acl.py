"""Network ACLs: the ACL and its Name tag, entries, associations with subnets, and imports."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.aws_ec2 import (
    AclCidr,
    AclTraffic,
    Action,
    INetworkAcl,
    ISubnetNetworkAclAssociation,
    NetworkAcl,
    NetworkAclEntry,
    NetworkAclProps,
    Subnet,
    SubnetNetworkAclAssociation,
    SubnetSelection,
    SubnetType,
    TrafficDirection,
    Vpc,
)
from apigwv2_integrations.core.errors import ArgumentTypeError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_network_acl_keywords_match_its_props() -> None:
    keywords = list(inspect.signature(NetworkAcl.__init__).parameters)[3:]
    assert set(keywords) == {f.name for f in attrs.fields(NetworkAclProps)}


def test_network_acl_is_tagged_with_its_path(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    acl = NetworkAcl(stack, "Acl", vpc=vpc)
    resource = template(stack)["Resources"]["AclD68BE482"]
    assert resource == {
        "Type": "AWS::EC2::NetworkAcl",
        "Properties": {"Tags": [{"Key": "Name", "Value": "Test/Acl"}], "VpcId": {"Ref": "Vpc8378EB38"}},
    }
    assert (stack.resolve(acl.network_acl_id), stack.resolve(acl.network_acl_vpc_id)) == (
        {"Ref": "AclD68BE482"},
        {"Ref": "Vpc8378EB38"},
    )


def test_network_acl_name_is_the_name_tag(stack: Stack, template: Render) -> None:
    NetworkAcl(stack, "Acl", vpc=Vpc(stack, "Vpc", max_azs=1), network_acl_name="private")
    tags = template(stack)["Resources"]["AclD68BE482"]["Properties"]["Tags"]
    assert tags == [{"Key": "Name", "Value": "private"}]


def test_subnet_selection_associates_each_subnet_under_the_acl(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2)
    acl = NetworkAcl(stack, "Acl", vpc=vpc, subnet_selection={"subnet_type": SubnetType.PUBLIC})
    associations = resources_of_type(template(stack), "AWS::EC2::SubnetNetworkAclAssociation")
    assert associations == {
        "AclDefaultAssociationTestVpcPublicSubnet1217754D9D08DD9FD": {
            "Type": "AWS::EC2::SubnetNetworkAclAssociation",
            "Properties": {
                "NetworkAclId": {"Ref": "AclD68BE482"},
                "SubnetId": {"Ref": "VpcPublicSubnet1Subnet5C2D37C4"},
            },
        },
        "AclDefaultAssociationTestVpcPublicSubnet285C200155AC5D0CE": {
            "Type": "AWS::EC2::SubnetNetworkAclAssociation",
            "Properties": {
                "NetworkAclId": {"Ref": "AclD68BE482"},
                "SubnetId": {"Ref": "VpcPublicSubnet2Subnet691E08A3"},
            },
        },
    }
    assert all(subnet.network_acl is acl for subnet in vpc.public_subnets)


def test_associate_with_subnet_uses_its_id_and_the_selection(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2)
    NetworkAcl(stack, "Acl", vpc=vpc).associate_with_subnet(
        "Private", subnet_type=SubnetType.PRIVATE_WITH_EGRESS, one_per_az=True
    )
    associations = resources_of_type(template(stack), "AWS::EC2::SubnetNetworkAclAssociation")
    assert sorted(properties["Properties"]["SubnetId"]["Ref"] for properties in associations.values()) == [
        "VpcPrivateSubnet1Subnet536B997A",
        "VpcPrivateSubnet2Subnet3788AAA1",
    ]
    assert all(logical_id.startswith("AclPrivateTestVpcPrivateSubnet") for logical_id in associations)


def test_subnet_network_acl_is_its_imported_default_until_associated(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    subnet = vpc.public_subnets[0]
    assert isinstance(subnet, Subnet)
    default = subnet.network_acl
    # As in aws-cdk-lib, the default ACL is imported with the subnet's association id.
    assert stack.resolve(default.network_acl_id) == {
        "Fn::GetAtt": ["VpcPublicSubnet1Subnet5C2D37C4", "NetworkAclAssociationId"]
    }
    acl = NetworkAcl(stack, "Acl", vpc=vpc)
    subnet.associate_network_acl("Extra", acl)
    assert subnet.network_acl is acl


def test_imported_subnet_associates_under_an_imported_acl(stack: Stack, template: Render) -> None:
    subnet = Subnet.from_subnet_id(stack, "Subnet", "subnet-1")
    acl = NetworkAcl.from_network_acl_id(stack, "Acl", "acl-1")
    subnet.associate_network_acl("To", acl)
    assert template(stack)["Resources"] == {
        "AclToTestSubnetD3894DF8CDE9226C": {
            "Type": "AWS::EC2::SubnetNetworkAclAssociation",
            "Properties": {"NetworkAclId": "acl-1", "SubnetId": "subnet-1"},
        }
    }


def test_add_entry_defaults_to_an_allowing_ingress_entry(stack: Stack, template: Render) -> None:
    acl = NetworkAcl.from_network_acl_id(stack, "Acl", "acl-1")
    entry = acl.add_entry(
        "Https", cidr=AclCidr.ipv4("10.0.0.0/16"), rule_number=100, traffic=AclTraffic.tcp_port(443)
    )
    assert entry.network_acl is acl
    assert template(stack)["Resources"]["AclHttps020A4148"]["Properties"] == {
        "CidrBlock": "10.0.0.0/16",
        "NetworkAclId": "acl-1",
        "PortRange": {"From": 443, "To": 443},
        "Protocol": 6,
        "RuleAction": "allow",
        "RuleNumber": 100,
    }


def test_entry_direction_renders_egress_only_when_given(stack: Stack, template: Render) -> None:
    acl = NetworkAcl.from_network_acl_id(stack, "Acl", "acl-1")
    for id, direction in (
        ("Unset", None),
        ("In", TrafficDirection.INGRESS),
        ("Out", TrafficDirection.EGRESS),
    ):
        acl.add_entry(
            id, cidr=AclCidr.any_ipv4(), rule_number=1, traffic=AclTraffic.all_traffic(), direction=direction
        )
    entries = resources_of_type(template(stack), "AWS::EC2::NetworkAclEntry")
    assert [entry["Properties"].get("Egress") for entry in entries.values()] == [None, False, True]


def test_entry_of_ipv6_icmp_deny(stack: Stack, template: Render) -> None:
    NetworkAclEntry(
        stack,
        "Entry",
        network_acl=NetworkAcl.from_network_acl_id(stack, "Acl", "acl-1"),
        cidr=AclCidr.any_ipv6(),
        rule_number=150,
        traffic=AclTraffic.icmpv6(type=128, code=0),
        rule_action=Action.DENY,
    )
    assert template(stack)["Resources"]["Entry3541236C"]["Properties"] == {
        "Icmp": {"Code": 0, "Type": 128},
        "Ipv6CidrBlock": "::/0",
        "NetworkAclId": "acl-1",
        "Protocol": 58,
        "RuleAction": "deny",
        "RuleNumber": 150,
    }


def test_entry_of_icmp_without_type_renders_an_empty_icmp(stack: Stack, template: Render) -> None:
    acl = NetworkAcl.from_network_acl_id(stack, "Acl", "acl-1")
    acl.add_entry("Icmp", cidr=AclCidr.any_ipv4(), rule_number=1, traffic=AclTraffic.icmp())
    (entry,) = resources_of_type(template(stack), "AWS::EC2::NetworkAclEntry").values()
    assert entry["Properties"]["Icmp"] == {}


def test_subnet_network_acl_association_and_its_import(stack: Stack, template: Render) -> None:
    association = SubnetNetworkAclAssociation(
        stack,
        "Association",
        network_acl=NetworkAcl.from_network_acl_id(stack, "Acl", "acl-1"),
        subnet=Subnet.from_subnet_id(stack, "Subnet", "subnet-1"),
    )
    assert stack.resolve(association.subnet_network_acl_association_association_id) == {
        "Fn::GetAtt": ["AssociationA4069362", "AssociationId"]
    }
    imported = SubnetNetworkAclAssociation.from_subnet_network_acl_association_association_id(
        stack, "Imported", "aclassoc-1"
    )
    assert isinstance(imported, ISubnetNetworkAclAssociation)
    assert imported.subnet_network_acl_association_ref.association_id == "aclassoc-1"


def test_imported_acl_is_an_inetwork_acl(stack: Stack) -> None:
    acl = NetworkAcl.from_network_acl_id(stack, "Acl", "acl-1")
    assert isinstance(acl, INetworkAcl)
    assert acl.network_acl_ref.network_acl_id == "acl-1"


def test_network_acl_rejects_a_vpc_of_the_wrong_type(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError, match=r"^Test/Acl: vpc='vpc-1' is a str; use an IVpc"):
        NetworkAcl(stack, "Acl", vpc="vpc-1")  # type: ignore[arg-type]


def test_template_with_acls_is_cfn_lint_clean(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2)
    acl = NetworkAcl(stack, "Acl", vpc=vpc, subnet_selection=SubnetSelection(subnet_type=SubnetType.PUBLIC))
    acl.add_entry("Ping", cidr=AclCidr.any_ipv4(), rule_number=1, traffic=AclTraffic.icmp(type=8, code=-1))
    acl.add_entry("Dns", cidr=AclCidr.any_ipv6(), rule_number=2, traffic=AclTraffic.udp_port(53))
    assert_cfn_lint_clean(template(stack))


def test_network_acl_names_come_from_their_module() -> None:
    names = {
        "Action",
        "CommonNetworkAclEntryOptions",
        "INetworkAcl",
        "INetworkAclEntry",
        "ISubnetNetworkAclAssociation",
        "NetworkAcl",
        "NetworkAclEntry",
        "NetworkAclEntryProps",
        "NetworkAclProps",
        "SubnetNetworkAclAssociation",
        "SubnetNetworkAclAssociationProps",
        "TrafficDirection",
    }
    assert names <= set(ec2.__all__)
    assert all(getattr(ec2, name).__module__ == "apigwv2_integrations.aws_ec2.network_acl" for name in names)
