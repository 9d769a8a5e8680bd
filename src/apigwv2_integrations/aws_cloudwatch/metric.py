"""Metric and MathExpression: CloudWatch metrics and expressions over them, for alarms and graphs."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable
from ..core.construct import Construct
from ..core.converters import optional_dict
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, TypeVar
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, fields_of, lazy_frozen
from ..core.tokens.resolvable import IResolvable
from ..core.tokens.token import Token
from ._rendering import metric_key
from ._statistic import normalize_statistic, statistic_kind
from .metric_types import (
    Dimension,
    IMetric,
    MetricConfig,
    MetricExpressionConfig,
    MetricStatConfig,
    Unit,
    metric_config_of,
)
from .stats import Stats

if TYPE_CHECKING:
    from typing import Any

    from .alarm import Alarm, ComparisonOperator, TreatMissingData

_FIVE_MINUTES = 300
_MAX_DIMENSIONS = 30
_VARIABLE = re.compile(r"[a-z][a-zA-Z0-9_]*")


@lazy_frozen(kw_only=True)
class CommonMetricOptions(metaclass=LazyAttrsMeta):
    """Options every metric takes."""

    account: str | None = None
    """The account the metric lives in. Default: the account of the stack it is used in."""
    color: str | None = None
    """The color of the metric's line in graphs, as a hex string. Default: chosen by the graph."""
    dimensions_map: Mapping[str, Any] | None = field(default=None, converter=optional_dict)
    """Dimensions of the metric. Default: none."""
    id: str | None = None
    """An id for the metric, to use it in math expressions. Default: none."""
    label: str | None = None
    """The label shown in graphs and alarms. Default: none."""
    period: Duration | None = None
    """How long each data point aggregates. Default: 5 minutes."""
    region: str | None = None
    """The region the metric lives in. Default: the region of the stack it is used in."""
    stack_account: str | None = None
    """The account of the stack the metric is attached to. Default: none."""
    stack_region: str | None = None
    """The region of the stack the metric is attached to. Default: none."""
    statistic: str | None = None
    """The statistic (`Stats.SUM`, `Stats.p(99)`, ...). Default: Average."""
    unit: Unit | None = None
    """Only data points of this unit. Default: all units."""
    visible: bool | None = None
    """Whether the metric shows in graphs. Default: True."""


@lazy_frozen(kw_only=True)
class MetricOptions(CommonMetricOptions, metaclass=LazyAttrsMeta):
    """Options of the `metric*` methods of constructs."""


@lazy_frozen(kw_only=True)
class MetricProps(CommonMetricOptions, metaclass=LazyAttrsMeta):
    """Properties of a Metric."""

    metric_name: str
    """The metric's name."""
    namespace: str
    """The metric's namespace."""


@lazy_frozen(kw_only=True)
class MathExpressionOptions(metaclass=LazyAttrsMeta):
    """Options of a math expression that `with_` can change."""

    color: str | None = None
    """The color of the expression's line in graphs. Default: chosen by the graph."""
    label: str | None = None
    """The label shown in graphs. Default: the expression."""
    period: Duration | None = None
    """The period of the expression and of every metric it uses. Default: 5 minutes."""
    search_account: str | None = None
    """The account a SEARCH in the expression runs in. Default: the stack's account."""
    search_region: str | None = None
    """The region a SEARCH in the expression runs in. Default: the stack's region."""


def _to_using_metrics(value: Mapping[str, IMetric] | None) -> dict[str, IMetric] | None:
    return dict(value) if value is not None else None


@lazy_frozen(kw_only=True)
class MathExpressionProps(MathExpressionOptions, metaclass=LazyAttrsMeta):
    """Properties of a MathExpression."""

    expression: str
    """The expression, naming metrics by their keys in `using_metrics`."""
    using_metrics: Mapping[str, IMetric] | None = field(default=None, converter=_to_using_metrics)
    """The metrics the expression uses, by identifier (lowercase first letter). Default: none."""


@lazy_frozen(kw_only=True)
class AnomalyDetectionMetricOptions(MathExpressionOptions, metaclass=LazyAttrsMeta):
    """Options of `Metric.anomaly_detection_for`."""

    metric: IMetric
    """The metric whose expected band is computed."""
    std_devs: float | None = None
    """The band's width in standard deviations. Default: 2."""


@lazy_frozen(kw_only=True)
class CreateAlarmOptions(metaclass=LazyAttrsMeta):
    """Options of `create_alarm`."""

    evaluation_periods: float
    """How many periods the threshold is compared over."""
    threshold: float
    """The value the statistic is compared with."""
    actions_enabled: bool | None = None
    """Whether the alarm's actions run. Default: True."""
    alarm_description: str | None = None
    """A description of the alarm. Default: none."""
    alarm_name: str | None = None
    """The alarm's name. Default: generated by CloudFormation."""
    comparison_operator: ComparisonOperator | None = None
    """How the statistic is compared with the threshold. Default: GREATER_THAN_OR_EQUAL_TO_THRESHOLD."""
    datapoints_to_alarm: float | None = None
    """How many data points must breach to go into ALARM. Default: `evaluation_periods`."""
    evaluate_low_sample_count_percentile: str | None = None
    """For percentile statistics: 'evaluate' or 'ignore' periods with few data points. Default: evaluate."""
    treat_missing_data: TreatMissingData | None = None
    """How missing data points are treated. Default: TreatMissingData.MISSING."""


def _check_period(period: Duration) -> None:
    if period.is_unresolved():
        return
    seconds = period.to_seconds(integral=False)
    if seconds not in (1, 5, 10, 30) and seconds % 60 != 0:
        raise ValidationError(
            None,
            f"period={period!r} is not a metric period; "
            "use 1, 5, 10 or 30 seconds or a multiple of 60 seconds",
        )


def _check_dimensions(dimensions: dict[str, Any]) -> None:
    if len(dimensions) > _MAX_DIMENSIONS:
        raise ValidationError(
            None, f"dimensions_map has {len(dimensions)} dimensions; use at most {_MAX_DIMENSIONS}"
        )
    for key, value in dimensions.items():
        if value is None:
            raise ValidationError(
                None, f"dimensions_map[{key!r}]=None has no value; give every dimension a value"
            )
        if not isinstance(value, (str, IResolvable)):
            raise TypeError(f"dimensions_map[{key!r}]={value!r} is not a str; use a str, e.g. {str(value)!r}")
        if not Token.is_unresolved(key) and not 1 <= len(key) <= 255:
            raise ValidationError(
                None, f"dimensions_map key {key!r} has a bad length; use 1 to 255 characters"
            )
        if isinstance(value, str) and not Token.is_unresolved(value) and not 1 <= len(value) <= 255:
            raise ValidationError(
                None, f"dimensions_map[{key!r}]={value!r} has a bad length; use 1 to 255 characters"
            )


class _AlarmableMetric:
    """What Metric and MathExpression share: `create_alarm` (a SearchExpression cannot be alarmed on)."""

    warnings: list[str] | None
    warnings_v2: dict[str, str] | None

    def to_metric_config(self) -> MetricConfig:
        """The metric's configuration."""
        raise NotImplementedError(f"{type(self).__name__} must define to_metric_config")

    def create_alarm(
        self,
        scope: Construct,
        id: str,
        *,
        evaluation_periods: float,
        threshold: float,
        actions_enabled: bool | None = None,
        alarm_description: str | None = None,
        alarm_name: str | None = None,
        comparison_operator: ComparisonOperator | None = None,
        datapoints_to_alarm: float | None = None,
        evaluate_low_sample_count_percentile: str | None = None,
        treat_missing_data: TreatMissingData | None = None,
    ) -> Alarm:
        """An Alarm on this metric or expression."""
        # Deferred for import speed: the alarm modules are needed only once an alarm is made.
        from .alarm import Alarm

        return Alarm(
            scope,
            id,
            metric=self,
            evaluation_periods=evaluation_periods,
            threshold=threshold,
            actions_enabled=actions_enabled,
            alarm_description=alarm_description,
            alarm_name=alarm_name,
            comparison_operator=comparison_operator,
            datapoints_to_alarm=datapoints_to_alarm,
            evaluate_low_sample_count_percentile=evaluate_low_sample_count_percentile,
            treat_missing_data=treat_missing_data,
        )


class Metric(_AlarmableMetric):
    """One CloudWatch metric, read with a statistic over a period."""

    def __init__(
        self,
        *,
        metric_name: str,
        namespace: str,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> None:
        props = MetricProps(
            metric_name=metric_name,
            namespace=namespace,
            account=account,
            color=color,
            dimensions_map=dimensions_map,
            id=id,
            label=label,
            period=period,
            region=region,
            stack_account=stack_account,
            stack_region=stack_region,
            statistic=statistic,
            unit=unit,
            visible=visible,
        )
        self.period: Duration = props.period or Duration.minutes(5)
        _check_period(self.period)
        self.dimensions: dict[str, Any] | None = (
            dict(props.dimensions_map) if props.dimensions_map is not None else None
        )
        if self.dimensions is not None:
            _check_dimensions(self.dimensions)
        self.namespace: str = props.namespace
        self.metric_name: str = props.metric_name
        raw_statistic = props.statistic or Stats.AVERAGE
        self.warnings: list[str] | None = None
        self.warnings_v2: dict[str, str] | None = None
        if statistic_kind(raw_statistic)[0] == "unparseable":
            label_text = f', label "{props.label}"' if props.label else ""
            warning = (
                f'Unrecognized statistic "{raw_statistic}" for metric with namespace "{props.namespace}"'
                f'{label_text} and metric name "{props.metric_name}". Preferably use the '
                "`aws_cloudwatch.Stats` helper class to specify a statistic. You can ignore this warning "
                "if your statistic is valid but not yet supported by the `aws_cloudwatch.Stats` helper class."
            )
            self.warnings = [warning]
            self.warnings_v2 = {"CloudWatch:Alarm:UnrecognizedStatistic": warning}
        self.statistic: str = normalize_statistic(raw_statistic)
        self.label: str | None = props.label
        self.color: str | None = props.color
        self.id: str | None = props.id
        self.visible: bool | None = props.visible
        self.unit: Unit | None = props.unit
        self._account_override = props.account
        self._region_override = props.region
        self._stack_account = props.stack_account
        self._stack_region = props.stack_region

    @property
    def dimensions_map(self) -> dict[str, Any]:
        """The dimensions as given (an empty dict when none were)."""
        return dict(self.dimensions or {})

    @property
    def account(self) -> str | None:
        """The account of the metric: the one given, else the attached stack's."""
        return self._account_override or self._stack_account

    @property
    def region(self) -> str | None:
        """The region of the metric: the one given, else the attached stack's."""
        return self._region_override or self._stack_region

    @staticmethod
    def grant_put_metric_data(grantee: IGrantable) -> Grant:
        """Let `grantee` publish metric data (`cloudwatch:PutMetricData` on every metric)."""
        return Grant.add_to_principal(
            grantee=grantee, actions=["cloudwatch:PutMetricData"], resource_arns=["*"]
        )

    @staticmethod
    def anomaly_detection_for(
        *,
        metric: IMetric,
        std_devs: float | None = None,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> MathExpression:
        """The anomaly detection band of a metric: `ANOMALY_DETECTION_BAND(m0, std_devs)`."""
        options = AnomalyDetectionMetricOptions(
            metric=metric,
            std_devs=std_devs,
            color=color,
            label=label,
            period=period,
            search_account=search_account,
            search_region=search_region,
        )
        if options.std_devs is not None and options.std_devs <= 0:
            raise ValidationError(
                None, f"std_devs={options.std_devs!r} is not positive; use a number above 0"
            )
        devs = options.std_devs if options.std_devs is not None else 2
        devs_text = str(int(devs)) if float(devs).is_integer() else repr(float(devs))
        return MathExpression(
            expression=f"ANOMALY_DETECTION_BAND(m0, {devs_text})",
            using_metrics={"m0": options.metric},
            period=options.period,
            label=options.label if options.label is not None else "Anomaly Detection Band",
            color=options.color,
            search_account=options.search_account,
            search_region=options.search_region,
        )

    def with_(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """This metric with some options changed; the metric itself when nothing changes."""
        unchanged = (
            (label is None or label == self.label)
            and (color is None or color == self.color)
            and (id is None or id == self.id)
            and (visible is None or visible == self.visible)
            and (statistic is None or statistic == self.statistic)
            and (unit is None or unit == self.unit)
            and (account is None or account == self._account_override)
            and (region is None or region == self._region_override)
            and (stack_account is None or stack_account == self._stack_account)
            and (stack_region is None or stack_region == self._stack_region)
            and dimensions_map is None
            and (period is None or period.to_seconds() == self.period.to_seconds())
        )
        if unchanged:
            return self
        return Metric(
            dimensions_map=dimensions_map if dimensions_map is not None else self.dimensions,
            namespace=self.namespace,
            metric_name=self.metric_name,
            period=period if period is not None else self.period,
            statistic=statistic if statistic is not None else self.statistic,
            unit=unit if unit is not None else self.unit,
            label=label if label is not None else self.label,
            color=color if color is not None else self.color,
            id=id if id is not None else self.id,
            visible=visible if visible is not None else self.visible,
            account=account if account is not None else self._account_override,
            region=region if region is not None else self._region_override,
            stack_account=stack_account if stack_account is not None else self._stack_account,
            stack_region=stack_region if stack_region is not None else self._stack_region,
        )

    def attach_to(self, scope: Construct) -> Metric:
        """This metric, defaulting to the account and region of `scope`'s stack when they are known."""
        stack = Stack.of(scope)
        return self.with_(
            stack_account=None if Token.is_unresolved(stack.account) else stack.account,
            stack_region=None if Token.is_unresolved(stack.region) else stack.region,
        )

    def to_metric_config(self) -> MetricConfig:
        """The metric's configuration, as alarms and graphs render it."""
        dimensions = self._dimensions_as_list()
        return MetricConfig(
            metric_stat=MetricStatConfig(
                dimensions=dimensions or None,
                namespace=self.namespace,
                metric_name=self.metric_name,
                period=self.period,
                statistic=self.statistic,
                unit_filter=self.unit,
                account=self.account,
                region=self.region,
                account_override=self._account_override,
                region_override=self._region_override,
            ),
            rendering_properties={
                "color": self.color,
                "label": self.label,
                "id": self.id,
                "visible": self.visible,
            },
        )

    def to_string(self) -> str:
        """The label, else the metric name."""
        return self.label or self.metric_name

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"Metric(namespace={self.namespace!r}, metric_name={self.metric_name!r})"

    def _dimensions_as_list(self) -> list[Dimension]:
        if self.dimensions is None:
            return []
        return [Dimension(name=key, value=self.dimensions[key]) for key in sorted(self.dimensions)]


def _identifiers_in(expression: str) -> list[str]:
    without_tokens = re.sub(r"\$\{Token\[[^\]]+\]\}", "", expression)
    without_strings = re.sub(r"\"[^\"]*\"|'[^']*'", "", without_tokens)
    return _VARIABLE.findall(without_strings)


def _with_period(metric: IMetric, period: Duration) -> tuple[IMetric, bool]:
    """`metric` with `period`, and whether a period other than the default was overridden."""
    with_ = getattr(metric, "with_", None)
    if not callable(with_):
        raise ValidationError(None, f"using_metrics holds {metric!r}, which has no with_(); use a Metric")
    own = getattr(metric, "period", None)
    overridden = (
        isinstance(own, Duration)
        and own.to_seconds() != _FIVE_MINUTES
        and own.to_seconds() != period.to_seconds()
    )
    return with_(period=period), overridden


_ExpressionT = TypeVar("_ExpressionT", bound="_Expression")


class _Expression:
    """What MathExpression and SearchExpression share: their display options, `with_` and `to_string`."""

    expression: str
    label: str | None
    color: str | None
    period: Duration
    search_account: str | None
    search_region: str | None

    def with_(
        self: _ExpressionT,
        *,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> _ExpressionT:
        """This expression with some options changed; the expression itself when nothing changes."""
        unchanged = (
            (label is None or label == self.label)
            and (color is None or color == self.color)
            and (period is None or period.to_seconds() == self.period.to_seconds())
            and (search_account is None or search_account == self.search_account)
            and (search_region is None or search_region == self.search_region)
        )
        if unchanged:
            return self
        return self._with_options(
            {
                "label": label if label is not None else self.label,
                "color": color if color is not None else self.color,
                "period": period if period is not None else self.period,
                "search_account": search_account if search_account is not None else self.search_account,
                "search_region": search_region if search_region is not None else self.search_region,
            }
        )

    def _with_options(self: _ExpressionT, options: dict[str, Any]) -> _ExpressionT:
        raise NotImplementedError(f"{type(self).__name__} must define _with_options")

    def to_string(self) -> str:
        """The label, else the expression."""
        return self.label or self.expression

    def __str__(self) -> str:
        return self.to_string()


class MathExpression(_Expression, _AlarmableMetric):
    """A math expression over other metrics, such as `100 * errors / invocations`."""

    def __init__(
        self,
        *,
        expression: str,
        using_metrics: Mapping[str, IMetric] | None = None,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> None:
        props = MathExpressionProps(
            expression=expression,
            using_metrics=using_metrics,
            color=color,
            label=label,
            period=period,
            search_account=search_account,
            search_region=search_region,
        )
        self.period: Duration = props.period or Duration.minutes(5)
        self.expression: str = props.expression
        self.label: str | None = props.label
        self.color: str | None = props.color
        self.search_account: str | None = props.search_account
        self.search_region: str | None = props.search_region
        self.using_metrics: dict[str, IMetric] = {}
        any_overridden = False
        for key, metric in (props.using_metrics or {}).items():
            self.using_metrics[key], overridden = _with_period(metric, self.period)
            any_overridden = any_overridden or overridden
        warnings: dict[str, str] = {}
        if any_overridden:
            warnings["CloudWatch:Math:MetricsPeriodsOverridden"] = (
                f"Periods of metrics in 'usingMetrics' for Math expression '{self.expression}' have been "
                f"overridden to {int(self.period.to_seconds())} seconds."
            )
        invalid = [k for k in self.using_metrics if not Token.is_unresolved(k) and not _VARIABLE.fullmatch(k)]
        if invalid:
            raise ValidationError(
                None,
                f"using_metrics has invalid identifiers {invalid!r}; start each with a lowercase letter "
                "and use only letters, digits and underscores",
            )
        self._check_no_id_conflicts()
        missing = [i for i in _identifiers_in(self.expression) if i not in self.using_metrics]
        if missing and not re.search(
            r"\b(INSIGHT_RULE_METRIC|SELECT|SEARCH|METRICS)\b", self.expression.upper()
        ):
            warnings["CloudWatch:Math:UnknownIdentifier"] = (
                f"Math expression '{self.expression}' references unknown identifiers: {', '.join(missing)}. "
                "Please add them to the 'usingMetrics' map."
            )
        for metric in self.using_metrics.values():
            warnings.update(getattr(metric, "warnings_v2", None) or {})
        self.warnings: list[str] | None = list(warnings.values()) if warnings else None
        self.warnings_v2: dict[str, str] | None = warnings or None

    def _check_no_id_conflicts(self) -> None:
        seen: dict[str, IMetric] = {}

        def visit(metric: IMetric) -> None:
            config = metric_config_of(metric)
            if config.math_expression is None:
                return
            for key, sub_metric in config.math_expression.using_metrics.items():
                existing = seen.get(key)
                if existing is not None and metric_key(existing) != metric_key(sub_metric):
                    raise ValidationError(
                        None,
                        f"using_metrics uses the id {key!r} for two different metrics, {sub_metric} and "
                        f"{existing}; rename one of them",
                    )
                seen[key] = sub_metric
                visit(sub_metric)

        visit(self)

    def _with_options(self, options: dict[str, Any]) -> MathExpression:
        return MathExpression(expression=self.expression, using_metrics=self.using_metrics, **options)

    def to_metric_config(self) -> MetricConfig:
        """The expression's configuration, as alarms and graphs render it."""
        return MetricConfig(
            math_expression=MetricExpressionConfig(
                period=self.period.to_seconds(),
                expression=self.expression,
                using_metrics=self.using_metrics,
                search_account=self.search_account,
                search_region=self.search_region,
            ),
            rendering_properties={"label": self.label, "color": self.color},
        )

    def __repr__(self) -> str:
        return f"MathExpression(expression={self.expression!r})"


@lazy_frozen(kw_only=True)
class SearchExpressionOptions(metaclass=LazyAttrsMeta):
    """Options of a search expression that `with_` can change."""

    color: str | None = None
    """The color of the results in graphs. Default: chosen by the graph."""
    label: str | None = None
    """The label shown in graphs. Default: the expression."""
    period: Duration | None = None
    """The period of the results. Default: 5 minutes."""
    search_account: str | None = None
    """The account searched. Default: the stack's account."""
    search_region: str | None = None
    """The region searched. Default: the stack's region."""


@lazy_frozen(kw_only=True)
class SearchExpressionProps(SearchExpressionOptions, metaclass=LazyAttrsMeta):
    """Properties of a SearchExpression."""

    expression: str
    """The SEARCH expression."""


class SearchExpression(_Expression):
    """A SEARCH expression, which graphs every metric it finds (dashboards only, not alarms)."""

    def __init__(
        self,
        *,
        expression: str,
        color: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        search_account: str | None = None,
        search_region: str | None = None,
    ) -> None:
        props = SearchExpressionProps(
            expression=expression,
            color=color,
            label=label,
            period=period,
            search_account=search_account,
            search_region=search_region,
        )
        self.expression: str = props.expression
        self.label: str | None = props.label
        self.color: str | None = props.color
        self.period: Duration = props.period or Duration.minutes(5)
        self.search_account: str | None = props.search_account
        self.search_region: str | None = props.search_region
        self.warnings: list[str] | None = None
        self.warnings_v2: dict[str, str] | None = None

    def _with_options(self, options: dict[str, Any]) -> SearchExpression:
        return SearchExpression(expression=self.expression, **options)

    def to_metric_config(self) -> MetricConfig:
        """The expression's configuration, as graphs render it."""
        return MetricConfig(
            search_expression=MetricExpressionConfig(
                period=self.period.to_seconds(),
                expression=self.expression,
                using_metrics={},
                search_account=self.search_account,
                search_region=self.search_region,
            ),
            rendering_properties={"label": self.label, "color": self.color},
        )

    def __repr__(self) -> str:
        return f"SearchExpression(expression={self.expression!r})"


def metric_of(
    *,
    namespace: str,
    metric_name: str,
    dimensions_map: Mapping[str, Any] | None,
    statistic: str | None = None,
    options: CommonMetricOptions | None = None,
    scope: Construct | None = None,
) -> Metric:
    """A Metric from a construct's defaults, overridden by the options its `metric*` method was given.

    `dimensions_map` in the options replaces the default dimensions, as in aws-cdk-lib. With `scope`,
    the metric is attached to the scope's stack (`Metric.attach_to`).
    """
    given = as_dict(options) if options is not None else {}
    if given.get("dimensions_map") is None:
        given["dimensions_map"] = dimensions_map
    if given.get("statistic") is None:
        given["statistic"] = statistic
    metric = Metric(namespace=namespace, metric_name=metric_name, **given)
    return metric.attach_to(scope) if scope is not None else metric


@functools.cache
def _metric_option_names() -> tuple[str, ...]:
    return tuple(attribute.name for attribute in fields_of(CommonMetricOptions))


def metric_keywords(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The metric options among a `metric*` method's arguments, as keywords to pass on.

    A method passes its `locals()` before it assigns any name of its own: the option keywords aws_cdk
    lists are then written once, in the method's signature (which mypy, `inspect.signature` and the
    run-time type checks read), and not again in its body.
    """
    return {name: arguments[name] for name in _metric_option_names()}


def metric_options(arguments: Mapping[str, Any]) -> MetricOptions:
    """The MetricOptions among a `metric*` method's arguments (`locals()`, as for `metric_keywords`)."""
    return MetricOptions(**metric_keywords(arguments))
