"""IpAddresses.cidr: subnets with a mask first, the rest split evenly, positions kept."""

from __future__ import annotations

from apigwv2_integrations.aws_ec2 import (
    AllocateCidrRequest,
    IpAddresses,
    RequestedSubnet,
    SubnetConfiguration,
    SubnetType,
)


def test_cidr_allocates_masked_subnets_before_the_rest() -> None:
    web = SubnetConfiguration(name="web", subnet_type=SubnetType.PUBLIC)
    db = SubnetConfiguration(name="db", subnet_type=SubnetType.PRIVATE_ISOLATED, cidr_mask=24)
    request = AllocateCidrRequest(
        vpc_cidr="10.0.0.0/16",
        requested_subnets=[
            RequestedSubnet(availability_zone="a", configuration=web, subnet_construct_id="webSubnet1"),
            RequestedSubnet(availability_zone="a", configuration=db, subnet_construct_id="dbSubnet1"),
        ],
    )
    allocated = IpAddresses.cidr("10.0.0.0/16").allocate_subnets_cidr(request).allocated_subnets
    assert [a.cidr for a in allocated] == ["10.0.128.0/17", "10.0.0.0/24"]


def test_cidr_gives_the_vpc_its_block() -> None:
    assert IpAddresses.cidr("10.1.0.0/16").allocate_vpc_cidr().cidr_block == "10.1.0.0/16"
