"""Alias records to an API Gateway (REST API) custom domain name."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from typing import Any


class _RestApiDomainName(Protocol):
    @property
    def domain_name_alias_domain_name(self) -> str: ...

    @property
    def domain_name_alias_hosted_zone_id(self) -> str: ...


class ApiGatewayDomain:
    """An alias target to an API Gateway custom domain name."""

    def __init__(self, domain_name: _RestApiDomainName) -> None:
        self.domain_name = domain_name

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the domain's alias name and hosted zone."""
        return AliasRecordTargetConfig(
            dns_name=self.domain_name.domain_name_alias_domain_name,
            hosted_zone_id=self.domain_name.domain_name_alias_hosted_zone_id,
        )


class ApiGateway(ApiGatewayDomain):
    """An alias target to the default custom domain of an API Gateway REST API."""

    def __init__(self, api: Any) -> None:
        domain_name = getattr(api, "domain_name", None)
        if domain_name is None:
            raise ValidationError(
                api, "the API has no domain_name; give it one, or use ApiGatewayDomain with a domain name"
            )
        super().__init__(domain_name)
