"""Amazon CloudWatch: metrics, math expressions, alarms and dashboards, and every `Cfn*` class."""

import typing as _typing

from ..cfn.aws_cloudwatch import __all__ as _cfn_names
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_cloudwatch import *  # noqa: F403
    from .alarm import Alarm, AlarmProps, ComparisonOperator, TreatMissingData
    from .alarm_action import AlarmActionConfig, IAlarmAction
    from .alarm_base import AlarmBase, IAlarm
    from .alarm_rule import AlarmRule, AlarmState, IAlarmRule
    from .alarm_status_widget import AlarmStatusWidget, AlarmStatusWidgetProps, AlarmStatusWidgetSortBy
    from .anomaly_detection_alarm import AnomalyDetectionAlarm, AnomalyDetectionAlarmProps
    from .composite_alarm import CompositeAlarm, CompositeAlarmProps
    from .dashboard import Dashboard, DashboardProps, PeriodOverride
    from .graph import (
        AlarmWidget,
        AlarmWidgetProps,
        Color,
        CustomWidget,
        CustomWidgetProps,
        GaugeWidget,
        GaugeWidgetProps,
        GraphWidget,
        GraphWidgetProps,
        GraphWidgetView,
        HorizontalAnnotation,
        LegendPosition,
        MetricWidgetProps,
        Shading,
        SingleValueWidget,
        SingleValueWidgetProps,
        YAxisProps,
    )
    from .layout import Column, Row, Spacer, SpacerProps
    from .log_query import LogQueryLanguage, LogQueryVisualizationType, LogQueryWidget, LogQueryWidgetProps
    from .metric import (
        CommonMetricOptions,
        CreateAlarmOptions,
        MathExpression,
        MathExpressionOptions,
        MathExpressionProps,
        Metric,
        MetricOptions,
        MetricProps,
        SearchExpression,
        SearchExpressionOptions,
        SearchExpressionProps,
    )
    from .metric_types import (
        Dimension,
        IMetric,
        MetricConfig,
        MetricExpressionConfig,
        MetricStatConfig,
        Statistic,
        Unit,
    )
    from .stats import Stats
    from .text import TextWidget, TextWidgetBackground, TextWidgetProps
    from .widget import ConcreteWidget, IWidget
else:
    _L2_SOURCES = {
        ".alarm": ("Alarm", "AlarmProps", "ComparisonOperator", "TreatMissingData"),
        ".alarm_action": ("AlarmActionConfig", "IAlarmAction"),
        ".alarm_base": ("AlarmBase", "IAlarm"),
        ".alarm_rule": ("AlarmRule", "AlarmState", "IAlarmRule"),
        ".alarm_status_widget": ("AlarmStatusWidget", "AlarmStatusWidgetProps", "AlarmStatusWidgetSortBy"),
        ".anomaly_detection_alarm": ("AnomalyDetectionAlarm", "AnomalyDetectionAlarmProps"),
        ".composite_alarm": ("CompositeAlarm", "CompositeAlarmProps"),
        ".dashboard": ("Dashboard", "DashboardProps", "PeriodOverride"),
        ".graph": (
            "AlarmWidget",
            "AlarmWidgetProps",
            "Color",
            "CustomWidget",
            "CustomWidgetProps",
            "GaugeWidget",
            "GaugeWidgetProps",
            "GraphWidget",
            "GraphWidgetProps",
            "GraphWidgetView",
            "HorizontalAnnotation",
            "LegendPosition",
            "MetricWidgetProps",
            "Shading",
            "SingleValueWidget",
            "SingleValueWidgetProps",
            "YAxisProps",
        ),
        ".layout": ("Column", "Row", "Spacer", "SpacerProps"),
        ".metric": (
            "CommonMetricOptions",
            "CreateAlarmOptions",
            "MathExpression",
            "MathExpressionOptions",
            "MathExpressionProps",
            "Metric",
            "MetricOptions",
            "MetricProps",
            "SearchExpression",
            "SearchExpressionOptions",
            "SearchExpressionProps",
        ),
        ".metric_types": (
            "Dimension",
            "IMetric",
            "MetricConfig",
            "MetricExpressionConfig",
            "MetricStatConfig",
            "Statistic",
            "Unit",
        ),
        ".stats": ("Stats",),
        ".log_query": (
            "LogQueryLanguage",
            "LogQueryVisualizationType",
            "LogQueryWidget",
            "LogQueryWidgetProps",
        ),
        ".text": ("TextWidget", "TextWidgetBackground", "TextWidgetProps"),
        ".widget": ("ConcreteWidget", "IWidget"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_names, "..cfn.aws_cloudwatch"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )

__all__ = [
    *_cfn_names,
    "Alarm",
    "AlarmActionConfig",
    "AlarmBase",
    "AlarmProps",
    "AlarmRule",
    "AlarmState",
    "AlarmStatusWidget",
    "AlarmStatusWidgetProps",
    "AlarmStatusWidgetSortBy",
    "AlarmWidget",
    "AlarmWidgetProps",
    "AnomalyDetectionAlarm",
    "AnomalyDetectionAlarmProps",
    "Color",
    "Column",
    "CommonMetricOptions",
    "ComparisonOperator",
    "CompositeAlarm",
    "CompositeAlarmProps",
    "ConcreteWidget",
    "CreateAlarmOptions",
    "CustomWidget",
    "CustomWidgetProps",
    "Dashboard",
    "DashboardProps",
    "Dimension",
    "GaugeWidget",
    "GaugeWidgetProps",
    "GraphWidget",
    "GraphWidgetProps",
    "GraphWidgetView",
    "HorizontalAnnotation",
    "IAlarm",
    "IAlarmAction",
    "IAlarmRule",
    "IMetric",
    "IWidget",
    "LegendPosition",
    "MathExpression",
    "MathExpressionOptions",
    "MathExpressionProps",
    "Metric",
    "MetricConfig",
    "MetricExpressionConfig",
    "MetricOptions",
    "MetricProps",
    "MetricStatConfig",
    "MetricWidgetProps",
    "PeriodOverride",
    "Row",
    "SearchExpression",
    "SearchExpressionOptions",
    "SearchExpressionProps",
    "Shading",
    "SingleValueWidget",
    "SingleValueWidgetProps",
    "Spacer",
    "SpacerProps",
    "Statistic",
    "Stats",
    "LogQueryLanguage",
    "LogQueryVisualizationType",
    "LogQueryWidget",
    "LogQueryWidgetProps",
    "TextWidget",
    "TextWidgetBackground",
    "TextWidgetProps",
    "TreatMissingData",
    "Unit",
    "YAxisProps",
]
