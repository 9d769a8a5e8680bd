"""Object replication of a bucket: rule checks, the ReplicationConfiguration, the role and its grants."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.arn_principals import AccountPrincipal, ArnPrincipal
from ..aws_iam.grant import Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable, ServicePrincipal
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.resource import PhysicalName
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tokens.lazy import Lazy

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam.role import IRole
    from .bucket import BucketBase, GrantReplicationPermissionDestinationProps, IBucket, ReplicationRule

# The name of every replication role without the flag below: one such role per account deploys.
REPLICATION_ROLE_NAME = "CDKReplicationRole"
# With it, each role gets a name generated from its path (and usable from other accounts).
UNIQUE_REPLICATION_ROLE_NAME = "@aws-cdk/aws-s3:setUniqueReplicationRoleName"
_SOURCE_BUCKET_ACTIONS = ("s3:GetReplicationConfiguration", "s3:ListBucket")
_SOURCE_OBJECT_ACTIONS = (
    "s3:GetObjectVersionForReplication",
    "s3:GetObjectVersionAcl",
    "s3:GetObjectVersionTagging",
)
_DESTINATION_OBJECT_ACTIONS = (
    "s3:ReplicateObject",
    "s3:ReplicateDelete",
    "s3:ReplicateTags",
    "s3:ObjectOwnerOverrideToBucketOwner",
)


def _status(enabled: bool | None) -> dict[str, str]:
    return {"status": "Enabled" if enabled else "Disabled"}


def _is_other_account(bucket: Construct, destination: IBucket) -> bool:
    return bool(destination.env.account != Stack.of(bucket).account)


def check_replication(
    bucket: Construct,
    rules: Sequence[ReplicationRule] | None,
    role: IRole | None,
    versioned: bool | None,
) -> None:
    """Raise what aws-cdk-lib raises for replication settings S3 cannot apply."""
    if not rules:
        if role is not None:
            raise ValidationError(
                bucket,
                f"replication_role={role.node.path!r} is given but replication_rules={rules!r} has no rule; "
                "pass replication_rules=[ReplicationRule(destination=...)] or drop replication_role",
            )
        return
    if not versioned:
        raise ValidationError(
            bucket,
            f"versioned={versioned!r} but replication_rules needs a versioned source bucket; "
            "pass versioned=True",
        )
    if len(rules) > 1:
        for index, rule in enumerate(rules):
            if rule.priority is None:
                raise ValidationError(
                    bucket,
                    f"replication_rules[{index}].priority=None is not set, but there are {len(rules)} rules; "
                    "give every rule a priority (the higher wins)",
                )
    for index, rule in enumerate(rules):
        where = f"replication_rules[{index}]"
        if rule.replication_time_control is not None and rule.metrics is None:
            raise ValidationError(
                bucket,
                f"{where}.replication_time_control={rule.replication_time_control!r} needs metrics, "
                "but metrics=None; pass metrics=ReplicationTimeValue.FIFTEEN_MINUTES",
            )
        tags = rule.filter.tags if rule.filter is not None else None
        if rule.delete_marker_replication and tags:
            raise ValidationError(
                bucket,
                f"{where}.delete_marker_replication=True cannot go with a tag filter "
                f"(filter.tags={list(tags)!r}); drop the tags or delete_marker_replication",
            )
        if rule.access_control_transition and not _is_other_account(bucket, rule.destination):
            raise ValidationError(
                bucket,
                f"{where}.access_control_transition=True needs a destination in another account, but "
                f"{rule.destination.node.path} is in the source bucket's account; drop "
                "access_control_transition, or import the destination with "
                "Bucket.from_bucket_attributes(..., account=...)",
            )


def note_cross_account_destinations(bucket: Construct, rules: Sequence[ReplicationRule]) -> None:
    """Remind, once per bucket, that a destination in another account needs a bucket policy of its own."""
    if any(_is_other_account(bucket, rule.destination) for rule in rules):
        # aws-cdk-lib's text, trailing space included.
        Annotations.of(bucket).add_info(
            "For Cross-account S3 replication, ensure to set up permissions on destination bucket "
            "using method addReplicationPolicy() "
        )


def create_replication_role(bucket: Construct) -> IRole:
    """The role S3 assumes to replicate `bucket`'s objects."""
    # deferred: the IAM Role module loads only for buckets that replicate
    from ..aws_iam.role import Role

    unique_name = FeatureFlags.of(bucket).is_enabled(UNIQUE_REPLICATION_ROLE_NAME)
    return Role(
        bucket,
        "ReplicationRole",
        assumed_by=ServicePrincipal("s3.amazonaws.com"),
        role_name=PhysicalName.GENERATE_IF_NEEDED if unique_name else REPLICATION_ROLE_NAME,
    )


def _render_filter(rule: ReplicationRule) -> dict[str, Any]:
    prefix = (rule.filter.prefix if rule.filter is not None else None) or ""
    tags = rule.filter.tags if rule.filter is not None else None
    if not tags:
        return {"prefix": prefix}
    return {"and": {"prefix": prefix, "tag_filters": [{"key": tag.key, "value": tag.value} for tag in tags]}}


def _render_source_selection(rule: ReplicationRule) -> dict[str, Any] | None:
    if rule.replica_modifications is None and rule.sse_kms_encrypted_objects is None:
        return None
    return {
        "replica_modifications": None
        if rule.replica_modifications is None
        else _status(rule.replica_modifications),
        "sse_kms_encrypted_objects": None
        if rule.sse_kms_encrypted_objects is None
        else _status(rule.sse_kms_encrypted_objects),
    }


def _render_destination(bucket: Construct, rule: ReplicationRule) -> dict[str, Any]:
    destination = rule.destination
    metrics: dict[str, Any] | None = None
    if rule.metrics is not None:
        metrics = {"status": "Enabled"}
        # The event threshold counts only with Replication Time Control.
        if rule.replication_time_control is not None:
            metrics["event_threshold"] = {"minutes": rule.metrics.minutes}
    time_control = rule.replication_time_control
    return {
        "bucket": destination.bucket_arn,
        "account": destination.env.account if _is_other_account(bucket, destination) else None,
        "access_control_translation": {"owner": "Destination"} if rule.access_control_transition else None,
        "encryption_configuration": {"replica_kms_key_id": rule.kms_key.key_arn}
        if rule.kms_key is not None
        else None,
        "metrics": metrics,
        "replication_time": {"status": "Enabled", "time": {"minutes": time_control.minutes}}
        if time_control is not None
        else None,
        "storage_class": rule.storage_class.value if rule.storage_class is not None else None,
    }


def render_replication_configuration(
    bucket: Construct, rules: Sequence[ReplicationRule], role: IRole
) -> dict[str, Any]:
    """The bucket's `ReplicationConfiguration` (snake_case keys, for CfnBucket)."""
    return {
        "role": role.role_arn,
        "rules": [
            {
                "destination": _render_destination(bucket, rule),
                "status": "Enabled",
                "delete_marker_replication": _status(rule.delete_marker_replication),
                "filter": _render_filter(rule),
                "id": rule.id,
                "priority": rule.priority,
                "source_selection_criteria": _render_source_selection(rule),
            }
            for rule in rules
        ],
    }


def _objects_of(bucket: IBucket) -> str:
    return Lazy.string(lambda: bucket.arn_for_objects("*"))


def grant_replication_permission(
    source: BucketBase,
    identity: IGrantable,
    destinations: Sequence[GrantReplicationPermissionDestinationProps],
) -> Grant:
    """Let `identity` replicate `source`'s objects to `destinations` (and use their keys)."""
    if not destinations:
        raise ValidationError(
            source,
            "destinations=() has no bucket; give at least one "
            "GrantReplicationPermissionDestinationProps(bucket=...)",
        )
    result = Grant.add_to_principal_or_resource(
        grantee=identity,
        actions=list(_SOURCE_BUCKET_ACTIONS),
        resource_arns=[source.bucket_arn],
        resource=source,
    )
    result = result.combine(
        Grant.add_to_principal_or_resource(
            grantee=identity,
            actions=list(_SOURCE_OBJECT_ACTIONS),
            resource_arns=[source.arn_for_objects("*")],
            resource=source,
        )
    )
    result = result.combine(
        Grant.add_to_principal_or_resource(
            grantee=identity,
            actions=list(_DESTINATION_OBJECT_ACTIONS),
            # One token per destination, as in aws-cdk-lib: a bucket named twice is listed twice.
            resource_arns=[_objects_of(destination.bucket) for destination in destinations],
            resource=source,
        )
    )
    for destination in destinations:
        if destination.encryption_key is not None:
            result = result.combine(destination.encryption_key.grant_encrypt(identity))
    # As aws-cdk-lib 2.275.0: the source bucket's own key, whatever source_decryption_key says.
    if source.encryption_key is not None:
        result = result.combine(source.encryption_key.grant_decrypt(identity))
    return result


def add_replication_policy(
    destination: BucketBase, role_arn: str, access_control_transition: bool | None, account: str | None
) -> None:
    """Let the replication role `role_arn` of another account replicate into `destination`."""
    if access_control_transition and account is None:
        raise ValidationError(
            destination,
            "account=None is missing but access_control_transition=True; pass the source bucket "
            "owner's account ID",
        )
    role = ArnPrincipal(role_arn)
    added = destination.add_to_resource_policy(
        PolicyStatement(
            actions=["s3:GetBucketVersioning", "s3:PutBucketVersioning"],
            resources=[destination.bucket_arn],
            principals=[role],
        )
    )
    if not added.statement_added:
        # An imported bucket's policy is managed elsewhere; aws-cdk-lib's text.
        Annotations.of(destination).add_info(
            "Cross-account S3 replication for a referenced destination bucket is set up. In the "
            "destination bucket's bucket policy, please grant access permissions from "
            f"{role_arn}."
        )
        return
    destination.add_to_resource_policy(
        PolicyStatement(
            actions=["s3:ReplicateObject", "s3:ReplicateDelete"],
            resources=[destination.arn_for_objects("*")],
            principals=[role],
        )
    )
    if access_control_transition:
        destination.add_to_resource_policy(
            PolicyStatement(
                actions=["s3:ObjectOwnerOverrideToBucketOwner"],
                resources=[destination.arn_for_objects("*")],
                principals=[AccountPrincipal(account)],
            )
        )
