"""S3BucketOrigin: an S3 bucket as an origin, reached with origin access control or as a public bucket."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudfront.origin import IOrigin, OriginBase
from ..aws_cloudfront.origin_access_control import AccessLevel, IOriginAccessControl, S3OriginAccessControl
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import ServicePrincipal
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.pseudo import Aws

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey
    from ..aws_s3.bucket import IBucket

_BUCKET_ACTIONS = {
    AccessLevel.READ: ("s3:GetObject",),
    AccessLevel.READ_VERSIONED: ("s3:GetObjectVersion",),
    AccessLevel.WRITE: ("s3:PutObject",),
    AccessLevel.DELETE: ("s3:DeleteObject",),
    AccessLevel.LIST: ("s3:ListBucket",),
}
_KEY_ACTIONS = {
    AccessLevel.READ: ("kms:Decrypt",),
    AccessLevel.WRITE: ("kms:Encrypt", "kms:GenerateDataKey*"),
}
_CLOUDFRONT = "cloudfront.amazonaws.com"


class S3BucketOrigin(OriginBase):
    """An S3 bucket as an origin: `S3BucketOrigin.with_origin_access_control(bucket)` for a private
    bucket, `S3BucketOrigin.with_bucket_defaults(bucket)` for a public one."""

    def __init__(
        self,
        bucket: IBucket,
        *,
        connection_attempts: int | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        **unsupported: Any,
    ) -> None:
        domain_name = getattr(bucket, "bucket_regional_domain_name", None)
        if domain_name is None:
            raise ArgumentTypeError(
                f"{type(self).__name__}: bucket={bucket!r} is a {type(bucket).__name__}; use an IBucket, "
                "e.g. s3.Bucket(self, 'Site')"
            )
        super().__init__(
            domain_name,
            connection_attempts=connection_attempts,
            connection_timeout=connection_timeout,
            custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id,
            origin_id=origin_id,
            origin_path=origin_path,
            **unsupported,
        )
        self.bucket = bucket

    @staticmethod
    def with_origin_access_control(
        bucket: IBucket,
        *,
        origin_access_control: IOriginAccessControl | None = None,
        origin_access_levels: Sequence[AccessLevel] | None = None,
        connection_attempts: int | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        **unsupported: Any,
    ) -> IOrigin:
        """The bucket as an origin that CloudFront signs its requests to, with a bucket policy statement
        for each distribution it is added to (and a key policy statement for a bucket encrypted with a KMS
        key of the app). `origin_access_control`: how requests are signed. Default: an
        S3OriginAccessControl, made in the first distribution the origin is added to and shared by the
        others. `origin_access_levels`: what the distributions may do. Default: [AccessLevel.READ]."""
        return _S3BucketOriginWithOac(
            bucket,
            origin_access_control=origin_access_control,
            origin_access_levels=origin_access_levels,
            connection_attempts=connection_attempts,
            connection_timeout=connection_timeout,
            custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id,
            origin_id=origin_id,
            origin_path=origin_path,
            **unsupported,
        )

    @staticmethod
    def with_bucket_defaults(
        bucket: IBucket,
        *,
        connection_attempts: int | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        **unsupported: Any,
    ) -> IOrigin:
        """The bucket as an origin with the bucket's own permissions (no origin access control)."""
        return S3BucketOrigin(
            bucket,
            connection_attempts=connection_attempts,
            connection_timeout=connection_timeout,
            custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id,
            origin_id=origin_id,
            origin_path=origin_path,
            **unsupported,
        )

    def _render_origin_config(self, scope: Construct) -> dict[str, Any]:
        # No origin access identity: CloudFormation takes the empty string for none.
        return {"S3OriginConfig": {"OriginAccessIdentity": ""}}


class _S3BucketOriginWithOac(S3BucketOrigin):
    def __init__(
        self,
        bucket: IBucket,
        *,
        origin_access_control: IOriginAccessControl | None,
        origin_access_levels: Sequence[AccessLevel] | None,
        **options: Any,
    ) -> None:
        super().__init__(bucket, **options)
        self._origin_access_control = origin_access_control
        levels = [AccessLevel.READ] if origin_access_levels is None else list(origin_access_levels)
        # In the order given, each once, as aws-cdk-lib renders them.
        self._levels = list(dict.fromkeys(levels))

    def _bind_access(self, scope: Construct, distribution_id: str | None) -> str | None:
        # Made at the first bind and kept: a second distribution of the same origin object shares it, as
        # in aws-cdk-lib.
        if self._origin_access_control is None:
            self._origin_access_control = S3OriginAccessControl(scope, "S3OriginAccessControl")
        access_control = self._origin_access_control
        distribution_arn = _distribution_arn_in_deploying_account(distribution_id or "")
        self._grant_bucket_access(scope, distribution_arn)
        key = self.bucket.encryption_key
        if key is not None:
            self._grant_key_access(scope, key)
        if AccessLevel.LIST in self._levels:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk",
                "When the origin with AccessLevel.LIST is associated to the default behavior, it is strongly "
                "recommended to ensure the distribution's defaultRootObject is specified,\n"
                'See the "Setting up OAC with LIST permission" section of module\'s README for more info.',
            )
        return access_control.origin_access_control_id

    def _grant_bucket_access(self, scope: Construct, distribution_arn: str) -> None:
        bucket = self.bucket
        resources = [bucket.arn_for_objects("*")]
        if AccessLevel.LIST in self._levels:
            resources.append(bucket.bucket_arn)
        statement = PolicyStatement(
            actions=[action for level in self._levels for action in _BUCKET_ACTIONS[level]],
            principals=[ServicePrincipal(_CLOUDFRONT)],
            resources=resources,
            conditions={"StringEquals": {"AWS:SourceArn": distribution_arn}},
        )
        if not bucket.add_to_resource_policy(statement).statement_added:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac",
                "Cannot update bucket policy of an imported bucket. You will need to update the policy "
                'manually instead.\nSee the "Setting up OAC with imported S3 buckets" section of module\'s '
                "README for more info.",
            )

    def _grant_key_access(self, scope: Construct, key: IKey) -> None:
        # Any distribution of the account: naming this one would make the key, the bucket and the
        # distribution depend on each other in a circle.
        any_distribution_arn = _distribution_arn_in_deploying_account("*")
        # Reported where the key is defined, as aws-cdk-lib does.
        key_scope = key.node.scope or scope
        Annotations.of(key_scope).add_warning_v2(
            "@aws-cdk/aws-cloudfront-origins:wildcardKeyPolicyForOac",
            "To avoid a circular dependency between the KMS key, Bucket, and Distribution during the initial "
            "deployment, a wildcard is used in the Key policy condition to match all Distribution IDs.\n"
            "After deploying once, it is strongly recommended to further scope down the policy for best "
            'security practices by following the guidance in the "Using OAC for a SSE-KMS encrypted S3 '
            'origin" section in the module README.',
        )
        statement = PolicyStatement(
            actions=list(
                dict.fromkeys(action for level in self._levels for action in _KEY_ACTIONS.get(level, ()))
            ),
            principals=[ServicePrincipal(_CLOUDFRONT)],
            resources=["*"],
            conditions={"ArnLike": {"AWS:SourceArn": any_distribution_arn}},
        )
        if not key.add_to_resource_policy(statement).statement_added:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-cloudfront-origins:updateImportedKeyPolicyOac",
                "Cannot update key policy of an imported key. You will need to update the policy manually "
                'instead.\nSee the "Updating imported key policies" section of the module\'s README for more '
                "info.",
            )


def _distribution_arn_in_deploying_account(distribution_id: str) -> str:
    # The partition and account stay pseudo references even in a stack with a concrete environment, as
    # aws-cdk-lib writes them in these conditions.
    return f"arn:{Aws.PARTITION}:cloudfront::{Aws.ACCOUNT_ID}:distribution/{distribution_id}"
