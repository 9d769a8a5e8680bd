"""What an alias record points to: IAliasRecordTarget and the config it binds to."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from .hosted_zone_ref import IHostedZone
    from .record_set import IRecordSet


@lazy_frozen(kw_only=True)
class AliasRecordTargetConfig(metaclass=LazyAttrsMeta):
    """The `AliasTarget` of a record set."""

    dns_name: str
    """DNS name of the target."""
    hosted_zone_id: str
    """Hosted zone ID of the target."""
    evaluate_target_health: bool | None = None
    """Whether Route 53 checks the health of the target. Default: no health check."""


@runtime_checkable
class IAliasRecordTarget(Protocol):
    """A target an alias record can point to (a load balancer, an API Gateway domain, ...)."""

    def bind(self, record: IRecordSet, zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target for `record` in `zone`."""
        ...
