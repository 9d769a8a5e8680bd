"""Alias records to a CloudFront distribution."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.cfn_mapping import CfnMapping
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING, Protocol, cast
from ..core.stack import Stack
from ..core.tokens.pseudo import Aws

if TYPE_CHECKING:
    from typing import Any

_ZONE_ID_MAPPING = "AWSCloudFrontPartitionHostedZoneIdMap"


class _Distribution(Protocol):
    @property
    def node(self) -> Any: ...

    @property
    def distribution_domain_name(self) -> str: ...


class CloudFrontTarget:
    """An alias target to a CloudFront distribution (anything with `distribution_domain_name`)."""

    CLOUDFRONT_ZONE_ID = "Z2FDTNDATAQYW2"
    """The hosted zone of every CloudFront distribution in the `aws` partition."""

    def __init__(self, distribution: _Distribution) -> None:
        self.distribution = distribution

    @staticmethod
    def get_hosted_zone_id(scope: Construct) -> str:
        """CloudFront's hosted zone ID in the partition of `scope`'s stack, through a stack-wide mapping."""
        stack = Stack.of(scope)
        mapping = stack.node.try_find_child(_ZONE_ID_MAPPING)
        if not isinstance(mapping, CfnMapping):
            mapping = CfnMapping(
                stack,
                _ZONE_ID_MAPPING,
                mapping={
                    "aws": {"zoneId": CloudFrontTarget.CLOUDFRONT_ZONE_ID},
                    "aws-cn": {"zoneId": "Z3RFFRIM2A3IF5"},
                },
            )
        return mapping.find_in_map(Aws.PARTITION, "zoneId")

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the distribution's domain name and CloudFront's hosted zone."""
        return AliasRecordTargetConfig(
            dns_name=self.distribution.distribution_domain_name,
            hosted_zone_id=CloudFrontTarget.get_hosted_zone_id(cast("Construct", self.distribution)),
        )
