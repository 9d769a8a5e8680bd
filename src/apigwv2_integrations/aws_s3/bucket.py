"""Bucket: an S3 bucket, defined here or imported: encryption, access, lifecycle, CORS and website."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence

from ..aws_iam.arn_principals import AnyPrincipal, ArnPrincipal
from ..aws_iam.grant import AddToResourcePolicyResult, Grant, GrantOnKeyResult
from ..aws_iam.policy_document import ResourcePolicyChecks
from ..aws_iam.policy_statement import Effect, PolicyStatement
from ..aws_iam.principals import IGrantable, ServicePrincipal
from ..aws_kms import IKey, Key
from ..cfn.aws_s3 import BucketReference, CfnBucket
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, keys_as_fields, lazy_frozen
from ..core.tags import Tags
from ..core.tokens.fn import Fn
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from ._auto_delete_objects import (
    AUTO_DELETE_OBJECTS_TAG,
    add_auto_delete_objects,
    auto_delete_objects_provider_role_arn,
)
from ._cfn_keys import cfn_keys
from ._replication import (
    add_replication_policy,
    check_replication,
    create_replication_role,
    grant_replication_permission,
    note_cross_account_destinations,
    render_replication_configuration,
)
from .bucket_grants import DELETE_ACTIONS, BucketGrants
from .bucket_policy import BucketPolicy
from .rule import LifecycleRule, NoncurrentVersionTransition, StorageClass, Transition, is_naive, iso_date

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..aws_events import EventPattern, IRuleTarget, Rule
    from ..aws_iam.role import IRole
    from ._bucket_notifications import BucketNotifications
    from .destination import IBucketNotificationDestination

PUBLIC_ACCESS_BLOCKED_BY_DEFAULT = "@aws-cdk/aws-s3:publicAccessBlockedByDefault"
SERVER_ACCESS_LOGS_USE_BUCKET_POLICY = "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy"

_LOGGING_SERVICE = "logging.s3.amazonaws.com"


@runtime_checkable
class IBucket(IResource, Protocol):
    """An S3 bucket."""

    @property
    def bucket_name(self) -> str:
        """The bucket's name."""
        ...

    @property
    def bucket_arn(self) -> str:
        """The bucket's ARN."""
        ...

    @property
    def bucket_ref(self) -> BucketReference:
        """A reference to the bucket: its name and ARN."""
        ...

    @property
    def bucket_domain_name(self) -> str:
        """The bucket's domain name."""
        ...

    @property
    def bucket_regional_domain_name(self) -> str:
        """The bucket's regional domain name."""
        ...

    @property
    def bucket_website_url(self) -> str:
        """The bucket's website URL."""
        ...

    @property
    def bucket_website_domain_name(self) -> str:
        """The host of the bucket's website URL."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The KMS key the bucket's objects are encrypted with, if any."""
        ...

    def add_to_resource_policy(self, permission: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the bucket's policy (imported buckets have none)."""
        ...

    def arn_for_objects(self, key_pattern: str) -> str:
        """The ARN of objects matching `key_pattern`."""
        ...

    def url_for_object(self, key: str | None = None) -> str:
        """The path-style HTTPS URL of an object."""
        ...

    def s3_url_for_object(self, key: str | None = None) -> str:
        """The `s3://` URL of an object."""
        ...

    def virtual_hosted_url_for_object(self, key: str | None = None, *, regional: bool | None = None) -> str:
        """The virtual-hosted-style HTTPS URL of an object."""
        ...

    def grant_read(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` read the bucket and its objects."""
        ...

    def grant_write(
        self,
        identity: IGrantable,
        objects_key_pattern: str = "*",
        allowed_action_patterns: Sequence[str] | None = None,
    ) -> Grant:
        """Let `identity` put and delete objects."""
        ...

    def grant_put(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` put objects."""
        ...

    def grant_put_acl(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` set the ACLs of objects."""
        ...

    def grant_delete(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` delete objects."""
        ...

    def grant_read_write(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` read, put and delete objects."""
        ...

    @property
    def replication_role_arn(self) -> str | None:
        """The ARN of the role that replicates the bucket's objects, if it replicates them."""
        ...

    def grant_replication_permission(
        self,
        identity: IGrantable,
        *,
        destinations: Sequence[GrantReplicationPermissionDestinationProps | Mapping[str, Any]],
        source_decryption_key: IKey | None = None,
    ) -> Grant:
        """Let `identity` replicate the bucket's objects to `destinations`."""
        ...

    def add_replication_policy(
        self, role_arn: str, access_control_transition: bool | None = None, account: str | None = None
    ) -> None:
        """Let the replication role `role_arn` of another account replicate into the bucket."""
        ...

    def grant_public_access(self, key_prefix: str | None = None, *allowed_actions: str) -> Grant:
        """Let anyone perform `allowed_actions` on objects under `key_prefix`."""
        ...

    def add_event_notification(
        self, event: EventType, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send `event` for objects whose keys match `filters` to `dest`."""
        ...

    def add_object_created_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send `EventType.OBJECT_CREATED` for objects whose keys match `filters` to `dest`."""
        ...

    def add_object_removed_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send `EventType.OBJECT_REMOVED` for objects whose keys match `filters` to `dest`."""
        ...

    def enable_event_bridge_notification(self) -> None:
        """Send all of the bucket's events to Amazon EventBridge."""
        ...

    def on_cloud_trail_event(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | Mapping[str, Any] | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """A rule for the CloudTrail events of the bucket (or of the objects at `paths`)."""
        ...

    def on_cloud_trail_put_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | Mapping[str, Any] | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """A rule for the CloudTrail `PutObject` events of the bucket (or of the objects at `paths`)."""
        ...

    def on_cloud_trail_write_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | Mapping[str, Any] | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """A rule for the CloudTrail events that write objects to the bucket (or to the keys at `paths`)."""
        ...


class BucketEncryption(SimpleEnum):
    """How a bucket's objects are encrypted at rest."""

    UNENCRYPTED = "UNENCRYPTED"
    KMS_MANAGED = "KMS_MANAGED"
    S3_MANAGED = "S3_MANAGED"
    KMS = "KMS"
    DSSE_MANAGED = "DSSE_MANAGED"
    DSSE = "DSSE"


class BucketAccessControl(SimpleEnum):
    """A canned ACL."""

    PRIVATE = "Private"
    PUBLIC_READ = "PublicRead"
    PUBLIC_READ_WRITE = "PublicReadWrite"
    AUTHENTICATED_READ = "AuthenticatedRead"
    LOG_DELIVERY_WRITE = "LogDeliveryWrite"
    BUCKET_OWNER_READ = "BucketOwnerRead"
    BUCKET_OWNER_FULL_CONTROL = "BucketOwnerFullControl"
    AWS_EXEC_READ = "AwsExecRead"


# Canned ACLs that work without object ownership controls.
_ACLS_WITHOUT_OWNERSHIP = (
    BucketAccessControl.PRIVATE,
    BucketAccessControl.BUCKET_OWNER_READ,
    BucketAccessControl.BUCKET_OWNER_FULL_CONTROL,
)


class ObjectOwnership(SimpleEnum):
    """Who owns objects uploaded by other accounts, and whether ACLs apply."""

    BUCKET_OWNER_ENFORCED = "BucketOwnerEnforced"
    BUCKET_OWNER_PREFERRED = "BucketOwnerPreferred"
    OBJECT_WRITER = "ObjectWriter"


class HttpMethods(SimpleEnum):
    """HTTP methods a CORS rule allows."""

    GET = "GET"
    PUT = "PUT"
    HEAD = "HEAD"
    POST = "POST"
    DELETE = "DELETE"


class RedirectProtocol(SimpleEnum):
    """The protocol of a website redirect."""

    HTTP = "http"
    HTTPS = "https"


class PartitionDateSource(SimpleEnum):
    """Which date partitions the keys of server access logs."""

    EVENT_TIME = "EventTime"
    """The time of the request."""
    DELIVERY_TIME = "DeliveryTime"
    """The time the log was delivered."""


class TargetObjectKeyFormat:
    """How the keys of server access log objects are built."""

    def __init__(self, rendered: dict[str, Any]) -> None:
        self._rendered = rendered

    @staticmethod
    def simple_prefix() -> TargetObjectKeyFormat:
        """`[prefix]YYYY-mm-DD-HH-MM-SS-UniqueString`."""
        return TargetObjectKeyFormat({"SimplePrefix": {}})

    @staticmethod
    def partitioned_prefix(date_source: PartitionDateSource | None = None) -> TargetObjectKeyFormat:
        """`[prefix]account/region/bucket/YYYY/mm/DD/...`, partitioned by `date_source` (default: S3's, the
        event time)."""
        source = {"PartitionDateSource": date_source.value} if date_source else {}
        return TargetObjectKeyFormat({"PartitionedPrefix": source})

    def _render(self) -> dict[str, Any]:
        return self._rendered

    def __repr__(self) -> str:
        return f"TargetObjectKeyFormat({self._rendered!r})"


@lazy_frozen(kw_only=True)
class TransferAccelerationUrlOptions(metaclass=LazyAttrsMeta):
    """Options of `transfer_acceleration_url_for_object`."""

    dual_stack: bool | None = None
    """Use the dual-stack (IPv4 and IPv6) endpoint. Default: False."""


@lazy_frozen(kw_only=True)
class VirtualHostedStyleUrlOptions(metaclass=LazyAttrsMeta):
    """Options of `virtual_hosted_url_for_object`."""

    regional: bool | None = None
    """Put the region in the host name. Default: True."""


class EventType(SimpleEnum):
    """An S3 event a bucket notification is sent for (the value is S3's event name)."""

    OBJECT_CREATED = "s3:ObjectCreated:*"
    OBJECT_CREATED_PUT = "s3:ObjectCreated:Put"
    OBJECT_CREATED_POST = "s3:ObjectCreated:Post"
    OBJECT_CREATED_COPY = "s3:ObjectCreated:Copy"
    OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD = "s3:ObjectCreated:CompleteMultipartUpload"
    OBJECT_REMOVED = "s3:ObjectRemoved:*"
    OBJECT_REMOVED_DELETE = "s3:ObjectRemoved:Delete"
    OBJECT_REMOVED_DELETE_MARKER_CREATED = "s3:ObjectRemoved:DeleteMarkerCreated"
    OBJECT_RESTORE_POST = "s3:ObjectRestore:Post"
    OBJECT_RESTORE_COMPLETED = "s3:ObjectRestore:Completed"
    OBJECT_RESTORE_DELETE = "s3:ObjectRestore:Delete"
    REDUCED_REDUNDANCY_LOST_OBJECT = "s3:ReducedRedundancyLostObject"
    REPLICATION_OPERATION_FAILED_REPLICATION = "s3:Replication:OperationFailedReplication"
    REPLICATION_OPERATION_MISSED_THRESHOLD = "s3:Replication:OperationMissedThreshold"
    REPLICATION_OPERATION_REPLICATED_AFTER_THRESHOLD = "s3:Replication:OperationReplicatedAfterThreshold"
    REPLICATION_OPERATION_NOT_TRACKED = "s3:Replication:OperationNotTracked"
    LIFECYCLE_EXPIRATION = "s3:LifecycleExpiration:*"
    LIFECYCLE_EXPIRATION_DELETE = "s3:LifecycleExpiration:Delete"
    LIFECYCLE_EXPIRATION_DELETE_MARKER_CREATED = "s3:LifecycleExpiration:DeleteMarkerCreated"
    LIFECYCLE_TRANSITION = "s3:LifecycleTransition"
    INTELLIGENT_TIERING = "s3:IntelligentTiering"
    OBJECT_TAGGING = "s3:ObjectTagging:*"
    OBJECT_TAGGING_PUT = "s3:ObjectTagging:Put"
    OBJECT_TAGGING_DELETE = "s3:ObjectTagging:Delete"
    OBJECT_ACL_PUT = "s3:ObjectAcl:Put"
    OBJECT_RESTORE = "s3:ObjectRestore:*"
    REPLICATION = "s3:Replication:*"


@lazy_frozen(kw_only=True)
class NotificationKeyFilter(metaclass=LazyAttrsMeta):
    """Which object keys a notification is sent for: a key prefix, a key suffix, or both."""

    prefix: str | None = None
    """Keys starting with this. Default: any start."""
    suffix: str | None = None
    """Keys ending with this. Default: any end."""


@lazy_frozen(kw_only=True)
class BlockPublicAccessOptions(metaclass=LazyAttrsMeta):
    """Which kinds of public access are blocked; a setting left out is not rendered."""

    block_public_acls: bool | None = None
    """Reject requests that set public ACLs. Default: not set."""
    block_public_policy: bool | None = None
    """Reject bucket policies that grant public access. Default: not set."""
    ignore_public_acls: bool | None = None
    """Ignore public ACLs. Default: not set."""
    restrict_public_buckets: bool | None = None
    """Restrict access to buckets with public policies to AWS services and the owner. Default: not set."""


@lazy_frozen(kw_only=True)
class BlockPublicAccess(BlockPublicAccessOptions, metaclass=LazyAttrsMeta):
    """A bucket's public access block configuration."""

    BLOCK_ALL: ClassVar[BlockPublicAccess]
    BLOCK_ACLS: ClassVar[BlockPublicAccess]
    BLOCK_ACLS_ONLY: ClassVar[BlockPublicAccess]


BlockPublicAccess.BLOCK_ALL = BlockPublicAccess(
    block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True
)
BlockPublicAccess.BLOCK_ACLS = BlockPublicAccess(block_public_acls=True, ignore_public_acls=True)
BlockPublicAccess.BLOCK_ACLS_ONLY = BlockPublicAccess(
    block_public_acls=True, block_public_policy=False, ignore_public_acls=True, restrict_public_buckets=False
)


def _to_tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _to_optional_tuple(value: Sequence[Any] | None) -> tuple[Any, ...] | None:
    return tuple(value) if value is not None else None


@lazy_frozen(kw_only=True)
class CorsRule(metaclass=LazyAttrsMeta):
    """A cross-origin access rule."""

    allowed_methods: Sequence[HttpMethods] = field(converter=_to_tuple)
    """The HTTP methods allowed."""
    allowed_origins: Sequence[str] = field(converter=_to_tuple)
    """The origins allowed."""
    allowed_headers: Sequence[str] | None = field(default=None, converter=_to_optional_tuple)
    """Headers allowed in preflight requests. Default: none."""
    exposed_headers: Sequence[str] | None = field(default=None, converter=_to_optional_tuple)
    """Response headers browsers may read. Default: none."""
    id: str | None = None
    """The rule's ID. Default: none."""
    max_age: float | None = None
    """How long browsers cache the preflight response, in seconds. Default: not set."""


@lazy_frozen(kw_only=True)
class RedirectTarget(metaclass=LazyAttrsMeta):
    """Where every website request is redirected."""

    host_name: str
    """The host to redirect to."""
    protocol: RedirectProtocol | None = None
    """The protocol to redirect with. Default: that of the request."""


class ReplaceKey:
    """How a website routing rule rewrites the key."""

    def __init__(self, with_key: str | None = None, prefix_with_key: str | None = None) -> None:
        self.with_key = with_key
        self.prefix_with_key = prefix_with_key

    @staticmethod
    def with_(key_replacement: str) -> ReplaceKey:
        """Replace the whole key."""
        return ReplaceKey(with_key=key_replacement)

    @staticmethod
    def prefix_with(key_replacement: str) -> ReplaceKey:
        """Replace the matched prefix of the key."""
        return ReplaceKey(prefix_with_key=key_replacement)

    def __repr__(self) -> str:
        if self.with_key is not None:
            return f"ReplaceKey.with_({self.with_key!r})"
        return f"ReplaceKey.prefix_with({self.prefix_with_key!r})"


@lazy_frozen(kw_only=True)
class RoutingRuleCondition(metaclass=LazyAttrsMeta):
    """When a website routing rule applies."""

    http_error_code_returned_equals: str | None = None
    """The HTTP error code the request returns. Default: any."""
    key_prefix_equals: str | None = None
    """The key prefix of the request. Default: any."""


def _to_routing_rule_condition(
    value: RoutingRuleCondition | Mapping[str, Any] | None,
) -> RoutingRuleCondition | None:
    return _struct_of(RoutingRuleCondition, value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class RoutingRule(metaclass=LazyAttrsMeta):
    """A website routing rule: a redirect under a condition."""

    condition: RoutingRuleCondition | None = field(default=None, converter=_to_routing_rule_condition)
    """When the rule applies. Default: always."""
    host_name: str | None = None
    """The host to redirect to. Default: the request's host."""
    http_redirect_code: str | None = None
    """The HTTP redirect code. Default: 301."""
    protocol: RedirectProtocol | None = None
    """The protocol to redirect with. Default: that of the request."""
    replace_key: ReplaceKey | None = None
    """How the key is rewritten. Default: kept."""


@lazy_frozen(kw_only=True)
class Tag(metaclass=LazyAttrsMeta):
    """A tag an intelligent-tiering configuration filters on."""

    key: str
    """The tag key."""
    value: str
    """The tag value."""


class ReplicationTimeValue:
    """How soon S3 Replication Time Control replicates objects, and when its metrics report lateness."""

    FIFTEEN_MINUTES: ReplicationTimeValue

    def __init__(self, minutes: int) -> None:
        self.minutes = minutes

    def __repr__(self) -> str:
        return (
            "ReplicationTimeValue.FIFTEEN_MINUTES"
            if self.minutes == 15
            else f"ReplicationTimeValue({self.minutes})"
        )


ReplicationTimeValue.FIFTEEN_MINUTES = ReplicationTimeValue(15)


def _to_tags(value: Sequence[Tag | Mapping[str, object]] | None) -> tuple[Tag, ...] | None:
    if value is None:
        return None
    # `object` and not `Any` above: the argument checks then look into each dict as a Tag.
    return tuple(Tag(**cast("Mapping[str, Any]", tag)) if isinstance(tag, Mapping) else tag for tag in value)


@lazy_frozen(kw_only=True)
class Filter(metaclass=LazyAttrsMeta):
    """The objects a replication rule applies to: a key prefix, tags, or both."""

    prefix: str | None = None
    """The key prefix of the objects. Default: every key."""
    tags: Sequence[Tag] | None = field(default=None, converter=_to_tags)
    """Tags the objects must all have. Default: any tags."""


def _to_filter(value: Filter | Mapping[str, Any] | None) -> Filter | None:
    return Filter(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class ReplicationRule(metaclass=LazyAttrsMeta):
    """Which objects S3 replicates to a destination bucket, and how it stores the replicas."""

    destination: IBucket
    """The bucket replicas go to, in this account or another (import one of another account with
    Bucket.from_bucket_attributes and its `account`)."""
    access_control_transition: bool | None = None
    """Make the destination bucket's account the owner of the replicas (the destination must be in
    another account). Default: replicas keep the source object's owner."""
    delete_marker_replication: bool | None = None
    """Replicate delete markers (not with a tag filter). Default: False."""
    filter: Filter | None = field(default=None, converter=_to_filter)
    """The objects the rule applies to. Default: every object."""
    id: str | None = None
    """The rule's ID (up to 255 characters). Default: generated by S3."""
    kms_key: IKey | None = None
    """The KMS key S3 encrypts the replicas with. Default: the AWS managed key."""
    metrics: ReplicationTimeValue | None = None
    """Turn on replication metrics (with this event threshold under replication_time_control).
    Default: no metrics."""
    priority: int | float | None = None
    """Which rule wins when rules with one destination conflict (higher wins); needed on every rule
    when there are several. Default: not set (0)."""
    replica_modifications: bool | None = None
    """Replicate changes made to replicas. Default: not set (False)."""
    replication_time_control: ReplicationTimeValue | None = None
    """Turn on S3 Replication Time Control (needs `metrics`). Default: off."""
    sse_kms_encrypted_objects: bool | None = None
    """Replicate objects encrypted with a KMS key. Default: not set (False)."""
    storage_class: StorageClass | None = None
    """The storage class of the replicas. Default: the source object's."""


@lazy_frozen(kw_only=True)
class GrantReplicationPermissionDestinationProps(metaclass=LazyAttrsMeta):
    """A destination bucket of grant_replication_permission, with the key its replicas are encrypted with."""

    bucket: IBucket
    """The destination bucket."""
    encryption_key: IKey | None = None
    """The customer managed KMS key of the replicas. Default: none."""


def _to_destination_props(
    value: Sequence[GrantReplicationPermissionDestinationProps | Mapping[str, object]],
) -> tuple[GrantReplicationPermissionDestinationProps, ...]:
    return tuple(
        GrantReplicationPermissionDestinationProps(**cast("Mapping[str, Any]", item))
        if isinstance(item, Mapping)
        else item
        for item in value
    )


@lazy_frozen(kw_only=True)
class GrantReplicationPermissionProps(metaclass=LazyAttrsMeta):
    """What grant_replication_permission gives: the destinations, and the source bucket's key."""

    destinations: Sequence[GrantReplicationPermissionDestinationProps] = field(
        converter=_to_destination_props
    )
    """The destination buckets (at least one)."""
    source_decryption_key: IKey | None = None
    """The key the source bucket's objects are encrypted with. Default: none.

    aws-cdk-lib 2.275.0 grants kms:Decrypt on the source bucket's own encryption key and not on this
    key; so does this package, for the same output."""


@lazy_frozen(kw_only=True)
class IntelligentTieringConfiguration(metaclass=LazyAttrsMeta):
    """When objects move to the archive tiers of S3 Intelligent-Tiering."""

    name: str
    """The configuration's name."""
    archive_access_tier_time: Duration | None = None
    """Days without access before objects move to Archive Access (90 to 730). Default: never."""
    deep_archive_access_tier_time: Duration | None = None
    """Days without access before objects move to Deep Archive Access (180 to 730). Default: never."""
    prefix: str | None = None
    """Apply only to keys starting with this. Default: every key."""
    tags: Sequence[Tag] | None = field(default=None, converter=_to_optional_tuple)
    """Apply only to objects with these tags. Default: every object."""


class InventoryFormat(SimpleEnum):
    """The file format of an inventory list (the value is CloudFormation's)."""

    CSV = "CSV"
    PARQUET = "Parquet"
    ORC = "ORC"


class InventoryFrequency(SimpleEnum):
    """How often an inventory list is produced."""

    DAILY = "Daily"
    WEEKLY = "Weekly"


class InventoryObjectVersion(SimpleEnum):
    """Which object versions an inventory list includes."""

    ALL = "All"
    CURRENT = "Current"


@lazy_frozen(kw_only=True)
class InventoryDestination(metaclass=LazyAttrsMeta):
    """Where inventory lists are written."""

    bucket: IBucket
    """The bucket the lists are written to."""
    bucket_owner: str | None = None
    """The account ID that owns the destination bucket. Default: not set."""
    prefix: str | None = None
    """The key prefix of the lists. Default: none."""


def _to_inventory_destination(value: InventoryDestination | Mapping[str, Any]) -> InventoryDestination:
    return InventoryDestination(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class Inventory(metaclass=LazyAttrsMeta):
    """An S3 Inventory configuration: a list of the bucket's objects and their metadata, produced on a
    schedule."""

    destination: InventoryDestination = field(converter=_to_inventory_destination)
    """Where the inventory lists are written."""
    enabled: bool | None = None
    """Whether the inventory is produced. Default: True."""
    format: InventoryFormat | None = None
    """The file format of the lists. Default: InventoryFormat.CSV."""
    frequency: InventoryFrequency | None = None
    """How often the lists are produced. Default: InventoryFrequency.WEEKLY."""
    include_object_versions: InventoryObjectVersion | None = None
    """Which object versions the lists include. Default: InventoryObjectVersion.ALL."""
    inventory_id: str | None = None
    """The configuration's ID (up to 64 letters, digits, `_`, `.` and `-`).
    Default: `<construct id>Inventory<index>`."""
    objects_prefix: str | None = None
    """List only objects whose keys start with this. Default: every object."""
    optional_fields: Sequence[str] | None = field(default=None, converter=_to_optional_tuple)
    """Extra metadata fields the lists hold (such as `Size` or `ETag`). Default: none."""


@lazy_frozen(kw_only=True)
class BucketMetrics(metaclass=LazyAttrsMeta):
    """A CloudWatch request metrics configuration, for the whole bucket or a filtered part of it."""

    id: str
    """The configuration's ID."""
    prefix: str | None = None
    """Count only objects whose keys start with this. Default: every key."""
    tag_filters: Mapping[str, Any] | None = None
    """Count only objects with these tags. Default: every object."""


_Struct = TypeVar("_Struct")


def _struct_of(struct: type[_Struct], value: Mapping[str, Any]) -> _Struct:
    # aws_cdk hands a dict inside a list to JavaScript as it is, so apps write its keys in camelCase too.
    return struct(**(keys_as_fields(struct, dict(value)) or value))


def _structs_from(
    struct: type[_Struct], value: Sequence[_Struct | Mapping[str, Any]] | None
) -> tuple[_Struct, ...] | None:
    # aws_cdk takes a dict wherever it takes a struct, in lists too.
    if value is None:
        return None
    return tuple(_struct_of(struct, item) if isinstance(item, Mapping) else item for item in value)


def _to_cors_rules(value: Sequence[CorsRule | Mapping[str, Any]] | None) -> tuple[CorsRule, ...] | None:
    return _structs_from(CorsRule, value)


def _to_intelligent_tiering_configurations(
    value: Sequence[IntelligentTieringConfiguration | Mapping[str, Any]] | None,
) -> tuple[IntelligentTieringConfiguration, ...] | None:
    return _structs_from(IntelligentTieringConfiguration, value)


def _to_inventories(value: Sequence[Inventory | Mapping[str, Any]] | None) -> tuple[Inventory, ...] | None:
    return _structs_from(Inventory, value)


def _to_lifecycle_rules(
    value: Sequence[LifecycleRule | Mapping[str, Any]] | None,
) -> tuple[LifecycleRule, ...] | None:
    return _structs_from(LifecycleRule, value)


def _to_bucket_metrics(
    value: Sequence[BucketMetrics | Mapping[str, Any]] | None,
) -> tuple[BucketMetrics, ...] | None:
    return _structs_from(BucketMetrics, value)


def _to_replication_rules(
    value: Sequence[ReplicationRule | Mapping[str, Any]] | None,
) -> tuple[ReplicationRule, ...] | None:
    return _structs_from(ReplicationRule, value)


def _to_routing_rules(
    value: Sequence[RoutingRule | Mapping[str, Any]] | None,
) -> tuple[RoutingRule, ...] | None:
    return _structs_from(RoutingRule, value)


def _to_redirect_target(value: RedirectTarget | Mapping[str, Any] | None) -> RedirectTarget | None:
    return _struct_of(RedirectTarget, value) if isinstance(value, Mapping) else value


class ObjectLockMode(SimpleEnum):
    """How strictly locked object versions are protected."""

    GOVERNANCE = "GOVERNANCE"
    """Users with special permissions may still delete versions or change the retention."""
    COMPLIANCE = "COMPLIANCE"
    """No one, the root user included, may delete versions or shorten the retention."""


# Longest default retention S3 accepts, in days.
_MAX_RETENTION_DAYS = 365 * 100


class ObjectLockRetention:
    """How long new object versions are locked by default, and in which mode."""

    def __init__(self, mode: ObjectLockMode, duration: Duration) -> None:
        self._mode = mode
        self._duration = duration
        if Token.is_unresolved(duration.amount):
            return
        if duration.to_days(integral=False) < 1:
            raise ValidationError(
                None, f"duration={duration!r} is shorter than a day; use at least Duration.days(1)"
            )
        if duration.to_days(integral=False) > _MAX_RETENTION_DAYS:
            raise ValidationError(
                None,
                f"duration={duration!r} is longer than 100 years; use at most "
                f"Duration.days({_MAX_RETENTION_DAYS})",
            )
        if not float(duration.to_days(integral=False)).is_integer():
            raise ValidationError(
                None, f"duration={duration!r} is not a whole number of days; use Duration.days(...)"
            )

    @staticmethod
    def governance(duration: Duration) -> ObjectLockRetention:
        """Lock new versions for `duration` (whole days, 1 day to 100 years) in governance mode."""
        return ObjectLockRetention(ObjectLockMode.GOVERNANCE, duration)

    @staticmethod
    def compliance(duration: Duration) -> ObjectLockRetention:
        """Lock new versions for `duration` (whole days, 1 day to 100 years) in compliance mode."""
        return ObjectLockRetention(ObjectLockMode.COMPLIANCE, duration)

    @property
    def mode(self) -> ObjectLockMode:
        """The lock mode."""
        return self._mode

    @property
    def duration(self) -> Duration:
        """How long versions are locked."""
        return self._duration

    def __repr__(self) -> str:
        return f"ObjectLockRetention.{self._mode.value.lower()}({self._duration!r})"


class BucketNamespace(SimpleEnum):
    """Where a bucket's name must be unique (the value is CloudFormation's)."""

    GLOBAL = "global"
    """Across all AWS accounts and regions."""
    ACCOUNT_REGIONAL = "account-regional"
    """In the account and region only; the name is built from `bucket_name_prefix`."""


class BlockedEncryptionType:
    """A server-side encryption type that writes to a bucket may not use."""

    NONE: BlockedEncryptionType
    SSE_C: BlockedEncryptionType

    name: str
    """The type as CloudFormation names it (`SSE-C`, `NONE`)."""

    def __init__(self, name: str) -> None:
        self.name = name

    @staticmethod
    def custom(name: str) -> BlockedEncryptionType:
        """A type that has no constant here yet, by its CloudFormation name."""
        return BlockedEncryptionType(name)

    def __repr__(self) -> str:
        for constant in ("NONE", "SSE_C"):
            if getattr(BlockedEncryptionType, constant) is self:
                return f"BlockedEncryptionType.{constant}"
        return f"BlockedEncryptionType.custom({self.name!r})"


BlockedEncryptionType.NONE = BlockedEncryptionType("NONE")
"""Block nothing: writes may use any encryption type."""
BlockedEncryptionType.SSE_C = BlockedEncryptionType("SSE-C")
"""Block server-side encryption with customer-provided keys."""


class TransitionDefaultMinimumObjectSize(SimpleEnum):
    """The smallest object lifecycle transitions move by default (the value is CloudFormation's)."""

    ALL_STORAGE_CLASSES_128_K = "all_storage_classes_128K"
    """Objects under 128 KB are not moved to any storage class."""
    VARIES_BY_STORAGE_CLASS = "varies_by_storage_class"
    """Objects under 128 KB move to Glacier classes but not to the others."""


@lazy_frozen(kw_only=True)
class BucketAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing bucket (name or ARN), and what else is known about it."""

    account: str | None = None
    """The bucket's account. Default: the stack's."""
    bucket_arn: str | None = None
    """The bucket's ARN. Default: built from the name."""
    bucket_domain_name: str | None = None
    """Its domain name. Default: `<name>.s3.<url suffix>`."""
    bucket_dual_stack_domain_name: str | None = None
    """Its IPv6 domain name. Default: `<name>.s3.dualstack.<region>.<url suffix>`."""
    bucket_name: str | None = None
    """The bucket's name. Default: taken from the ARN."""
    bucket_regional_domain_name: str | None = None
    """Its regional domain name. Default: `<name>.s3.<region>.<url suffix>`."""
    bucket_website_new_url_format: bool | None = None
    """Whether its website URL uses the `s3-website.<region>` form. Default: False (`s3-website-<region>`)."""
    bucket_website_url: str | None = None
    """Its website URL. Default: built from the name and region."""
    encryption_key: IKey | None = None
    """The KMS key its objects are encrypted with. Default: none."""
    is_website: bool | None = None
    """Whether it is configured as a website. Default: False."""
    notifications_handler_role: IRole | None = None
    """The role of the stack's notifications handler, if this bucket creates it. Default: a new role."""
    region: str | None = None
    """The bucket's region. Default: the stack's."""


@lazy_frozen(kw_only=True)
class OnCloudTrailBucketEventOptions(metaclass=LazyAttrsMeta):
    """`aws_events.OnEventOptions` with the object keys whose CloudTrail events the rule matches.

    Its fields are those of OnEventOptions, written out: deriving from it would load the EventBridge
    modules with every app that uses a bucket.
    """

    cross_stack_scope: Construct | None = None
    """Where to put the rule when its targets are in another environment. Default: the rule's scope."""
    description: str | None = None
    """A description. Default: none."""
    event_pattern: EventPattern | None = None
    """More conditions on the events, merged with the bucket's. Default: none."""
    rule_name: str | None = None
    """The rule's name. Default: generated by CloudFormation."""
    target: IRuleTarget | None = None
    """The rule's target. Default: none (add one with add_target)."""
    paths: tuple[str, ...] | None = field(default=None, converter=_to_optional_tuple)
    """Object keys (or key patterns) to match. Default: every object of the bucket."""


def _url_suffix_of(region: str, stack: Stack) -> str:
    if Token.is_unresolved(region):
        return stack.url_suffix
    return "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"


class BucketBase(Resource):
    """Grants, policy and URLs of buckets, defined here or imported."""

    # tree.json names it as aws-cdk-lib does for imported buckets.
    _TREE_FQN = "aws-cdk-lib.aws_s3.BucketBase"

    bucket_name: str
    bucket_arn: str
    encryption_key: IKey | None = None
    is_website: bool | None = None
    replication_role_arn: str | None = None
    """The ARN of the role that replicates this bucket's objects, if it replicates them."""
    _auto_create_policy: bool = False
    _disallow_public_access: bool = False

    # Notifications of a bucket defined here replace the bucket's whole configuration ("managed", unless
    # the keepNotificationInImportedBucket flag is on); those of an imported bucket are merged with the
    # configurations already on it.
    _is_defined_here: bool = False
    if TYPE_CHECKING:
        _notifications_handler_role: IRole | None
    _notifications_handler_role = None
    _notifications_skip_destination_validation: bool | None = None

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.policy: BucketPolicy | None = None
        self._notifications: BucketNotifications | None = None
        self.node.add_validation(ResourcePolicyChecks(self))

    @property
    def bucket_ref(self) -> BucketReference:
        """A reference to the bucket: its name and ARN."""
        return BucketReference(bucket_arn=self.bucket_arn, bucket_name=self.bucket_name)

    @property
    def bucket_website_domain_name(self) -> str:
        """The host of the bucket's website URL."""
        return Fn.select(2, Fn.split("/", self.bucket_website_url))

    @property
    def bucket_website_url(self) -> str:
        """The bucket's website URL."""
        raise NotImplementedError

    def add_to_resource_policy(self, permission: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the bucket's policy, created on first use (imported buckets have none)."""
        if self.policy is None and self._auto_create_policy:
            self.policy = BucketPolicy(self, "Policy", bucket=self)
        if self.policy is None:
            return AddToResourcePolicyResult(statement_added=False)
        self.policy.document.add_statements(permission)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    def arn_for_objects(self, key_pattern: str) -> str:
        """The ARN of objects matching `key_pattern` (such as `*`)."""
        return f"{self.bucket_arn}/{key_pattern}"

    def url_for_object(self, key: str | None = None) -> str:
        """The path-style HTTPS URL of an object (of the bucket without `key`)."""
        url = f"https://s3.{self.env.region}.{self.stack.url_suffix}/{self.bucket_name}"
        return f"{url}/{key}" if key is not None else url

    @property
    def disallow_public_access(self) -> bool | None:
        """True when the bucket blocks public bucket policies (block_public_policy), else None."""
        return True if self._disallow_public_access else None

    def transfer_acceleration_url_for_object(
        self, key: str | None = None, *, dual_stack: bool | None = None
    ) -> str:
        """The Transfer Acceleration URL of an object (of the bucket, with a trailing `/`, without `key`)."""
        host = "s3-accelerate.dualstack" if dual_stack else "s3-accelerate"
        return f"https://{self.bucket_name}.{host}.amazonaws.com/{key if key is not None else ''}"

    def s3_url_for_object(self, key: str | None = None) -> str:
        """The `s3://` URL of an object (of the bucket without `key`)."""
        url = f"s3://{self.bucket_name}"
        return f"{url}/{key}" if key is not None else url

    def virtual_hosted_url_for_object(self, key: str | None = None, *, regional: bool | None = None) -> str:
        """The virtual-hosted-style HTTPS URL of an object. Default: the regional domain name."""
        domain = self.bucket_domain_name if regional is False else self.bucket_regional_domain_name
        url = f"https://{domain}"
        return f"{url}/{key}" if key is not None else url

    @property
    def bucket_domain_name(self) -> str:
        """`<bucket>.s3.<url suffix>`."""
        raise NotImplementedError

    @property
    def bucket_regional_domain_name(self) -> str:
        """`<bucket>.s3.<region>.<url suffix>`."""
        raise NotImplementedError

    @property
    def grants(self) -> BucketGrants:
        """The bucket's grants."""
        return BucketGrants.from_bucket(self)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Give `grantee` `actions` on the bucket's encryption key, if it has one."""
        key = self.encryption_key
        return GrantOnKeyResult(grant=key.grant(grantee, *actions) if key is not None else None)

    def grant_read(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` read the bucket and its objects (and decrypt them)."""
        return self.grants.read(identity, objects_key_pattern)

    def grant_write(
        self,
        identity: IGrantable,
        objects_key_pattern: str = "*",
        allowed_action_patterns: Sequence[str] | None = None,
    ) -> Grant:
        """Let `identity` put and delete objects (and encrypt them). Default: every write action."""
        return self.grants.write(identity, objects_key_pattern, allowed_action_patterns)

    def grant_put(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` put objects (and encrypt them)."""
        return self.grants.put(identity, objects_key_pattern)

    def grant_put_acl(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` set the ACLs of objects."""
        return self.grants.put_acl(identity, objects_key_pattern)

    def grant_delete(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` delete objects."""
        return self.grants.delete(identity, objects_key_pattern)

    def grant_read_write(self, identity: IGrantable, objects_key_pattern: str = "*") -> Grant:
        """Let `identity` read, put and delete objects (and decrypt and encrypt them)."""
        return self.grants.read_write(identity, objects_key_pattern)

    def grant_public_access(self, key_prefix: str | None = None, *allowed_actions: str) -> Grant:
        """Let anyone perform `allowed_actions` on objects under `key_prefix`. Default: s3:GetObject, `*`."""
        return self.grants.public_access(key_prefix, *allowed_actions)

    def grant_replication_permission(
        self,
        identity: IGrantable,
        *,
        destinations: Sequence[GrantReplicationPermissionDestinationProps | Mapping[str, Any]],
        source_decryption_key: IKey | None = None,
    ) -> Grant:
        """Let `identity` (a replication role) replicate this bucket's objects to `destinations`, with
        the KMS permissions of the destination keys and of this bucket's key."""
        props = GrantReplicationPermissionProps(
            destinations=destinations, source_decryption_key=source_decryption_key
        )
        return grant_replication_permission(self, identity, props.destinations)

    def add_replication_policy(
        self, role_arn: str, access_control_transition: bool | None = None, account: str | None = None
    ) -> None:
        """Let the replication role `role_arn` of a source bucket in another account replicate into this
        bucket; with `access_control_transition`, `account` (the source bucket owner's) may also hand
        the replicas' ownership over. Imported buckets have no policy to add to."""
        add_replication_policy(self, role_arn, access_control_transition, account)

    def add_event_notification(
        self, event: EventType, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send `event` for objects whose keys match `filters` to `dest` (through a
        `Custom::S3BucketNotifications` resource, with the permissions `dest` needs)."""
        self._bucket_notifications().add_notification(event, dest, *filters)

    def add_object_created_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send `EventType.OBJECT_CREATED` for objects whose keys match `filters` to `dest`."""
        self.add_event_notification(EventType.OBJECT_CREATED, dest, *filters)

    def add_object_removed_notification(
        self, dest: IBucketNotificationDestination, *filters: NotificationKeyFilter
    ) -> None:
        """Send `EventType.OBJECT_REMOVED` for objects whose keys match `filters` to `dest`."""
        self.add_event_notification(EventType.OBJECT_REMOVED, dest, *filters)

    def enable_event_bridge_notification(self) -> None:
        """Send all of the bucket's events to Amazon EventBridge."""
        self._bucket_notifications().enable_event_bridge_notification()

    def on_cloud_trail_event(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | Mapping[str, Any] | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """A rule for the CloudTrail events of the bucket (or of the objects at `paths`).

        CloudTrail must log the bucket's data events for the rule to receive them.
        """
        # deferred: EventBridge loads for the apps that make such a rule
        from ..aws_events import Rule
        from ..aws_events.event_pattern import to_event_pattern

        rule = Rule(
            self,
            id,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=to_event_pattern(event_pattern),
            rule_name=rule_name,
        )
        rule.add_target(target)
        resource_arns = (
            [self.arn_for_objects(path) for path in paths] if paths is not None else [self.bucket_arn]
        )
        # One field per call: the pattern keeps aws-cdk-lib's key order (source, detail-type, detail),
        # where one call would merge the fields in EventPattern's order.
        rule.add_event_pattern(source=["aws.s3"])
        rule.add_event_pattern(detail_type=["AWS API Call via CloudTrail"])
        rule.add_event_pattern(detail={"resources": {"ARN": resource_arns}})
        return rule

    def on_cloud_trail_put_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | Mapping[str, Any] | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """A rule for the CloudTrail `PutObject` events of the bucket (or of the objects at `paths`).

        Multipart uploads and copies are `on_cloud_trail_write_object` events.
        """
        rule = self.on_cloud_trail_event(
            id,
            paths=paths,
            target=target,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,
            rule_name=rule_name,
        )
        rule.add_event_pattern(detail={"eventName": ["PutObject"]})
        return rule

    def on_cloud_trail_write_object(
        self,
        id: str,
        *,
        paths: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | Mapping[str, Any] | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """A rule for the CloudTrail events that write objects (`PutObject`, `CopyObject` and
        `CompleteMultipartUpload`) of the bucket, or of the keys at `paths`."""
        rule = self.on_cloud_trail_event(
            id,
            paths=paths,
            target=target,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,
            rule_name=rule_name,
        )
        request_parameters: dict[str, Any] = {"bucketName": [self.bucket_name]}
        if paths is not None:
            # Matched as keys, as given, where on_cloud_trail_event matches object ARNs.
            request_parameters["key"] = list(paths)
        rule.add_event_pattern(
            detail={
                "eventName": ["CompleteMultipartUpload", "CopyObject", "PutObject"],
                "requestParameters": request_parameters,
            }
        )
        return rule

    def _bucket_notifications(self) -> BucketNotifications:
        if self._notifications is None:
            # Deferred: a bucket without notifications never loads the custom resource and its handler.
            from ._bucket_notifications import BucketNotifications

            self._notifications = BucketNotifications(
                self,
                "Notifications",
                bucket=self,
                is_defined_here=self._is_defined_here,
                handler_role=self._notifications_handler_role,
                skip_destination_validation=bool(self._notifications_skip_destination_validation),
            )
        return self._notifications


class _ImportedBucket(BucketBase):
    def __init__(self, scope: Construct, id: str, attributes: BucketAttributes) -> None:
        super().__init__(scope, id, account=attributes.account, region=attributes.region)
        name = attributes.bucket_name
        arn = attributes.bucket_arn
        if name is None and arn is not None:
            # As aws-cdk-lib: the ARN's resource, up to any '/' (a token ARN gives Fn::Select/Fn::Split).
            name = self.stack.split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource
        if name is None:
            raise ValidationError(
                self, "bucket_name=None and bucket_arn gives none; pass bucket_name=... or a bucket_arn"
            )
        problems = [] if Token.is_unresolved(name) else _bucket_name_problems(name, legacy=True)
        if problems:
            raise ValidationError(self, f"bucket_name={name!r} is not valid; " + "; ".join(problems))
        self.bucket_name = name
        self.bucket_arn = arn or f"arn:{self.stack.partition}:s3:::{name}"
        self.encryption_key = attributes.encryption_key
        self.is_website = attributes.is_website or False
        self._notifications_handler_role = attributes.notifications_handler_role
        self._attributes = attributes
        self._region = attributes.region or self.stack.region
        self._url_suffix = _url_suffix_of(self._region, self.stack)

    @property
    def bucket_domain_name(self) -> str:
        """`<bucket>.s3.<url suffix>`."""
        return self._attributes.bucket_domain_name or f"{self.bucket_name}.s3.{self._url_suffix}"

    @property
    def bucket_regional_domain_name(self) -> str:
        """`<bucket>.s3.<region>.<url suffix>`."""
        return (
            self._attributes.bucket_regional_domain_name
            or f"{self.bucket_name}.s3.{self._region}.{self._url_suffix}"
        )

    @property
    def bucket_dual_stack_domain_name(self) -> str:
        """`<bucket>.s3.dualstack.<region>.<url suffix>`."""
        return (
            self._attributes.bucket_dual_stack_domain_name
            or f"{self.bucket_name}.s3.dualstack.{self._region}.{self._url_suffix}"
        )

    @property
    def bucket_website_url(self) -> str:
        """`http://<website domain>`."""
        if self._attributes.bucket_website_url is not None:
            return self._attributes.bucket_website_url
        return f"http://{self.bucket_website_domain_name}"

    @property
    def bucket_website_domain_name(self) -> str:
        """`<bucket>.s3-website-<region>.<url suffix>` (or `s3-website.<region>` in the new format)."""
        if self._attributes.bucket_website_url is not None:
            return Fn.select(2, Fn.split("/", self._attributes.bucket_website_url))
        # Differs from aws-cdk-lib: a bucket whose region is a token gets an error instead of a
        # region-to-endpoint CfnMapping.
        if Token.is_unresolved(self._region):
            raise ValidationError(
                self,
                "bucket_website_url needs the bucket's region, which is a token here; "
                "pass region=... or bucket_website_url=... to Bucket.from_bucket_attributes",
            )
        separator = "." if self._attributes.bucket_website_new_url_format else "-"
        return f"{self.bucket_name}.s3-website{separator}{self._region}.{self._url_suffix}"


@lazy_frozen(kw_only=True)
class BucketProps(metaclass=LazyAttrsMeta):
    """Properties of a Bucket."""

    abac_status: bool | None = None
    """Turn attribute-based access control (tags in policies) on or off. Default: not set (S3's default)."""
    access_control: BucketAccessControl | None = None
    """A canned ACL. Default: none (LOG_DELIVERY_WRITE when the bucket receives server access logs)."""
    auto_delete_objects: bool | None = None
    """Delete every object when the bucket is deleted (needs removal_policy=DESTROY). Default: False."""
    block_public_access: BlockPublicAccess | None = None
    """Which kinds of public access are blocked. Default: S3's default (all blocked), nothing rendered."""
    blocked_encryption_types: Sequence[BlockedEncryptionType] | None = field(
        default=None, converter=_to_optional_tuple
    )
    """Server-side encryption types that writes may not use. Default: not set (S3's default)."""
    bucket_key_enabled: bool | None = None
    """Use an S3 Bucket Key to cut KMS requests. Default: not set."""
    bucket_name: str | None = None
    """The bucket's name. Default: generated by CloudFormation."""
    bucket_name_prefix: str | None = None
    """The prefix of the name of a bucket in the account-regional namespace (needs
    `bucket_namespace=BucketNamespace.ACCOUNT_REGIONAL`). Default: none."""
    bucket_namespace: BucketNamespace | None = None
    """Where the bucket's name must be unique. Default: not set (global)."""
    cors: Sequence[CorsRule] | None = field(default=None, converter=_to_cors_rules)
    """CORS rules. Default: none."""
    encryption: BucketEncryption | None = None
    """How objects are encrypted. Default: KMS with `encryption_key`, else S3's default (nothing rendered)."""
    encryption_key: IKey | None = None
    """The key of KMS or DSSE encryption. Default: a new Key for KMS and DSSE."""
    enforce_ssl: bool | None = None
    """Deny every request not made over TLS. Default: False."""
    event_bridge_enabled: bool | None = None
    """Send all of the bucket's events to Amazon EventBridge. Default: False."""
    intelligent_tiering_configurations: Sequence[IntelligentTieringConfiguration] | None = field(
        default=None, converter=_to_intelligent_tiering_configurations
    )
    """Intelligent-Tiering archive configurations. Default: none."""
    inventories: Sequence[Inventory] | None = field(default=None, converter=_to_inventories)
    """S3 Inventory configurations. Default: none."""
    lifecycle_rules: Sequence[LifecycleRule] | None = field(default=None, converter=_to_lifecycle_rules)
    """Lifecycle rules. Default: none."""
    metrics: Sequence[BucketMetrics] | None = field(default=None, converter=_to_bucket_metrics)
    """CloudWatch request metrics configurations. Default: none."""
    minimum_tls_version: float | None = None
    """The lowest TLS version accepted (needs `enforce_ssl`). Default: any."""
    notifications_handler_role: IRole | None = None
    """The role of the stack's notifications handler, if this bucket creates it. Default: a new role."""
    notifications_skip_destination_validation: bool | None = None
    """Let S3 skip checking that it can reach the notification destinations. Default: False."""
    object_lock_default_retention: ObjectLockRetention | None = None
    """How long new object versions are locked by default (turns object lock on). Default: not locked."""
    object_lock_enabled: bool | None = None
    """Turn object lock on (S3 then keeps versions, whatever `versioned` says). Default: not set (off), or
    True with `object_lock_default_retention`."""
    object_ownership: ObjectOwnership | None = None
    """Who owns uploaded objects. Default: not set (OBJECT_WRITER when an ACL needs it)."""
    public_read_access: bool | None = None
    """Let anyone read every object (needs `block_public_access` that allows policies). Default: False."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the bucket when it leaves the stack. Default: RETAIN."""
    replication_role: IRole | None = None
    """The role S3 replicates objects with (needs `replication_rules`; give it the permissions with
    grant_replication_permission). Default: a new role, `CDKReplicationRole`, with them."""
    replication_rules: Sequence[ReplicationRule] | None = field(default=None, converter=_to_replication_rules)
    """Where S3 replicates the bucket's objects (needs `versioned`). Default: no replication."""
    server_access_logs_bucket: IBucket | None = None
    """Where server access logs go. Default: this bucket with `server_access_logs_prefix`, else none."""
    server_access_logs_prefix: str | None = None
    """The key prefix of server access logs. Default: none."""
    target_object_key_format: TargetObjectKeyFormat | None = None
    """How server access log keys are built (needs server access logs). Default: S3's (a simple prefix)."""
    transfer_acceleration: bool | None = None
    """Enable Transfer Acceleration. Default: False."""
    transition_default_minimum_object_size: TransitionDefaultMinimumObjectSize | None = None
    """The smallest object lifecycle transitions move by default (rendered only with lifecycle rules).
    Default: S3's (ALL_STORAGE_CLASSES_128_K)."""
    versioned: bool | None = None
    """Keep every version of objects. Default: False."""
    website_error_document: str | None = None
    """The website's error document (needs `website_index_document`). Default: none."""
    website_index_document: str | None = None
    """The website's index document. Default: not a website."""
    website_redirect: RedirectTarget | None = field(default=None, converter=_to_redirect_target)
    """Redirect every website request. Default: none."""
    website_routing_rules: Sequence[RoutingRule] | None = field(default=None, converter=_to_routing_rules)
    """Website routing rules. Default: none."""


_FROM_CFN_ID = "@FromCfnBucket"


class _BucketFromCfn(BucketBase):
    """A CfnBucket seen as an IBucket; aws-cdk-lib places it at `<CfnBucket>/@FromCfnBucket`."""

    def __init__(self, cfn_bucket: CfnBucket) -> None:
        super().__init__(cfn_bucket, _FROM_CFN_ID)
        self.bucket_name = cfn_bucket.ref
        self.bucket_arn = cfn_bucket.attr_arn
        self._cfn_bucket = cfn_bucket
        self.is_website = False

    @property
    def bucket_domain_name(self) -> str:
        """`Fn::GetAtt DomainName` of the L1 bucket."""
        return self._cfn_bucket.attr_domain_name

    @property
    def bucket_regional_domain_name(self) -> str:
        """`Fn::GetAtt RegionalDomainName` of the L1 bucket."""
        return self._cfn_bucket.attr_regional_domain_name

    @property
    def bucket_dual_stack_domain_name(self) -> str:
        """`Fn::GetAtt DualStackDomainName` of the L1 bucket."""
        return self._cfn_bucket.attr_dual_stack_domain_name

    @property
    def bucket_website_url(self) -> str:
        """`Fn::GetAtt WebsiteURL` of the L1 bucket."""
        return self._cfn_bucket.attr_website_url


# S3 adds the account ID and region to the prefix of an account-regional bucket's name, within 63 characters.
_MAX_BUCKET_NAME_PREFIX = 37
_BUCKET_NAME_PREFIX_CHARACTERS = re.compile(r"^[a-z0-9-]+$")
_INVENTORY_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_BUCKET_NAME_CHARACTERS = re.compile(r"^[a-z0-9.-]+$")
# Names of buckets made before March 2018 in us-east-1 may also hold uppercase letters and underscores,
# up to 255 characters (aws-cdk-lib stops them at 63).
_LEGACY_BUCKET_NAME_CHARACTERS = re.compile(r"^[A-Za-z0-9._-]+$")
_IP_ADDRESS = re.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")


def _bucket_name_problems(name: str, *, legacy: bool = False) -> list[str]:
    problems = []
    longest = 255 if legacy else 63
    if not 3 <= len(name) <= longest:
        problems.append(f"it has {len(name)} characters; use 3 to {longest}")
    if legacy:
        if not _LEGACY_BUCKET_NAME_CHARACTERS.match(name):
            problems.append("use only letters, digits, periods (.), underscores (_) and hyphens (-)")
        if name and not (name[0].isalnum() and name[-1].isalnum()):
            problems.append("start and end it with a letter or a digit")
    else:
        if not _BUCKET_NAME_CHARACTERS.match(name):
            problems.append("use only lowercase letters, digits, periods (.) and hyphens (-)")
        if name and not (name[0].isalnum() and name[-1].isalnum()):
            problems.append("start and end it with a lowercase letter or a digit")
    if ".." in name or ".-" in name or "-." in name:
        problems.append("do not put periods next to periods or hyphens")
    if _IP_ADDRESS.match(name):
        problems.append("do not use an IP address")
    return problems


class Bucket(BucketBase):
    """An S3 bucket (`AWS::S3::Bucket`), kept when removed from the stack by default."""

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {"region": "", "account": "", "service": "s3", "resource": self.physical_name}

    _auto_create_policy = True
    _is_defined_here = True

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        abac_status: bool | None = None,
        access_control: BucketAccessControl | None = None,
        auto_delete_objects: bool | None = None,
        block_public_access: BlockPublicAccess | None = None,
        blocked_encryption_types: Sequence[BlockedEncryptionType] | None = None,
        bucket_key_enabled: bool | None = None,
        bucket_name: str | None = None,
        bucket_name_prefix: str | None = None,
        bucket_namespace: BucketNamespace | None = None,
        cors: Sequence[CorsRule | Mapping[str, Any]] | None = None,
        encryption: BucketEncryption | None = None,
        encryption_key: IKey | None = None,
        enforce_ssl: bool | None = None,
        event_bridge_enabled: bool | None = None,
        intelligent_tiering_configurations: Sequence[IntelligentTieringConfiguration | Mapping[str, Any]]
        | None = None,
        inventories: Sequence[Inventory | Mapping[str, Any]] | None = None,
        lifecycle_rules: Sequence[LifecycleRule | Mapping[str, Any]] | None = None,
        metrics: Sequence[BucketMetrics | Mapping[str, Any]] | None = None,
        minimum_tls_version: float | None = None,
        notifications_handler_role: IRole | None = None,
        notifications_skip_destination_validation: bool | None = None,
        object_lock_default_retention: ObjectLockRetention | None = None,
        object_lock_enabled: bool | None = None,
        object_ownership: ObjectOwnership | None = None,
        public_read_access: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        replication_role: IRole | None = None,
        replication_rules: Sequence[ReplicationRule | Mapping[str, Any]] | None = None,
        server_access_logs_bucket: IBucket | None = None,
        server_access_logs_prefix: str | None = None,
        target_object_key_format: TargetObjectKeyFormat | None = None,
        transfer_acceleration: bool | None = None,
        transition_default_minimum_object_size: TransitionDefaultMinimumObjectSize | None = None,
        versioned: bool | None = None,
        website_error_document: str | None = None,
        website_index_document: str | None = None,
        website_redirect: RedirectTarget | Mapping[str, Any] | None = None,
        website_routing_rules: Sequence[RoutingRule | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=bucket_name)
        bucket_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = BucketProps(
            abac_status=abac_status,
            access_control=access_control,
            auto_delete_objects=auto_delete_objects,
            block_public_access=block_public_access,
            blocked_encryption_types=blocked_encryption_types,
            bucket_key_enabled=bucket_key_enabled,
            bucket_name=bucket_name,
            bucket_name_prefix=bucket_name_prefix,
            bucket_namespace=bucket_namespace,
            cors=cors,
            encryption=encryption,
            encryption_key=encryption_key,
            enforce_ssl=enforce_ssl,
            event_bridge_enabled=event_bridge_enabled,
            intelligent_tiering_configurations=intelligent_tiering_configurations,
            inventories=inventories,
            lifecycle_rules=lifecycle_rules,
            metrics=metrics,
            minimum_tls_version=minimum_tls_version,
            notifications_handler_role=notifications_handler_role,
            notifications_skip_destination_validation=notifications_skip_destination_validation,
            object_lock_default_retention=object_lock_default_retention,
            object_lock_enabled=object_lock_enabled,
            object_ownership=object_ownership,
            public_read_access=public_read_access,
            removal_policy=removal_policy,
            replication_role=replication_role,
            replication_rules=replication_rules,
            server_access_logs_bucket=server_access_logs_bucket,
            server_access_logs_prefix=server_access_logs_prefix,
            target_object_key_format=target_object_key_format,
            transfer_acceleration=transfer_acceleration,
            transition_default_minimum_object_size=transition_default_minimum_object_size,
            versioned=versioned,
            website_error_document=website_error_document,
            website_index_document=website_index_document,
            website_redirect=website_redirect,
            website_routing_rules=website_routing_rules,
        )
        self._build(props)

    def _build(self, props: BucketProps) -> None:
        self._notifications_handler_role = props.notifications_handler_role
        self._notifications_skip_destination_validation = props.notifications_skip_destination_validation
        bucket_name = props.bucket_name
        encryption = props.encryption
        block_public_access = props.block_public_access
        server_access_logs_bucket = props.server_access_logs_bucket
        server_access_logs_prefix = props.server_access_logs_prefix
        minimum_tls_version = props.minimum_tls_version
        if bucket_name is not None and not Token.is_unresolved(bucket_name):
            problems = _bucket_name_problems(bucket_name)
            if problems:
                raise ValidationError(
                    self, f"bucket_name={bucket_name!r} is not valid; " + "; ".join(problems)
                )
        self._check_namespace(bucket_name, props.bucket_name_prefix, props.bucket_namespace)
        self._object_ownership = props.object_ownership
        bucket_encryption = self._render_encryption(
            encryption, props.encryption_key, props.bucket_key_enabled, props.blocked_encryption_types
        )
        public_access_block = block_public_access
        if block_public_access is not None and FeatureFlags.of(self).is_enabled(
            PUBLIC_ACCESS_BLOCKED_BY_DEFAULT
        ):
            public_access_block = BlockPublicAccess(
                block_public_acls=_true_unless_false(block_public_access.block_public_acls),
                block_public_policy=_true_unless_false(block_public_access.block_public_policy),
                ignore_public_acls=_true_unless_false(block_public_access.ignore_public_acls),
                restrict_public_buckets=_true_unless_false(block_public_access.restrict_public_buckets),
            )
        self._disallow_public_access = bool(
            public_access_block is not None and public_access_block.block_public_policy
        )
        website = self._render_website(
            props.website_index_document,
            props.website_error_document,
            props.website_redirect,
            props.website_routing_rules,
        )
        self.is_website = website is not None
        self._access_control = props.access_control
        self._ownership_controls = self._render_ownership_controls(props.access_control)
        self._acknowledge_access_control()
        self._lifecycle_rules: list[LifecycleRule] = []
        self._has_acknowledged_object_sizes = False
        self._transition_default_minimum_object_size = props.transition_default_minimum_object_size
        self._cors_rules: list[CorsRule] = []
        self._inventories: list[Inventory] = []
        self._metrics: list[BucketMetrics] = []
        object_lock_enabled, object_lock_configuration = self._render_object_lock(
            props.object_lock_enabled, props.object_lock_default_retention
        )
        logging_configuration = self._render_logging(
            server_access_logs_bucket, server_access_logs_prefix, encryption, props.target_object_key_format
        )
        replication_rules = props.replication_rules or ()
        check_replication(self, props.replication_rules, props.replication_role, props.versioned)
        replication_role: IRole | None = None
        if replication_rules:
            replication_role = props.replication_role or create_replication_role(self)
            self.replication_role_arn = replication_role.role_arn
        resource = CfnBucket(
            self,
            "Resource",
            bucket_name=bucket_name,
            bucket_name_prefix=props.bucket_name_prefix,
            bucket_namespace=props.bucket_namespace.value if props.bucket_namespace else None,
            bucket_encryption=bucket_encryption,
            versioning_configuration={"status": "Enabled"} if props.versioned else None,
            lifecycle_configuration=Lazy.any(lambda: cfn_keys(self._render_lifecycle_configuration())),
            website_configuration=website,
            public_access_block_configuration=_render_public_access_block(public_access_block),
            cors_configuration=Lazy.any(lambda: cfn_keys(self._render_cors_configuration())),
            access_control=Lazy.string(
                lambda: self._access_control.value if self._access_control is not None else None
            ),
            logging_configuration=logging_configuration,
            ownership_controls=Lazy.any(lambda: cfn_keys(self._ownership_controls)),
            accelerate_configuration={"acceleration_status": "Enabled"}
            if props.transfer_acceleration
            else None,
            intelligent_tiering_configurations=_render_tiering(props.intelligent_tiering_configurations),
            inventory_configurations=Lazy.any(lambda: cfn_keys(self._render_inventories())),
            metrics_configurations=Lazy.any(lambda: cfn_keys(self._render_metrics())),
            object_lock_enabled=object_lock_enabled,
            object_lock_configuration=object_lock_configuration,
            abac_status=_render_abac_status(props.abac_status),
            replication_configuration=render_replication_configuration(
                self, replication_rules, replication_role
            )
            if replication_role is not None
            else None,
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.RETAIN)
        self._resource = resource
        self.bucket_name: str = resource.ref
        self.bucket_arn: str = resource.attr_arn
        self._domain_name: str = resource.attr_domain_name
        self._regional_domain_name: str = resource.attr_regional_domain_name
        self.bucket_dual_stack_domain_name: str = resource.attr_dual_stack_domain_name
        self._website_url: str = resource.attr_website_url
        note_cross_account_destinations(self, replication_rules)
        if replication_role is not None and props.replication_role is None:
            # A role given by the user gets its permissions from grant_replication_permission.
            self.grant_replication_permission(
                replication_role,
                destinations=[
                    GrantReplicationPermissionDestinationProps(
                        bucket=rule.destination, encryption_key=rule.kms_key
                    )
                    for rule in replication_rules
                ],
            )
        if props.enforce_ssl:
            self._add_deny_statement({"Bool": {"aws:SecureTransport": "false"}})
            if minimum_tls_version is not None:
                self._add_deny_statement({"NumericLessThan": {"s3:TlsVersion": minimum_tls_version}})
        elif minimum_tls_version is not None:
            raise ValidationError(
                self,
                f"minimum_tls_version={minimum_tls_version!r} needs enforce_ssl=True; "
                "pass enforce_ssl=True or drop minimum_tls_version",
            )
        if isinstance(server_access_logs_bucket, Bucket):
            server_access_logs_bucket._allow_log_delivery(self, server_access_logs_prefix)
        elif server_access_logs_bucket is None and server_access_logs_prefix is not None:
            self._allow_log_delivery(self, server_access_logs_prefix)
        elif server_access_logs_bucket is not None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-s3:accessLogsPolicyNotAdded",
                "Unable to add necessary logging permissions to imported target bucket: "
                f"{server_access_logs_bucket.node.path}",
            )
        self._cors_rules.extend(props.cors or ())
        for lifecycle_rule in props.lifecycle_rules or ():
            self._add_lifecycle_rule(lifecycle_rule)
        for inventory in props.inventories or ():
            self._add_inventory(inventory)
        self._metrics.extend(props.metrics or ())
        if props.public_read_access:
            if block_public_access is None:
                raise ValidationError(
                    self,
                    "public_read_access=True needs bucket-level public access, but block_public_access "
                    "is not set; pass block_public_access=BlockPublicAccess.BLOCK_ACLS_ONLY",
                )
            self.grant_public_access()
        if props.auto_delete_objects:
            if props.removal_policy is not RemovalPolicy.DESTROY:
                raise ValidationError(
                    self,
                    "auto_delete_objects=True needs removal_policy=RemovalPolicy.DESTROY, "
                    f"not {props.removal_policy}; pass removal_policy=RemovalPolicy.DESTROY "
                    "or drop auto_delete_objects",
                )
            self._enable_auto_delete_objects()
        if props.event_bridge_enabled:
            self.enable_event_bridge_notification()

    def _enable_auto_delete_objects(self) -> None:
        self.add_to_resource_policy(
            PolicyStatement(
                actions=["s3:PutBucketPolicy", "s3:GetBucket*", "s3:List*", *DELETE_ACTIONS],
                resources=[self.bucket_arn, self.arn_for_objects("*")],
                principals=[ArnPrincipal(auto_delete_objects_provider_role_arn(self, self.bucket_name))],
            )
        )
        custom_resource = add_auto_delete_objects(self, self.bucket_name)
        if self.policy is not None:
            custom_resource.node.add_dependency(self.policy)
        # The handler empties only buckets that still carry this tag.
        Tags.of(self._resource).add(AUTO_DELETE_OBJECTS_TAG, "true")

    @property
    def bucket_domain_name(self) -> str:
        """The bucket's domain name (`Fn::GetAtt DomainName`)."""
        return self._domain_name

    @property
    def bucket_regional_domain_name(self) -> str:
        """The bucket's regional domain name (`Fn::GetAtt RegionalDomainName`)."""
        return self._regional_domain_name

    @property
    def bucket_website_url(self) -> str:
        """The bucket's website URL (`Fn::GetAtt WebsiteURL`)."""
        return self._website_url

    def add_lifecycle_rule(
        self,
        *,
        abort_incomplete_multipart_upload_after: Duration | None = None,
        enabled: bool | None = None,
        expiration: Duration | None = None,
        expiration_date: datetime.datetime | str | None = None,
        expired_object_delete_marker: bool | None = None,
        id: str | None = None,
        noncurrent_version_expiration: Duration | None = None,
        noncurrent_version_transitions: Sequence[NoncurrentVersionTransition | Mapping[str, Any]]
        | None = None,
        noncurrent_versions_to_retain: float | None = None,
        object_size_greater_than: float | None = None,
        object_size_less_than: float | None = None,
        prefix: str | None = None,
        tag_filters: Mapping[str, Any] | None = None,
        transitions: Sequence[Transition | Mapping[str, Any]] | None = None,
    ) -> None:
        """Add a lifecycle rule (the keywords of LifecycleRule)."""
        self._add_lifecycle_rule(
            LifecycleRule(
                abort_incomplete_multipart_upload_after=abort_incomplete_multipart_upload_after,
                enabled=enabled,
                expiration=expiration,
                expiration_date=expiration_date,
                expired_object_delete_marker=expired_object_delete_marker,
                id=id,
                noncurrent_version_expiration=noncurrent_version_expiration,
                noncurrent_version_transitions=noncurrent_version_transitions,
                noncurrent_versions_to_retain=noncurrent_versions_to_retain,
                object_size_greater_than=object_size_greater_than,
                object_size_less_than=object_size_less_than,
                prefix=prefix,
                tag_filters=tag_filters,
                transitions=transitions,
            )
        )

    def add_cors_rule(
        self,
        *,
        allowed_methods: Sequence[HttpMethods],
        allowed_origins: Sequence[str],
        allowed_headers: Sequence[str] | None = None,
        exposed_headers: Sequence[str] | None = None,
        id: str | None = None,
        max_age: float | None = None,
    ) -> None:
        """Add a CORS rule (the keywords of CorsRule)."""
        self._cors_rules.append(
            CorsRule(
                allowed_methods=allowed_methods,
                allowed_origins=allowed_origins,
                allowed_headers=allowed_headers,
                exposed_headers=exposed_headers,
                id=id,
                max_age=max_age,
            )
        )

    def add_inventory(
        self,
        *,
        destination: InventoryDestination | Mapping[str, Any],
        enabled: bool | None = None,
        format: InventoryFormat | None = None,  # noqa: A002
        frequency: InventoryFrequency | None = None,
        include_object_versions: InventoryObjectVersion | None = None,
        inventory_id: str | None = None,
        objects_prefix: str | None = None,
        optional_fields: Sequence[str] | None = None,
    ) -> None:
        """Add an S3 Inventory configuration (the keywords of Inventory), and let S3 write to the
        destination bucket when it is defined in the app."""
        self._add_inventory(
            Inventory(
                destination=destination,
                enabled=enabled,
                format=format,
                frequency=frequency,
                include_object_versions=include_object_versions,
                inventory_id=inventory_id,
                objects_prefix=objects_prefix,
                optional_fields=optional_fields,
            )
        )

    def add_metric(
        self, *, id: str, prefix: str | None = None, tag_filters: Mapping[str, Any] | None = None
    ) -> None:
        """Add a CloudWatch request metrics configuration (the keywords of BucketMetrics)."""
        self._metrics.append(BucketMetrics(id=id, prefix=prefix, tag_filters=tag_filters))

    def _add_lifecycle_rule(self, rule: LifecycleRule) -> None:
        # A naive datetime is refused at the call, as aws_cdk's conversion of the rule refuses it.
        where = f"lifecycle_rules[{len(self._lifecycle_rules)}]"
        dates = [("expiration_date", rule.expiration_date)] + [
            (f"transitions[{position}].transition_date", t.transition_date)
            for position, t in enumerate(rule.transitions or ())
        ]
        for name, date in dates:
            if is_naive(date):
                raise ArgumentTypeError(
                    f"{self.node.path}: {where}.{name}={date!r} has no time zone; pass an aware datetime, "
                    "e.g. datetime(2030, 1, 1, tzinfo=timezone.utc)"
                )
        if not self._lifecycle_rules:
            # As in aws-cdk-lib, the rules are checked when the template is written.
            self.node.add_validation(_LifecycleRuleChecks(self._lifecycle_rules))
        self._lifecycle_rules.append(rule)
        # aws-cdk-lib acknowledges the numeric object sizes once per bucket, and only when
        # object_size_less_than is set (it tests that field twice, never object_size_greater_than).
        if rule.object_size_less_than is not None and not self._has_acknowledged_object_sizes:
            self._has_acknowledged_object_sizes = True
            # Deferred for import speed: few buckets filter their rules by object size.
            from ..core.validations import Acknowledgment, Validations

            Validations.of(self).acknowledge(
                Acknowledgment(
                    id="CloudFormation-Validate::W9003",
                    reason="LifecycleRule.objectSizeLessThan and LifecycleRule.objectSizeGreaterThan "
                    "are numbers for historical reasons",
                )
            )

    @staticmethod
    def from_cfn_bucket(cfn_bucket: CfnBucket) -> IBucket:
        """The L2 view of an L1 bucket (its name, ARN, domain names and website URL)."""
        existing = cfn_bucket.node.try_find_child(_FROM_CFN_ID)
        if isinstance(existing, _BucketFromCfn):
            return existing
        return _BucketFromCfn(cfn_bucket)

    @staticmethod
    def validate_bucket_name(physical_name: str, allow_legacy_bucket_naming: bool | None = None) -> None:
        """Raise ValidationError when `physical_name` is not a valid bucket name (tokens are not checked)."""
        if Token.is_unresolved(physical_name):
            return
        problems = _bucket_name_problems(physical_name, legacy=bool(allow_legacy_bucket_naming))
        if problems:
            raise ValidationError(None, f"bucket_name={physical_name!r} is not valid; " + "; ".join(problems))

    @staticmethod
    def from_bucket_name(scope: Construct, id: str, bucket_name: str) -> IBucket:
        """An existing bucket by name."""
        return _ImportedBucket(scope, id, BucketAttributes(bucket_name=bucket_name))

    @staticmethod
    def from_bucket_arn(scope: Construct, id: str, bucket_arn: str) -> IBucket:
        """An existing bucket by ARN."""
        return _ImportedBucket(scope, id, BucketAttributes(bucket_arn=bucket_arn))

    @staticmethod
    def from_bucket_attributes(
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        bucket_arn: str | None = None,
        bucket_domain_name: str | None = None,
        bucket_dual_stack_domain_name: str | None = None,
        bucket_name: str | None = None,
        bucket_regional_domain_name: str | None = None,
        bucket_website_new_url_format: bool | None = None,
        bucket_website_url: str | None = None,
        encryption_key: IKey | None = None,
        is_website: bool | None = None,
        notifications_handler_role: IRole | None = None,
        region: str | None = None,
    ) -> IBucket:
        """An existing bucket."""
        return _ImportedBucket(
            scope,
            id,
            BucketAttributes(
                account=account,
                bucket_arn=bucket_arn,
                bucket_domain_name=bucket_domain_name,
                bucket_dual_stack_domain_name=bucket_dual_stack_domain_name,
                bucket_name=bucket_name,
                bucket_regional_domain_name=bucket_regional_domain_name,
                bucket_website_new_url_format=bucket_website_new_url_format,
                bucket_website_url=bucket_website_url,
                encryption_key=encryption_key,
                is_website=is_website,
                notifications_handler_role=notifications_handler_role,
                region=region,
            ),
        )

    def _add_deny_statement(self, conditions: Mapping[str, Any]) -> None:
        self.add_to_resource_policy(
            PolicyStatement(
                actions=["s3:*"],
                conditions=conditions,
                effect=Effect.DENY,
                resources=[self.bucket_arn, self.arn_for_objects("*")],
                principals=[AnyPrincipal()],
            )
        )

    def _render_encryption(
        self,
        encryption: BucketEncryption | None,
        key: IKey | None,
        bucket_key_enabled: bool | None,
        blocked_types: Sequence[BlockedEncryptionType] | None,
    ) -> dict[str, Any] | None:
        if encryption is None:
            encryption = BucketEncryption.KMS if key is not None else BucketEncryption.UNENCRYPTED
        if key is not None and encryption not in (BucketEncryption.KMS, BucketEncryption.DSSE):
            raise ValidationError(
                self,
                f"encryption_key is given with encryption={encryption}; "
                "use BucketEncryption.KMS or BucketEncryption.DSSE, or drop encryption_key",
            )
        if bucket_key_enabled and encryption is BucketEncryption.UNENCRYPTED:
            raise ValidationError(
                self,
                "bucket_key_enabled=True needs encryption; "
                "pass encryption=BucketEncryption.KMS, KMS_MANAGED, DSSE, DSSE_MANAGED or S3_MANAGED",
            )
        blocked = self._render_blocked_encryption_types(blocked_types)
        if encryption is BucketEncryption.UNENCRYPTED:
            # Blocking types needs no default encryption: the rule then holds the blocked types alone.
            if blocked is None:
                return None
            return {"server_side_encryption_configuration": [{"blocked_encryption_types": blocked}]}
        default: dict[str, Any]
        if encryption is BucketEncryption.KMS:
            key = key or Key(
                self, "Key", description=f"Created by {self.node.path}", enable_key_rotation=True
            )
            default = {"sse_algorithm": "aws:kms", "kms_master_key_id": key.key_arn}
        elif encryption is BucketEncryption.DSSE:
            key = key or Key(self, "Key", description=f"Created by {self.node.path}")
            default = {"sse_algorithm": "aws:kms:dsse", "kms_master_key_id": key.key_arn}
        elif encryption is BucketEncryption.S3_MANAGED:
            default = {"sse_algorithm": "AES256"}
        elif encryption is BucketEncryption.KMS_MANAGED:
            default = {"sse_algorithm": "aws:kms"}
        else:
            default = {"sse_algorithm": "aws:kms:dsse"}
        self.encryption_key = key
        return {
            "server_side_encryption_configuration": [
                {
                    "bucket_key_enabled": bucket_key_enabled,
                    "server_side_encryption_by_default": default,
                    "blocked_encryption_types": blocked,
                }
            ]
        }

    def _render_blocked_encryption_types(
        self, blocked_types: Sequence[BlockedEncryptionType] | None
    ) -> dict[str, Any] | None:
        if blocked_types is None:
            return None
        if not blocked_types:
            raise ValidationError(
                self,
                "blocked_encryption_types=[] blocks nothing; "
                "name at least one type, e.g. [BlockedEncryptionType.SSE_C], or leave it unset",
            )
        names = [blocked.name for blocked in blocked_types]
        if len(names) > 1 and BlockedEncryptionType.NONE.name in names:
            raise ValidationError(
                self,
                f"blocked_encryption_types={list(blocked_types)!r} mixes NONE (block nothing) with other "
                "types; pass [BlockedEncryptionType.NONE] alone, or only the types to block",
            )
        return {"encryption_type": names}

    def _render_website(
        self,
        index_document: str | None,
        error_document: str | None,
        redirect: RedirectTarget | None,
        routing_rules: Sequence[RoutingRule] | None,
    ) -> dict[str, Any] | None:
        if not (index_document or error_document or redirect or routing_rules):
            return None
        if error_document and not index_document:
            raise ValidationError(
                self,
                f"website_error_document={error_document!r} needs website_index_document; "
                "pass website_index_document=...",
            )
        if redirect and (index_document or error_document or routing_rules):
            raise ValidationError(
                self,
                "website_redirect redirects every request, so website_index_document, "
                "website_error_document and website_routing_rules cannot be given with it; drop them "
                "or website_redirect",
            )
        rendered_rules = None
        if routing_rules:
            rendered_rules = []
            for rule in routing_rules:
                condition = rule.condition
                if (
                    condition is not None
                    and condition.http_error_code_returned_equals is None
                    and condition.key_prefix_equals is None
                ):
                    raise ValidationError(
                        self,
                        "website_routing_rules has a condition with neither http_error_code_returned_equals "
                        "nor key_prefix_equals; set one or drop the condition",
                    )
                replace_key = rule.replace_key
                rendered_rules.append(
                    {
                        "redirect_rule": {
                            "host_name": rule.host_name,
                            "http_redirect_code": rule.http_redirect_code,
                            "protocol": rule.protocol.value if rule.protocol else None,
                            "replace_key_with": replace_key.with_key if replace_key else None,
                            "replace_key_prefix_with": replace_key.prefix_with_key if replace_key else None,
                        },
                        "routing_rule_condition": {
                            "http_error_code_returned_equals": condition.http_error_code_returned_equals,
                            "key_prefix_equals": condition.key_prefix_equals,
                        }
                        if condition is not None
                        else None,
                    }
                )
        return {
            "index_document": index_document,
            "error_document": error_document,
            "redirect_all_requests_to": {
                "host_name": redirect.host_name,
                "protocol": redirect.protocol.value if redirect.protocol else None,
            }
            if redirect
            else None,
            "routing_rules": rendered_rules,
        }

    def _render_ownership_controls(self, access_control: BucketAccessControl | None) -> dict[str, Any] | None:
        needs_ownership = access_control is not None and access_control not in _ACLS_WITHOUT_OWNERSHIP
        if self._object_ownership is None and not needs_ownership:
            return None
        if needs_ownership and self._object_ownership is ObjectOwnership.BUCKET_OWNER_ENFORCED:
            raise ValidationError(
                self,
                f"object_ownership=ObjectOwnership.BUCKET_OWNER_ENFORCED disables ACLs, but access_control="
                f"{access_control} needs them; use ObjectOwnership.OBJECT_WRITER",
            )
        ownership = self._object_ownership or ObjectOwnership.OBJECT_WRITER
        return {"rules": [{"object_ownership": ownership.value}]}

    def _render_logging(
        self,
        target: IBucket | None,
        prefix: str | None,
        encryption: BucketEncryption | None,
        key_format: TargetObjectKeyFormat | None,
    ) -> dict[str, Any] | None:
        if target is None and prefix is None:
            if key_format is not None:
                # Differs from aws-cdk-lib, which drops the format silently.
                raise ValidationError(
                    self,
                    f"target_object_key_format={key_format!r} is given without server access logs; pass "
                    "server_access_logs_bucket or server_access_logs_prefix, or drop it",
                )
            return None
        if target is None and encryption in (BucketEncryption.KMS_MANAGED, BucketEncryption.DSSE_MANAGED):
            raise ValidationError(
                self,
                f"server_access_logs_prefix={prefix!r} logs into this bucket, whose encryption={encryption} "
                "cannot take server access logs; use another encryption or pass server_access_logs_bucket",
            )
        key = getattr(target, "encryption_key", None)
        if key is not None:
            key.grant_encrypt_decrypt(ServicePrincipal(_LOGGING_SERVICE))
        return {
            "destination_bucket_name": target.bucket_name if target is not None else None,
            "log_file_prefix": prefix,
            "target_object_key_format": key_format._render() if key_format is not None else None,
        }

    def _allow_log_delivery(self, source: Bucket, prefix: str | None) -> None:
        if FeatureFlags.of(self).is_enabled(SERVER_ACCESS_LOGS_USE_BUCKET_POLICY):
            conditions = None
            if Stack.of(self) is Stack.of(source):
                conditions = {
                    "ArnLike": {"aws:SourceArn": source.bucket_arn},
                    "StringEquals": {"aws:SourceAccount": source.env.account},
                }
            self.add_to_resource_policy(
                PolicyStatement(
                    effect=Effect.ALLOW,
                    principals=[ServicePrincipal(_LOGGING_SERVICE)],
                    actions=["s3:PutObject"],
                    resources=[self.arn_for_objects(f"{prefix}*" if prefix else "*")],
                    conditions=conditions,
                )
            )
            return
        if self._access_control not in (None, BucketAccessControl.LOG_DELIVERY_WRITE):
            raise ValidationError(
                self,
                f"access_control={self._access_control} cannot take server access logs from "
                f"{source.node.path}; use BucketAccessControl.LOG_DELIVERY_WRITE or drop access_control",
            )
        self._access_control = BucketAccessControl.LOG_DELIVERY_WRITE
        self._ownership_controls = self._render_ownership_controls(self._access_control)
        self._acknowledge_access_control()

    def _acknowledge_access_control(self) -> None:
        """Record aws-cdk-lib's acknowledgment of the deprecated-ACL rule whenever the bucket has an ACL."""
        if self._access_control is None:
            return
        # Deferred for import speed: most buckets have no ACL.
        from ..core.validations import Acknowledgment, Validations

        Validations.of(self).acknowledge(
            Acknowledgment(
                id="CloudFormation-Validate::W3045",
                reason="accessControl is deprecated, but we are still using it for historical reasons.",
            )
        )

    def _render_lifecycle_configuration(self) -> dict[str, Any] | None:
        if not self._lifecycle_rules:
            # Like aws-cdk-lib: the default minimum object size needs a lifecycle configuration to sit in.
            return None
        minimum_size = self._transition_default_minimum_object_size
        return {
            "rules": [_render_lifecycle_rule(rule) for rule in self._lifecycle_rules],
            "transition_default_minimum_object_size": minimum_size.value if minimum_size else None,
        }

    def _check_namespace(
        self, bucket_name: str | None, prefix: str | None, namespace: BucketNamespace | None
    ) -> None:
        is_account_regional = namespace is BucketNamespace.ACCOUNT_REGIONAL
        if bucket_name is not None and prefix is not None:
            raise ValidationError(
                self,
                f"bucket_name={bucket_name!r} and bucket_name_prefix={prefix!r} cannot be given together; "
                "drop one of them",
            )
        if bucket_name is not None and is_account_regional:
            raise ValidationError(
                self,
                f"bucket_name={bucket_name!r} cannot be given with bucket_namespace={namespace}; "
                "pass bucket_name_prefix instead",
            )
        if is_account_regional and prefix is None:
            raise ValidationError(
                self, f"bucket_namespace={namespace} needs bucket_name_prefix; pass bucket_name_prefix=..."
            )
        if prefix is None:
            return
        if not is_account_regional:
            raise ValidationError(
                self,
                f"bucket_name_prefix={prefix!r} needs bucket_namespace=BucketNamespace.ACCOUNT_REGIONAL; "
                "pass it, or use bucket_name",
            )
        if Token.is_unresolved(prefix):
            return
        problems = []
        if len(prefix) > _MAX_BUCKET_NAME_PREFIX:
            problems.append(f"it has {len(prefix)} characters; use at most {_MAX_BUCKET_NAME_PREFIX}")
        if not _BUCKET_NAME_PREFIX_CHARACTERS.match(prefix):
            problems.append("use only lowercase letters, digits and hyphens (-)")
        if not (prefix[:1].isalnum() and prefix[-1:].isalnum()):
            problems.append("start and end it with a lowercase letter or a digit")
        if problems:
            raise ValidationError(self, f"bucket_name_prefix={prefix!r} is not valid; " + "; ".join(problems))

    def _render_object_lock(
        self, enabled: bool | None, retention: ObjectLockRetention | None
    ) -> tuple[bool | None, dict[str, Any] | None]:
        if retention is None:
            return enabled, None
        if enabled is False:
            raise ValidationError(
                self,
                f"object_lock_default_retention={retention!r} needs object lock, but "
                "object_lock_enabled=False; pass object_lock_enabled=True or drop "
                "object_lock_default_retention",
            )
        return True, {
            "object_lock_enabled": "Enabled",
            "rule": {
                "default_retention": {"days": retention.duration.to_days(), "mode": retention.mode.value}
            },
        }

    def _add_inventory(self, inventory: Inventory) -> None:
        inventory_id = inventory.inventory_id
        if (
            inventory_id is not None
            and not Token.is_unresolved(inventory_id)
            and not _INVENTORY_ID.fullmatch(inventory_id)
        ):
            raise ValidationError(
                self,
                f"inventory_id={inventory_id!r} is not valid; use 1 to 64 letters, digits, "
                "underscores (_), periods (.) and hyphens (-)",
            )
        destination = inventory.destination
        if destination.bucket is self:
            # Differs from aws-cdk-lib, which renders the bucket's own ARN into its properties: a circular
            # dependency CloudFormation rejects.
            raise ValidationError(
                self,
                "inventory destination bucket is this bucket, which CloudFormation cannot reference in "
                "its own properties; write the inventory lists to another bucket",
            )
        prefix = destination.prefix
        # S3 writes the lists as the service principal; the bucket's ARN keeps other buckets out.
        destination.bucket.add_to_resource_policy(
            PolicyStatement(
                effect=Effect.ALLOW,
                actions=["s3:PutObject"],
                resources=[
                    destination.bucket.bucket_arn,
                    destination.bucket.arn_for_objects(f"{prefix}*" if prefix else "*"),
                ],
                principals=[ServicePrincipal("s3.amazonaws.com")],
                conditions={"ArnLike": {"aws:SourceArn": self.bucket_arn}},
            )
        )
        self._inventories.append(inventory)

    def _render_inventories(self) -> list[dict[str, Any]] | None:
        if not self._inventories:
            return None
        return [
            {
                "destination": {
                    "bucket_arn": inventory.destination.bucket.bucket_arn,
                    "bucket_account_id": inventory.destination.bucket_owner,
                    "format": (inventory.format or InventoryFormat.CSV).value,
                    "prefix": inventory.destination.prefix,
                },
                "enabled": inventory.enabled if inventory.enabled is not None else True,
                "id": inventory.inventory_id or f"{self.node.id}Inventory{index}",
                "included_object_versions": (
                    inventory.include_object_versions or InventoryObjectVersion.ALL
                ).value,
                "optional_fields": list(inventory.optional_fields)
                if inventory.optional_fields is not None
                else None,
                "prefix": inventory.objects_prefix,
                "schedule_frequency": (inventory.frequency or InventoryFrequency.WEEKLY).value,
            }
            for index, inventory in enumerate(self._inventories)
        ]

    def _render_metrics(self) -> list[dict[str, Any]] | None:
        if not self._metrics:
            return None
        return [
            {
                "id": metric.id,
                "prefix": metric.prefix,
                "tag_filters": [{"key": key, "value": value} for key, value in metric.tag_filters.items()]
                if metric.tag_filters is not None
                else None,
            }
            for metric in self._metrics
        ]

    def _render_cors_configuration(self) -> dict[str, Any] | None:
        if not self._cors_rules:
            return None
        return {
            "cors_rules": [
                {
                    "id": rule.id,
                    "max_age": rule.max_age,
                    "allowed_headers": list(rule.allowed_headers)
                    if rule.allowed_headers is not None
                    else None,
                    "allowed_methods": [method.value for method in rule.allowed_methods],
                    "allowed_origins": list(rule.allowed_origins),
                    "exposed_headers": list(rule.exposed_headers)
                    if rule.exposed_headers is not None
                    else None,
                }
                for rule in self._cors_rules
            ]
        }


def _render_abac_status(abac_status: bool | None) -> str | None:
    if abac_status is None:
        return None
    return "Enabled" if abac_status else "Disabled"


def _true_unless_false(value: bool | None) -> bool:
    return True if value is None else value


def _render_public_access_block(block: BlockPublicAccessOptions | None) -> dict[str, Any] | None:
    if block is None:
        return None
    return {
        "block_public_acls": block.block_public_acls,
        "block_public_policy": block.block_public_policy,
        "ignore_public_acls": block.ignore_public_acls,
        "restrict_public_buckets": block.restrict_public_buckets,
    }


def _render_tiering(
    configurations: Sequence[IntelligentTieringConfiguration] | None,
) -> list[dict[str, Any]] | None:
    if configurations is None:
        return None
    rendered = []
    for configuration in configurations:
        tierings = []
        if configuration.archive_access_tier_time is not None:
            tierings.append(
                {"access_tier": "ARCHIVE_ACCESS", "days": configuration.archive_access_tier_time.to_days()}
            )
        if configuration.deep_archive_access_tier_time is not None:
            tierings.append(
                {
                    "access_tier": "DEEP_ARCHIVE_ACCESS",
                    "days": configuration.deep_archive_access_tier_time.to_days(),
                }
            )
        rendered.append(
            {
                "id": configuration.name,
                "prefix": configuration.prefix,
                "status": "Enabled",
                "tag_filters": [{"key": tag.key, "value": tag.value} for tag in configuration.tags]
                if configuration.tags is not None
                else None,
                "tierings": tierings,
            }
        )
    return rendered


class _LifecycleRuleChecks:
    """Each lifecycle rule has an action, and its transitions a time (naive dates are refused earlier,
    when the rule is added)."""

    def __init__(self, rules: list[LifecycleRule]) -> None:
        self._rules = rules

    def validate(self) -> list[str]:
        problems: list[str] = []
        for index, rule in enumerate(self._rules):
            where = f"lifecycle_rules[{index}]"
            if rule.expired_object_delete_marker and (
                rule.expiration or rule.expiration_date or rule.tag_filters
            ):
                problems.append(
                    f"{where} has expired_object_delete_marker=True with expiration, expiration_date or "
                    "tag_filters; put expired_object_delete_marker in a rule of its own"
                )
            actions = (
                rule.abort_incomplete_multipart_upload_after,
                rule.expiration,
                rule.expiration_date,
                rule.expired_object_delete_marker,
                rule.noncurrent_version_expiration,
                rule.noncurrent_versions_to_retain,
                rule.noncurrent_version_transitions,
                rule.transitions,
            )
            if all(action is None for action in actions):
                problems.append(
                    f"{where} (id={rule.id!r}) has no action; set at least one of "
                    "abort_incomplete_multipart_upload_after, expiration, expiration_date, "
                    "expired_object_delete_marker, noncurrent_version_expiration, "
                    "noncurrent_versions_to_retain, noncurrent_version_transitions or transitions"
                )
            for position, transition in enumerate(rule.transitions or ()):
                if (transition.transition_after is None) == (transition.transition_date is None):
                    problems.append(
                        f"{where}.transitions[{position}] has "
                        + (
                            "both transition_after and"
                            if transition.transition_after is not None
                            else "neither transition_after nor"
                        )
                        + " transition_date; set exactly one of them"
                    )
        return problems


def _render_lifecycle_rule(rule: LifecycleRule) -> dict[str, Any]:
    enabled = rule.enabled if rule.enabled is not None else True
    abort = rule.abort_incomplete_multipart_upload_after
    noncurrent_expiration = rule.noncurrent_version_expiration
    return {
        "abort_incomplete_multipart_upload": {"days_after_initiation": abort.to_days()}
        if abort is not None
        else None,
        "expiration_date": iso_date(rule.expiration_date),
        "expiration_in_days": rule.expiration.to_days() if rule.expiration is not None else None,
        "id": rule.id,
        "noncurrent_version_expiration": {
            "noncurrent_days": noncurrent_expiration.to_days(),
            "newer_noncurrent_versions": rule.noncurrent_versions_to_retain,
        }
        if noncurrent_expiration is not None
        else None,
        "noncurrent_version_transitions": [
            {
                "storage_class": t.storage_class.value,
                "transition_in_days": t.transition_after.to_days(),
                "newer_noncurrent_versions": t.noncurrent_versions_to_retain,
            }
            for t in rule.noncurrent_version_transitions
        ]
        if rule.noncurrent_version_transitions is not None
        else None,
        "prefix": rule.prefix,
        "status": "Enabled" if enabled else "Disabled",
        "transitions": [
            {
                "storage_class": t.storage_class.value,
                "transition_date": iso_date(t.transition_date),
                "transition_in_days": t.transition_after.to_days()
                if t.transition_after is not None
                else None,
            }
            for t in rule.transitions
        ]
        if rule.transitions is not None
        else None,
        "expired_object_delete_marker": rule.expired_object_delete_marker,
        "tag_filters": [{"key": key, "value": value} for key, value in rule.tag_filters.items()]
        if rule.tag_filters
        else None,
        "object_size_less_than": rule.object_size_less_than,
        "object_size_greater_than": rule.object_size_greater_than,
    }
