"""HostedZoneGrants: the permissions a hosted zone can grant."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.runtime_typing import TYPE_CHECKING
from ._util import grant_delegation
from .hosted_zone_ref import IHostedZone

if TYPE_CHECKING:
    from ..aws_iam import Grant, IGrantable


class HostedZoneGrants:
    """Grants on a hosted zone: `HostedZoneGrants.from_hosted_zone(zone).delegation(grantee)`."""

    def __init__(self, hosted_zone: IHostedZone) -> None:
        self._hosted_zone = hosted_zone

    @staticmethod
    def from_hosted_zone(hosted_zone: IHostedZone) -> HostedZoneGrants:
        """The grants of `hosted_zone`."""
        return HostedZoneGrants(hosted_zone)

    def delegation(self, grantee: IGrantable, *, delegated_zone_names: Sequence[str] | None = None) -> Grant:
        """Let `grantee` create and delete NS records (zone delegation) in the zone."""
        return grant_delegation(self._hosted_zone, grantee, delegated_zone_names)
