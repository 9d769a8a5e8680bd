"""Amazon CloudWatch Logs: log groups with data protection and field index policies, metric and subscription
filters, saved queries and resource policies, and every `Cfn*` class."""

import typing as _typing

from ..cfn.aws_logs import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_logs import *  # noqa: F403
    from .data_protection_policy import (
        CustomDataIdentifier,
        DataIdentifier,
        DataProtectionPolicy,
        DataProtectionPolicyProps,
    )
    from .field_index_policy import FieldIndexPolicy, FieldIndexPolicyProps
    from .log_group import ILogGroup, LogGroup, LogGroupBase, LogGroupClass, LogGroupProps, RetentionDays
    from .log_retention import LogRetention, LogRetentionProps, LogRetentionRetryOptions
    from .log_stream import ILogStream, LogStream, LogStreamAttributes, LogStreamProps, StreamOptions
    from .logs_grants import LogGroupGrants
    from .metric_filter import MetricFilter, MetricFilterOptions, MetricFilterProps
    from .pattern import (
        ColumnRestriction,
        FilterPattern,
        IFilterPattern,
        JsonPattern,
        SpaceDelimitedTextPattern,
    )
    from .policy import ResourcePolicy, ResourcePolicyProps
    from .query_definition import QueryDefinition, QueryDefinitionProps, QueryString, QueryStringProps
    from .subscription_filter import (
        Distribution,
        ILogSubscriptionDestination,
        LogSubscriptionDestinationConfig,
        SubscriptionFilter,
        SubscriptionFilterOptions,
        SubscriptionFilterProps,
    )
else:
    _L2_SOURCES = {
        ".data_protection_policy": (
            "CustomDataIdentifier",
            "DataIdentifier",
            "DataProtectionPolicy",
            "DataProtectionPolicyProps",
        ),
        ".field_index_policy": ("FieldIndexPolicy", "FieldIndexPolicyProps"),
        ".log_group": (
            "ILogGroup",
            "LogGroup",
            "LogGroupBase",
            "LogGroupClass",
            "LogGroupProps",
            "RetentionDays",
        ),
        ".log_retention": ("LogRetention", "LogRetentionProps", "LogRetentionRetryOptions"),
        ".log_stream": ("ILogStream", "LogStream", "LogStreamAttributes", "LogStreamProps", "StreamOptions"),
        ".logs_grants": ("LogGroupGrants",),
        ".metric_filter": ("MetricFilter", "MetricFilterOptions", "MetricFilterProps"),
        ".pattern": (
            "ColumnRestriction",
            "FilterPattern",
            "IFilterPattern",
            "JsonPattern",
            "SpaceDelimitedTextPattern",
        ),
        ".policy": ("ResourcePolicy", "ResourcePolicyProps"),
        ".query_definition": ("QueryDefinition", "QueryDefinitionProps", "QueryString", "QueryStringProps"),
        ".subscription_filter": (
            "Distribution",
            "ILogSubscriptionDestination",
            "LogSubscriptionDestinationConfig",
            "SubscriptionFilter",
            "SubscriptionFilterOptions",
            "SubscriptionFilterProps",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_logs"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    "ColumnRestriction",
    "SpaceDelimitedTextPattern",
    *_cfn_all,
    "LogRetention",
    "LogRetentionProps",
    "LogRetentionRetryOptions",
    "CustomDataIdentifier",
    "DataIdentifier",
    "DataProtectionPolicy",
    "DataProtectionPolicyProps",
    "Distribution",
    "FieldIndexPolicy",
    "FieldIndexPolicyProps",
    "FilterPattern",
    "IFilterPattern",
    "ILogGroup",
    "ILogStream",
    "ILogSubscriptionDestination",
    "JsonPattern",
    "LogGroup",
    "LogGroupBase",
    "LogGroupClass",
    "LogGroupGrants",
    "LogGroupProps",
    "LogStream",
    "LogStreamAttributes",
    "LogStreamProps",
    "LogSubscriptionDestinationConfig",
    "MetricFilter",
    "MetricFilterOptions",
    "MetricFilterProps",
    "QueryDefinition",
    "QueryDefinitionProps",
    "QueryString",
    "QueryStringProps",
    "ResourcePolicy",
    "ResourcePolicyProps",
    "RetentionDays",
    "StreamOptions",
    "SubscriptionFilter",
    "SubscriptionFilterOptions",
    "SubscriptionFilterProps",
]
