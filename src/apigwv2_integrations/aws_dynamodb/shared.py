"""What DynamoDB tables share: attributes, key schemas, secondary indexes, and the enumerations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudwatch.metric import MetricOptions
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple, to_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


class Operation(SimpleEnum):
    """DynamoDB operations, as the Operation metric dimension names them."""

    GET_ITEM = "GetItem"
    BATCH_GET_ITEM = "BatchGetItem"
    SCAN = "Scan"
    QUERY = "Query"
    GET_RECORDS = "GetRecords"
    PUT_ITEM = "PutItem"
    DELETE_ITEM = "DeleteItem"
    UPDATE_ITEM = "UpdateItem"
    BATCH_WRITE_ITEM = "BatchWriteItem"
    TRANSACT_WRITE_ITEMS = "TransactWriteItems"
    TRANSACT_GET_ITEMS = "TransactGetItems"
    EXECUTE_TRANSACTION = "ExecuteTransaction"
    BATCH_EXECUTE_STATEMENT = "BatchExecuteStatement"
    EXECUTE_STATEMENT = "ExecuteStatement"


class AttributeType(SimpleEnum):
    """The type of a key attribute."""

    BINARY = "B"
    NUMBER = "N"
    STRING = "S"


class BillingMode(SimpleEnum):
    """How read and write capacity is paid for."""

    PAY_PER_REQUEST = "PAY_PER_REQUEST"
    PROVISIONED = "PROVISIONED"


class ContributorInsightsMode(SimpleEnum):
    """Which keys Contributor Insights reports."""

    ACCESSED_AND_THROTTLED_KEYS = "ACCESSED_AND_THROTTLED_KEYS"
    THROTTLED_KEYS = "THROTTLED_KEYS"


class ProjectionType(SimpleEnum):
    """Which attributes a secondary index holds."""

    KEYS_ONLY = "KEYS_ONLY"
    INCLUDE = "INCLUDE"
    ALL = "ALL"


class TableClass(SimpleEnum):
    """The storage class of a table."""

    STANDARD = "STANDARD"
    STANDARD_INFREQUENT_ACCESS = "STANDARD_INFREQUENT_ACCESS"


class TableEncryption(SimpleEnum):
    """Who manages the key a Table is encrypted with."""

    DEFAULT = "AWS_OWNED"
    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    AWS_MANAGED = "AWS_MANAGED"


class MultiRegionConsistency(SimpleEnum):
    """How a global table's replicas agree on writes."""

    EVENTUAL = "EVENTUAL"
    STRONG = "STRONG"


class GlobalTableSettingsReplicationMode(SimpleEnum):
    """Which settings a global table replicates between its replicas."""

    ALL = "ENABLED"


class ApproximateCreationDateTimePrecision(SimpleEnum):
    """Precision of the creation time of records sent to a Kinesis data stream."""

    MILLISECOND = "MILLISECOND"
    MICROSECOND = "MICROSECOND"


class InputCompressionType(SimpleEnum):
    """Compression of the files a table is imported from."""

    GZIP = "GZIP"
    ZSTD = "ZSTD"
    NONE = "NONE"


class StreamViewType(SimpleEnum):
    """What a DynamoDB stream record holds."""

    NEW_IMAGE = "NEW_IMAGE"
    OLD_IMAGE = "OLD_IMAGE"
    NEW_AND_OLD_IMAGES = "NEW_AND_OLD_IMAGES"
    KEYS_ONLY = "KEYS_ONLY"


@lazy_frozen(kw_only=True)
class Attribute(metaclass=LazyAttrsMeta):
    """A key attribute: its name and type."""

    name: str
    """The attribute's name."""
    type: AttributeType
    """The attribute's type."""


def to_attribute(value: Attribute | Mapping[str, Any] | None) -> Attribute | None:
    """An Attribute from an Attribute or a dict of its fields."""
    return Attribute(**value) if isinstance(value, Mapping) else value


def _to_attributes(value: Sequence[Attribute | Mapping[str, Any]] | None) -> tuple[Attribute, ...] | None:
    if value is None:
        return None
    return tuple(a for a in (to_attribute(v) for v in value) if a is not None)


@lazy_frozen(kw_only=True)
class PointInTimeRecoverySpecification(metaclass=LazyAttrsMeta):
    """Point-in-time recovery settings."""

    point_in_time_recovery_enabled: bool
    """Whether point-in-time recovery is on."""
    recovery_period_in_days: float | None = None
    """How many days back the table can be restored, 1 to 35. Default: 35."""


def to_pitr(
    value: PointInTimeRecoverySpecification | Mapping[str, Any] | None,
) -> PointInTimeRecoverySpecification | None:
    """A PointInTimeRecoverySpecification from one or a dict of its fields."""
    return PointInTimeRecoverySpecification(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class ContributorInsightsSpecification(metaclass=LazyAttrsMeta):
    """Contributor Insights settings."""

    enabled: bool
    """Whether Contributor Insights is on."""
    mode: ContributorInsightsMode | None = None
    """Which keys are reported. Default: ACCESSED_AND_THROTTLED_KEYS."""


def to_cci(
    value: ContributorInsightsSpecification | Mapping[str, Any] | None,
) -> ContributorInsightsSpecification | None:
    """A ContributorInsightsSpecification from one or a dict of its fields."""
    return ContributorInsightsSpecification(**value) if isinstance(value, Mapping) else value


def table_name_in_arn(scope: Construct, table_arn: str) -> str:
    """The table name of a table ARN (`arn:...:table/<name>`), for importing a table by ARN."""
    name = Stack.of(scope).split_arn(table_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
    if not name:
        raise ValidationError(
            scope,
            f"table_arn={table_arn!r} has no table name; "
            "use 'arn:<partition>:dynamodb:<region>:<account>:table/<name>'",
        )
    return name


def render_point_in_time_recovery(
    scope: Construct, enabled: bool | None, spec: PointInTimeRecoverySpecification | None
) -> dict[str, Any] | None:
    """Point-in-time recovery of a table or replica from `point_in_time_recovery` and its specification."""
    if spec is not None and enabled is not None:
        raise ValidationError(
            scope,
            "point_in_time_recovery and point_in_time_recovery_specification are both given; "
            "use point_in_time_recovery_specification only",
        )
    days = spec.recovery_period_in_days if spec is not None else None
    if spec is not None and not spec.point_in_time_recovery_enabled and days:
        raise ValidationError(
            scope,
            f"recovery_period_in_days={days!r} is given but point_in_time_recovery_enabled=False; "
            "enable point-in-time recovery or drop the period",
        )
    if days is not None and not 1 <= days <= 35:
        raise ValidationError(scope, f"recovery_period_in_days={days!r} is out of range; use 1 to 35 days")
    if spec is not None:
        return {
            "point_in_time_recovery_enabled": spec.point_in_time_recovery_enabled,
            "recovery_period_in_days": days,
        }
    if enabled is not None:
        return {"point_in_time_recovery_enabled": enabled}
    return None


def render_contributor_insights(
    scope: Construct,
    enabled_keyword: str,
    enabled: bool | None,
    spec: ContributorInsightsSpecification | None,
) -> dict[str, Any] | None:
    """Contributor Insights from the keyword `enabled_keyword` (`enabled`) and the specification."""
    if spec is not None and enabled is not None:
        raise ValidationError(
            scope,
            f"{enabled_keyword} and contributor_insights_specification are both given; "
            "use contributor_insights_specification only",
        )
    if spec is not None:
        return {"enabled": spec.enabled, "mode": spec.mode.value if spec.mode else None}
    if enabled is not None:
        return {"enabled": enabled}
    return None


@lazy_frozen(kw_only=True)
class SchemaOptions(metaclass=LazyAttrsMeta):
    """A partition key and an optional sort key."""

    partition_key: Attribute | None = field(default=None, converter=to_attribute)
    """The partition key. Default: none (required by tables)."""
    sort_key: Attribute | None = field(default=None, converter=to_attribute)
    """The sort key. Default: none."""


@lazy_frozen(kw_only=True)
class KeySchema(metaclass=LazyAttrsMeta):
    """The key attributes of a table or index (several for multi-attribute keys)."""

    partition_keys: Sequence[Attribute] = field(converter=to_tuple)
    """The partition key attributes."""
    sort_keys: Sequence[Attribute] = field(converter=to_tuple)
    """The sort key attributes."""


@lazy_frozen(kw_only=True)
class SecondaryIndexProps(metaclass=LazyAttrsMeta):
    """What every secondary index has."""

    index_name: str
    """The index's name."""
    non_key_attributes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Attributes copied into the index (projection INCLUDE only). Default: none."""
    projection_type: ProjectionType | None = None
    """Which attributes the index holds. Default: ALL."""


@lazy_frozen(kw_only=True)
class GlobalSecondaryIndexProps(SecondaryIndexProps, metaclass=LazyAttrsMeta):
    """A global secondary index of a Table."""

    partition_key: Attribute | None = field(default=None, converter=to_attribute)
    """The index's partition key. Default: none (one of partition_key and partition_keys is required)."""
    sort_key: Attribute | None = field(default=None, converter=to_attribute)
    """The index's sort key. Default: none."""
    contributor_insights_enabled: bool | None = None
    """Whether Contributor Insights is on for the index (deprecated). Default: False."""
    contributor_insights_specification: ContributorInsightsSpecification | None = field(
        default=None, converter=to_cci
    )
    """Contributor Insights settings for the index. Default: off."""
    max_read_request_units: float | None = None
    """The most read request units the index uses (on-demand). Default: no limit."""
    max_write_request_units: float | None = None
    """The most write request units the index uses (on-demand). Default: no limit."""
    partition_keys: Sequence[Attribute] | None = field(default=None, converter=_to_attributes)
    """Multi-attribute partition key (up to 4). Default: none."""
    read_capacity: float | None = None
    """Provisioned read capacity. Default: 5 (PROVISIONED tables)."""
    sort_keys: Sequence[Attribute] | None = field(default=None, converter=_to_attributes)
    """Multi-attribute sort key (up to 4). Default: none."""
    warm_throughput: WarmThroughput | Mapping[str, Any] | None = None
    """Pre-warmed throughput. Default: none."""
    write_capacity: float | None = None
    """Provisioned write capacity. Default: 5 (PROVISIONED tables)."""


@lazy_frozen(kw_only=True)
class LocalSecondaryIndexProps(SecondaryIndexProps, metaclass=LazyAttrsMeta):
    """A local secondary index: the table's partition key with another sort key."""

    sort_key: Attribute = field(converter=to_attribute)
    """The index's sort key."""


@lazy_frozen(kw_only=True)
class WarmThroughput(metaclass=LazyAttrsMeta):
    """Pre-warmed throughput of a table or index."""

    read_units_per_second: float | None = None
    """Read units per second the table can serve at once. Default: none."""
    write_units_per_second: float | None = None
    """Write units per second the table can serve at once. Default: none."""


def render_warm_throughput(value: WarmThroughput | Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The WarmThroughput property of a table or index."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = WarmThroughput(**value)
    return {
        "read_units_per_second": value.read_units_per_second,
        "write_units_per_second": value.write_units_per_second,
    }


@lazy_frozen(kw_only=True)
class ThroughputProps(metaclass=LazyAttrsMeta):
    """Provisioned read and write capacity."""

    read_capacity: float
    """Read capacity units."""
    write_capacity: float
    """Write capacity units."""


@lazy_frozen(kw_only=True)
class MaxThroughputProps(metaclass=LazyAttrsMeta):
    """The most request units an on-demand table or index uses."""

    max_read_request_units: float | None = None
    """Read request units. Default: no limit."""
    max_write_request_units: float | None = None
    """Write request units. Default: no limit."""


@lazy_frozen(kw_only=True)
class SystemErrorsForOperationsMetricOptions(MetricOptions, metaclass=LazyAttrsMeta):
    """Options of the metrics summed over operations."""

    operations: Sequence[Operation] | None = field(default=None, converter=optional_tuple)
    """The operations summed. Default: every operation."""


@lazy_frozen(kw_only=True)
class OperationsMetricOptions(SystemErrorsForOperationsMetricOptions, metaclass=LazyAttrsMeta):
    """Options of the metrics summed over operations."""


_MAX_KEYS = 4


def parse_key_schema(
    scope: Construct,
    *,
    partition_key: Attribute | None,
    partition_keys: Sequence[Attribute] | None,
    sort_key: Attribute | None,
    sort_keys: Sequence[Attribute] | None,
) -> KeySchema:
    """The key schema from the single-key and multi-key options, which exclude each other."""
    if (partition_key is None) == (partition_keys is None):
        raise ValidationError(
            scope,
            f"partition_key={partition_key!r} and partition_keys={partition_keys!r}: "
            "give exactly one of them",
        )
    if sort_key is not None and sort_keys is not None:
        raise ValidationError(
            scope, f"sort_key={sort_key!r} and sort_keys={sort_keys!r}: give at most one of them"
        )
    partitions = (
        list(partition_keys) if partition_keys is not None else [partition_key] if partition_key else []
    )
    sorts = list(sort_keys) if sort_keys is not None else [sort_key] if sort_key else []
    if not partitions:
        raise ValidationError(scope, "partition_keys=[] is empty; give at least one attribute")
    if len(partitions) > _MAX_KEYS:
        raise ValidationError(
            scope, f"partition_keys has {len(partitions)} attributes; use at most {_MAX_KEYS}"
        )
    if len(sorts) > _MAX_KEYS:
        raise ValidationError(scope, f"sort_keys has {len(sorts)} attributes; use at most {_MAX_KEYS}")
    return KeySchema(partition_keys=[p for p in partitions if p], sort_keys=[s for s in sorts if s])


def render_projection(
    scope: Construct, props: SecondaryIndexProps, used_non_key_attributes: set[str], limit: int = 100
) -> dict[str, object]:
    """The Projection of an index, checking the INCLUDE rule and the non-key attribute limit."""
    projection = props.projection_type or ProjectionType.ALL
    if props.projection_type is ProjectionType.INCLUDE and not props.non_key_attributes:
        raise ValidationError(
            scope,
            f"index {props.index_name!r}: projection_type=ProjectionType.INCLUDE needs non_key_attributes; "
            "list the attributes to copy into the index",
        )
    if props.projection_type is not ProjectionType.INCLUDE and props.non_key_attributes:
        raise ValidationError(
            scope,
            f"index {props.index_name!r}: non_key_attributes={list(props.non_key_attributes)!r} needs "
            "projection_type=ProjectionType.INCLUDE; set it or drop non_key_attributes",
        )
    if props.non_key_attributes:
        if len(used_non_key_attributes | set(props.non_key_attributes)) > limit:
            raise ValidationError(
                scope,
                f"index {props.index_name!r}: non_key_attributes bring the total across all secondary "
                f"indexes above {limit}; project fewer attributes",
            )
        used_non_key_attributes.update(props.non_key_attributes)
    return {
        "projection_type": projection.value,
        "non_key_attributes": list(props.non_key_attributes) if props.non_key_attributes else None,
    }
