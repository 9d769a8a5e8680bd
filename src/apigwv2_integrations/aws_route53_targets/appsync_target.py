"""Alias records to an AppSync GraphQL API custom domain."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING, Protocol, cast
from .cloudfront_target import CloudFrontTarget

if TYPE_CHECKING:
    from typing import Any


class _GraphqlApi(Protocol):
    @property
    def node(self) -> Any: ...

    @property
    def app_sync_domain_name(self) -> str: ...


class AppSyncTarget:
    """An alias target to the CloudFront distribution of an AppSync API's custom domain."""

    def __init__(self, graphql_api: _GraphqlApi) -> None:
        self.graphql_api = graphql_api

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the API's AppSync domain name and CloudFront's hosted zone."""
        return AliasRecordTargetConfig(
            dns_name=self.graphql_api.app_sync_domain_name,
            hosted_zone_id=CloudFrontTarget.get_hosted_zone_id(cast("Construct", self.graphql_api)),
        )
