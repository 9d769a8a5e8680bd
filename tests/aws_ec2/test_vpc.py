"""Vpc: subnet layout, gateways, routes, tags, selection, imports and validation."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_ec2 import (
    CfnVPCCidrBlock,
    IpAddresses,
    IpProtocol,
    Ipv6Addresses,
    IVpc,
    PrivateSubnet,
    PublicSubnet,
    RouterType,
    SecurityGroup,
    Subnet,
    SubnetConfiguration,
    SubnetFilter,
    SubnetIpamOptions,
    SubnetSelection,
    SubnetType,
    Vpc,
    VpcProps,
)
from apigwv2_integrations.aws_sqs import CfnQueue
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _cidrs(template: dict[str, Any]) -> dict[str, str]:
    return {
        k: v["Properties"]["CidrBlock"] for k, v in resources_of_type(template, "AWS::EC2::Subnet").items()
    }


def test_vpc_keywords_match_props_fields() -> None:
    keywords = list(inspect.signature(Vpc.__init__).parameters)[3:]
    assert keywords == [f.name for f in attrs.fields(VpcProps)]


def test_default_vpc_splits_cidr_into_public_and_private_halves(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc")
    assert _cidrs(template(stack)) == {
        "VpcPublicSubnet1Subnet5C2D37C4": "10.0.0.0/18",
        "VpcPublicSubnet2Subnet691E08A3": "10.0.64.0/18",
        "VpcPrivateSubnet1Subnet536B997A": "10.0.128.0/18",
        "VpcPrivateSubnet2Subnet3788AAA1": "10.0.192.0/18",
    }


def test_vpc_resource_has_dns_tenancy_and_name_tag(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", max_azs=1)
    assert template(stack)["Resources"]["Vpc8378EB38"]["Properties"] == {
        "CidrBlock": "10.0.0.0/16",
        "EnableDnsHostnames": True,
        "EnableDnsSupport": True,
        "InstanceTenancy": "default",
        "Tags": [{"Key": "Name", "Value": "Test/Vpc"}],
    }


def test_subnet_tags_name_group_and_type(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", max_azs=1)
    tags = template(stack)["Resources"]["VpcPrivateSubnet1Subnet536B997A"]["Properties"]["Tags"]
    assert tags == [
        {"Key": "aws-cdk:subnet-name", "Value": "Private"},
        {"Key": "aws-cdk:subnet-type", "Value": "Private"},
        {"Key": "Name", "Value": "Test/Vpc/PrivateSubnet1"},
    ]


def test_nat_gateway_depends_on_public_route_and_association(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", max_azs=1)
    nat = template(stack)["Resources"]["VpcPublicSubnet1NATGateway4D7517AA"]
    assert nat["DependsOn"] == [
        "VpcPublicSubnet1DefaultRoute3DA9E72A",
        "VpcPublicSubnet1RouteTableAssociation97140677",
    ]


def test_single_nat_gateway_serves_every_private_subnet(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", nat_gateways=1)
    routes = resources_of_type(template(stack), "AWS::EC2::Route")
    nat_targets = [
        r["Properties"]["NatGatewayId"] for r in routes.values() if "NatGatewayId" in r["Properties"]
    ]
    assert nat_targets == [{"Ref": "VpcPublicSubnet1NATGateway4D7517AA"}] * 2


def test_isolated_only_vpc_has_no_internet_gateway(stack: Stack, template: Render) -> None:
    Vpc(
        stack,
        "Vpc",
        subnet_configuration=[SubnetConfiguration(name="db", subnet_type=SubnetType.PRIVATE_ISOLATED)],
    )
    assert resources_of_type(template(stack), "AWS::EC2::InternetGateway") == {}


def test_nat_gateways_zero_defaults_to_public_and_isolated(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", nat_gateways=0)
    assert (len(vpc.public_subnets), len(vpc.private_subnets), len(vpc.isolated_subnets)) == (2, 0, 2)


def test_subnet_configuration_accepts_dicts(stack: Stack, template: Render) -> None:
    Vpc(
        stack,
        "Vpc",
        max_azs=1,
        subnet_configuration=[{"name": "web", "subnet_type": SubnetType.PUBLIC, "cidr_mask": 24}],
    )
    assert _cidrs(template(stack)) == {"VpcwebSubnet1SubnetC4FBE9AE": "10.0.0.0/24"}


def test_vpc_name_sets_the_name_tag_of_vpc_and_gateway(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", max_azs=1, vpc_name="main")
    igw = template(stack)["Resources"]["VpcIGWD7BA715C"]
    assert igw["Properties"]["Tags"] == [{"Key": "Name", "Value": "main"}]


def test_env_stack_uses_context_free_dummy_zones(app: App) -> None:
    stack = Stack(app, "Env", env={"account": "123456789012", "region": "us-east-1"})
    vpc = Vpc(stack, "Vpc")
    assert vpc.availability_zones == ["dummy1a", "dummy1b", "dummy1c"]


def test_select_subnets_by_type_group_and_filters(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    assert [
        [s.node.id for s in vpc.select_subnets().subnets],
        [s.node.id for s in vpc.select_subnets(subnet_type=SubnetType.PUBLIC).subnets],
        [s.node.id for s in vpc.select_subnets(subnet_group_name="Public", one_per_az=True).subnets],
        [s.node.id for s in vpc.select_subnets(subnet_filters=[SubnetFilter.by_cidr_mask(18)]).subnets],
    ] == [
        ["PrivateSubnet1", "PrivateSubnet2"],
        ["PublicSubnet1", "PublicSubnet2"],
        ["PublicSubnet1", "PublicSubnet2"],
        ["PrivateSubnet1", "PrivateSubnet2"],
    ]


def test_selected_subnets_report_public_and_ids(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    selected = vpc.select_subnets(subnet_type=SubnetType.PUBLIC)
    assert (selected.has_public, stack.resolve(list(selected.subnet_ids))) == (
        True,
        [{"Ref": "VpcPublicSubnet1Subnet5C2D37C4"}],
    )


def test_selected_subnets_internet_connectivity_covers_routes(stack: Stack, template: Render) -> None:
    from apigwv2_integrations import CfnResource

    vpc = Vpc(stack, "Vpc", max_azs=1)
    waiter = CfnResource(stack, "Waiter", type="AWS::CloudFormation::WaitConditionHandle")
    waiter.node.add_dependency(
        vpc.select_subnets(subnet_type=SubnetType.PUBLIC).internet_connectivity_established
    )
    assert template(stack)["Resources"]["Waiter"]["DependsOn"] == [
        "VpcPublicSubnet1DefaultRoute3DA9E72A",
        "VpcPublicSubnet1RouteTableAssociation97140677",
    ]


def test_select_subnets_explicit_subnets_win(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    chosen = [vpc.public_subnets[1]]
    assert vpc.select_subnets(subnets=chosen).subnets == tuple(chosen)


def test_select_subnets_of_missing_type_names_available_types(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as caught:
        vpc.select_subnets(subnet_type=SubnetType.PRIVATE_ISOLATED)
    assert str(caught.value) == (
        "Test/Vpc: subnet_type=SubnetType.PRIVATE_ISOLATED matches no subnets of this VPC; it has "
        "SubnetType.PRIVATE_WITH_NAT, SubnetType.PRIVATE_WITH_EGRESS, SubnetType.PUBLIC, so select one of "
        "those or add a subnet group of that type"
    )


def test_select_subnets_of_missing_group_names_groups(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as caught:
        vpc.select_subnets(subnet_group_name="nope")
    assert str(caught.value) == (
        "Test/Vpc: subnet_group_name='nope' matches no subnet group of this VPC; "
        "use one of ['Public', 'Private']"
    )


def test_select_subnets_rejects_two_selectors(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc")
    with pytest.raises(ValidationError) as caught:
        vpc.select_subnets(subnet_group_name="Public", subnet_type=SubnetType.PUBLIC)
    assert str(caught.value) == (
        "Test/Vpc: the subnet selection sets subnet_type and subnet_group_name; set only one of subnets, "
        "subnet_type and subnet_group_name"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"ip_addresses": IpAddresses.cidr("10.0.0/16")},
            "ip_addresses=IpAddresses.cidr('10.0.0/16') is not an IPv4 CIDR range; write it as a.b.c.d/mask, "
            "for example '10.0.0.0/16'",
        ),
        (
            {"cidr": "10.0.0.0"},
            "cidr='10.0.0.0' is not an IPv4 CIDR range; write it as a.b.c.d/mask, for example '10.0.0.0/16'",
        ),
        (
            {"cidr": "10.0.0.0/16", "ip_addresses": IpAddresses.cidr("10.0.0.0/16")},
            "cidr='10.0.0.0/16' and ip_addresses=IpAddresses.cidr('10.0.0.0/16') are both set; use only "
            "ip_addresses (cidr is deprecated)",
        ),
        ({"max_azs": 0}, "max_azs=0 is less than 1; a VPC needs at least one availability zone"),
        (
            {"max_azs": 2, "availability_zones": ["a"]},
            "availability_zones=['a'] and max_azs=2 are both set; use only one of them",
        ),
        ({"reserved_azs": -1}, "reserved_azs=-1 is negative; use 0 or more"),
        ({"nat_gateways": -1}, "nat_gateways=-1 is negative; use 0 or more"),
        (
            {
                "ip_addresses": IpAddresses.cidr("10.0.0.0/24"),
                "subnet_configuration": [
                    SubnetConfiguration(name="a", subnet_type=SubnetType.PUBLIC, cidr_mask=25),
                    SubnetConfiguration(name="b", subnet_type=SubnetType.PRIVATE_ISOLATED, cidr_mask=25),
                ],
            },
            "subnet_configuration does not fit in ip_addresses=IpAddresses.cidr('10.0.0.0/24'): 1 more /25 "
            "subnet does not fit in the remaining space of 10.0.0.0/24",
        ),
        (
            {
                "ip_addresses": IpAddresses.cidr("10.0.0.0/28"),
                "subnet_configuration": [SubnetConfiguration(name="a", subnet_type=SubnetType.PUBLIC)],
            },
            "subnet_configuration does not fit in ip_addresses=IpAddresses.cidr('10.0.0.0/28'): 2 subnets "
            "without cidr_mask would each get less than a /28; use a larger VPC range, fewer subnet groups "
            "or fewer availability zones",
        ),
        (
            {
                "subnet_configuration": [
                    SubnetConfiguration(name="a", subnet_type=SubnetType.PUBLIC, cidr_mask=29)
                ]
            },
            "subnet_configuration 'a': cidr_mask=29 is out of range; use a mask from 16 to 28",
        ),
        (
            {
                "nat_gateways": 0,
                "subnet_configuration": [
                    SubnetConfiguration(name="a", subnet_type=SubnetType.PRIVATE_WITH_NAT)
                ],
            },
            "nat_gateways=0 but subnet_configuration has PRIVATE_WITH_NAT subnets, which need a NAT gateway; "
            "make them PRIVATE_WITH_EGRESS, PRIVATE_ISOLATED or PUBLIC, or allow NAT gateways",
        ),
        (
            {
                "subnet_configuration": [
                    SubnetConfiguration(name="a", subnet_type=SubnetType.PRIVATE_WITH_EGRESS)
                ]
            },
            "nat_gateways=2 NAT gateways need a PUBLIC subnet group to live in, and subnet_configuration has "
            "none; add a PUBLIC group or set nat_gateways=0",
        ),
        (
            {
                "subnet_configuration": [
                    SubnetConfiguration(name="a", subnet_type=SubnetType.PUBLIC),
                    SubnetConfiguration(
                        name="b", subnet_type=SubnetType.PRIVATE_ISOLATED, map_public_ip_on_launch=True
                    ),
                ]
            },
            "subnet_configuration 'b': map_public_ip_on_launch=True is set on a SubnetType.PRIVATE_ISOLATED "
            "group; only PUBLIC subnets take it",
        ),
        (
            {"nat_gateway_subnets": SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS)},
            "nat_gateway_subnets selects 'Test/Vpc/PrivateSubnet1', which is not a public subnet; "
            "select PUBLIC subnets only",
        ),
    ],
)
def test_vpc_rejects_bad_props(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Vpc(stack, "Vpc", **kwargs)
    assert str(caught.value) == f"Test/Vpc: {message}"


def test_vpc_rejects_token_cidr(stack: Stack) -> None:
    from apigwv2_integrations import Fn

    with pytest.raises(ValidationError) as caught:
        Vpc(stack, "Vpc", ip_addresses=IpAddresses.cidr(Fn.import_value("Cidr")))
    assert str(caught.value).startswith("Test/Vpc: ip_addresses=IpAddresses.cidr('${Token[")
    assert str(caught.value).endswith(
        "is a token; the range must be known at synth to split it into subnets, so pass a literal like "
        "'10.0.0.0/16'"
    )


def test_imported_vpc_groups_subnets_by_name(stack: Stack) -> None:
    vpc: IVpc = Vpc.from_vpc_attributes(
        stack,
        "Imported",
        vpc_id="vpc-1",
        availability_zones=["a", "b"],
        private_subnet_ids=["s1", "s2", "s3", "s4"],
        private_subnet_names=["app", "db"],
    )
    selected = vpc.select_subnets(subnet_group_name="db")
    assert (list(selected.subnet_ids), list(selected.availability_zones)) == (["s3", "s4"], ["a", "b"])


def test_imported_vpc_gives_unnamed_groups_the_default_name(stack: Stack) -> None:
    vpc: IVpc = Vpc.from_vpc_attributes(
        stack, "Imported", vpc_id="vpc-1", availability_zones=["a"], public_subnet_ids=["s1", "s2"]
    )
    assert [(subnet.node.id, subnet.subnet_id) for subnet in vpc.public_subnets] == [
        ("PublicSubnet1", "s1"),
        ("PublicSubnet2", "s2"),
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"public_subnet_ids": ["s1"]},
            "public_subnet_ids has 1 entries, which is not a multiple of the 2 availability_zones; give one "
            "subnet per availability zone in each group",
        ),
        (
            {"public_subnet_ids": ["s1", "s2"], "public_subnet_route_table_ids": ["r1"]},
            "public_subnet_route_table_ids has 1 entries and public_subnet_ids has 2; give one per subnet",
        ),
        (
            {"public_subnet_ids": ["s1", "s2"], "public_subnet_names": ["a", "b"]},
            "public_subnet_names=['a', 'b'] has 2 names for 1 subnet groups; give one name per group",
        ),
    ],
)
def test_from_vpc_attributes_rejects_inconsistent_lists(
    stack: Stack, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Vpc.from_vpc_attributes(stack, "Imported", vpc_id="vpc-1", availability_zones=["a", "b"], **kwargs)
    assert str(caught.value) == f"Test/Imported: {message}"


def test_imported_vpc_without_cidr_raises_on_read(stack: Stack) -> None:
    vpc = Vpc.from_vpc_attributes(stack, "Imported", vpc_id="vpc-1", availability_zones=["a"])
    with pytest.raises(ValidationError) as caught:
        _ = vpc.vpc_cidr_block
    assert str(caught.value) == (
        "Test/Imported: vpc_cidr_block=None was given on import, so the VPC's range is unknown; pass "
        "vpc_cidr_block=... to Vpc.from_vpc_attributes()"
    )


def test_imported_subnet_without_az_raises_on_read(stack: Stack) -> None:
    subnet = Subnet.from_subnet_id(stack, "Sub", "subnet-1")
    with pytest.raises(ValidationError) as caught:
        _ = subnet.availability_zone
    assert str(caught.value) == (
        "Test/Sub: availability_zone=None was given on import, so the subnet's AZ is unknown; pass "
        "availability_zone=... to Subnet.from_subnet_attributes()"
    )


def test_subnet_add_route_renders_router_property(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    subnet = vpc.isolated_subnets[0]
    assert isinstance(subnet, PrivateSubnet)
    subnet.add_route(
        "Peering",
        router_type=RouterType.VPC_PEERING_CONNECTION,
        router_id="pcx-1",
        destination_cidr_block="10.9.0.0/16",
    )
    route = template(stack)["Resources"]["VpcIsolatedSubnet1Peering54810166"]
    assert route["Properties"] == {
        "DestinationCidrBlock": "10.9.0.0/16",
        "RouteTableId": {"Ref": "VpcIsolatedSubnet1RouteTable4771E3E5"},
        "VpcPeeringConnectionId": "pcx-1",
    }


def test_public_subnet_nat_gateway_with_existing_eip(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    subnet = vpc.public_subnets[0]
    assert isinstance(subnet, PublicSubnet)
    subnet.add_nat_gateway("eipalloc-1")
    rendered = template(stack)
    assert (
        len(resources_of_type(rendered, "AWS::EC2::EIP")),
        rendered["Resources"]["VpcPublicSubnet1NATGateway4D7517AA"]["Properties"]["AllocationId"],
    ) == (0, "eipalloc-1")


def test_vpc_default_security_group_attribute(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    assert stack.resolve(vpc.vpc_default_security_group) == {
        "Fn::GetAtt": ["Vpc8378EB38", "DefaultSecurityGroup"]
    }


def test_security_group_of_vpc_gets_its_id(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    SecurityGroup(stack, "Sg", vpc=vpc)
    assert template(stack)["Resources"]["SgD4954771"]["Properties"]["VpcId"] == {"Ref": "Vpc8378EB38"}


# --- dual stack ----------------------------------------------------------------------------------

_DUAL = IpProtocol.DUAL_STACK
_IPV6_CIDR_BLOCK = "Vpcipv6cidr40D3CB78"


def _ipv6_range(index: int, count: int) -> dict[str, Any]:
    vpc_block = {"Fn::Select": [0, {"Fn::GetAtt": ["Vpc8378EB38", "Ipv6CidrBlocks"]}]}
    return {"Fn::Select": [index, {"Fn::Cidr": [vpc_block, count, "64"]}]}


def test_dual_stack_vpc_associates_an_amazon_provided_ipv6_block(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1)
    assert template(stack)["Resources"][_IPV6_CIDR_BLOCK] == {
        "Type": "AWS::EC2::VPCCidrBlock",
        "Properties": {"AmazonProvidedIpv6CidrBlock": True, "VpcId": {"Ref": "Vpc8378EB38"}},
    }


def test_ipv4_only_vpc_has_no_ipv6_block(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", ip_protocol=IpProtocol.IPV4_ONLY, max_azs=1)
    rendered = template(stack)
    assert (
        resources_of_type(rendered, "AWS::EC2::VPCCidrBlock"),
        "Ipv6CidrBlock" in rendered["Resources"]["VpcPublicSubnet1Subnet5C2D37C4"]["Properties"],
    ) == ({}, False)


def test_dual_stack_subnet_gets_its_range_of_the_ipv6_block_after_the_block(
    stack: Stack, template: Render
) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1)
    subnet = template(stack)["Resources"]["VpcPrivateSubnet1Subnet536B997A"]
    assert (
        subnet["Properties"]["Ipv6CidrBlock"],
        subnet["Properties"]["AssignIpv6AddressOnCreation"],
        subnet["DependsOn"],
    ) == (_ipv6_range(1, 2), True, [_IPV6_CIDR_BLOCK])


def test_dual_stack_subnet_resources_all_wait_for_the_ipv6_block(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1)
    rendered = template(stack)
    in_subnet = {k: v for k, v in rendered["Resources"].items() if k.startswith("VpcPublicSubnet1")}
    assert sorted(in_subnet) == sorted(k for k, v in in_subnet.items() if _IPV6_CIDR_BLOCK in v["DependsOn"])
    assert len(in_subnet) == 7  # subnet, table, association, two routes, EIP, NAT gateway


def test_reserved_subnets_take_part_in_the_ipv6_split(stack: Stack, template: Render) -> None:
    Vpc(
        stack,
        "Vpc",
        ip_protocol=_DUAL,
        max_azs=1,
        reserved_azs=1,
        subnet_configuration=[
            SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC),
            SubnetConfiguration(name="Spare", subnet_type=SubnetType.PRIVATE_ISOLATED, reserved=True),
            SubnetConfiguration(name="Isolated", subnet_type=SubnetType.PRIVATE_ISOLATED),
        ],
    )
    rendered = template(stack)
    assert rendered["Resources"]["VpcIsolatedSubnet1SubnetE48C5737"]["Properties"]["Ipv6CidrBlock"] == (
        _ipv6_range(4, 6)
    )


def test_dual_stack_public_subnet_maps_no_public_ipv4_unless_asked(stack: Stack, template: Render) -> None:
    Vpc(
        stack,
        "Vpc",
        ip_protocol=_DUAL,
        max_azs=1,
        subnet_configuration=[
            SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC),
            SubnetConfiguration(name="Mapped", subnet_type=SubnetType.PUBLIC, map_public_ip_on_launch=True),
        ],
    )
    subnets = resources_of_type(template(stack), "AWS::EC2::Subnet")
    assert {k: v["Properties"]["MapPublicIpOnLaunch"] for k, v in subnets.items()} == {
        "VpcPublicSubnet1Subnet5C2D37C4": False,
        "VpcMappedSubnet1Subnet3A2352D6": True,
    }


def test_ipv6_assign_address_on_creation_false_is_kept(stack: Stack, template: Render) -> None:
    Vpc(
        stack,
        "Vpc",
        ip_protocol=_DUAL,
        max_azs=1,
        subnet_configuration=[
            SubnetConfiguration(
                name="Public", subnet_type=SubnetType.PUBLIC, ipv6_assign_address_on_creation=False
            )
        ],
    )
    subnet = template(stack)["Resources"]["VpcPublicSubnet1Subnet5C2D37C4"]
    assert subnet["Properties"]["AssignIpv6AddressOnCreation"] is False


def test_dual_stack_public_subnet_routes_ipv6_to_the_internet_gateway(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1)
    assert template(stack)["Resources"]["VpcPublicSubnet1DefaultRoute6A21265FB"] == {
        "Type": "AWS::EC2::Route",
        "Properties": {
            "DestinationIpv6CidrBlock": "::/0",
            "GatewayId": {"Ref": "VpcIGWD7BA715C"},
            "RouteTableId": {"Ref": "VpcPublicSubnet1RouteTable6C95E38E"},
        },
        "DependsOn": [_IPV6_CIDR_BLOCK, "VpcVPCGWBF912B6E"],
    }


def test_dual_stack_private_subnet_routes_ipv6_to_the_egress_only_gateway(
    stack: Stack, template: Render
) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1)
    rendered = template(stack)
    assert (
        rendered["Resources"]["VpcEIGW61416F369"]["Properties"]["VpcId"],
        rendered["Resources"]["VpcPrivateSubnet1DefaultRoute6B45CB740"]["Properties"],
    ) == (
        {"Ref": "Vpc8378EB38"},
        {
            "DestinationIpv6CidrBlock": "::/0",
            "EgressOnlyInternetGatewayId": {"Ref": "VpcEIGW61416F369"},
            "RouteTableId": {"Ref": "VpcPrivateSubnet1RouteTableB2C5B500"},
        },
    )


def test_dual_stack_isolated_subnet_gets_no_ipv6_route(stack: Stack, template: Render) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1, nat_gateways=0)
    routes = resources_of_type(template(stack), "AWS::EC2::Route")
    assert sorted(routes) == ["VpcPublicSubnet1DefaultRoute3DA9E72A", "VpcPublicSubnet1DefaultRoute6A21265FB"]


def test_egress_only_gateway_exists_without_private_subnets_by_default(
    stack: Stack, template: Render
) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1, nat_gateways=0)
    assert list(resources_of_type(template(stack), "AWS::EC2::EgressOnlyInternetGateway")) == [
        "VpcEIGW61416F369"
    ]


def test_egress_only_gateway_needs_private_subnets_under_the_flag(tmp_path: Any, template: Render) -> None:
    app = App(
        outdir=str(tmp_path),
        context={"@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway": True},
    )
    stack = Stack(app, "Test")
    Vpc(stack, "NoPrivate", ip_protocol=_DUAL, max_azs=1, nat_gateways=0)
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1)
    assert list(resources_of_type(template(stack), "AWS::EC2::EgressOnlyInternetGateway")) == [
        "VpcEIGW61416F369"
    ]


def test_dual_stack_vpc_without_internet_gateway_still_routes_ipv6_egress(
    stack: Stack, template: Render
) -> None:
    Vpc(stack, "Vpc", ip_protocol=_DUAL, max_azs=1, nat_gateways=0, create_internet_gateway=False)
    rendered = template(stack)
    assert (
        resources_of_type(rendered, "AWS::EC2::InternetGateway"),
        list(resources_of_type(rendered, "AWS::EC2::Route")),
    ) == ({}, [])
    assert list(resources_of_type(rendered, "AWS::EC2::EgressOnlyInternetGateway")) == ["VpcEIGW61416F369"]


def test_dual_stack_vpc_takes_a_custom_ipv6_provider(stack: Stack, template: Render) -> None:
    class FixedRanges:
        amazon_provided = False

        def allocate_vpc_ipv6_cidr(self, *, scope: Construct, vpc_id: str) -> CfnVPCCidrBlock:
            return CfnVPCCidrBlock(scope, "ipv6cidr", vpc_id=vpc_id, ipv6_cidr_block="2001:db8::/56")

        def allocate_subnets_ipv6_cidr(self, *, allocated_subnets: Any, ipv6_cidrs: Any) -> SubnetIpamOptions:
            return Ipv6Addresses.amazon_provided().allocate_subnets_ipv6_cidr(
                allocated_subnets=allocated_subnets, ipv6_cidrs=ipv6_cidrs
            )

        def create_ipv6_cidr_blocks(
            self, *, ipv6_selected_cidr: str, subnet_count: int, size_mask: str | None = None
        ) -> list[str]:
            return [f"2001:db8:0:{index}::/64" for index in range(subnet_count)]

    Vpc(stack, "Vpc", ip_protocol=_DUAL, ipv6_addresses=FixedRanges(), max_azs=1)
    subnets = resources_of_type(template(stack), "AWS::EC2::Subnet")
    assert [v["Properties"]["Ipv6CidrBlock"] for v in subnets.values()] == [
        "2001:db8:0:0::/64",
        "2001:db8:0:1::/64",
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"ipv6_addresses": Ipv6Addresses.amazon_provided()},
            "ipv6_addresses=Ipv6Addresses.amazon_provided() is set on a VPC with "
            "ip_protocol=IpProtocol.IPV4_ONLY; set ip_protocol=IpProtocol.DUAL_STACK or leave "
            "ipv6_addresses unset",
        ),
        (
            {"ipv6_addresses": Ipv6Addresses.amazon_provided(), "ip_protocol": IpProtocol.IPV4_ONLY},
            "ipv6_addresses=Ipv6Addresses.amazon_provided() is set on a VPC with "
            "ip_protocol=IpProtocol.IPV4_ONLY; set ip_protocol=IpProtocol.DUAL_STACK or leave "
            "ipv6_addresses unset",
        ),
        (
            {
                "subnet_configuration": [
                    SubnetConfiguration(
                        name="Web", subnet_type=SubnetType.PUBLIC, ipv6_assign_address_on_creation=False
                    )
                ]
            },
            "subnet_configuration 'Web': ipv6_assign_address_on_creation=False is set on an IPv4-only VPC; "
            "set ip_protocol=IpProtocol.DUAL_STACK or leave ipv6_assign_address_on_creation unset",
        ),
        (
            {
                "ip_protocol": _DUAL,
                "max_azs": 1,
                "subnet_configuration": [
                    SubnetConfiguration(name=f"G{n}", subnet_type=SubnetType.PRIVATE_ISOLATED, cidr_mask=28)
                    for n in range(257)
                ],
            },
            "subnet_configuration makes 257 subnets (reserved ones included) and a dual-stack VPC splits "
            "its IPv6 block into at most 256; use fewer subnet groups or availability zones",
        ),
    ],
)
def test_vpc_rejects_bad_ipv6_props(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Vpc(stack, "Vpc", **kwargs)
    assert str(caught.value) == f"Test/Vpc: {message}"


def test_subnet_ipv6_routes_enable_internet_connectivity(stack: Stack, template: Render) -> None:
    subnet = PrivateSubnet(
        stack, "Sub", availability_zone="us-east-1a", cidr_block="10.0.0.0/24", vpc_id="vpc-1"
    )
    subnet.add_ipv6_default_internet_route("igw-1")
    subnet.add_ipv6_nat64_route("nat-1")
    CfnQueue(stack, "Queue").node.add_dependency(subnet.internet_connectivity_established)
    rendered = template(stack)
    assert (
        rendered["Resources"]["SubDefaultRoute61472DB82"]["Properties"],
        rendered["Resources"]["SubNat64A543A332"]["Properties"],
        rendered["Resources"]["Queue"]["DependsOn"],
    ) == (
        {
            "DestinationIpv6CidrBlock": "::/0",
            "GatewayId": "igw-1",
            "RouteTableId": {"Ref": "SubRouteTable6499C863"},
        },
        {
            "DestinationIpv6CidrBlock": "64:ff9b::/96",
            "NatGatewayId": "nat-1",
            "RouteTableId": {"Ref": "SubRouteTable6499C863"},
        },
        ["SubDefaultRoute61472DB82", "SubNat64A543A332", "SubRouteTableAssociation14FD4873"],
    )


def test_dns_hostnames_need_dns_support(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        Vpc(stack, "Vpc", enable_dns_support=False)
    assert str(caught.value) == (
        "Test/Vpc: enable_dns_support=False with DNS hostnames on (enable_dns_hostnames defaults to True); DNS "
        "hostnames need DNS support, so set enable_dns_hostnames=False or keep DNS support on"
    )
