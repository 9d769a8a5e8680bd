"""Alias records to an AWS Global Accelerator."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from .shared import IAliasRecordTargetProps

if TYPE_CHECKING:
    from typing import Any


class GlobalAcceleratorDomainTarget:
    """An alias target to a Global Accelerator, by its DNS name."""

    GLOBAL_ACCELERATOR_ZONE_ID = "Z2BJ6XQ5FK7U4H"
    """The hosted zone of every Global Accelerator."""

    def __init__(self, accelerator_domain_name: str, props: IAliasRecordTargetProps | None = None) -> None:
        self.accelerator_domain_name = accelerator_domain_name
        self.props = props

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the accelerator's DNS name in Global Accelerator's hosted zone."""
        return AliasRecordTargetConfig(
            dns_name=self.accelerator_domain_name,
            hosted_zone_id=GlobalAcceleratorDomainTarget.GLOBAL_ACCELERATOR_ZONE_ID,
            evaluate_target_health=getattr(self.props, "evaluate_target_health", None),
        )


class GlobalAcceleratorTarget(GlobalAcceleratorDomainTarget):
    """An alias target to a Global Accelerator (anything with a `dns_name`)."""

    def __init__(self, accelerator: Any, props: IAliasRecordTargetProps | None = None) -> None:
        dns_name = getattr(accelerator, "dns_name", None)
        if not isinstance(dns_name, str):
            raise ValidationError(
                None,
                f"accelerator={type(accelerator).__name__} has no dns_name; use an accelerator "
                "(IAccelerator) or GlobalAcceleratorDomainTarget with its DNS name",
            )
        super().__init__(dns_name, props)
