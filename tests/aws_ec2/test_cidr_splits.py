"""calculate_cidr_splits: subnets placed in order, each aligned to its own size, in a range known by its
netmask only."""

from __future__ import annotations

import pytest

from apigwv2_integrations.aws_ec2._cidr_splits import CidrSplit, calculate_cidr_splits


def test_cidr_splits_place_equal_subnets_side_by_side() -> None:
    assert calculate_cidr_splits(18, [24, 24, 24]) == [
        CidrSplit(count=64, netmask=24, index=0),
        CidrSplit(count=64, netmask=24, index=1),
        CidrSplit(count=64, netmask=24, index=2),
    ]


def test_cidr_splits_align_a_larger_subnet_to_its_size() -> None:
    # Two /28s take the first 32 addresses, so the first /20 starts at the second /20 boundary.
    assert calculate_cidr_splits(16, [28, 28, 20]) == [
        CidrSplit(count=4096, netmask=28, index=0),
        CidrSplit(count=4096, netmask=28, index=1),
        CidrSplit(count=16, netmask=20, index=1),
    ]


def test_cidr_splits_give_a_subnet_as_large_as_the_range_the_whole_range() -> None:
    assert calculate_cidr_splits(20, [20]) == [CidrSplit(count=1, netmask=20, index=0)]


def test_cidr_splits_reject_subnets_that_do_not_fit() -> None:
    with pytest.raises(ValueError) as caught:
        calculate_cidr_splits(16, [28, 17, 17])
    assert str(caught.value) == (
        "its subnets (/28, /17, /17, in order, each aligned to its size) need more than a /16; "
        "use larger cidr_mask values, fewer subnet groups or fewer availability zones"
    )


def test_cidr_splits_reject_a_subnet_larger_than_the_range() -> None:
    with pytest.raises(ValueError) as caught:
        calculate_cidr_splits(20, [18])
    assert str(caught.value) == (
        "its subnets (/18, in order, each aligned to its size) need more than a /20; "
        "use larger cidr_mask values, fewer subnet groups or fewer availability zones"
    )
