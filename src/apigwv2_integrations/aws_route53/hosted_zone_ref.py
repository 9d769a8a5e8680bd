"""The hosted zone vocabulary shared by zones, records and their users."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_route53 import HostedZoneReference
from ..core.converters import optional_tuple
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam import Grant, IGrantable


@lazy_frozen(kw_only=True)
class GrantDelegationOptions(metaclass=LazyAttrsMeta):
    """Options of `grant_delegation`."""

    delegated_zone_names: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The zones (without trailing dot) whose NS records the grantee may change. Default: any."""


@lazy_frozen(kw_only=True)
class HostedZoneAttributes(metaclass=LazyAttrsMeta):
    """An existing hosted zone, by ID and name."""

    hosted_zone_id: str
    """ID of the hosted zone."""
    zone_name: str
    """Name of the hosted zone."""


@lazy_frozen(kw_only=True)
class PublicHostedZoneAttributes(HostedZoneAttributes, metaclass=LazyAttrsMeta):
    """An existing public hosted zone, by ID and name."""


@lazy_frozen(kw_only=True)
class PrivateHostedZoneAttributes(HostedZoneAttributes, metaclass=LazyAttrsMeta):
    """An existing private hosted zone, by ID and name."""


@runtime_checkable
class INamedHostedZoneRef(Protocol):
    """A hosted zone known by ID and name."""

    @property
    def node(self) -> Any:
        """The construct node."""
        ...

    @property
    def hosted_zone_id(self) -> str:
        """ID of the hosted zone."""
        ...

    @property
    def hosted_zone_ref(self) -> HostedZoneReference:
        """A reference to the hosted zone: its ID."""
        ...

    @property
    def name(self) -> str:
        """Name of the hosted zone."""
        ...


@runtime_checkable
class IHostedZone(IResource, INamedHostedZoneRef, Protocol):
    """A Route 53 hosted zone, defined here or imported."""

    @property
    def zone_name(self) -> str:
        """FQDN of the hosted zone."""
        ...

    @property
    def hosted_zone_arn(self) -> str:
        """ARN of the hosted zone."""
        ...

    @property
    def hosted_zone_name_servers(self) -> list[str] | None:
        """The name servers of the zone, when known."""
        ...

    def grant_delegation(
        self, grantee: IGrantable, *, delegated_zone_names: Sequence[str] | None = None
    ) -> Grant:
        """Let `grantee` create and delete NS records (zone delegation) in this zone."""
        ...


@runtime_checkable
class IPublicHostedZone(IHostedZone, Protocol):
    """A public hosted zone."""


@runtime_checkable
class IPrivateHostedZone(IHostedZone, Protocol):
    """A private hosted zone."""
