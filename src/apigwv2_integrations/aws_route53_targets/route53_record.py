"""Alias records to another record of the same zone."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.construct import Construct
from ..core.errors import ValidationError


class Route53RecordTarget:
    """An alias target to another record set in the same hosted zone."""

    def __init__(self, record: IRecordSet) -> None:
        self.record = record

    def bind(self, record: IRecordSet, zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the other record's name in `zone`."""
        if zone is None:
            scope = record if isinstance(record, Construct) else None
            raise ValidationError(scope, "Route53RecordTarget needs the zone of the record it is bound to")
        return AliasRecordTargetConfig(dns_name=self.record.domain_name, hosted_zone_id=zone.hosted_zone_id)
