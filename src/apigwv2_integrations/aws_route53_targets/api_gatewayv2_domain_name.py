"""Alias records to an API Gateway v2 custom domain name."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet


class ApiGatewayv2DomainProperties:
    """An alias target from a domain name's `regional_domain_name` and `regional_hosted_zone_id`."""

    def __init__(self, regional_domain_name: str, regional_hosted_zone_id: str) -> None:
        self.regional_domain_name = regional_domain_name
        self.regional_hosted_zone_id = regional_hosted_zone_id

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the domain's regional name and hosted zone."""
        return AliasRecordTargetConfig(
            dns_name=self.regional_domain_name, hosted_zone_id=self.regional_hosted_zone_id
        )

    def __repr__(self) -> str:
        return (
            f"ApiGatewayv2DomainProperties({self.regional_domain_name!r}, {self.regional_hosted_zone_id!r})"
        )
