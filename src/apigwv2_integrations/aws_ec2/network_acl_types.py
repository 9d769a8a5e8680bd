"""What a network ACL entry matches: the address range (AclCidr) and the traffic (AclTraffic)."""

from __future__ import annotations

import abc
from collections.abc import Mapping

from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

# IANA protocol numbers as CloudFormation's `Protocol` wants them; -1 is every protocol.
_ALL_PROTOCOLS = -1
_ICMP = 1
_TCP = 6
_UDP = 17
_ICMPV6 = 58


@lazy_frozen(kw_only=True)
class AclCidrConfig(metaclass=LazyAttrsMeta):
    """The address range of an entry, as the `CidrBlock` or `Ipv6CidrBlock` property."""

    cidr_block: str | None = None
    """The IPv4 range. Default: none."""
    ipv6_cidr_block: str | None = None
    """The IPv6 range. Default: none."""


@lazy_frozen(kw_only=True)
class AclIcmp(metaclass=LazyAttrsMeta):
    """The ICMP type and code an entry matches."""

    code: float | None = None
    """The ICMP code; -1 matches every code. Default: every code."""
    type: float | None = None
    """The ICMP type; -1 matches every type. Default: every type."""


@lazy_frozen(kw_only=True)
class AclPortRange(metaclass=LazyAttrsMeta):
    """The ports an entry matches."""

    from_: float | None = None
    """The first port of the range. Default: none."""
    to: float | None = None
    """The last port of the range. Default: none."""


def _to_acl_icmp(value: AclIcmp | Mapping[str, Any] | None) -> AclIcmp | None:
    return AclIcmp(**value) if isinstance(value, Mapping) else value


def _to_acl_port_range(value: AclPortRange | Mapping[str, Any] | None) -> AclPortRange | None:
    return AclPortRange(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class AclTrafficConfig(metaclass=LazyAttrsMeta):
    """The traffic of an entry, as its `Protocol`, `Icmp` and `PortRange` properties."""

    protocol: float
    """The IANA protocol number; -1 is every protocol."""
    icmp: AclIcmp | None = field(default=None, converter=_to_acl_icmp)
    """The ICMP type and code (ICMP and ICMPv6 only). Default: none."""
    port_range: AclPortRange | None = field(default=None, converter=_to_acl_port_range)
    """The ports (TCP and UDP only). Default: none."""


class AclCidr(abc.ABC):
    """The address range a network ACL entry matches."""

    @staticmethod
    def ipv4(ipv4_cidr: str) -> AclCidr:
        """An IPv4 range (`a.b.c.d/mask`)."""
        return _AclCidrIpv4(ipv4_cidr, f"AclCidr.ipv4({ipv4_cidr!r})")

    @staticmethod
    def any_ipv4() -> AclCidr:
        """Every IPv4 address (`0.0.0.0/0`)."""
        return _AclCidrIpv4("0.0.0.0/0", "AclCidr.any_ipv4()")

    @staticmethod
    def ipv6(ipv6_cidr: str) -> AclCidr:
        """An IPv6 range (`address/mask`)."""
        return _AclCidrIpv6(ipv6_cidr, f"AclCidr.ipv6({ipv6_cidr!r})")

    @staticmethod
    def any_ipv6() -> AclCidr:
        """Every IPv6 address (`::/0`)."""
        return _AclCidrIpv6("::/0", "AclCidr.any_ipv6()")

    @abc.abstractmethod
    def to_cidr_config(self) -> AclCidrConfig:
        """The entry properties of this range."""


class _AclCidrIpv4(AclCidr):
    def __init__(self, cidr: str, factory: str) -> None:
        self._cidr = cidr
        self._factory = factory

    def to_cidr_config(self) -> AclCidrConfig:
        return AclCidrConfig(cidr_block=self._cidr)

    def __repr__(self) -> str:
        return self._factory


class _AclCidrIpv6(AclCidr):
    def __init__(self, cidr: str, factory: str) -> None:
        self._cidr = cidr
        self._factory = factory

    def to_cidr_config(self) -> AclCidrConfig:
        return AclCidrConfig(ipv6_cidr_block=self._cidr)

    def __repr__(self) -> str:
        return self._factory


class AclTraffic(abc.ABC):
    """The traffic a network ACL entry matches: a protocol, with ports or an ICMP type and code."""

    @staticmethod
    def all_traffic() -> AclTraffic:
        """Every protocol and port."""
        return _AclTrafficOf(AclTrafficConfig(protocol=_ALL_PROTOCOLS), "AclTraffic.all_traffic()")

    @staticmethod
    def icmp(*, code: float | None = None, type: float | None = None) -> AclTraffic:  # noqa: A002
        """ICMP of a type and code (-1 matches all)."""
        return _AclTrafficOf(
            AclTrafficConfig(protocol=_ICMP, icmp=AclIcmp(code=code, type=type)),
            f"AclTraffic.icmp({_keywords(code=code, type=type)})",
        )

    @staticmethod
    def icmpv6(*, code: float | None = None, type: float | None = None) -> AclTraffic:  # noqa: A002
        """ICMPv6 of a type and code (-1 matches all)."""
        return _AclTrafficOf(
            AclTrafficConfig(protocol=_ICMPV6, icmp=AclIcmp(code=code, type=type)),
            f"AclTraffic.icmpv6({_keywords(code=code, type=type)})",
        )

    @staticmethod
    def tcp_port(port: float) -> AclTraffic:
        """One TCP port."""
        return _AclTrafficOf(
            AclTrafficConfig(protocol=_TCP, port_range=AclPortRange(from_=port, to=port)),
            f"AclTraffic.tcp_port({port!r})",
        )

    @staticmethod
    def tcp_port_range(start_port: float, end_port: float) -> AclTraffic:
        """A range of TCP ports, both ends included."""
        return _AclTrafficOf(
            AclTrafficConfig(protocol=_TCP, port_range=AclPortRange(from_=start_port, to=end_port)),
            f"AclTraffic.tcp_port_range({start_port!r}, {end_port!r})",
        )

    @staticmethod
    def udp_port(port: float) -> AclTraffic:
        """One UDP port."""
        return _AclTrafficOf(
            AclTrafficConfig(protocol=_UDP, port_range=AclPortRange(from_=port, to=port)),
            f"AclTraffic.udp_port({port!r})",
        )

    @staticmethod
    def udp_port_range(start_port: float, end_port: float) -> AclTraffic:
        """A range of UDP ports, both ends included."""
        return _AclTrafficOf(
            AclTrafficConfig(protocol=_UDP, port_range=AclPortRange(from_=start_port, to=end_port)),
            f"AclTraffic.udp_port_range({start_port!r}, {end_port!r})",
        )

    @abc.abstractmethod
    def to_traffic_config(self) -> AclTrafficConfig:
        """The entry properties of this traffic."""


def _keywords(**values: float | None) -> str:
    return ", ".join(f"{name}={value!r}" for name, value in values.items() if value is not None)


class _AclTrafficOf(AclTraffic):
    def __init__(self, config: AclTrafficConfig, factory: str) -> None:
        self._config = config
        self._factory = factory

    def to_traffic_config(self) -> AclTrafficConfig:
        return self._config

    def __repr__(self) -> str:
        return self._factory
