"""TableV2: a DynamoDB global table (`AWS::DynamoDB::GlobalTable`) with its replicas, indexes and grants."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_iam.policy_document import PolicyDocument
from ..aws_kms import IKey, Key
from ..cfn.aws_dynamodb import CfnGlobalTable
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.removal_policy import RemovalPolicy
from ..core.resource import PhysicalName
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.tags import CfnTag, TagManager, TagType
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from ._cfn_keys import cfn_keys
from .billing import Billing
from .capacity import Capacity
from .encryption import TableEncryptionV2
from .shared import (
    Attribute,
    BillingMode,
    ContributorInsightsSpecification,
    KeySchema,
    LocalSecondaryIndexProps,
    PointInTimeRecoverySpecification,
    ProjectionType,
    SecondaryIndexProps,
    StreamViewType,
    TableClass,
    WarmThroughput,
    parse_key_schema,
    render_contributor_insights,
    render_point_in_time_recovery,
    render_projection,
    render_warm_throughput,
    table_name_in_arn,
    to_attribute,
    to_cci,
    to_pitr,
)
from .table_v2_base import ITableV2, TableBaseV2, _DefinedTableV2

if TYPE_CHECKING:
    from typing import Any

RESOURCE_POLICY_PER_REPLICA = "@aws-cdk/aws-dynamodb:resourcePolicyPerReplica"
"""Feature flag: replicas in other regions no longer inherit the table's resource policy."""
_HASH = "HASH"
_RANGE = "RANGE"
_MAX_GSI = 20
_MAX_LSI = 5


def _to_cfn_tags(value: Sequence[CfnTag | Mapping[str, Any]] | None) -> tuple[CfnTag, ...] | None:
    # aws_cdk takes {"key": ..., "value": ...} dicts for CfnTag structs.
    if value is None:
        return None
    return tuple(CfnTag(**tag) if isinstance(tag, Mapping) else tag for tag in value)


@lazy_frozen(kw_only=True)
class TableOptionsV2(metaclass=LazyAttrsMeta):
    """Options a global table and each of its replicas take."""

    contributor_insights: bool | None = None
    """Whether Contributor Insights is on (deprecated by aws_cdk). Default: False."""
    contributor_insights_specification: ContributorInsightsSpecification | None = field(
        default=None, converter=to_cci
    )
    """Contributor Insights settings. Default: off."""
    deletion_protection: bool | None = None
    """Whether the table is protected against deletion. Default: False."""
    kinesis_stream: Any = None
    """A Kinesis data stream to send changes to. Default: none."""
    point_in_time_recovery: bool | None = None
    """Whether point-in-time recovery is on (deprecated by aws_cdk). Default: False."""
    point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = field(
        default=None, converter=to_pitr
    )
    """Point-in-time recovery settings. Default: off."""
    resource_policy: PolicyDocument | None = None
    """The table's resource policy. Default: none."""
    stream_resource_policy: PolicyDocument | None = None
    """The stream's resource policy. Default: none."""
    table_class: TableClass | None = None
    """The storage class. Default: STANDARD."""
    tags: Sequence[CfnTag] | None = field(default=None, converter=_to_cfn_tags)
    """Tags of the table. Default: none."""


@lazy_frozen(kw_only=True)
class ReplicaGlobalSecondaryIndexOptions(metaclass=LazyAttrsMeta):
    """Options of one global secondary index in one replica."""

    contributor_insights: bool | None = None
    """Whether Contributor Insights is on for the index (deprecated by aws_cdk). Default: the table's."""
    contributor_insights_specification: ContributorInsightsSpecification | None = field(
        default=None, converter=to_cci
    )
    """Contributor Insights settings for the index. Default: the table's."""
    max_read_request_units: float | None = None
    """The most read request units of the index in the replica. Default: the index's."""
    read_capacity: Capacity | None = None
    """The read capacity of the index in the replica. Default: the index's."""


@lazy_frozen(kw_only=True)
class ReplicaTableProps(TableOptionsV2, metaclass=LazyAttrsMeta):
    """A replica of a global table in another region."""

    region: str
    """The replica's region."""
    global_secondary_index_options: Mapping[str, Any] | None = None
    """Per-index options of the replica, by index name. Default: those of the table."""
    max_read_request_units: float | None = None
    """The most read request units of the replica (on demand). Default: those of the table."""
    read_capacity: Capacity | None = None
    """The replica's read capacity (provisioned). Default: that of the table."""


def _to_gsis(value: Sequence[Any] | None) -> tuple[GlobalSecondaryIndexPropsV2, ...] | None:
    if value is None:
        return None
    return tuple(GlobalSecondaryIndexPropsV2(**v) if isinstance(v, Mapping) else v for v in value)


def _to_lsis(value: Sequence[Any] | None) -> tuple[LocalSecondaryIndexProps, ...] | None:
    if value is None:
        return None
    return tuple(LocalSecondaryIndexProps(**v) if isinstance(v, Mapping) else v for v in value)


def _to_replicas(value: Sequence[Any] | None) -> tuple[ReplicaTableProps, ...] | None:
    if value is None:
        return None
    return tuple(ReplicaTableProps(**v) if isinstance(v, Mapping) else v for v in value)


def _to_attributes(value: Sequence[Any] | None) -> tuple[Attribute, ...] | None:
    if value is None:
        return None
    return tuple(a for a in (to_attribute(v) for v in value) if a is not None)


@lazy_frozen(kw_only=True)
class GlobalSecondaryIndexPropsV2(SecondaryIndexProps, metaclass=LazyAttrsMeta):
    """A global secondary index of a TableV2."""

    max_read_request_units: float | None = None
    """The most read request units (on demand). Default: those of the table."""
    max_write_request_units: float | None = None
    """The most write request units (on demand). Default: those of the table."""
    partition_key: Attribute | None = field(default=None, converter=to_attribute)
    """The index's partition key. Default: none (give partition_key or partition_keys)."""
    partition_keys: Sequence[Attribute] | None = field(default=None, converter=_to_attributes)
    """Multi-attribute partition key (up to 4). Default: none."""
    read_capacity: Capacity | None = None
    """The index's read capacity (provisioned). Default: that of the table."""
    sort_key: Attribute | None = field(default=None, converter=to_attribute)
    """The index's sort key. Default: none."""
    sort_keys: Sequence[Attribute] | None = field(default=None, converter=_to_attributes)
    """Multi-attribute sort key (up to 4). Default: none."""
    warm_throughput: WarmThroughput | Mapping[str, Any] | None = None
    """Pre-warmed throughput. Default: none."""
    write_capacity: Capacity | None = None
    """The index's write capacity (provisioned). Default: that of the table."""


@lazy_frozen(kw_only=True)
class TablePropsV2(TableOptionsV2, metaclass=LazyAttrsMeta):
    """Properties of a TableV2."""

    partition_key: Attribute = field(converter=to_attribute)
    """The partition key."""
    billing: Billing | None = None
    """How the table is billed. Default: Billing.on_demand()."""
    dynamo_stream: StreamViewType | None = None
    """Turn on the stream with this view. Default: no stream (NEW_AND_OLD_IMAGES with replicas)."""
    encryption: TableEncryptionV2 | None = None
    """The encryption key. Default: a key DynamoDB owns."""
    global_secondary_indexes: Sequence[GlobalSecondaryIndexPropsV2] | None = field(
        default=None, converter=_to_gsis
    )
    """Global secondary indexes. Default: none."""
    global_table_settings_replication_mode: Any = None
    """Whether settings replicate between replicas. Default: not set."""
    local_secondary_indexes: Sequence[LocalSecondaryIndexProps] | None = field(
        default=None, converter=_to_lsis
    )
    """Local secondary indexes. Default: none."""
    multi_region_consistency: Any = None
    """Multi-Region consistency (EVENTUAL or STRONG). Default: EVENTUAL."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the table when it leaves the stack. Default: RETAIN."""
    replicas: Sequence[ReplicaTableProps] | None = field(default=None, converter=_to_replicas)
    """Replicas in other regions. Default: none."""
    sort_key: Attribute | None = field(default=None, converter=to_attribute)
    """The sort key. Default: none."""
    table_name: str | None = None
    """The table's name. Default: generated by CloudFormation."""
    time_to_live_attribute: str | None = None
    """The attribute holding each item's expiry time. Default: no TTL."""
    warm_throughput: WarmThroughput | Mapping[str, Any] | None = None
    """Pre-warmed throughput. Default: none."""
    witness_region: str | None = None
    """The witness region of a STRONG consistency table. Default: none."""


@lazy_frozen(kw_only=True)
class TableAttributesV2(metaclass=LazyAttrsMeta):
    """What identifies an existing global table."""

    encryption_key: IKey | None = None
    """The key the table is encrypted with. Default: none."""
    global_indexes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Names of its global secondary indexes. Default: none."""
    grant_index_permissions: bool | None = None
    """Whether grants cover the indexes. Default: True when indexes are listed."""
    local_indexes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Names of its local secondary indexes. Default: none."""
    table_arn: str | None = None
    """The table's ARN (or give table_name). Default: none."""
    table_id: str | None = None
    """The table's id. Default: none."""
    table_name: str | None = None
    """The table's name (or give table_arn). Default: none."""
    table_stream_arn: str | None = None
    """The ARN of its stream. Default: none."""


def _contributor_insights(
    scope: Construct, enabled: bool | None, spec: ContributorInsightsSpecification | None
) -> dict[str, Any] | None:
    return render_contributor_insights(scope, "contributor_insights", enabled, spec)


# The region sets DynamoDB offers strongly consistent global tables in.
_STRONG_CONSISTENCY_REGION_SETS: dict[str, tuple[str, ...]] = {
    "US": ("us-east-1", "us-east-2", "us-west-2"),
    "EU": ("eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1"),
    "AP": ("ap-northeast-1", "ap-northeast-2", "ap-northeast-3"),
}


class TableV2(_DefinedTableV2):
    """A DynamoDB global table (`AWS::DynamoDB::GlobalTable`): a table with replicas in other regions."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        partition_key: Attribute | Mapping[str, Any],
        billing: Billing | None = None,
        dynamo_stream: StreamViewType | None = None,
        encryption: TableEncryptionV2 | None = None,
        global_secondary_indexes: Sequence[GlobalSecondaryIndexPropsV2 | Mapping[str, Any]] | None = None,
        global_table_settings_replication_mode: Any = None,
        local_secondary_indexes: Sequence[LocalSecondaryIndexProps | Mapping[str, Any]] | None = None,
        multi_region_consistency: Any = None,
        removal_policy: RemovalPolicy | None = None,
        replicas: Sequence[ReplicaTableProps | Mapping[str, Any]] | None = None,
        sort_key: Attribute | Mapping[str, Any] | None = None,
        table_name: str | None = None,
        time_to_live_attribute: str | None = None,
        warm_throughput: WarmThroughput | Mapping[str, Any] | None = None,
        witness_region: str | None = None,
        contributor_insights: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification
        | Mapping[str, Any]
        | None = None,
        deletion_protection: bool | None = None,
        kinesis_stream: Any = None,
        point_in_time_recovery: bool | None = None,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification
        | Mapping[str, Any]
        | None = None,
        resource_policy: PolicyDocument | None = None,
        stream_resource_policy: PolicyDocument | None = None,
        table_class: TableClass | None = None,
        tags: Sequence[CfnTag | Mapping[str, Any]] | None = None,
    ) -> None:
        # Unlike Table, an unnamed global table gets a generated name once another environment uses it.
        super().__init__(scope, id, physical_name=table_name or PhysicalName.GENERATE_IF_NEEDED)
        props = TablePropsV2(
            partition_key=partition_key,
            billing=billing,
            dynamo_stream=dynamo_stream,
            encryption=encryption,
            global_secondary_indexes=global_secondary_indexes,
            global_table_settings_replication_mode=global_table_settings_replication_mode,
            local_secondary_indexes=local_secondary_indexes,
            multi_region_consistency=multi_region_consistency,
            removal_policy=removal_policy,
            replicas=replicas,
            sort_key=sort_key,
            table_name=table_name,
            time_to_live_attribute=time_to_live_attribute,
            warm_throughput=warm_throughput,
            witness_region=witness_region,
            contributor_insights=contributor_insights,
            contributor_insights_specification=contributor_insights_specification,
            deletion_protection=deletion_protection,
            kinesis_stream=kinesis_stream,
            point_in_time_recovery=point_in_time_recovery,
            point_in_time_recovery_specification=point_in_time_recovery_specification,
            resource_policy=resource_policy,
            stream_resource_policy=stream_resource_policy,
            table_class=table_class,
            tags=tags,
        )
        self._options = props
        self.region: str = self.stack.region
        # `Tags.of(...)` tags the table through this manager; each replica carries them before its own tags.
        self.tags = TagManager(TagType.STANDARD, CfnGlobalTable.CFN_RESOURCE_TYPE_NAME)
        self._partition_key = props.partition_key
        self._has_sort_key = props.sort_key is not None
        self.encryption = props.encryption
        self.encryption_key = props.encryption.table_key if props.encryption is not None else None
        # As in aws-cdk-lib, each replica key ARN becomes an imported key when the table is made, so
        # `replica(region)` grants use it.
        self._replica_keys: dict[str, IKey] = {
            region: Key.from_key_arn(self, f"ReplicaKey{region}", key_arn)
            for region, key_arn in (
                (props.encryption.replica_key_arns or {}) if props.encryption else {}
            ).items()
        }
        self._key_schema: list[dict[str, str]] = []
        self._attribute_definitions: list[dict[str, str]] = []
        self._gsis: dict[str, dict[str, Any]] = {}
        self._lsis: dict[str, dict[str, Any]] = {}
        self._gsi_read_capacity: dict[str, Capacity] = {}
        self._gsi_max_read_units: dict[str, float] = {}
        self._non_key_attributes: set[str] = set()
        self._replicas: dict[str, ReplicaTableProps] = {}
        self._schemas: dict[str, KeySchema] = {}
        self._add_key(props.partition_key, _HASH)
        if props.sort_key is not None:
            self._add_key(props.sort_key, _RANGE)
        render_point_in_time_recovery(
            self, props.point_in_time_recovery, props.point_in_time_recovery_specification
        )
        billing_ = props.billing or Billing.on_demand()
        self.billing_mode: BillingMode = billing_.mode
        self._read_provisioning: Any = None
        self._write_provisioning: Any = None
        self._max_read_units: Any = None
        self._max_write_units: Any = None
        if billing_.mode is BillingMode.PAY_PER_REQUEST:
            self._max_read_units = billing_.render_read_capacity()
            self._max_write_units = billing_.render_write_capacity()
        else:
            self._read_provisioning = billing_.render_read_capacity()
            self._write_provisioning = billing_.render_write_capacity()
        for gsi in props.global_secondary_indexes or ():
            self.add_global_secondary_index(**as_dict(gsi))
        for lsi in props.local_secondary_indexes or ():
            self.add_local_secondary_index(**as_dict(lsi))
        consistency = props.multi_region_consistency
        if getattr(consistency, "value", consistency) == "STRONG":
            self._check_strong_consistency(props)
        elif props.witness_region is not None:
            raise ValidationError(
                self,
                f"witness_region={props.witness_region!r} needs multi_region_consistency="
                "MultiRegionConsistency.STRONG; set it or drop the witness region",
            )
        self.resource_policy = props.resource_policy
        self.stream_resource_policy = props.stream_resource_policy
        self.resource = CfnGlobalTable(
            self,
            "Resource",
            table_name=self.physical_name,
            key_schema=self._key_schema,
            attribute_definitions=Lazy.any(lambda: cfn_keys(self._attribute_definitions)),
            replicas=Lazy.any(self._render_replicas),
            global_table_witnesses=[{"region": props.witness_region}] if props.witness_region else None,
            multi_region_consistency=getattr(consistency, "value", consistency),
            global_secondary_indexes=Lazy.any(lambda: cfn_keys(list(self._gsis.values())) or None),
            local_secondary_indexes=Lazy.any(lambda: cfn_keys(list(self._lsis.values())) or None),
            billing_mode=self.billing_mode.value,
            write_provisioned_throughput_settings=cfn_keys(self._write_provisioning),
            write_on_demand_throughput_settings={"max_write_request_units": self._max_write_units}
            if self._max_write_units
            else None,
            stream_specification=Lazy.any(
                lambda: (
                    {"StreamViewType": props.dynamo_stream.value}
                    if props.dynamo_stream
                    else (
                        {"StreamViewType": StreamViewType.NEW_AND_OLD_IMAGES.value}
                        if self._replicas
                        else None
                    )
                )
            ),
            sse_specification=props.encryption.render_sse_specification() if props.encryption else None,
            time_to_live_specification={"attribute_name": props.time_to_live_attribute, "enabled": True}
            if props.time_to_live_attribute
            else None,
            warm_throughput=render_warm_throughput(props.warm_throughput),
        )
        self.resource.apply_removal_policy(props.removal_policy)
        self.table_arn = self.resource.attr_arn
        self.table_name = self.resource.ref
        self.table_stream_arn = self.resource.attr_stream_arn
        self.table_id = self.resource.attr_table_id
        for replica in props.replicas or ():
            self.add_replica(**as_dict(replica))
        # As aws-cdk-lib: `grants` covers the replicas of `replicas=` only, not those of add_replica().
        self._replica_regions_at_creation = tuple(replica.region for replica in props.replicas or ())
        if props.table_name:
            # aws-cdk-lib marks a named table in the stack's metadata file.
            self.node.add_metadata("aws:cdk:hasPhysicalName", self.table_name)

    def _check_strong_consistency(self, props: TablePropsV2) -> None:
        """Strongly consistent tables live in one region set, in three regions (or two and a witness)."""
        primary = self.stack.region
        if Token.is_unresolved(primary):
            raise ValidationError(
                self,
                "multi_region_consistency=MultiRegionConsistency.STRONG needs a stack with a region; "
                "set env=Environment(region=...) on the stack",
            )
        replica_regions = [replica.region for replica in props.replicas or ()]
        regions = [primary, *replica_regions]
        if props.witness_region is not None:
            regions.append(props.witness_region)
        if any(Token.is_unresolved(region) for region in regions):
            raise ValidationError(
                self,
                f"regions {regions!r} include a token; "
                "multi_region_consistency=MultiRegionConsistency.STRONG needs literal regions",
            )
        region_set = next((s for s in _STRONG_CONSISTENCY_REGION_SETS.values() if primary in s), None)
        if region_set is None:
            supported = [r for s in _STRONG_CONSISTENCY_REGION_SETS.values() for r in s]
            raise ValidationError(
                self,
                f"multi_region_consistency=MultiRegionConsistency.STRONG is not available in the stack's "
                f"region {primary!r}; use one of {supported!r}",
            )
        for region in regions:
            if region not in region_set:
                raise ValidationError(
                    self,
                    f"region={region!r} is outside the region set of the stack's region {primary!r}; "
                    f"a strongly consistent table keeps every replica and witness in {list(region_set)!r}",
                )
        expected = 2 if props.witness_region is not None else 3
        if len(replica_regions) + 1 != expected:
            shape = (
                f"2 (the table and one replica) with witness_region={props.witness_region!r}"
                if props.witness_region is not None
                else "3 (the table and two replicas) without a witness region"
            )
            raise ValidationError(
                self,
                f"replicas={replica_regions!r} with multi_region_consistency=MultiRegionConsistency.STRONG "
                f"counts {len(replica_regions) + 1} with the table; it needs exactly {shape}",
            )

    @property
    def has_index(self) -> bool:
        """Whether the table has secondary indexes (grants then cover `<table ARN>/index/*`)."""
        return bool(self._gsis or self._lsis)

    @property
    def _grant_regions(self) -> tuple[str, ...]:
        return self._replica_regions_at_creation

    @staticmethod
    def from_table_name(scope: Construct, id: str, table_name: str) -> ITableV2:
        """An existing global table of this stack's account and region, by name."""
        return TableV2.from_table_attributes(scope, id, table_name=table_name)

    @staticmethod
    def from_table_arn(scope: Construct, id: str, table_arn: str) -> ITableV2:
        """An existing global table, by ARN."""
        return TableV2.from_table_attributes(scope, id, table_arn=table_arn)

    @staticmethod
    def from_table_attributes(
        scope: Construct,
        id: str,
        *,
        encryption_key: IKey | None = None,
        global_indexes: Sequence[str] | None = None,
        grant_index_permissions: bool | None = None,
        local_indexes: Sequence[str] | None = None,
        table_arn: str | None = None,
        table_id: str | None = None,
        table_name: str | None = None,
        table_stream_arn: str | None = None,
    ) -> ITableV2:
        """An existing global table, by name or ARN."""
        attributes = TableAttributesV2(
            encryption_key=encryption_key,
            global_indexes=global_indexes,
            grant_index_permissions=grant_index_permissions,
            local_indexes=local_indexes,
            table_arn=table_arn,
            table_id=table_id,
            table_name=table_name,
            table_stream_arn=table_stream_arn,
        )
        stack = Stack.of(scope)
        if attributes.table_arn is not None:
            arn = attributes.table_arn
            name = table_name_in_arn(scope, arn)
        elif attributes.table_name is not None:
            name = attributes.table_name
            arn = stack.format_arn(service="dynamodb", resource="table", resource_name=name)
        else:
            raise ValidationError(scope, "neither table_arn nor table_name is given; give one of them")
        return _ImportedTableV2(scope, id, arn, name, attributes)

    def add_replica(
        self,
        *,
        region: str,
        global_secondary_index_options: Mapping[str, Any] | None = None,
        max_read_request_units: float | None = None,
        read_capacity: Capacity | None = None,
        contributor_insights: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification
        | Mapping[str, Any]
        | None = None,
        deletion_protection: bool | None = None,
        kinesis_stream: Any = None,
        point_in_time_recovery: bool | None = None,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification
        | Mapping[str, Any]
        | None = None,
        resource_policy: PolicyDocument | None = None,
        stream_resource_policy: PolicyDocument | None = None,
        table_class: TableClass | None = None,
        tags: Sequence[CfnTag | Mapping[str, Any]] | None = None,
    ) -> None:
        """Add a replica in another region (the stack needs a region)."""
        props = ReplicaTableProps(
            region=region,
            global_secondary_index_options=global_secondary_index_options,
            max_read_request_units=max_read_request_units,
            read_capacity=read_capacity,
            contributor_insights=contributor_insights,
            contributor_insights_specification=contributor_insights_specification,
            deletion_protection=deletion_protection,
            kinesis_stream=kinesis_stream,
            point_in_time_recovery=point_in_time_recovery,
            point_in_time_recovery_specification=point_in_time_recovery_specification,
            resource_policy=resource_policy,
            stream_resource_policy=stream_resource_policy,
            table_class=table_class,
            tags=tags,
        )
        if Token.is_unresolved(self.stack.region):
            raise ValidationError(
                self,
                f"region={region!r}: replicas need a stack with a region; set env=Environment(region=...) "
                "on the stack",
            )
        if Token.is_unresolved(props.region):
            raise ValidationError(self, f"region={props.region!r} is a token; give a literal region")
        if props.region == self.stack.region:
            raise ValidationError(
                self, f"region={props.region!r} is the stack's own region; the table itself lives there"
            )
        if props.region in self._replicas:
            raise ValidationError(
                self, f"region={props.region!r} already has a replica; add each region once"
            )
        if self.billing_mode is BillingMode.PAY_PER_REQUEST and props.read_capacity is not None:
            raise ValidationError(
                self,
                "read_capacity cannot be set on a replica of an on-demand table; drop it or use "
                "Billing.provisioned(...)",
            )
        self._replicas[props.region] = props

    def add_global_secondary_index(
        self,
        *,
        index_name: str,
        max_read_request_units: float | None = None,
        max_write_request_units: float | None = None,
        partition_key: Attribute | Mapping[str, Any] | None = None,
        partition_keys: Sequence[Attribute | Mapping[str, Any]] | None = None,
        read_capacity: Capacity | None = None,
        sort_key: Attribute | Mapping[str, Any] | None = None,
        sort_keys: Sequence[Attribute | Mapping[str, Any]] | None = None,
        warm_throughput: WarmThroughput | Mapping[str, Any] | None = None,
        write_capacity: Capacity | None = None,
        non_key_attributes: Sequence[str] | None = None,
        projection_type: ProjectionType | None = None,
    ) -> None:
        """Add a global secondary index."""
        props = GlobalSecondaryIndexPropsV2(
            index_name=index_name,
            max_read_request_units=max_read_request_units,
            max_write_request_units=max_write_request_units,
            partition_key=partition_key,
            partition_keys=partition_keys,
            read_capacity=read_capacity,
            sort_key=sort_key,
            sort_keys=sort_keys,
            warm_throughput=warm_throughput,
            write_capacity=write_capacity,
            non_key_attributes=non_key_attributes,
            projection_type=projection_type,
        )
        self._check_index_name(props.index_name)
        schema = parse_key_schema(
            self,
            partition_key=props.partition_key,
            partition_keys=props.partition_keys,
            sort_key=props.sort_key,
            sort_keys=props.sort_keys,
        )
        if len(self._gsis) == _MAX_GSI:
            raise ValidationError(
                self,
                f"index_name={props.index_name!r} would be global secondary index {_MAX_GSI + 1}; "
                f"a table has at most {_MAX_GSI}",
            )
        if self.billing_mode is BillingMode.PAY_PER_REQUEST and (props.read_capacity or props.write_capacity):
            raise ValidationError(
                self,
                f"index {props.index_name!r}: read_capacity and write_capacity cannot be set on an index of "
                "an on-demand table; drop them or use Billing.provisioned(...)",
            )
        key_schema = self._index_key_schema(schema)
        projection = render_projection(self, props, self._non_key_attributes)
        if props.read_capacity is not None:
            self._gsi_read_capacity[props.index_name] = props.read_capacity
        if props.max_read_request_units:
            self._gsi_max_read_units[props.index_name] = props.max_read_request_units
        self._gsis[props.index_name] = {
            "index_name": props.index_name,
            "key_schema": key_schema,
            "projection": projection,
            "write_provisioned_throughput_settings": props.write_capacity.render_write_capacity()
            if props.write_capacity
            else self._write_provisioning,
            "write_on_demand_throughput_settings": {"max_write_request_units": props.max_write_request_units}
            if props.max_write_request_units
            else None,
            "warm_throughput": render_warm_throughput(props.warm_throughput),
        }
        self._schemas[props.index_name] = schema

    def add_local_secondary_index(
        self,
        *,
        sort_key: Attribute | Mapping[str, Any],
        index_name: str,
        non_key_attributes: Sequence[str] | None = None,
        projection_type: ProjectionType | None = None,
    ) -> None:
        """Add a local secondary index (the table's partition key with another sort key)."""
        props = LocalSecondaryIndexProps(
            sort_key=sort_key,
            index_name=index_name,
            non_key_attributes=non_key_attributes,
            projection_type=projection_type,
        )
        self._check_index_name(props.index_name)
        if not self._has_sort_key:
            raise ValidationError(
                self,
                f"index_name={props.index_name!r}: local secondary indexes need a table sort key; "
                "pass sort_key=Attribute(...) to the table",
            )
        if len(self._lsis) == _MAX_LSI:
            raise ValidationError(
                self,
                f"index_name={props.index_name!r} would be local secondary index {_MAX_LSI + 1}; "
                f"a table has at most {_MAX_LSI}",
            )
        schema = parse_key_schema(
            self,
            partition_key=self._partition_key,
            partition_keys=None,
            sort_key=props.sort_key,
            sort_keys=None,
        )
        self._lsis[props.index_name] = {
            "index_name": props.index_name,
            "key_schema": self._index_key_schema(schema),
            "projection": render_projection(self, props, self._non_key_attributes),
        }
        self._schemas[props.index_name] = schema

    def replica(self, region: str) -> ITableV2:
        """The replica of `region`, as an imported table (the table itself for the stack's region)."""
        if Token.is_unresolved(self.stack.region):
            raise ValidationError(self, f"region={region!r}: replicas need a stack with a region")
        if Token.is_unresolved(region):
            raise ValidationError(self, f"region={region!r} is a token; give a literal region")
        if region == self.stack.region:
            return self
        if region not in self._replicas:
            raise ValidationError(
                self,
                f"region={region!r} has no replica; add one with add_replica(region={region!r}) or "
                "replicas=[ReplicaTableProps(...)] first",
            )
        arn = self.stack.format_arn(
            region=region, resource="table", service="dynamodb", resource_name=self.table_name
        )
        return TableV2.from_table_attributes(
            self,
            f"ReplicaTable{region}",
            table_arn=arn,
            encryption_key=self._replica_keys.get(region),
            grant_index_permissions=self.has_index,
            table_stream_arn=f"{arn}/stream/*",
        )

    # --- rendering -----------------------------------------------------------------------------

    def _add_key(self, attribute: Attribute, key_type: str) -> None:
        self._add_attribute_definition(attribute)
        self._key_schema.append({"attribute_name": attribute.name, "key_type": key_type})

    def _add_attribute_definition(self, attribute: Attribute) -> None:
        if not any(d["attribute_name"] == attribute.name for d in self._attribute_definitions):
            self._attribute_definitions.append(
                {"attribute_name": attribute.name, "attribute_type": attribute.type.value}
            )

    def _index_key_schema(self, schema: KeySchema) -> list[dict[str, str]]:
        for attribute in [*schema.partition_keys, *schema.sort_keys]:
            self._add_attribute_definition(attribute)
        return [
            *({"attribute_name": a.name, "key_type": _HASH} for a in schema.partition_keys),
            *({"attribute_name": a.name, "key_type": _RANGE} for a in schema.sort_keys),
        ]

    def _check_index_name(self, index_name: str) -> None:
        if index_name in self._gsis or index_name in self._lsis:
            raise ValidationError(
                self, f"index_name={index_name!r} is already used; give each index its own name"
            )

    def _render_replicas(self) -> list[dict[str, Any]]:
        replicas = [self._render_replica(props) for props in self._replicas.values()]
        replicas.append(
            self._render_replica(ReplicaTableProps(region=self.stack.region, tags=self._options.tags))
        )
        return cfn_keys(replicas)  # type: ignore[no-any-return]

    def _render_replica(self, props: ReplicaTableProps) -> dict[str, Any]:
        table = self._options
        is_primary = props.region == self.region
        # As aws-cdk-lib: each keyword falls back to the table's on its own, so a replica's
        # contributor_insights meets the table's contributor_insights_specification (a conflict).
        cci = _contributor_insights(
            self,
            props.contributor_insights
            if props.contributor_insights is not None
            else table.contributor_insights,
            props.contributor_insights_specification or table.contributor_insights_specification,
        )
        pitr_options = (
            props
            if (
                props.point_in_time_recovery is not None
                or props.point_in_time_recovery_specification is not None
            )
            else table
        )
        if is_primary:
            resource_policy = self.resource_policy
        elif FeatureFlags.of(self).is_enabled(RESOURCE_POLICY_PER_REPLICA):
            # With the flag, a replica in another region has only the policy given for it.
            resource_policy = props.resource_policy
        else:
            resource_policy = props.resource_policy or self.resource_policy
        stream_policy = self.stream_resource_policy if is_primary else props.stream_resource_policy
        read_units = props.max_read_request_units or self._max_read_units
        tags = {**self.tags.tag_values(), **{tag.key: tag.value for tag in props.tags or ()}}
        table_class = props.table_class or table.table_class
        kinesis = (
            props.kinesis_stream
            if props.kinesis_stream is not None
            else (table.kinesis_stream if is_primary else None)
        )
        return {
            "region": props.region,
            "global_secondary_indexes": self._render_replica_indexes(
                props.global_secondary_index_options or {}
            ),
            "deletion_protection_enabled": props.deletion_protection
            if props.deletion_protection is not None
            else table.deletion_protection,
            "table_class": table_class.value if table_class is not None else None,
            "sse_specification": self.encryption.render_replica_sse_specification(self, props.region)
            if self.encryption
            else None,
            "kinesis_stream_specification": {"stream_arn": kinesis.stream_arn}
            if kinesis is not None
            else None,
            "contributor_insights_specification": cci,
            "point_in_time_recovery_specification": render_point_in_time_recovery(
                self, pitr_options.point_in_time_recovery, pitr_options.point_in_time_recovery_specification
            ),
            "read_provisioned_throughput_settings": props.read_capacity.render_read_capacity()
            if props.read_capacity
            else self._read_provisioning,
            "tags": [{"key": key, "value": value} for key, value in tags.items()] or None,
            "read_on_demand_throughput_settings": {"max_read_request_units": read_units}
            if read_units
            else None,
            "resource_policy": {"PolicyDocument": resource_policy} if resource_policy is not None else None,
            "replica_stream_specification": {"resource_policy": {"PolicyDocument": stream_policy}}
            if stream_policy is not None
            else None,
            "global_table_settings_replication_mode": getattr(
                table.global_table_settings_replication_mode, "value", None
            ),
        }

    def _render_replica_indexes(self, options: Mapping[str, Any]) -> list[dict[str, Any]] | None:
        unknown = sorted(set(options) - set(self._gsis))
        if unknown:
            raise ValidationError(
                self,
                f"global_secondary_index_options names {unknown!r}, which are not indexes of the table; "
                f"use one of {sorted(self._gsis)!r}",
            )
        indexes: list[dict[str, Any]] = []
        table = self._options
        for index_name in self._gsis:
            index_options = options.get(index_name) or {}
            if not isinstance(index_options, Mapping):
                index_options = as_dict(index_options)
            # As aws-cdk-lib: options given for an index replace its read capacity and read units (unset ones
            # fall back to the table's capacity, not the index's), while Contributor Insights falls back to
            # the table's keyword by keyword.
            if index_name in options:
                read_capacity = index_options.get("read_capacity")
                max_read = index_options.get("max_read_request_units")
                if read_capacity is not None and self.billing_mode is BillingMode.PAY_PER_REQUEST:
                    raise ValidationError(
                        self,
                        f"global_secondary_index_options[{index_name!r}]: read_capacity cannot be set on an "
                        "index replica of an on-demand table; drop it or use Billing.provisioned(...)",
                    )
            else:
                read_capacity = self._gsi_read_capacity.get(index_name)
                max_read = self._gsi_max_read_units.get(index_name)
            enabled = index_options.get("contributor_insights")
            spec = to_cci(index_options.get("contributor_insights_specification"))
            cci = _contributor_insights(
                self,
                enabled if enabled is not None else table.contributor_insights,
                spec or table.contributor_insights_specification,
            )
            indexes.append(
                {
                    "index_name": index_name,
                    "read_provisioned_throughput_settings": read_capacity.render_read_capacity()
                    if read_capacity
                    else self._read_provisioning,
                    "read_on_demand_throughput_settings": {"max_read_request_units": max_read}
                    if max_read
                    else None,
                    "contributor_insights_specification": cci,
                }
            )
        return indexes or None


class _ImportedTableV2(TableBaseV2):
    def __init__(self, scope: Construct, id: str, arn: str, name: str, attributes: TableAttributesV2) -> None:
        super().__init__(scope, id, environment_from_arn=arn)
        self.region = (
            Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).region or self.stack.region
        )
        self.table_arn = arn
        self.table_name = name
        self.table_id = attributes.table_id
        self.table_stream_arn = attributes.table_stream_arn
        self.encryption_key = attributes.encryption_key
        self._has_index = (
            bool(attributes.grant_index_permissions)
            or bool(attributes.global_indexes)
            or bool(attributes.local_indexes)
        )

    @property
    def has_index(self) -> bool:
        return self._has_index
