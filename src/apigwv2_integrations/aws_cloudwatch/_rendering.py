"""How metrics render into alarms and graphs: metric keys, the metric set of a graph, env tokens."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.errors import ValidationError
from ..core.js_number import js_number_text
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tokens.token import IResolvable, IResolveContext, Token
from .metric_types import IMetric, MetricConfig, metric_config_of

if TYPE_CHECKING:
    from typing import Any


def check_one_kind(config: MetricConfig) -> None:
    """A metric configuration has exactly one of metric stat, math expression and search expression."""
    kinds = [config.metric_stat, config.math_expression, config.search_expression]
    count = sum(kind is not None for kind in kinds)
    if count > 1:
        raise ValidationError(
            None,
            "a metric's to_metric_config() returned more than one of metric_stat, math_expression and "
            "search_expression; return exactly one",
        )
    if count == 0:
        raise ValidationError(
            None,
            "a metric's to_metric_config() returned none of metric_stat, math_expression and "
            "search_expression; return exactly one",
        )


_KEYS: dict[int, tuple[Any, str]] = {}


def metric_key(metric: IMetric) -> str:
    """A string that is equal for two metrics exactly when they read the same data."""
    cached = _KEYS.get(id(metric))
    if cached is not None and cached[0] is metric:
        return cached[1]
    parts: list[str] = []
    config = metric_config_of(metric)
    if config.math_expression is not None:
        parts.append(config.math_expression.expression)
        for key in sorted(config.math_expression.using_metrics):
            parts.append(key)
            parts.append(metric_key(config.math_expression.using_metrics[key]))
        if config.math_expression.search_region:
            parts.append(config.math_expression.search_region)
        if config.math_expression.search_account:
            parts.append(config.math_expression.search_account)
    if config.search_expression is not None:
        parts.append(config.search_expression.expression)
        if config.search_expression.search_region:
            parts.append(config.search_expression.search_region)
        if config.search_expression.search_account:
            parts.append(config.search_expression.search_account)
    stat = config.metric_stat
    if stat is not None:
        parts.append(stat.namespace)
        parts.append(stat.metric_name)
        for dim in stat.dimensions or []:
            parts.append(dim.name)
            parts.append(str(dim.value))
        if stat.statistic:
            parts.append(stat.statistic)
        if stat.period:
            parts.append(js_number_text(stat.period.to_seconds()))
        if stat.region:
            parts.append(stat.region)
        if stat.account:
            parts.append(stat.account)
    key = "|".join(parts)
    _KEYS[id(metric)] = (metric, key)
    return key


class _StackDependentValue(IResolvable):
    """A region or account that renders only when it differs from the consuming stack's."""

    def __init__(self, value: str, of_stack: Callable[[Stack], str]) -> None:
        self._value = value
        self._of_stack = of_stack

    def resolve(self, context: IResolveContext) -> Any:
        stack_value = self._of_stack(Stack.of(context.scope))
        if not Token.is_unresolved(stack_value) and stack_value == self._value:
            return None
        return self._value


def region_if_different_from_stack(region: str) -> str:
    """`region`, or nothing when the stack the value lands in is in that region."""
    return Token.as_string(_StackDependentValue(region, lambda stack: stack.region))


def account_if_different_from_stack(account: str) -> str:
    """`account`, or nothing when the stack the value lands in is in that account."""
    return Token.as_string(_StackDependentValue(account, lambda stack: stack.account))


class _DropEmptyTrailingObject(IResolvable):
    """A graph metric array whose options object is dropped when it resolves to `{}`."""

    def __init__(self, value: list[Any]) -> None:
        self._value = value

    def resolve(self, context: IResolveContext) -> Any:
        context.register_post_processor(self)
        return context.resolve(self._value)

    def post_process(self, value: Any, context: IResolveContext) -> Any:
        if isinstance(value, list) and value and isinstance(value[-1], dict) and not value[-1]:
            return value[:-1]
        return value


class MetricEntry:
    """A metric in a MetricSet: its nesting level, its id and the graph axis it is on."""

    def __init__(self, metric: IMetric, level: int) -> None:
        self.metric = metric
        self.level = level
        self.id: str | None = None
        self.tag: Any = None


class MetricSet:
    """The metrics of one alarm or graph, each once, with the metrics their expressions use."""

    def __init__(self) -> None:
        self.entries: list[MetricEntry] = []
        self._by_id: dict[str, MetricEntry] = {}
        self._by_key: dict[str, MetricEntry] = {}

    def add_top_level(self, tag: Any, *metrics: IMetric) -> None:
        """Add metrics shown at the top level, with their tag (the graph axis, or True for alarms)."""
        for metric in metrics:
            self._add(metric, 1, tag, None)

    def _add(self, metric: IMetric, level: int, tag: Any, id: str | None) -> None:
        key = metric_key(metric)
        existing: MetricEntry | None = None
        if id:
            existing = self._by_id.get(id)
            if existing is not None and metric_key(existing.metric) != key:
                raise ValidationError(
                    None,
                    f"two different metrics use the id {id!r} in one alarm or graph; rename one of them",
                )
        if existing is None:
            existing = self._by_key.get(key)
            if existing is not None and existing.id and id:
                existing = None
        if existing is not None:
            entry = existing
        else:
            entry = MetricEntry(metric, level)
            self.entries.append(entry)
            self._by_key[key] = entry
        if not entry.id and id:
            entry.id = id
            self._by_id[id] = entry
        if not entry.tag and tag:
            entry.tag = tag
        config = metric_config_of(metric)
        if config.math_expression is not None:
            for sub_id, sub_metric in config.math_expression.using_metrics.items():
                self._add(sub_metric, level + 1, None, sub_id)


def _metric_to_string(metric: IMetric) -> str:
    to_string = getattr(metric, "to_string", None)
    # aws-cdk-lib names an app's own IMetric object with JavaScript's default text for an object.
    return str(to_string()) if callable(to_string) else "[object Object]"


def metric_graph_json(metric: IMetric, y_axis: str | None, id: str | None) -> list[Any]:
    """One metric line of a graph widget: namespace, name, dimensions, then its options."""
    config = metric_config_of(metric)
    check_one_kind(config)
    line: list[Any] = []
    options: dict[str, Any] = dict(config.rendering_properties or {})
    stat = config.metric_stat
    expression = config.math_expression or config.search_expression
    if stat is not None:
        line.extend([stat.namespace, stat.metric_name])
        for dim in stat.dimensions or []:
            line.extend([dim.name, dim.value])
        if stat.account_override:
            options["accountId"] = stat.account_override
        elif stat.account:
            options["accountId"] = account_if_different_from_stack(stat.account)
        if stat.region_override:
            options["region"] = stat.region_override
        elif stat.region:
            options["region"] = region_if_different_from_stack(stat.region)
        if stat.period and stat.period.to_seconds() != 300:
            options["period"] = int(stat.period.to_seconds())
        if stat.statistic and stat.statistic != "Average":
            options["stat"] = stat.statistic
    elif expression is not None:
        options["expression"] = expression.expression
        if expression.search_account:
            options["accountId"] = account_if_different_from_stack(expression.search_account)
        if expression.search_region:
            options["region"] = region_if_different_from_stack(expression.search_region)
        if expression.period and expression.period != 300:
            options["period"] = int(expression.period)
    if not y_axis:
        options["visible"] = False
    if y_axis != "left":
        options["yAxis"] = y_axis
    if id:
        options["id"] = id
    if options.get("visible") is not False and options.get("expression") and not options.get("label"):
        options["label"] = None if options.get("label") == "" else _metric_to_string(metric)
    rendered = {k: v for k, v in options.items() if v is not None}
    if rendered:
        line.append(rendered)
    return line


def all_metrics_graph_json(left: Sequence[IMetric], right: Sequence[IMetric]) -> list[Any]:
    """The `metrics` array of a graph widget: left then right metrics, then the metrics they use."""
    metric_set = MetricSet()
    metric_set.add_top_level("left", *left)
    metric_set.add_top_level("right", *right)
    return [
        _DropEmptyTrailingObject(metric_graph_json(entry.metric, entry.tag, entry.id))
        for entry in metric_set.entries
    ]
