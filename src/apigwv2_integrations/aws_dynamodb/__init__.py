"""Amazon DynamoDB: tables and global tables, their indexes, grants and metrics, and every `Cfn*` class."""

from ..cfn.aws_dynamodb import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_dynamodb import *  # noqa: F403
    from .billing import Billing
    from .capacity import AutoscaledCapacityOptions, Capacity, CapacityMode
    from .encryption import TableEncryptionV2
    from .import_source import CsvOptions, ImportSourceSpecification, InputFormat
    from .scalable_attribute_api import EnableScalingProps, IScalableTableAttribute, UtilizationScalingProps
    from .shared import (
        ApproximateCreationDateTimePrecision,
        Attribute,
        AttributeType,
        BillingMode,
        ContributorInsightsMode,
        ContributorInsightsSpecification,
        GlobalSecondaryIndexProps,
        GlobalTableSettingsReplicationMode,
        InputCompressionType,
        KeySchema,
        LocalSecondaryIndexProps,
        MaxThroughputProps,
        MultiRegionConsistency,
        Operation,
        OperationsMetricOptions,
        PointInTimeRecoverySpecification,
        ProjectionType,
        SchemaOptions,
        SecondaryIndexProps,
        StreamViewType,
        SystemErrorsForOperationsMetricOptions,
        TableClass,
        TableEncryption,
        ThroughputProps,
        WarmThroughput,
    )
    from .stream_grants import StreamGrants, StreamGrantsProps
    from .table import ITable, Table, TableAttributes, TableBase, TableOptions, TableProps
    from .table_grants import TableGrants, TableGrantsProps
    from .table_v2 import (
        GlobalSecondaryIndexPropsV2,
        ReplicaGlobalSecondaryIndexOptions,
        ReplicaTableProps,
        TableAttributesV2,
        TableOptionsV2,
        TablePropsV2,
        TableV2,
    )
    from .table_v2_base import ITableV2, TableBaseV2
    from .table_v2_multi_account_replica import TableV2MultiAccountReplica, TableV2MultiAccountReplicaProps
else:
    _L2_SOURCES = {
        ".scalable_attribute_api": (
            "EnableScalingProps",
            "IScalableTableAttribute",
            "UtilizationScalingProps",
        ),
        ".billing": ("Billing",),
        ".capacity": ("AutoscaledCapacityOptions", "Capacity", "CapacityMode"),
        ".encryption": ("TableEncryptionV2",),
        ".import_source": ("CsvOptions", "ImportSourceSpecification", "InputFormat"),
        ".shared": (
            "ApproximateCreationDateTimePrecision",
            "Attribute",
            "AttributeType",
            "BillingMode",
            "ContributorInsightsMode",
            "ContributorInsightsSpecification",
            "GlobalSecondaryIndexProps",
            "GlobalTableSettingsReplicationMode",
            "InputCompressionType",
            "KeySchema",
            "LocalSecondaryIndexProps",
            "MaxThroughputProps",
            "MultiRegionConsistency",
            "Operation",
            "OperationsMetricOptions",
            "PointInTimeRecoverySpecification",
            "ProjectionType",
            "SchemaOptions",
            "SecondaryIndexProps",
            "StreamViewType",
            "SystemErrorsForOperationsMetricOptions",
            "TableClass",
            "TableEncryption",
            "ThroughputProps",
            "WarmThroughput",
        ),
        ".stream_grants": ("StreamGrants", "StreamGrantsProps"),
        ".table": ("ITable", "Table", "TableAttributes", "TableBase", "TableOptions", "TableProps"),
        ".table_grants": ("TableGrants", "TableGrantsProps"),
        ".table_v2": (
            "GlobalSecondaryIndexPropsV2",
            "ReplicaGlobalSecondaryIndexOptions",
            "ReplicaTableProps",
            "TableAttributesV2",
            "TableOptionsV2",
            "TablePropsV2",
            "TableV2",
        ),
        ".table_v2_base": ("ITableV2", "TableBaseV2"),
        ".table_v2_multi_account_replica": ("TableV2MultiAccountReplica", "TableV2MultiAccountReplicaProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_dynamodb"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "ApproximateCreationDateTimePrecision",
    "Attribute",
    "AttributeType",
    "AutoscaledCapacityOptions",
    "Billing",
    "BillingMode",
    "Capacity",
    "CapacityMode",
    "ContributorInsightsMode",
    "ContributorInsightsSpecification",
    "CsvOptions",
    "EnableScalingProps",
    "GlobalSecondaryIndexProps",
    "GlobalSecondaryIndexPropsV2",
    "GlobalTableSettingsReplicationMode",
    "IScalableTableAttribute",
    "ITable",
    "ITableV2",
    "ImportSourceSpecification",
    "InputCompressionType",
    "InputFormat",
    "KeySchema",
    "LocalSecondaryIndexProps",
    "MaxThroughputProps",
    "MultiRegionConsistency",
    "Operation",
    "OperationsMetricOptions",
    "PointInTimeRecoverySpecification",
    "ProjectionType",
    "ReplicaGlobalSecondaryIndexOptions",
    "ReplicaTableProps",
    "SchemaOptions",
    "SecondaryIndexProps",
    "StreamGrants",
    "StreamGrantsProps",
    "StreamViewType",
    "SystemErrorsForOperationsMetricOptions",
    "Table",
    "TableAttributes",
    "TableAttributesV2",
    "TableBase",
    "TableBaseV2",
    "TableClass",
    "TableEncryption",
    "TableEncryptionV2",
    "TableGrants",
    "TableGrantsProps",
    "TableOptions",
    "TableOptionsV2",
    "TableProps",
    "TablePropsV2",
    "TableV2",
    "TableV2MultiAccountReplica",
    "TableV2MultiAccountReplicaProps",
    "ThroughputProps",
    "UtilizationScalingProps",
    "WarmThroughput",
]
