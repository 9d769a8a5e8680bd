"""Where subnets of given netmasks sit in a range known only by its netmask, the way aws-cdk-lib places
them: in order, each aligned to its own size."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class CidrSplit(metaclass=LazyAttrsMeta):
    """One subnet as a position in an even split of its parent range."""

    count: int
    """How many blocks of `netmask` the parent range splits into."""
    netmask: int
    """The subnet's netmask."""
    index: int
    """Which of those blocks the subnet is."""


def calculate_cidr_splits(root_netmask: int, netmasks: Sequence[int]) -> list[CidrSplit]:
    """The position of each subnet of `netmasks`, in order, in a range with `root_netmask`; ValueError
    when they do not fit."""
    indexes: list[int] = []
    offset = 0
    for netmask in netmasks:
        size = 1 << (32 - netmask)
        # Each subnet starts at the next multiple of its own size, as in aws-cdk-lib.
        offset = -(-offset // size) * size
        indexes.append(offset // size)
        offset += size
    if offset > 1 << (32 - root_netmask):
        sizes = ", ".join(f"/{netmask}" for netmask in netmasks)
        raise ValueError(
            f"its subnets ({sizes}, in order, each aligned to its size) need more than a /{root_netmask}; "
            "use larger cidr_mask values, fewer subnet groups or fewer availability zones"
        )
    return [
        CidrSplit(count=1 << (netmask - root_netmask), netmask=netmask, index=index)
        for netmask, index in zip(netmasks, indexes, strict=True)
    ]
