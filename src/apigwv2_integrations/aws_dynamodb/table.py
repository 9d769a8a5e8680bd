"""Table: a DynamoDB table (`AWS::DynamoDB::Table`), its indexes, grants and metrics, and imported tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_applicationautoscaling import ServiceNamespace
from ..aws_cloudwatch.metric import Metric, MetricOptions, metric_of
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import PolicyDocument
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..aws_iam.role import Role
from ..aws_kms import IKey, Key
from ..cfn.aws_dynamodb import CfnTable, TableReference
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.lazy import Lazy
from ._cfn_keys import cfn_keys
from ._scalable_table_attribute import ScalableTableAttribute
from ._table_metrics import NAMESPACE, _TableMetrics
from .import_source import ImportSourceSpecification, render_import_source
from .scalable_attribute_api import EnableScalingProps, IScalableTableAttribute
from .shared import (
    Attribute,
    BillingMode,
    ContributorInsightsSpecification,
    GlobalSecondaryIndexProps,
    KeySchema,
    LocalSecondaryIndexProps,
    PointInTimeRecoverySpecification,
    ProjectionType,
    SchemaOptions,
    StreamViewType,
    TableClass,
    TableEncryption,
    WarmThroughput,
    parse_key_schema,
    render_contributor_insights,
    render_point_in_time_recovery,
    render_projection,
    render_warm_throughput,
    table_name_in_arn,
    to_cci,
    to_pitr,
)
from .stream_grants import StreamGrants
from .table_grants import TableGrants

if TYPE_CHECKING:
    from typing import Any

_HASH = "HASH"
_RANGE = "RANGE"
_MAX_LOCAL_SECONDARY_INDEXES = 5
_TABLE_SCHEMA = "<table-schema>"


@runtime_checkable
class ITable(IResource, Protocol):
    """A DynamoDB table, defined here or imported."""

    @property
    def table_arn(self) -> str:
        """The table's ARN."""
        ...

    @property
    def table_name(self) -> str:
        """The table's name."""
        ...

    @property
    def table_ref(self) -> TableReference:
        """A reference to the table: its name and ARN."""
        ...

    @property
    def table_stream_arn(self) -> str | None:
        """The ARN of the table's stream, if it has one."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The customer-managed key the table is encrypted with, if any."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the table and its indexes."""
        ...

    def grant_read_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read items."""
        ...

    def grant_write_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` write items."""
        ...

    def grant_read_write_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read and write items."""
        ...

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Let `grantee` do anything with the table."""
        ...

    def grant_stream_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read the table's stream."""
        ...


class GrantOnKeyResult:
    """The grant made on a table's key, if it has one."""

    def __init__(self, grant: Grant | None) -> None:
        self.grant = grant


class TableBase(_TableMetrics):
    """What tables defined here and imported tables share: grants and metrics."""

    table_arn: str
    table_name: str
    table_stream_arn: str | None = None
    encryption_key: IKey | None = None
    resource_policy: PolicyDocument | None = None

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.regions: list[str] = []

    @property
    def has_index(self) -> bool:
        """Whether grants also cover `<table ARN>/index/*`."""
        return False

    @property
    def table_ref(self) -> TableReference:
        """The table's ARN and name."""
        return TableReference(table_arn=self.table_arn, table_name=self.table_name)

    @property
    def grants(self) -> TableGrants:
        """The table's grants."""
        return TableGrants.from_table(self, self.regions)

    @property
    def stream_grants(self) -> StreamGrants:
        """The grants of the table's stream."""
        if not self.table_stream_arn:
            raise ValidationError(
                self,
                "the table has no stream; pass stream=StreamViewType... (or table_stream_arn when imported)",
            )
        return StreamGrants(
            table_stream_arn=self.table_stream_arn, encryption_key=self.encryption_key, table=self
        )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the table's resource policy (imported tables have none)."""
        return AddToResourcePolicyResult(statement_added=False)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Give `grantee` `actions` on the table's key, if it has one."""
        key = self.encryption_key
        return GrantOnKeyResult(key.grant(grantee, *actions) if key is not None else None)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the table and its indexes."""
        return self.grants.actions(grantee, *actions)

    def grant_stream(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the table's stream."""
        return self.stream_grants.actions(grantee, *actions)

    def grant_read_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read items (and decrypt them with the table's key)."""
        return self.grants.read_data(grantee)

    def grant_table_list_streams(self, grantee: IGrantable) -> Grant:
        """Let `grantee` list streams (`dynamodb:ListStreams`)."""
        return self.stream_grants.list(grantee)

    def grant_stream_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read the records of the table's stream."""
        return self.stream_grants.read(grantee)

    def grant_write_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` write and delete items."""
        return self.grants.write_data(grantee)

    def grant_read_write_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read, write and delete items."""
        return self.grants.read_write_data(grantee)

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Let `grantee` do anything with the table (`dynamodb:*`)."""
        return self.grants.full_access(grantee)

    def _finish_metric(
        self, metric_name: str, dimensions: Mapping[str, Any], statistic: str | None, options: MetricOptions
    ) -> Metric:
        return metric_of(
            namespace=NAMESPACE,
            metric_name=metric_name,
            dimensions_map=dimensions,
            statistic=statistic,
            options=options,
            scope=self,
        )


def _to_import_source(
    value: ImportSourceSpecification | Mapping[str, Any] | None,
) -> ImportSourceSpecification | None:
    return ImportSourceSpecification(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class TableAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing table."""

    encryption_key: IKey | None = None
    """The key the table is encrypted with. Default: none."""
    global_indexes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Names of its global secondary indexes (grants then cover the indexes). Default: none."""
    grant_index_permissions: bool | None = None
    """Whether grants cover the indexes. Default: True when indexes are listed."""
    local_indexes: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Names of its local secondary indexes. Default: none."""
    table_arn: str | None = None
    """The table's ARN (or give table_name). Default: none."""
    table_name: str | None = None
    """The table's name (or give table_arn). Default: none."""
    table_stream_arn: str | None = None
    """The ARN of its stream. Default: none."""


@lazy_frozen(kw_only=True)
class TableOptions(SchemaOptions, metaclass=LazyAttrsMeta):
    """Options of a Table."""

    billing_mode: BillingMode | None = None
    """How capacity is paid for. Default: PROVISIONED."""
    contributor_insights_enabled: bool | None = None
    """Whether Contributor Insights is on (deprecated by aws_cdk). Default: False."""
    contributor_insights_specification: ContributorInsightsSpecification | None = field(
        default=None, converter=to_cci
    )
    """Contributor Insights settings. Default: off."""
    deletion_protection: bool | None = None
    """Whether the table is protected against deletion. Default: False."""
    encryption: TableEncryption | None = None
    """Who manages the encryption key. Default: DEFAULT (an AWS-owned key), or CUSTOMER_MANAGED with a key."""
    encryption_key: IKey | None = None
    """The customer-managed key (encryption=CUSTOMER_MANAGED). Default: a new Key."""
    import_source: ImportSourceSpecification | None = field(default=None, converter=_to_import_source)
    """S3 data the table is loaded with when it is created. Default: none (an empty table)."""
    max_read_request_units: float | None = None
    """The most read request units (on-demand tables). Default: no limit."""
    max_write_request_units: float | None = None
    """The most write request units (on-demand tables). Default: no limit."""
    point_in_time_recovery: bool | None = None
    """Whether point-in-time recovery is on (deprecated by aws_cdk). Default: False."""
    point_in_time_recovery_specification: PointInTimeRecoverySpecification | None = field(
        default=None, converter=to_pitr
    )
    """Point-in-time recovery settings. Default: off."""
    read_capacity: float | None = None
    """Provisioned read capacity. Default: 5."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the table when it leaves the stack. Default: RETAIN."""
    replica_removal_policy: RemovalPolicy | None = None
    """What happens to replicas (replication is not supported by this package). Default: none."""
    replication_regions: Sequence[str] | None = None
    """Regions to replicate to (not supported by this package; use TableV2). Default: none."""
    replication_timeout: Duration | None = None
    """Replication timeout (not supported by this package). Default: none."""
    resource_policy: PolicyDocument | None = None
    """The table's resource policy. Default: none."""
    stream: StreamViewType | None = None
    """Turn on the table's stream with this view. Default: no stream."""
    table_class: TableClass | None = None
    """The storage class. Default: STANDARD."""
    time_to_live_attribute: str | None = None
    """The attribute holding each item's expiry time. Default: no TTL."""
    wait_for_replication_to_finish: bool | None = None
    """Replication setting (not supported by this package). Default: none."""
    warm_throughput: WarmThroughput | Mapping[str, Any] | None = None
    """Pre-warmed throughput (read and write units per second). Default: none."""
    write_capacity: float | None = None
    """Provisioned write capacity. Default: 5."""


@lazy_frozen(kw_only=True)
class TableProps(TableOptions, metaclass=LazyAttrsMeta):
    """Properties of a Table."""

    kinesis_precision_timestamp: Any = None
    """Precision of the Kinesis stream's approximate creation time. Default: none."""
    kinesis_stream: Any = None
    """A Kinesis data stream to send changes to. Default: none."""
    table_name: str | None = None
    """The table's name. Default: generated by CloudFormation."""


def _unsupported(scope: Construct, name: str, value: Any, fix: str) -> ValidationError:
    return ValidationError(scope, f"{name}={value!r} is not supported by this package; {fix}")


def _contributor_insights(
    scope: Construct, props: TableProps | GlobalSecondaryIndexProps
) -> dict[str, Any] | None:
    return render_contributor_insights(
        scope,
        "contributor_insights_enabled",
        props.contributor_insights_enabled,
        props.contributor_insights_specification,
    )


class Table(TableBase):
    """A DynamoDB table (`AWS::DynamoDB::Table`)."""

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {"service": "dynamodb", "resource": "table", "resource_name": self.physical_name}

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        kinesis_precision_timestamp: Any = None,
        kinesis_stream: Any = None,
        table_name: str | None = None,
        billing_mode: BillingMode | None = None,
        contributor_insights_enabled: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification
        | Mapping[str, Any]
        | None = None,
        deletion_protection: bool | None = None,
        encryption: TableEncryption | None = None,
        encryption_key: IKey | None = None,
        import_source: ImportSourceSpecification | Mapping[str, Any] | None = None,
        max_read_request_units: float | None = None,
        max_write_request_units: float | None = None,
        point_in_time_recovery: bool | None = None,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification
        | Mapping[str, Any]
        | None = None,
        read_capacity: float | None = None,
        removal_policy: RemovalPolicy | None = None,
        replica_removal_policy: RemovalPolicy | None = None,
        replication_regions: Sequence[str] | None = None,
        replication_timeout: Duration | None = None,
        resource_policy: PolicyDocument | None = None,
        stream: StreamViewType | None = None,
        table_class: TableClass | None = None,
        time_to_live_attribute: str | None = None,
        wait_for_replication_to_finish: bool | None = None,
        warm_throughput: WarmThroughput | Mapping[str, Any] | None = None,
        write_capacity: float | None = None,
        partition_key: Attribute | Mapping[str, Any] | None = None,
        sort_key: Attribute | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=table_name)
        table_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = TableProps(
            kinesis_precision_timestamp=kinesis_precision_timestamp,
            kinesis_stream=kinesis_stream,
            table_name=table_name,
            billing_mode=billing_mode,
            contributor_insights_enabled=contributor_insights_enabled,
            contributor_insights_specification=contributor_insights_specification,
            deletion_protection=deletion_protection,
            encryption=encryption,
            encryption_key=encryption_key,
            import_source=import_source,
            max_read_request_units=max_read_request_units,
            max_write_request_units=max_write_request_units,
            point_in_time_recovery=point_in_time_recovery,
            point_in_time_recovery_specification=point_in_time_recovery_specification,
            read_capacity=read_capacity,
            removal_policy=removal_policy,
            replica_removal_policy=replica_removal_policy,
            replication_regions=replication_regions,
            replication_timeout=replication_timeout,
            resource_policy=resource_policy,
            stream=stream,
            table_class=table_class,
            time_to_live_attribute=time_to_live_attribute,
            wait_for_replication_to_finish=wait_for_replication_to_finish,
            warm_throughput=warm_throughput,
            write_capacity=write_capacity,
            partition_key=partition_key,
            sort_key=sort_key,
        )
        if props.partition_key is None:
            raise ValidationError(
                self,
                "partition_key is required; give an Attribute, "
                "e.g. Attribute(name='pk', type=AttributeType.STRING)",
            )
        if props.replication_regions:
            raise _unsupported(
                self, "replication_regions", list(props.replication_regions), "use TableV2, a global table"
            )
        self._key_schema: list[dict[str, str]] = []
        self._attribute_definitions: list[dict[str, str]] = []
        self._global_secondary_indexes: list[dict[str, Any]] = []
        self._local_secondary_indexes: list[dict[str, Any]] = []
        self._schemas: dict[str, KeySchema] = {
            _TABLE_SCHEMA: parse_key_schema(
                self,
                partition_key=props.partition_key,
                partition_keys=None,
                sort_key=props.sort_key,
                sort_keys=None,
            )
        }
        self._non_key_attributes: set[str] = set()
        self._index_names: set[str] = set()
        self.resource_policy = props.resource_policy
        sse, self.encryption_key = self._parse_encryption(props)
        pitr = render_point_in_time_recovery(
            self, props.point_in_time_recovery, props.point_in_time_recovery_specification
        )
        cci = _contributor_insights(self, props)
        self.billing_mode: BillingMode = props.billing_mode or BillingMode.PROVISIONED
        self._check_provisioning(props.read_capacity, props.write_capacity)
        on_demand = self.billing_mode is BillingMode.PAY_PER_REQUEST
        kinesis = None
        if props.kinesis_stream is not None:
            kinesis = {
                "stream_arn": props.kinesis_stream.stream_arn,
                "approximate_creation_date_time_precision": getattr(
                    props.kinesis_precision_timestamp, "value", props.kinesis_precision_timestamp
                ),
            }
        self.table = CfnTable(
            self,
            "Resource",
            table_name=props.table_name,
            key_schema=self._key_schema,
            attribute_definitions=Lazy.any(lambda: cfn_keys(self._attribute_definitions)),
            global_secondary_indexes=Lazy.any(lambda: cfn_keys(self._global_secondary_indexes) or None),
            local_secondary_indexes=Lazy.any(lambda: cfn_keys(self._local_secondary_indexes) or None),
            point_in_time_recovery_specification=pitr,
            billing_mode=self.billing_mode.value if on_demand else None,
            provisioned_throughput=None
            if on_demand
            else {
                "read_capacity_units": props.read_capacity or 5,
                "write_capacity_units": props.write_capacity or 5,
            },
            on_demand_throughput=self._on_demand_throughput(
                props.max_read_request_units, props.max_write_request_units
            ),
            sse_specification=sse,
            stream_specification={"stream_view_type": props.stream.value} if props.stream else None,
            table_class=props.table_class.value if props.table_class else None,
            time_to_live_specification={"attribute_name": props.time_to_live_attribute, "enabled": True}
            if props.time_to_live_attribute
            else None,
            contributor_insights_specification=cci,
            kinesis_stream_specification=kinesis,
            deletion_protection_enabled=props.deletion_protection,
            import_source_specification=(
                render_import_source(props.import_source) if props.import_source is not None else None
            ),
            warm_throughput=render_warm_throughput(props.warm_throughput),
            resource_policy=Lazy.any(
                lambda: (
                    cfn_keys({"policy_document": self.resource_policy})
                    if self.resource_policy is not None
                    else None
                )
            ),
        )
        self.table.apply_removal_policy(props.removal_policy)
        self.table_arn: str = self.table.attr_arn
        self.table_name: str = self.table.ref
        self.table_stream_arn = self.table.attr_stream_arn if props.stream else None
        if props.table_name:
            # aws-cdk-lib marks a named table in the stack's metadata file.
            self.node.add_metadata("aws:cdk:hasPhysicalName", self.table_name)
        # The service-linked role of Application Auto Scaling for DynamoDB (imported: it renders nothing).
        self._scaling_role = Role.from_role_arn(
            self,
            "ScalingRole",
            Stack.of(self).format_arn(
                service="iam",
                region="",
                resource="role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com",
                resource_name="AWSServiceRoleForApplicationAutoScaling_DynamoDBTable",
            ),
        )
        self._add_key(props.partition_key, _HASH)
        self._table_partition_key: Attribute = props.partition_key
        self._table_sort_key: Attribute | None = props.sort_key
        if props.sort_key is not None:
            self._add_key(props.sort_key, _RANGE)
        self.node.add_validation(_TableRules(self))

    @property
    def has_index(self) -> bool:
        """Whether the table has secondary indexes (grants then cover `<table ARN>/index/*`)."""
        return bool(self._global_secondary_indexes or self._local_secondary_indexes)

    # --- imports -----------------------------------------------------------------------------

    @staticmethod
    def grant_list_streams(grantee: IGrantable) -> Grant:
        """Let `grantee` list the streams of the account (deprecated by aws_cdk)."""
        return Grant.add_to_principal(grantee=grantee, actions=["dynamodb:ListStreams"], resource_arns=["*"])

    @staticmethod
    def from_table_name(scope: Construct, id: str, table_name: str) -> ITable:
        """An existing table of this stack's account and region, by name."""
        return Table.from_table_attributes(scope, id, table_name=table_name)

    @staticmethod
    def from_table_arn(scope: Construct, id: str, table_arn: str) -> ITable:
        """An existing table, by ARN."""
        return Table.from_table_attributes(scope, id, table_arn=table_arn)

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
        table_name: str | None = None,
        table_stream_arn: str | None = None,
    ) -> ITable:
        """An existing table, by name or ARN, with what grants need to know about it."""
        attributes = TableAttributes(
            encryption_key=encryption_key,
            global_indexes=global_indexes,
            grant_index_permissions=grant_index_permissions,
            local_indexes=local_indexes,
            table_arn=table_arn,
            table_name=table_name,
            table_stream_arn=table_stream_arn,
        )
        stack = Stack.of(scope)
        if attributes.table_name is not None:
            if attributes.table_arn is not None:
                raise ValidationError(
                    scope,
                    f"table_name={attributes.table_name!r} and table_arn={attributes.table_arn!r}: "
                    "give only one of them",
                )
            name = attributes.table_name
            arn = stack.format_arn(service="dynamodb", resource="table", resource_name=name)
        else:
            if attributes.table_arn is None:
                raise ValidationError(scope, "neither table_name nor table_arn is given; give one of them")
            arn = attributes.table_arn
            name = table_name_in_arn(scope, arn)
        return _ImportedTable(scope, id, arn, name, attributes)

    # --- indexes -----------------------------------------------------------------------------

    def add_global_secondary_index(
        self,
        *,
        index_name: str,
        contributor_insights_enabled: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification
        | Mapping[str, Any]
        | None = None,
        max_read_request_units: float | None = None,
        max_write_request_units: float | None = None,
        partition_keys: Sequence[Attribute | Mapping[str, Any]] | None = None,
        read_capacity: float | None = None,
        sort_keys: Sequence[Attribute | Mapping[str, Any]] | None = None,
        warm_throughput: WarmThroughput | Mapping[str, Any] | None = None,
        write_capacity: float | None = None,
        non_key_attributes: Sequence[str] | None = None,
        projection_type: ProjectionType | None = None,
        partition_key: Attribute | Mapping[str, Any] | None = None,
        sort_key: Attribute | Mapping[str, Any] | None = None,
    ) -> None:
        """Add a global secondary index."""
        props = GlobalSecondaryIndexProps(
            index_name=index_name,
            contributor_insights_enabled=contributor_insights_enabled,
            contributor_insights_specification=contributor_insights_specification,
            max_read_request_units=max_read_request_units,
            max_write_request_units=max_write_request_units,
            partition_keys=partition_keys,
            read_capacity=read_capacity,
            sort_keys=sort_keys,
            warm_throughput=warm_throughput,
            write_capacity=write_capacity,
            non_key_attributes=non_key_attributes,
            projection_type=projection_type,
            partition_key=partition_key,
            sort_key=sort_key,
        )
        self._check_provisioning(props.read_capacity, props.write_capacity)
        self._check_index_name(props.index_name)
        schema = parse_key_schema(
            self,
            partition_key=props.partition_key,
            partition_keys=props.partition_keys,
            sort_key=props.sort_key,
            sort_keys=props.sort_keys,
        )
        cci = _contributor_insights(self, props)
        on_demand = self.billing_mode is BillingMode.PAY_PER_REQUEST
        self._global_secondary_indexes.append(
            {
                "contributor_insights_specification": cci,
                "index_name": props.index_name,
                "key_schema": self._index_key_schema(schema),
                "projection": render_projection(self, props, self._non_key_attributes),
                "provisioned_throughput": None
                if on_demand
                else {
                    "read_capacity_units": props.read_capacity or 5,
                    "write_capacity_units": props.write_capacity or 5,
                },
                "on_demand_throughput": self._on_demand_throughput(
                    props.max_read_request_units, props.max_write_request_units
                ),
                "warm_throughput": render_warm_throughput(props.warm_throughput),
            }
        )
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
        if len(self._local_secondary_indexes) >= _MAX_LOCAL_SECONDARY_INDEXES:
            raise ValidationError(
                self,
                f"index_name={props.index_name!r} would be local secondary index number "
                f"{len(self._local_secondary_indexes) + 1}; "
                f"a table has at most {_MAX_LOCAL_SECONDARY_INDEXES}",
            )
        schema = parse_key_schema(
            self,
            partition_key=self._table_partition_key,
            partition_keys=None,
            sort_key=props.sort_key,
            sort_keys=None,
        )
        self._check_index_name(props.index_name)
        self._local_secondary_indexes.append(
            {
                "index_name": props.index_name,
                "key_schema": self._index_key_schema(schema),
                "projection": render_projection(self, props, self._non_key_attributes),
            }
        )
        self._schemas[props.index_name] = schema

    def schema(self, index_name: str | None = None) -> SchemaOptions:
        """The partition and sort key of the table, or of one of its indexes."""
        schema = self.schema_v2(index_name)
        if len(schema.partition_keys) > 1 or len(schema.sort_keys) > 1:
            raise ValidationError(
                self, f"index_name={index_name!r} has multi-attribute keys; use schema_v2(...) to read them"
            )
        return SchemaOptions(
            partition_key=schema.partition_keys[0], sort_key=schema.sort_keys[0] if schema.sort_keys else None
        )

    def schema_v2(self, index_name: str | None = None) -> KeySchema:
        """The key attributes of the table, or of one of its indexes."""
        schema = self._schemas.get(index_name if index_name is not None else _TABLE_SCHEMA)
        if schema is None:
            raise ValidationError(
                self,
                f"index_name={index_name!r} is not an index of the table; add it with "
                "add_global_secondary_index(...) or add_local_secondary_index(...)",
            )
        return schema

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the table's resource policy."""
        if self.resource_policy is None:
            self.resource_policy = PolicyDocument(statements=[])
        self.resource_policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self)

    def auto_scale_read_capacity(
        self, *, max_capacity: float, min_capacity: float
    ) -> IScalableTableAttribute:
        """Scale the table's read capacity with Application Auto Scaling (provisioned tables)."""
        return self._scale(
            "Read", None, EnableScalingProps(max_capacity=max_capacity, min_capacity=min_capacity)
        )

    def auto_scale_write_capacity(
        self, *, max_capacity: float, min_capacity: float
    ) -> IScalableTableAttribute:
        """Scale the table's write capacity with Application Auto Scaling (provisioned tables)."""
        return self._scale(
            "Write", None, EnableScalingProps(max_capacity=max_capacity, min_capacity=min_capacity)
        )

    def auto_scale_global_secondary_index_read_capacity(
        self, index_name: str, *, max_capacity: float, min_capacity: float
    ) -> IScalableTableAttribute:
        """Scale a global secondary index's read capacity with Application Auto Scaling."""
        props = EnableScalingProps(max_capacity=max_capacity, min_capacity=min_capacity)
        return self._scale("Read", index_name, props)

    def auto_scale_global_secondary_index_write_capacity(
        self, index_name: str, *, max_capacity: float, min_capacity: float
    ) -> IScalableTableAttribute:
        """Scale a global secondary index's write capacity with Application Auto Scaling."""
        props = EnableScalingProps(max_capacity=max_capacity, min_capacity=min_capacity)
        return self._scale("Write", index_name, props)

    def _scale(self, kind: str, index_name: str | None, props: EnableScalingProps) -> IScalableTableAttribute:
        what = f"{kind.lower()} capacity" + (f" of index {index_name!r}" if index_name else "")
        if self.billing_mode is BillingMode.PAY_PER_REQUEST:
            raise ValidationError(
                self,
                f"auto scaling the {what} needs billing_mode=BillingMode.PROVISIONED "
                "(an on-demand table scales by itself)",
            )
        if index_name is not None and not any(
            index["index_name"] == index_name for index in self._global_secondary_indexes
        ):
            raise ValidationError(
                self, f"index_name={index_name!r} is no global secondary index of the table; add it first"
            )
        construct_id = f"{index_name or ''}{kind}Scaling"
        if self.node.try_find_child(construct_id) is not None:
            raise ValidationError(self, f"auto scaling of the {what} is already enabled")
        resource_id = f"table/{self.table_name}" + (f"/index/{index_name}" if index_name else "")
        return ScalableTableAttribute(
            self,
            construct_id,
            service_namespace=ServiceNamespace.DYNAMODB,
            resource_id=resource_id,
            dimension=f"dynamodb:{'index' if index_name else 'table'}:{kind}CapacityUnits",
            role=self._scaling_role,
            min_capacity=props.min_capacity,
            max_capacity=props.max_capacity,
        )

    # --- rendering -----------------------------------------------------------------------------

    def _add_key(self, attribute: Attribute, key_type: str) -> None:
        existing = next((k for k in self._key_schema if k["key_type"] == key_type), None)
        if existing is not None:
            raise ValidationError(
                self,
                f"cannot make {attribute.name!r} the {key_type} key: "
                f"{existing['attribute_name']!r} already is",
            )
        self._register_attribute(attribute)
        self._key_schema.append({"attribute_name": attribute.name, "key_type": key_type})

    def _register_attribute(self, attribute: Attribute) -> None:
        existing = next(
            (d for d in self._attribute_definitions if d["attribute_name"] == attribute.name), None
        )
        if existing is not None and existing["attribute_type"] != attribute.type.value:
            raise ValidationError(
                self,
                f"attribute {attribute.name!r} is used as {attribute.type} but was already defined as "
                f"type {existing['attribute_type']!r}; give every use of an attribute the same type",
            )
        if existing is None:
            self._attribute_definitions.append(
                {"attribute_name": attribute.name, "attribute_type": attribute.type.value}
            )

    def _index_key_schema(self, schema: KeySchema) -> list[dict[str, str]]:
        for attribute in [*schema.partition_keys, *schema.sort_keys]:
            self._register_attribute(attribute)
        return [
            *({"attribute_name": a.name, "key_type": _HASH} for a in schema.partition_keys),
            *({"attribute_name": a.name, "key_type": _RANGE} for a in schema.sort_keys),
        ]

    def _check_index_name(self, index_name: str) -> None:
        if index_name in self._schemas:
            raise ValidationError(
                self, f"index_name={index_name!r} is already used; give each index its own name"
            )

    def _check_provisioning(self, read_capacity: float | None, write_capacity: float | None) -> None:
        if self.billing_mode is BillingMode.PAY_PER_REQUEST and (
            read_capacity is not None or write_capacity is not None
        ):
            raise ValidationError(
                self,
                f"read_capacity={read_capacity!r} / write_capacity={write_capacity!r} cannot be set with "
                "billing_mode=BillingMode.PAY_PER_REQUEST; drop them or use BillingMode.PROVISIONED",
            )

    def _on_demand_throughput(self, max_read: float | None, max_write: float | None) -> dict[str, Any] | None:
        if not (max_read or max_write) or self.billing_mode is BillingMode.PROVISIONED:
            return None
        return {"max_read_request_units": max_read or None, "max_write_request_units": max_write or None}

    def _parse_encryption(self, props: TableProps) -> tuple[dict[str, Any] | None, IKey | None]:
        encryption = props.encryption
        if encryption is None:
            encryption = TableEncryption.CUSTOMER_MANAGED if props.encryption_key is not None else None
        if encryption is not TableEncryption.CUSTOMER_MANAGED and props.encryption_key is not None:
            raise ValidationError(
                self,
                f"encryption_key is given but encryption={encryption}; "
                "use encryption=TableEncryption.CUSTOMER_MANAGED or drop encryption_key",
            )
        if encryption is TableEncryption.CUSTOMER_MANAGED:
            key = props.encryption_key or Key(
                self,
                "Key",
                description="Customer-managed key auto-created for encrypting DynamoDB table at "
                f"{self.node.path}",
                enable_key_rotation=True,
            )
            return {"sse_enabled": True, "kms_master_key_id": key.key_arn, "sse_type": "KMS"}, key
        if encryption is TableEncryption.AWS_MANAGED:
            return {"sse_enabled": True}, None
        if encryption is TableEncryption.DEFAULT:
            return {"sse_enabled": False}, None
        return None, None


class _TableRules:
    def __init__(self, table: Table) -> None:
        self._table = table

    def validate(self) -> list[str]:
        table = self._table
        if table._local_secondary_indexes and table._table_sort_key is None:
            return [
                "local secondary indexes need a table sort key; pass sort_key=Attribute(...) to the Table"
            ]
        return []


class _ImportedTable(TableBase):
    def __init__(self, scope: Construct, id: str, arn: str, name: str, attributes: TableAttributes) -> None:
        super().__init__(scope, id, environment_from_arn=arn)
        self.table_arn = arn
        self.table_name = name
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
