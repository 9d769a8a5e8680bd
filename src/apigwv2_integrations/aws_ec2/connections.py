"""Connections: who may talk to whom, kept as security group rules on both ends."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Generic, Protocol, TypeVar, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from .peer import IPeer, Peer
from .port import Port

if TYPE_CHECKING:
    from .security_group import ISecurityGroup

_T = TypeVar("_T")


@runtime_checkable
class IConnectable(Protocol):
    """Something with network connections: a security group, a load balancer, a peer."""

    @property
    def connections(self) -> Connections:
        """The network connections of this object."""
        ...


class _ReactiveList(Generic[_T]):
    """A list that also calls its listeners for items added later."""

    def __init__(self) -> None:
        self._elements: list[_T] = []
        self._listeners: list[Callable[[_T], None]] = []

    def push(self, *items: _T) -> None:
        self._elements.extend(items)
        for listener in list(self._listeners):
            for item in items:
                listener(item)

    def for_each_and_forever(self, listener: Callable[[_T], None]) -> None:
        for element in list(self._elements):
            listener(element)
        self._listeners.append(listener)

    def as_list(self) -> list[_T]:
        return list(self._elements)


@lazy_frozen(kw_only=True)
class ConnectionsProps(metaclass=LazyAttrsMeta):
    """Properties of Connections."""

    default_port: Port | None = None
    """The port that other parties connect to by default. Default: none."""
    peer: IPeer | None = None
    """The peer that stands for these connections in rules of other groups. Default: the security groups."""
    security_groups: Sequence[ISecurityGroup] | None = field(default=None, converter=optional_tuple)
    """Security groups that hold the rules. Default: none."""


class Connections:
    """Network connections of an object: allowing traffic adds rules to the security groups on both ends."""

    def __init__(
        self,
        *,
        default_port: Port | None = None,
        peer: IPeer | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> None:
        props = ConnectionsProps(default_port=default_port, peer=peer, security_groups=security_groups)
        self._security_groups: _ReactiveList[ISecurityGroup] = _ReactiveList()
        self._security_group_rules: _ReactiveList[IPeer] = _ReactiveList()
        self._skip = False
        self._remote_rule = False
        self._security_groups.push(*(props.security_groups or ()))
        self._security_group_rules.push(*self._security_groups.as_list())
        if props.peer is not None:
            self._security_group_rules.push(props.peer)
        self.default_port: Port | None = props.default_port

    @property
    def connections(self) -> Connections:
        """These connections (so that Connections is itself connectable)."""
        return self

    @property
    def security_groups(self) -> list[ISecurityGroup]:
        """The security groups of these connections."""
        return self._security_groups.as_list()

    def add_security_group(self, *security_groups: ISecurityGroup) -> None:
        """Add security groups; rules allowed earlier apply to them too."""
        for group in security_groups:
            self._security_groups.push(group)
            self._security_group_rules.push(group)

    def allow_to(self, other: IConnectable, port_range: Port, description: str | None = None) -> None:
        """Allow traffic from here to `other` (an egress rule here, an ingress rule there)."""
        self._allow(other, port_range, description, outbound=True)

    def allow_from(self, other: IConnectable, port_range: Port, description: str | None = None) -> None:
        """Allow traffic from `other` to here (an ingress rule here, an egress rule there)."""
        self._allow(other, port_range, description, outbound=False)

    def _allow(
        self, other: IConnectable, port_range: Port, description: str | None, *, outbound: bool
    ) -> None:
        """Rules for traffic to (`outbound`) or from `other`: on these groups, and the mirror rules on its."""
        if self._skip:
            return
        remote_rule = self._remote_rule
        other_connections = other.connections

        def for_group(group: ISecurityGroup) -> None:
            def add_rule(rule: IPeer) -> None:
                add = group.add_egress_rule if outbound else group.add_ingress_rule
                add(rule, port_range, description, remote_rule)

            other_connections._security_group_rules.for_each_and_forever(add_rule)

        self._security_groups.for_each_and_forever(for_group)
        # The mirror call below comes back here; `_skip` stops that second round.
        self._skip = True
        other_connections._remote_rule = True
        try:
            if outbound:
                other_connections.allow_from(self, port_range, description)
            else:
                other_connections.allow_to(self, port_range, description)
        finally:
            self._skip = False
            other_connections._remote_rule = False

    def allow_internally(self, port_range: Port, description: str | None = None) -> None:
        """Allow traffic between the members of these connections."""

        def for_group(group: ISecurityGroup) -> None:
            def for_rule(rule: IPeer) -> None:
                group.add_ingress_rule(rule, port_range, description)
                group.add_egress_rule(rule, port_range, description)

            self._security_group_rules.for_each_and_forever(for_rule)

        self._security_groups.for_each_and_forever(for_group)

    def allow_to_any_ipv4(self, port_range: Port, description: str | None = None) -> None:
        """Allow traffic to every IPv4 address."""
        self.allow_to(Peer.any_ipv4(), port_range, description)

    def allow_from_any_ipv4(self, port_range: Port, description: str | None = None) -> None:
        """Allow traffic from every IPv4 address."""
        self.allow_from(Peer.any_ipv4(), port_range, description)

    def _own_default_port(self, method: str) -> Port:
        if self.default_port is None:
            raise ValidationError(
                None,
                f"{method}() needs a default port, and default_port=None; "
                "pass default_port=... to Connections or call the variant that takes a port",
            )
        return self.default_port

    def allow_default_port_from(self, other: IConnectable, description: str | None = None) -> None:
        """Allow traffic from `other` on the default port."""
        self.allow_from(other, self._own_default_port("allow_default_port_from"), description)

    def allow_default_port_internally(self, description: str | None = None) -> None:
        """Allow traffic between the members on the default port."""
        self.allow_internally(self._own_default_port("allow_default_port_internally"), description)

    def allow_default_port_from_any_ipv4(self, description: str | None = None) -> None:
        """Allow traffic from every IPv4 address on the default port."""
        self.allow_from_any_ipv4(self._own_default_port("allow_default_port_from_any_ipv4"), description)

    def allow_default_port_to(self, other: IConnectable, description: str | None = None) -> None:
        """Allow traffic to `other` on this side's default port."""
        self.allow_to(other, self._own_default_port("allow_default_port_to"), description)

    def allow_to_default_port(self, other: IConnectable, description: str | None = None) -> None:
        """Allow traffic to `other` on the other side's default port."""
        port = other.connections.default_port
        if port is None:
            raise ValidationError(
                None,
                "allow_to_default_port() needs the other side's default port, and it has none; "
                "call allow_to(other, port) instead",
            )
        self.allow_to(other, port, description)
