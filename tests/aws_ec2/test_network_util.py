"""CIDR arithmetic: alignment, allocation and the mask for the remaining space."""

from __future__ import annotations

import pytest

from apigwv2_integrations.aws_ec2.network_util import CidrBlock, NetworkBuilder, NetworkUtils


def test_ip_round_trips_through_numbers() -> None:
    assert NetworkUtils.num_to_ip(NetworkUtils.ip_to_num("10.1.2.3")) == "10.1.2.3"


def test_unaligned_block_rounds_up_to_its_boundary() -> None:
    assert CidrBlock(NetworkUtils.ip_to_num("10.10.2.0"), 20).cidr == "10.10.16.0/20"


def test_builder_allocates_consecutive_aligned_subnets() -> None:
    builder = NetworkBuilder("10.10.0.0/16")
    assert [builder.add_subnet(24), builder.add_subnet(24), builder.add_subnet(20)] == [
        "10.10.0.0/24",
        "10.10.1.0/24",
        "10.10.16.0/20",
    ]


def test_mask_for_remaining_subnets_splits_evenly() -> None:
    builder = NetworkBuilder("10.0.0.0/16")
    builder.add_subnets(24, 2)
    assert builder.mask_for_remaining_subnets(4) == 19


def test_builder_rejects_subnets_beyond_the_network() -> None:
    builder = NetworkBuilder("10.0.0.0/24")
    builder.add_subnet(25)
    builder.add_subnet(25)
    with pytest.raises(ValueError) as caught:
        builder.add_subnet(28)
    assert str(caught.value) == "1 more /28 subnet does not fit in the remaining space of 10.0.0.0/24"


def test_parse_rejects_a_bad_address() -> None:
    with pytest.raises(ValueError) as caught:
        CidrBlock.parse("300.0.0.0/16")
    assert str(caught.value) == "'300.0.0.0' is not an IPv4 address"
