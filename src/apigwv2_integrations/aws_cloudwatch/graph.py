"""Metric widgets: GraphWidget (lines, bars, pies) and SingleValueWidget, with their options."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence

from ..core.converters import optional_dict, optional_tuple, to_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, fields_of, lazy_frozen
from ..core.tokens.pseudo import Aws
from ..core.tokens.token import Token
from ._rendering import all_metrics_graph_json
from .alarm_base import IAlarm
from .metric_types import IMetric
from .widget import ConcreteWidget

if TYPE_CHECKING:
    from typing import Any


class GraphWidgetView(SimpleEnum):
    """How a graph shows its metrics."""

    TIME_SERIES = "timeSeries"
    BAR = "bar"
    PIE = "pie"


class LegendPosition(SimpleEnum):
    """Where a graph's legend is."""

    BOTTOM = "bottom"
    RIGHT = "right"
    HIDDEN = "hidden"


class Shading(SimpleEnum):
    """Which side of a horizontal annotation is shaded."""

    NONE = "none"
    ABOVE = "above"
    BELOW = "below"


class VerticalShading(SimpleEnum):
    """Which side of a vertical annotation is shaded."""

    NONE = "none"
    BEFORE = "before"
    AFTER = "after"


class Color:
    """The colors of CloudWatch's default palette."""

    BLUE = "#1f77b4"
    BROWN = "#8c564b"
    GREEN = "#2ca02c"
    GREY = "#7f7f7f"
    ORANGE = "#ff7f0e"
    PINK = "#e377c2"
    PURPLE = "#9467bd"
    RED = "#d62728"


@lazy_frozen(kw_only=True)
class HorizontalAnnotation(metaclass=LazyAttrsMeta):
    """A horizontal line on a graph."""

    value: float
    """Where the line is."""
    color: str | None = None
    """Its color. Default: chosen by the graph."""
    fill: Shading | None = None
    """Which side is shaded. Default: none."""
    label: str | None = None
    """Its label. Default: none."""
    visible: bool | None = None
    """Whether it shows. Default: True."""


@lazy_frozen(kw_only=True)
class VerticalAnnotation(metaclass=LazyAttrsMeta):
    """A vertical line on a graph, at a point in time."""

    date: str
    """Where the line is: a time in ISO 8601, such as `2024-01-31T12:00:00Z`."""
    color: str | None = None
    """Its color. Default: chosen by the graph."""
    fill: VerticalShading | None = None
    """Which side is shaded. Default: none."""
    label: str | None = None
    """Its label. Default: none."""
    visible: bool | None = None
    """Whether it shows. Default: True."""


@lazy_frozen(kw_only=True)
class YAxisProps(metaclass=LazyAttrsMeta):
    """A graph's Y axis."""

    label: str | None = None
    """The axis label. Default: none."""
    max: float | None = None
    """The highest value shown. Default: automatic."""
    min: float | None = None
    """The lowest value shown. Default: 0."""
    show_units: bool | None = None
    """Whether units show in the label. Default: True."""


def _to_annotations(
    value: Sequence[HorizontalAnnotation | Mapping[str, Any]] | None,
) -> tuple[HorizontalAnnotation, ...] | None:
    if value is None:
        return None
    return tuple(HorizontalAnnotation(**a) if isinstance(a, Mapping) else a for a in value)


def _to_vertical_annotations(
    value: Sequence[VerticalAnnotation | Mapping[str, Any]] | None,
) -> tuple[VerticalAnnotation, ...] | None:
    if value is None:
        return None
    return tuple(VerticalAnnotation(**a) if isinstance(a, Mapping) else a for a in value)


def _to_y_axis(value: YAxisProps | Mapping[str, Any] | None) -> YAxisProps | None:
    return YAxisProps(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class MetricWidgetProps(metaclass=LazyAttrsMeta):
    """Options of every metric widget."""

    account_id: str | None = None
    """The account the widget's metrics are in. Default: the dashboard's account."""
    height: float | None = None
    """Height in grid units. Default: depends on the widget."""
    region: str | None = None
    """The region the widget's metrics are in. Default: the stack's region."""
    title: str | None = None
    """The widget's title. Default: none."""
    width: float | None = None
    """Width in grid units. Default: 6."""


@lazy_frozen(kw_only=True)
class GraphWidgetProps(MetricWidgetProps, metaclass=LazyAttrsMeta):
    """Properties of a GraphWidget."""

    display_labels_on_chart: bool | None = None
    """Show labels on a pie chart. Default: False."""
    end: str | None = None
    """End of the time range (ISO 8601 or relative). Default: now."""
    left: Sequence[IMetric] | None = field(default=None, converter=optional_tuple)
    """Metrics on the left Y axis. Default: none."""
    left_annotations: Sequence[HorizontalAnnotation] | None = field(default=None, converter=_to_annotations)
    """Horizontal annotations on the left Y axis. Default: none."""
    left_y_axis: YAxisProps | None = field(default=None, converter=_to_y_axis)
    """The left Y axis. Default: automatic."""
    legend_position: LegendPosition | None = None
    """Where the legend is. Default: BOTTOM."""
    live_data: bool | None = None
    """Show the latest, still incomplete, data points. Default: False."""
    period: Duration | None = None
    """Override the period of every metric. Default: each metric's period."""
    right: Sequence[IMetric] | None = field(default=None, converter=optional_tuple)
    """Metrics on the right Y axis. Default: none."""
    right_annotations: Sequence[HorizontalAnnotation] | None = field(default=None, converter=_to_annotations)
    """Horizontal annotations on the right Y axis. Default: none."""
    right_y_axis: YAxisProps | None = field(default=None, converter=_to_y_axis)
    """The right Y axis. Default: automatic."""
    set_period_to_time_range: bool | None = None
    """Aggregate over the whole time range (bar and pie charts). Default: False."""
    stacked: bool | None = None
    """Stack the lines. Default: False."""
    start: str | None = None
    """Start of the time range (ISO 8601 or relative, such as `-P7D`). Default: the dashboard's."""
    statistic: str | None = None
    """Override the statistic of every metric. Default: each metric's statistic."""
    vertical_annotations: Sequence[VerticalAnnotation] | None = field(
        default=None, converter=_to_vertical_annotations
    )
    """Vertical annotations. Default: none."""
    view: GraphWidgetView | None = None
    """How the metrics show. Default: TIME_SERIES."""


@lazy_frozen(kw_only=True)
class SingleValueWidgetProps(MetricWidgetProps, metaclass=LazyAttrsMeta):
    """Properties of a SingleValueWidget."""

    metrics: Sequence[IMetric] = field(converter=to_tuple)
    """The metrics whose latest values show."""
    end: str | None = None
    """End of the time range. Default: now."""
    full_precision: bool | None = None
    """Show every digit. Default: False."""
    period: Duration | None = None
    """Override the period of every metric. Default: each metric's period."""
    set_period_to_time_range: bool | None = None
    """Aggregate over the whole time range. Default: False."""
    sparkline: bool | None = None
    """Show a sparkline under each value. Default: False."""
    start: str | None = None
    """Start of the time range. Default: the dashboard's."""


def _render_struct(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    rendered: dict[str, Any] = {}
    for attribute in fields_of(type(value)):
        item = getattr(value, attribute.name)
        if isinstance(item, enum.Enum):
            item = item.value
        head, *rest = attribute.name.split("_")
        rendered[head + "".join(part.title() for part in rest)] = item
    return rendered


# The ISO 8601 date-times aws-cdk-lib accepts for vertical annotations (a time is required, a zone optional).
_ISO_8601 = re.compile(
    r"(-?(?:[1-9][0-9]*)?[0-9]{4})-(1[0-2]|0[1-9])-(3[01]|0[1-9]|[12][0-9])"
    r"T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(.[0-9]+)?(Z)?"
)


def _check_vertical_annotations(annotations: Sequence[VerticalAnnotation] | None) -> None:
    for index, annotation in enumerate(annotations or ()):
        date = annotation.date
        if not Token.is_unresolved(date) and _ISO_8601.fullmatch(date) is None:
            raise ValidationError(
                None,
                f"vertical_annotations[{index}].date={date!r} is not an ISO 8601 date-time; "
                "write it like '2024-01-31T12:00:00Z'",
            )


def _check_start_end(start: str | None, end: str | None) -> None:
    if end is not None and start is None:
        raise ValidationError(None, f"end={end!r} is given without start; give start too")


@lazy_frozen(kw_only=True)
class AlarmWidgetProps(MetricWidgetProps, metaclass=LazyAttrsMeta):
    """Properties of an AlarmWidget."""

    alarm: IAlarm
    """The alarm shown."""
    left_y_axis: YAxisProps | None = field(default=None, converter=_to_y_axis)
    """The left Y axis. Default: automatic."""


class AlarmWidget(ConcreteWidget):
    """The metric of an alarm, with its threshold."""

    def __init__(
        self,
        *,
        alarm: IAlarm,
        left_y_axis: YAxisProps | Mapping[str, Any] | None = None,
        account_id: str | None = None,
        height: float | None = None,
        region: str | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        props = AlarmWidgetProps(
            alarm=alarm,
            left_y_axis=left_y_axis,
            account_id=account_id,
            height=height,
            region=region,
            title=title,
            width=width,
        )
        super().__init__(props.width or 6, props.height or 6)
        self.props = props

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        return self._widget_json(
            "metric",
            {
                "view": "timeSeries",
                "title": props.title,
                "region": props.region or Aws.REGION,
                "annotations": {"alarms": [props.alarm.alarm_arn]},
                "yAxis": {"left": _render_struct(props.left_y_axis)},
                "accountId": props.account_id,
            },
        )


class GraphWidget(ConcreteWidget):
    """A graph of metrics over time (or a bar or pie chart)."""

    def __init__(
        self,
        *,
        display_labels_on_chart: bool | None = None,
        end: str | None = None,
        left: Sequence[IMetric] | None = None,
        left_annotations: Sequence[HorizontalAnnotation | Mapping[str, Any]] | None = None,
        left_y_axis: YAxisProps | Mapping[str, Any] | None = None,
        legend_position: LegendPosition | None = None,
        live_data: bool | None = None,
        period: Duration | None = None,
        right: Sequence[IMetric] | None = None,
        right_annotations: Sequence[HorizontalAnnotation | Mapping[str, Any]] | None = None,
        right_y_axis: YAxisProps | Mapping[str, Any] | None = None,
        set_period_to_time_range: bool | None = None,
        stacked: bool | None = None,
        start: str | None = None,
        statistic: str | None = None,
        vertical_annotations: Sequence[VerticalAnnotation | Mapping[str, Any]] | None = None,
        view: GraphWidgetView | None = None,
        account_id: str | None = None,
        height: float | None = None,
        region: str | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        props = GraphWidgetProps(
            display_labels_on_chart=display_labels_on_chart,
            end=end,
            left=left,
            left_annotations=left_annotations,
            left_y_axis=left_y_axis,
            legend_position=legend_position,
            live_data=live_data,
            period=period,
            right=right,
            right_annotations=right_annotations,
            right_y_axis=right_y_axis,
            set_period_to_time_range=set_period_to_time_range,
            stacked=stacked,
            start=start,
            statistic=statistic,
            vertical_annotations=vertical_annotations,
            view=view,
            account_id=account_id,
            height=height,
            region=region,
            title=title,
            width=width,
        )
        super().__init__(props.width or 6, props.height or 6)
        _check_vertical_annotations(props.vertical_annotations)
        self.props = props
        self._left: list[IMetric] = list(props.left or ())
        self._right: list[IMetric] = list(props.right or ())
        self._copy_metric_warnings(*self._left, *self._right)
        _check_start_end(props.start, props.end)
        if props.display_labels_on_chart and props.view is not GraphWidgetView.PIE:
            raise ValidationError(
                None,
                "display_labels_on_chart=True needs view=GraphWidgetView.PIE; "
                "set the view or drop the labels",
            )

    def add_left_metric(self, metric: IMetric) -> None:
        """Add a metric on the left Y axis."""
        self._left.append(metric)
        self._copy_metric_warnings(metric)

    def add_right_metric(self, metric: IMetric) -> None:
        """Add a metric on the right Y axis."""
        self._right.append(metric)
        self._copy_metric_warnings(metric)

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        horizontal = [
            {**(_render_struct(a) or {}), "yAxis": axis}
            for axis, annotations in (("left", props.left_annotations), ("right", props.right_annotations))
            for a in annotations or ()
        ]
        vertical = [
            {"value": a.date, **{k: v for k, v in (_render_struct(a) or {}).items() if k != "date"}}
            for a in props.vertical_annotations or ()
        ]
        annotations = (
            {"horizontal": horizontal or None, "vertical": vertical or None}
            if horizontal or vertical
            else None
        )
        metrics = all_metrics_graph_json(self._left, self._right)
        return self._widget_json(
            "metric",
            {
                "view": (props.view or GraphWidgetView.TIME_SERIES).value,
                "title": props.title,
                "region": props.region or Aws.REGION,
                "stacked": props.stacked,
                "labels": {"visible": True} if props.display_labels_on_chart else None,
                "metrics": metrics or None,
                "annotations": annotations,
                "yAxis": {
                    "left": _render_struct(props.left_y_axis),
                    "right": _render_struct(props.right_y_axis),
                },
                "legend": {"position": props.legend_position.value} if props.legend_position else None,
                "liveData": props.live_data,
                "setPeriodToTimeRange": props.set_period_to_time_range,
                "period": props.period.to_seconds() if props.period else None,
                "stat": props.statistic,
                "start": props.start,
                "end": props.end,
                "accountId": props.account_id,
            },
        )


class SingleValueWidget(ConcreteWidget):
    """The latest value of each of some metrics."""

    def __init__(
        self,
        *,
        metrics: Sequence[IMetric],
        end: str | None = None,
        full_precision: bool | None = None,
        period: Duration | None = None,
        set_period_to_time_range: bool | None = None,
        sparkline: bool | None = None,
        start: str | None = None,
        account_id: str | None = None,
        height: float | None = None,
        region: str | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        props = SingleValueWidgetProps(
            metrics=metrics,
            end=end,
            full_precision=full_precision,
            period=period,
            set_period_to_time_range=set_period_to_time_range,
            sparkline=sparkline,
            start=start,
            account_id=account_id,
            height=height,
            region=region,
            title=title,
            width=width,
        )
        super().__init__(props.width or 6, props.height or 3)
        self.props = props
        self._copy_metric_warnings(*props.metrics)
        if props.set_period_to_time_range and props.sparkline:
            raise ValidationError(
                None, "set_period_to_time_range=True cannot be combined with sparkline=True; drop one of them"
            )
        _check_start_end(props.start, props.end)

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        return self._widget_json(
            "metric",
            {
                "view": "singleValue",
                "title": props.title,
                "region": props.region or Aws.REGION,
                "sparkline": props.sparkline,
                "metrics": all_metrics_graph_json(props.metrics, []),
                "setPeriodToTimeRange": props.set_period_to_time_range,
                "singleValueFullPrecision": props.full_precision,
                "period": props.period.to_seconds() if props.period else None,
                "start": props.start,
                "end": props.end,
                "accountId": props.account_id,
            },
        )


@lazy_frozen(kw_only=True)
class GaugeWidgetProps(MetricWidgetProps, metaclass=LazyAttrsMeta):
    """Properties of a GaugeWidget."""

    annotations: Sequence[HorizontalAnnotation] | None = field(default=None, converter=_to_annotations)
    """Horizontal annotations. Default: none."""
    end: str | None = None
    """End of the time range. Default: now."""
    left_y_axis: YAxisProps | None = field(default=None, converter=_to_y_axis)
    """The gauge's range. Default: 0 to 100."""
    legend_position: LegendPosition | None = None
    """Where the legend is. Default: BOTTOM."""
    live_data: bool | None = None
    """Show the latest, still incomplete, data points. Default: False."""
    metrics: Sequence[IMetric] | None = field(default=None, converter=optional_tuple)
    """The metrics shown. Default: none."""
    period: Duration | None = None
    """Override the period of every metric. Default: each metric's period."""
    set_period_to_time_range: bool | None = None
    """Aggregate over the whole time range. Default: False."""
    start: str | None = None
    """Start of the time range. Default: the dashboard's."""
    statistic: str | None = None
    """Override the statistic of every metric. Default: each metric's statistic."""


class GaugeWidget(ConcreteWidget):
    """A gauge of metric values between a minimum and a maximum."""

    def __init__(
        self,
        *,
        annotations: Sequence[HorizontalAnnotation | Mapping[str, Any]] | None = None,
        end: str | None = None,
        left_y_axis: YAxisProps | Mapping[str, Any] | None = None,
        legend_position: LegendPosition | None = None,
        live_data: bool | None = None,
        metrics: Sequence[IMetric] | None = None,
        period: Duration | None = None,
        set_period_to_time_range: bool | None = None,
        start: str | None = None,
        statistic: str | None = None,
        account_id: str | None = None,
        height: float | None = None,
        region: str | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        props = GaugeWidgetProps(
            annotations=annotations,
            end=end,
            left_y_axis=left_y_axis,
            legend_position=legend_position,
            live_data=live_data,
            metrics=metrics,
            period=period,
            set_period_to_time_range=set_period_to_time_range,
            start=start,
            statistic=statistic,
            account_id=account_id,
            height=height,
            region=region,
            title=title,
            width=width,
        )
        super().__init__(props.width or 6, props.height or 6)
        self.props = props
        self._metrics: list[IMetric] = list(props.metrics or ())
        self._copy_metric_warnings(*self._metrics)
        _check_start_end(props.start, props.end)

    def add_metric(self, metric: IMetric) -> None:
        """Add a metric to the gauge."""
        self._metrics.append(metric)
        self._copy_metric_warnings(metric)

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        metrics = all_metrics_graph_json(self._metrics, [])
        left: dict[str, Any] = {"min": 0, "max": 100}
        for key, value in (_render_struct(props.left_y_axis) or {}).items():
            if value is not None:
                left[key] = value
        return self._widget_json(
            "metric",
            {
                "view": "gauge",
                "title": props.title,
                "region": props.region or Aws.REGION,
                "metrics": metrics or None,
                "annotations": {"horizontal": [_render_struct(a) for a in props.annotations]}
                if props.annotations
                else None,
                "yAxis": {"left": left},
                "legend": {"position": props.legend_position.value} if props.legend_position else None,
                "liveData": props.live_data,
                "setPeriodToTimeRange": props.set_period_to_time_range,
                "period": props.period.to_seconds() if props.period else None,
                "stat": props.statistic,
                "start": props.start,
                "end": props.end,
                "accountId": props.account_id,
            },
        )


@lazy_frozen(kw_only=True)
class CustomWidgetProps(metaclass=LazyAttrsMeta):
    """Properties of a CustomWidget."""

    function_arn: str
    """The Lambda function that renders the widget."""
    title: str
    """The widget's title."""
    height: float | None = None
    """Height in grid units. Default: 6."""
    params: Mapping[str, Any] | None = field(default=None, converter=optional_dict)
    """Parameters passed to the function. Default: none."""
    update_on_refresh: bool | None = None
    """Re-render when the dashboard refreshes. Default: True."""
    update_on_resize: bool | None = None
    """Re-render when the widget is resized. Default: True."""
    update_on_time_range_change: bool | None = None
    """Re-render when the time range changes. Default: True."""
    width: float | None = None
    """Width in grid units. Default: 6."""


class CustomWidget(ConcreteWidget):
    """A widget a Lambda function renders."""

    def __init__(
        self,
        *,
        function_arn: str,
        title: str,
        height: float | None = None,
        params: Mapping[str, Any] | None = None,
        update_on_refresh: bool | None = None,
        update_on_resize: bool | None = None,
        update_on_time_range_change: bool | None = None,
        width: float | None = None,
    ) -> None:
        props = CustomWidgetProps(
            function_arn=function_arn,
            title=title,
            height=height,
            params=params,
            update_on_refresh=update_on_refresh,
            update_on_resize=update_on_resize,
            update_on_time_range_change=update_on_time_range_change,
            width=width,
        )
        super().__init__(
            props.width if props.width is not None else 6, props.height if props.height is not None else 6
        )
        self.props = props

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        return self._widget_json(
            "custom",
            {
                "endpoint": props.function_arn,
                "params": props.params,
                "title": props.title,
                "updateOn": {
                    "refresh": True if props.update_on_refresh is None else props.update_on_refresh,
                    "resize": True if props.update_on_resize is None else props.update_on_resize,
                    "timeRange": True
                    if props.update_on_time_range_change is None
                    else props.update_on_time_range_change,
                },
            },
        )


class TableLayout(SimpleEnum):
    """Whether a table widget shows metrics as rows (HORIZONTAL) or as columns (VERTICAL)."""

    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"


class TableSummaryColumn(SimpleEnum):
    """A summary column of a table widget: one statistic over the time range."""

    MINIMUM = "MIN"
    MAXIMUM = "MAX"
    SUM = "SUM"
    AVERAGE = "AVG"


@lazy_frozen(kw_only=True)
class TableSummaryProps(metaclass=LazyAttrsMeta):
    """The summary columns of a table widget."""

    columns: Sequence[TableSummaryColumn] | None = field(default=None, converter=optional_tuple)
    """The summary columns shown. Default: none."""
    hide_non_summary_columns: bool | None = None
    """Show only the summary columns, not the data points. Default: False."""
    sticky: bool | None = None
    """Keep the summary columns in view while the table scrolls. Default: False."""


def _to_table_summary(value: TableSummaryProps | Mapping[str, Any] | None) -> TableSummaryProps | None:
    return TableSummaryProps(**value) if isinstance(value, Mapping) else value


class TableThreshold:
    """A threshold of a table widget: the cells above, below or between values are colored."""

    def __init__(self, rendered: Any, description: str) -> None:
        self._rendered = rendered
        self._description = description

    @classmethod
    def above(cls, value: float, color: str | None = None) -> TableThreshold:
        """Color the cells above a value."""
        return cls(_band_edge(value, color, "above"), _call("above", value, color))

    @classmethod
    def below(cls, value: float, color: str | None = None) -> TableThreshold:
        """Color the cells below a value."""
        return cls(_band_edge(value, color, "below"), _call("below", value, color))

    @classmethod
    def between(cls, lower_bound: float, upper_bound: float, color: str | None = None) -> TableThreshold:
        """Color the cells between two values."""
        return cls(
            [_band_edge(lower_bound, color, None), _band_edge(upper_bound, None, None)],
            _call("between", lower_bound, upper_bound, color),
        )

    def to_json(self) -> Any:
        """The threshold's JSON: a horizontal annotation, or a pair of them for a band."""
        return self._rendered

    def __repr__(self) -> str:
        return self._description


def _band_edge(value: float, color: str | None, fill: str | None) -> dict[str, Any]:
    rendered: dict[str, Any] = {"value": value, "color": color, "fill": fill}
    return {key: item for key, item in rendered.items() if item is not None}


def _call(factory: str, *arguments: Any) -> str:
    shown = arguments[:-1] if arguments[-1] is None else arguments
    return f"TableThreshold.{factory}({', '.join(repr(a) for a in shown)})"


@lazy_frozen(kw_only=True)
class TableWidgetProps(MetricWidgetProps, metaclass=LazyAttrsMeta):
    """Properties of a TableWidget."""

    end: str | None = None
    """End of the time range. Default: now."""
    full_precision: bool | None = None
    """Show every digit. Default: False."""
    layout: TableLayout | None = None
    """Whether metrics are rows or columns. Default: HORIZONTAL."""
    live_data: bool | None = None
    """Show the latest, still incomplete, data points. Default: False."""
    metrics: Sequence[IMetric] | None = field(default=None, converter=optional_tuple)
    """The metrics shown. Default: none."""
    period: Duration | None = None
    """Override the period of every metric. Default: each metric's period."""
    set_period_to_time_range: bool | None = None
    """Aggregate over the whole time range. Default: False."""
    show_units_in_label: bool | None = None
    """Show each metric's unit in its label. Default: False."""
    start: str | None = None
    """Start of the time range. Default: the dashboard's."""
    statistic: str | None = None
    """Override the statistic of every metric. Default: each metric's statistic."""
    summary: TableSummaryProps | None = field(default=None, converter=_to_table_summary)
    """The summary columns. Default: none."""
    thresholds: Sequence[TableThreshold] | None = field(default=None, converter=optional_tuple)
    """Thresholds that color cells. Default: none."""


class TableWidget(ConcreteWidget):
    """A table of metric values, one row (or column) per metric."""

    def __init__(
        self,
        *,
        end: str | None = None,
        full_precision: bool | None = None,
        layout: TableLayout | None = None,
        live_data: bool | None = None,
        metrics: Sequence[IMetric] | None = None,
        period: Duration | None = None,
        set_period_to_time_range: bool | None = None,
        show_units_in_label: bool | None = None,
        start: str | None = None,
        statistic: str | None = None,
        summary: TableSummaryProps | Mapping[str, Any] | None = None,
        thresholds: Sequence[TableThreshold] | None = None,
        account_id: str | None = None,
        height: float | None = None,
        region: str | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        props = TableWidgetProps(
            end=end,
            full_precision=full_precision,
            layout=layout,
            live_data=live_data,
            metrics=metrics,
            period=period,
            set_period_to_time_range=set_period_to_time_range,
            show_units_in_label=show_units_in_label,
            start=start,
            statistic=statistic,
            summary=summary,
            thresholds=thresholds,
            account_id=account_id,
            height=height,
            region=region,
            title=title,
            width=width,
        )
        super().__init__(props.width or 6, props.height or 6)
        self.props = props
        self._metrics: list[IMetric] = list(props.metrics or ())
        self._copy_metric_warnings(*self._metrics)
        _check_start_end(props.start, props.end)

    def add_metric(self, metric: IMetric) -> None:
        """Add a metric to the table."""
        self._metrics.append(metric)
        self._copy_metric_warnings(metric)

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        summary = props.summary or TableSummaryProps()
        metrics = all_metrics_graph_json(self._metrics, [])
        thresholds = [threshold.to_json() for threshold in props.thresholds or ()]
        return self._widget_json(
            "metric",
            {
                "title": props.title,
                "view": "table",
                # aws-cdk-lib writes every table option, its defaults included.
                "table": {
                    "layout": (props.layout or TableLayout.HORIZONTAL).value,
                    "showTimeSeriesData": not summary.hide_non_summary_columns,
                    "stickySummary": bool(summary.sticky),
                    "summaryColumns": [column.value for column in summary.columns or ()],
                },
                "region": props.region or Aws.REGION,
                "metrics": metrics or None,
                "annotations": {"horizontal": thresholds} if thresholds else None,
                "yAxis": {"left": {"showUnits": True} if props.show_units_in_label else None},
                "liveData": props.live_data,
                "singleValueFullPrecision": props.full_precision,
                "setPeriodToTimeRange": props.set_period_to_time_range,
                "period": props.period.to_seconds() if props.period else None,
                "stat": props.statistic,
                "start": props.start,
                "end": props.end,
                "accountId": props.account_id,
            },
        )
