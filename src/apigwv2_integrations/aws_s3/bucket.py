"""Bucket: an S3 bucket, defined here or imported (for code and data that other constructs read)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from ..cfn.aws_s3 import CfnBucket
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.stack import Stack
from ..core.struct import lazy_frozen
from ..core.tokens.token import Token


@runtime_checkable
class IBucket(Protocol):
    """An S3 bucket."""

    @property
    def bucket_name(self) -> str:
        """The bucket's name."""
        ...

    @property
    def bucket_arn(self) -> str:
        """The bucket's ARN."""
        ...


@lazy_frozen(kw_only=True)
class BucketAttributes:
    """What identifies an existing bucket (name or ARN)."""

    bucket_arn: str | None = None
    bucket_name: str | None = None
    account: str | None = None
    region: str | None = None


class _BucketBase(Resource):
    bucket_name: str
    bucket_arn: str

    def arn_for_objects(self, key_pattern: str) -> str:
        """The ARN of objects matching `key_pattern` (such as `*`)."""
        return f"{self.bucket_arn}/{key_pattern}"

    @property
    def bucket_regional_domain_name(self) -> str:
        """`<bucket>.s3.<region>.<suffix>`."""
        return f"{self.bucket_name}.s3.{self.env.region}.{self.stack.url_suffix}"

    def grant_read(self, identity: Any, objects_key_pattern: str = "*") -> Any:
        """Allow `identity` to read the bucket's objects."""
        from ..aws_iam import Grant

        return Grant.add_to_principal(
            grantee=identity,
            actions=["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
            resource_arns=[self.bucket_arn, self.arn_for_objects(objects_key_pattern)],
        )


class _ImportedBucket(_BucketBase):
    def __init__(self, scope: Construct, id: str, attributes: BucketAttributes) -> None:
        super().__init__(scope, id, account=attributes.account, region=attributes.region)
        name = attributes.bucket_name
        arn = attributes.bucket_arn
        if name is None and arn is not None:
            name = arn.split(":::", 1)[1] if not Token.is_unresolved(arn) and ":::" in arn else None
        if name is None:
            raise ValidationError(self, "bucket_name=None and bucket_arn gives none; pass bucket_name=...")
        self.bucket_name = name
        self.bucket_arn = arn or f"arn:{Stack.of(scope).partition}:s3:::{name}"


class Bucket(_BucketBase):
    """An S3 bucket (`AWS::S3::Bucket`), kept when removed from the stack by default."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        bucket_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        versioned: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=bucket_name)
        resource = CfnBucket(
            self,
            "Resource",
            bucket_name=bucket_name,
            versioning_configuration={"status": "Enabled"} if versioned else None,
        )
        resource.apply_removal_policy(removal_policy or RemovalPolicy.RETAIN)
        self.bucket_name: str = resource.ref
        self.bucket_arn: str = resource.attr_arn

    @staticmethod
    def from_bucket_name(scope: Construct, id: str, bucket_name: str) -> _BucketBase:
        """An existing bucket by name."""
        return _ImportedBucket(scope, id, BucketAttributes(bucket_name=bucket_name))

    @staticmethod
    def from_bucket_arn(scope: Construct, id: str, bucket_arn: str) -> _BucketBase:
        """An existing bucket by ARN."""
        return _ImportedBucket(scope, id, BucketAttributes(bucket_arn=bucket_arn))

    @staticmethod
    def from_bucket_attributes(
        scope: Construct,
        id: str,
        *,
        bucket_arn: str | None = None,
        bucket_name: str | None = None,
        account: str | None = None,
        region: str | None = None,
    ) -> _BucketBase:
        """An existing bucket."""
        return _ImportedBucket(
            scope,
            id,
            BucketAttributes(bucket_arn=bucket_arn, bucket_name=bucket_name, account=account, region=region),
        )
