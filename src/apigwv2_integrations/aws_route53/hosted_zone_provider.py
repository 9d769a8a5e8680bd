"""The query of `HostedZone.from_lookup`."""

from __future__ import annotations

from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class HostedZoneProviderProps(metaclass=LazyAttrsMeta):
    """What hosted zone to look up."""

    domain_name: str
    """The zone's domain name."""
    private_zone: bool | None = None
    """Whether the zone is private. Default: False."""
    vpc_id: str | None = None
    """The VPC a private zone is associated with. Default: any."""
