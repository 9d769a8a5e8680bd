"""Subnet mappings: where a Network Load Balancer is placed, subnet by subnet, with the addresses it
takes there."""

from __future__ import annotations

from ...aws_ec2 import ISubnet
from ...core.errors import ValidationError
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.token import Token


class SourceNatIpv6Prefix:
    """The IPv6 prefix a dual-stack Network Load Balancer uses as source for NAT in a subnet."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    @staticmethod
    def auto_assigned() -> SourceNatIpv6Prefix:
        """A prefix AWS assigns."""
        return SourceNatIpv6Prefix("auto_assigned")

    @staticmethod
    def from_ipv6_prefix(prefix: str) -> SourceNatIpv6Prefix:
        """A prefix of the subnet's IPv6 block, with its netmask (`2001:db8::/80`)."""
        if not Token.is_unresolved(prefix) and "/" not in prefix:
            raise ValidationError(
                None,
                f"prefix={prefix!r} has no netmask; give an IPv6 prefix with its netmask, "
                "e.g. '2001:db8::/80'",
            )
        return SourceNatIpv6Prefix(prefix)

    def __repr__(self) -> str:
        return f"SourceNatIpv6Prefix({self.prefix!r})"


@lazy_frozen(kw_only=True)
class SubnetMapping(metaclass=LazyAttrsMeta):
    """A subnet of a Network Load Balancer, with the addresses it takes there."""

    subnet: ISubnet
    """The subnet."""
    allocation_id: str | None = None
    """The Elastic IP address of an internet-facing load balancer in the subnet (its allocation ID).
    Default: an address AWS assigns."""
    ipv6_address: str | None = None
    """The IPv6 address of the load balancer in the subnet. Default: one AWS assigns."""
    private_ipv4_address: str | None = None
    """The private IPv4 address of an internal load balancer in the subnet. Default: one AWS assigns."""
    source_nat_ipv6_prefix: SourceNatIpv6Prefix | None = None
    """The IPv6 prefix for source NAT of a dual-stack load balancer with
    `enable_prefix_for_ipv6_source_nat=True`. Default: none."""
