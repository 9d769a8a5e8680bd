"""BucketGrants: the permissions a bucket gives (read, write, put, delete, public access, any actions)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.arn_principals import AnyPrincipal
from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey

READ_ACTIONS = ("s3:GetObject*", "s3:GetBucket*", "s3:List*")
PUT_ACTIONS = (
    "s3:PutObject",
    "s3:PutObjectLegalHold",
    "s3:PutObjectRetention",
    "s3:PutObjectTagging",
    "s3:PutObjectVersionTagging",
    "s3:Abort*",
)
PUT_ACL_ACTIONS = ("s3:PutObjectAcl", "s3:PutObjectVersionAcl")
DELETE_ACTIONS = ("s3:DeleteObject*",)
KEY_READ_ACTIONS = ("kms:Decrypt", "kms:DescribeKey")
KEY_WRITE_ACTIONS = ("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt")


class BucketGrants:
    """The grants of one bucket (and of its key, when it has one)."""

    def __init__(self, *, bucket: Any) -> None:
        self.bucket = bucket

    @staticmethod
    def from_bucket(bucket: Any) -> BucketGrants:
        """The grants of `bucket`."""
        return BucketGrants(bucket=bucket)

    def read(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Read the bucket and its objects (and decrypt them)."""
        return self.actions_on_bucket_and_object_keys(
            identity, objects_key_pattern, *READ_ACTIONS, *KEY_READ_ACTIONS
        )

    def write(
        self,
        identity: IGrantable,
        objects_key_pattern: str = "*",
        allowed_action_patterns: Sequence[str] | None = None,
    ) -> Grant:
        """Put and delete objects (and encrypt them). Default: every write action."""
        actions = list(allowed_action_patterns or ()) or [*DELETE_ACTIONS, *PUT_ACTIONS]
        return self.actions_on_bucket_and_object_keys(
            identity, objects_key_pattern, *actions, *KEY_WRITE_ACTIONS
        )

    def put(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Put objects (and encrypt them)."""
        return self.actions_on_object_keys(identity, objects_key_pattern, *PUT_ACTIONS, *KEY_WRITE_ACTIONS)

    def put_acl(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Set the ACLs of objects."""
        return self.actions_on_object_keys(identity, objects_key_pattern, *PUT_ACL_ACTIONS)

    def delete(self, grantee: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Delete objects."""
        return self.actions_on_object_keys(grantee, objects_key_pattern, *DELETE_ACTIONS)

    def read_write(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Read, put and delete objects (and decrypt and encrypt them)."""
        key_actions = dict.fromkeys([*KEY_READ_ACTIONS, *KEY_WRITE_ACTIONS])
        return self.actions_on_bucket_and_object_keys(
            identity, objects_key_pattern, *READ_ACTIONS, *DELETE_ACTIONS, *PUT_ACTIONS, *key_actions
        )

    def replication_permission(
        self,
        identity: IGrantable,
        *,
        destinations: Sequence[Any],
        source_decryption_key: IKey | None = None,
    ) -> Grant:
        """Let `identity` (a replication role) replicate the bucket's objects to `destinations`
        (`GrantReplicationPermissionDestinationProps`), with the KMS permissions of their keys and of
        the bucket's key."""
        return cast(
            "Grant",
            self.bucket.grant_replication_permission(
                identity, destinations=destinations, source_decryption_key=source_decryption_key
            ),
        )

    def public_access(self, key_prefix: str | None = None, *allowed_actions: str) -> Grant:
        """Let anyone perform `allowed_actions` on objects under `key_prefix`. Default: s3:GetObject, `*`."""
        if getattr(self.bucket, "disallow_public_access", None):
            raise ValidationError(
                self.bucket,
                "grant_public_access() needs public bucket policies, but block_public_access has "
                "block_public_policy=True; use BlockPublicAccess.BLOCK_ACLS_ONLY or "
                "BlockPublicAccess(block_public_policy=False, ...)",
            )
        actions = allowed_actions or ("s3:GetObject",)
        return self.actions_on_object_keys(
            AnyPrincipal(), key_prefix if key_prefix is not None else "*", *actions
        )

    def actions_on_object_keys(
        self, identity: IGrantable, objects_key_pattern: str = "*", *actions: str
    ) -> Grant:
        """Give `identity` `actions` on the objects matching the pattern (`kms:` actions go to the key)."""
        return self._grant(identity, actions, [self._arn_for_objects(objects_key_pattern)])

    def actions_on_bucket_and_object_keys(
        self, identity: IGrantable, objects_key_pattern: str = "*", *actions: str
    ) -> Grant:
        """Give `identity` `actions` on the bucket and its matching objects (`kms:` actions go to the key)."""
        return self._grant(
            identity, actions, [self.bucket.bucket_arn, self._arn_for_objects(objects_key_pattern)]
        )

    def _arn_for_objects(self, key_pattern: str) -> str:
        return f"{self.bucket.bucket_arn}/{key_pattern}"

    def _grant(self, grantee: IGrantable, actions: Sequence[str], resource_arns: list[str]) -> Grant:
        key_actions = [action for action in actions if action.startswith("kms:")]
        bucket_actions = [action for action in actions if not action.startswith("kms:")]
        result = Grant.add_to_principal_or_resource(
            grantee=grantee, actions=bucket_actions, resource_arns=resource_arns, resource=self.bucket
        )
        key = getattr(self.bucket, "encryption_key", None)
        if key_actions and key is not None:
            key.grant(grantee, *key_actions)
        return result
