"""VpcLink: subnets and security groups (rendered at synth), its name, imports and the subnet rule."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.aws_apigatewayv2 import VpcLink, VpcLinkProps
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.core.names import Names
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of


def subnet_ids(stack: Stack, subnets: list[ec2.ISubnet]) -> list[Any]:
    return [stack.resolve(subnet.subnet_id) for subnet in subnets]


def test_vpc_link_keywords_match_props_fields() -> None:
    assert keyword_names(VpcLink.__init__) == {f.name for f in attrs.fields(VpcLinkProps)}


def test_vpc_link_defaults_to_private_subnets_and_unique_name(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
    link = VpcLink(stack, "Link", vpc=vpc)
    assert properties_of(link) == {
        "Name": Names.unique_id(link),
        "SecurityGroupIds": [],
        "SubnetIds": subnet_ids(stack, vpc.private_subnets),
    }


def test_vpc_link_renders_name_subnets_and_security_groups(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
    group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
    link = VpcLink(
        stack,
        "Link",
        vpc=vpc,
        vpc_link_name="books-link",
        subnets={"subnet_type": ec2.SubnetType.PUBLIC},
        security_groups=[group],
    )
    assert properties_of(link) == {
        "Name": "books-link",
        "SecurityGroupIds": [{"Fn::GetAtt": [logical_id_of(group), "GroupId"]}],
        "SubnetIds": subnet_ids(stack, vpc.public_subnets),
    }


def test_vpc_link_renders_subnets_and_groups_added_later(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    link = VpcLink(stack, "Link", vpc=vpc)
    group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
    link.add_subnets(*vpc.public_subnets)
    link.add_security_groups(group)
    properties = properties_of(link)
    assert properties["SubnetIds"] == subnet_ids(stack, [*vpc.private_subnets, *vpc.public_subnets])
    assert properties["SecurityGroupIds"] == [{"Fn::GetAtt": [logical_id_of(group), "GroupId"]}]


def test_vpc_link_renders_an_l1_security_group(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    group = ec2.CfnSecurityGroup(stack, "Group", group_description="link", vpc_id=vpc.vpc_id)
    link = VpcLink(stack, "Link", vpc=vpc, security_groups=[group])
    assert properties_of(link)["SecurityGroupIds"] == [{"Ref": logical_id_of(group)}]


def test_vpc_link_id_is_the_link_ref(stack: Stack) -> None:
    link = VpcLink(stack, "Link", vpc=ec2.Vpc(stack, "Vpc", max_azs=1))
    assert stack.resolve(link.vpc_link_id) == {"Ref": logical_id_of(link)}


def test_imported_vpc_link_keeps_id_and_vpc(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
    link = VpcLink.from_vpc_link_attributes(stack, "Imported", vpc_link_id="vpclink-1", vpc=vpc)
    assert (link.vpc_link_id, link.vpc) == ("vpclink-1", vpc)


def test_vpc_link_without_subnets_fails_synth(app: App, stack: Stack) -> None:
    vpc = ec2.Vpc(
        stack,
        "Vpc",
        max_azs=1,
        subnet_configuration=[ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC)],
    )
    link = VpcLink(stack, "Empty", vpc=vpc, subnets={"subnets": []})
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    assert str(caught.value) == (
        "synthesis failed with 1 validation error:\n"
        f"  {link.node.path}: subnets is empty; a VPC link needs at least one subnet: "
        "pass subnets=... or call add_subnets()"
    )
