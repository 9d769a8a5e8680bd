"""Alias records to an S3 bucket's website endpoint."""

from __future__ import annotations

from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..aws_s3 import IBucket
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import cast
from ..core.tokens.token import Token
from ._regional_zones import S3_WEBSITE_ENDPOINTS
from .shared import IAliasRecordTargetProps


class BucketWebsiteTarget:
    """An alias target to the S3 website endpoint of the region of `bucket`'s stack."""

    def __init__(self, bucket: IBucket, props: IAliasRecordTargetProps | None = None) -> None:
        self.bucket = bucket
        self.props = props

    def bind(self, record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the region's S3 website endpoint and its hosted zone."""
        scope = cast("Construct", record)
        region = self.bucket.stack.region
        if Token.is_unresolved(region):
            raise ValidationError(
                scope,
                "BucketWebsiteTarget needs the region of the bucket's stack, which is not set; "
                "give the stack an env with a region, e.g. Environment(region='us-east-1')",
            )
        zone_and_endpoint = S3_WEBSITE_ENDPOINTS.get(region)
        if zone_and_endpoint is None:
            raise ValidationError(
                scope,
                f"BucketWebsiteTarget: region={region!r} has no S3 website endpoint; "
                "put the bucket in a stack of a region that has one",
            )
        hosted_zone_id, dns_name = zone_and_endpoint
        return AliasRecordTargetConfig(
            dns_name=dns_name,
            hosted_zone_id=hosted_zone_id,
            evaluate_target_health=getattr(self.props, "evaluate_target_health", None),
        )
