"""Alias records to a Cognito user pool domain."""

from __future__ import annotations

from ..aws_cognito import UserPoolDomain
from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.runtime_typing import cast
from .cloudfront_target import CloudFrontTarget

USER_POOL_DOMAIN_NAME_METHOD_WITHOUT_CUSTOM_RESOURCE = (
    "@aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource"
)


class UserPoolDomainTarget:
    """An alias target to the CloudFront distribution of a user pool's custom domain."""

    def __init__(self, domain: UserPoolDomain) -> None:
        self.domain = domain

    def bind(self, record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the domain's CloudFront endpoint and CloudFront's hosted zone."""
        scope = cast("Construct", record)
        if not FeatureFlags.of(scope).is_enabled(USER_POOL_DOMAIN_NAME_METHOD_WITHOUT_CUSTOM_RESOURCE):
            # Differs from aws-cdk-lib: without the flag it reads the name with a custom resource, which
            # this package does not produce.
            raise ValidationError(
                scope,
                "UserPoolDomainTarget needs the feature flag "
                f"{USER_POOL_DOMAIN_NAME_METHOD_WITHOUT_CUSTOM_RESOURCE!r} set to true (in cdk.json or "
                "App(context=...)); without it aws-cdk-lib reads the domain with a custom resource this "
                "package does not produce",
            )
        return AliasRecordTargetConfig(
            dns_name=self.domain.cloud_front_endpoint,
            hosted_zone_id=CloudFrontTarget.get_hosted_zone_id(self.domain),
        )
