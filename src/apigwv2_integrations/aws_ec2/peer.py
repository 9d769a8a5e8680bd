"""Peer: the other end of a security group rule (CIDR ranges, prefix lists, security group ids)."""

from __future__ import annotations

import abc
import re

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from .connections import Connections

_IPV4_CIDR = re.compile(r"^(\d{1,3}\.){3}\d{1,3}(/\d+)?$")
_IPV6_CIDR = re.compile(r"^([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(/\d+)?$", re.IGNORECASE)
_SECURITY_GROUP_ID = re.compile(r"^sg-[a-z0-9]{8,17}$")
_ACCOUNT_ID = re.compile(r"^[0-9]{12}$")


@runtime_checkable
class IPeer(Protocol):
    """Something a security group rule can point at."""

    @property
    def can_inline_rule(self) -> bool:
        """Whether a rule with this peer can be inlined in the security group resource."""
        ...

    @property
    def unique_id(self) -> str:
        """A unique id for this peer, used in rule ids and default descriptions."""
        ...

    @property
    def connections(self) -> Connections:
        """The network connections of this peer."""
        ...

    def to_ingress_rule_config(self) -> dict[str, Any]:
        """The source fields of an ingress rule, with aws_cdk's camelCase keys."""
        ...

    def to_egress_rule_config(self) -> dict[str, Any]:
        """The destination fields of an egress rule, with aws_cdk's camelCase keys."""
        ...


class _PeerBase(abc.ABC):
    """What every peer has: connections made of the peer alone."""

    can_inline_rule = True
    unique_id: str

    def __init__(self) -> None:
        # Imported here, not at the top: every peer owns a Connections, and Connections builds a peer
        # (`allow_to_any_ipv4` uses Peer.any_ipv4()); importing it above would make the two modules
        # import each other.
        from .connections import Connections

        self.connections = Connections(peer=self)

    @abc.abstractmethod
    def to_ingress_rule_config(self) -> dict[str, Any]:
        """The source fields of an ingress rule, with camelCase keys."""

    @abc.abstractmethod
    def to_egress_rule_config(self) -> dict[str, Any]:
        """The destination fields of an egress rule, with camelCase keys."""

    def __str__(self) -> str:
        return self.unique_id


class _CidrIPv4(_PeerBase):
    def __init__(self, cidr_ip: str, factory: str) -> None:
        if not Token.is_unresolved(cidr_ip):
            match = _IPV4_CIDR.match(cidr_ip)
            if match is None:
                raise ValidationError(
                    None, f"cidr_ip={cidr_ip!r} is not an IPv4 CIDR; write it as a.b.c.d/mask"
                )
            if match.group(2) is None:
                raise ValidationError(
                    None, f"cidr_ip={cidr_ip!r} has no mask; add one, for example {cidr_ip + '/32'!r}"
                )
        super().__init__()
        self.cidr_ip = cidr_ip
        self.unique_id = cidr_ip
        self._factory = factory

    def to_ingress_rule_config(self) -> dict[str, Any]:
        return {"cidrIp": self.cidr_ip}

    def to_egress_rule_config(self) -> dict[str, Any]:
        return {"cidrIp": self.cidr_ip}

    def __repr__(self) -> str:
        return self._factory


class _CidrIPv6(_PeerBase):
    def __init__(self, cidr_ipv6: str, factory: str) -> None:
        if not Token.is_unresolved(cidr_ipv6):
            match = _IPV6_CIDR.match(cidr_ipv6)
            if match is None:
                raise ValidationError(
                    None, f"cidr_ip={cidr_ipv6!r} is not an IPv6 CIDR; write it as address/mask"
                )
            if match.group(3) is None:
                raise ValidationError(
                    None, f"cidr_ip={cidr_ipv6!r} has no mask; add one, for example {cidr_ipv6 + '/128'!r}"
                )
        super().__init__()
        self.cidr_ipv6 = cidr_ipv6
        self.unique_id = cidr_ipv6
        self._factory = factory

    def to_ingress_rule_config(self) -> dict[str, Any]:
        return {"cidrIpv6": self.cidr_ipv6}

    def to_egress_rule_config(self) -> dict[str, Any]:
        return {"cidrIpv6": self.cidr_ipv6}

    def __repr__(self) -> str:
        return self._factory


class _PrefixList(_PeerBase):
    # aws-cdk-lib always renders prefix-list rules as separate ingress/egress resources.
    can_inline_rule = False

    def __init__(self, prefix_list_id: str) -> None:
        super().__init__()
        self.prefix_list_id = prefix_list_id
        self.unique_id = prefix_list_id

    def to_ingress_rule_config(self) -> dict[str, Any]:
        return {"sourcePrefixListId": self.prefix_list_id}

    def to_egress_rule_config(self) -> dict[str, Any]:
        return {"destinationPrefixListId": self.prefix_list_id}

    def __repr__(self) -> str:
        return f"Peer.prefix_list({self.prefix_list_id!r})"


class _SecurityGroupId(_PeerBase):
    def __init__(self, security_group_id: str, source_security_group_owner_id: str | None) -> None:
        if not Token.is_unresolved(security_group_id) and not _SECURITY_GROUP_ID.match(security_group_id):
            raise ValidationError(
                None,
                f"security_group_id={security_group_id!r} is not a security group id; "
                "use 'sg-' and 8 to 17 lower-case letters or digits, e.g. 'sg-0123456789abcdef0'",
            )
        owner = source_security_group_owner_id
        if owner and not Token.is_unresolved(owner) and not _ACCOUNT_ID.match(owner):
            raise ValidationError(
                None,
                f"source_security_group_owner_id={owner!r} is not an account id; use its 12 digits",
            )
        super().__init__()
        self.security_group_id = security_group_id
        self.source_security_group_owner_id = source_security_group_owner_id
        self.unique_id = security_group_id

    def to_ingress_rule_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {"sourceSecurityGroupId": self.security_group_id}
        if self.source_security_group_owner_id is not None:
            config["sourceSecurityGroupOwnerId"] = self.source_security_group_owner_id
        return config

    def to_egress_rule_config(self) -> dict[str, Any]:
        return {"destinationSecurityGroupId": self.security_group_id}

    def __repr__(self) -> str:
        owner = self.source_security_group_owner_id
        extra = f", {owner!r}" if owner is not None else ""
        return f"Peer.security_group_id({self.security_group_id!r}{extra})"


class Peer:
    """Factories of the peers a security group rule can point at."""

    @staticmethod
    def ipv4(cidr_ip: str) -> IPeer:
        """An IPv4 range (`a.b.c.d/mask`)."""
        return _CidrIPv4(cidr_ip, f"Peer.ipv4({cidr_ip!r})")

    @staticmethod
    def any_ipv4() -> IPeer:
        """Every IPv4 address (`0.0.0.0/0`)."""
        return _CidrIPv4("0.0.0.0/0", "Peer.any_ipv4()")

    @staticmethod
    def ipv6(cidr_ip: str) -> IPeer:
        """An IPv6 range (`address/mask`)."""
        return _CidrIPv6(cidr_ip, f"Peer.ipv6({cidr_ip!r})")

    @staticmethod
    def any_ipv6() -> IPeer:
        """Every IPv6 address (`::/0`)."""
        return _CidrIPv6("::/0", "Peer.any_ipv6()")

    @staticmethod
    def prefix_list(prefix_list_id: str) -> IPeer:
        """A managed prefix list."""
        return _PrefixList(prefix_list_id)

    @staticmethod
    def security_group_id(security_group_id: str, source_security_group_owner_id: str | None = None) -> IPeer:
        """A security group by id, optionally owned by another account."""
        return _SecurityGroupId(security_group_id, source_security_group_owner_id)
