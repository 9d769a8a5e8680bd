"""TaskStateBase: the base of the task states (a call to a service), with their timeouts and metrics."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_cloudwatch import Metric
from ...aws_cloudwatch.metric import MetricOptions, metric_of, metric_options
from ...aws_cloudwatch.metric_types import Unit
from ...aws_iam import PolicyStatement
from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.duration import Duration, TimeUnit, whole_units
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._json_path import render_object
from ..task_credentials import Credentials
from ..types import IntegrationPattern, QueryLanguage
from ._nextable_state import _RetriableState
from .state import (
    AssignableStateOptions,
    JsonataCommonOptions,
    JsonPathCommonOptions,
    StateBaseProps,
    actual_query_language,
    render_json_path,
)

if TYPE_CHECKING:
    from typing import Any

    from ..state_graph import StateGraph


class Timeout:
    """How long a task may run, or may go without a heartbeat: a duration, a JSON path or a JSONata
    expression."""

    @staticmethod
    def duration(duration: Duration) -> Timeout:
        """A fixed time."""
        if not duration.is_unresolved() and not float(duration.to_seconds(integral=False)).is_integer():
            raise ValidationError(
                None, f"Timeout.duration({duration!r}) is not a whole number of seconds; use whole seconds"
            )
        return _TimeoutOf(f"Timeout.duration({duration!r})", seconds=duration.to_seconds())

    @staticmethod
    def at(path: str) -> Timeout:
        """The number of seconds at a JSON path of the state's input."""
        return _TimeoutOf(f"Timeout.at({path!r})", path=path)

    @staticmethod
    def jsonata(jsonata_expression: str) -> Timeout:
        """The number of seconds a JSONata expression gives."""
        return _TimeoutOf(f"Timeout.jsonata({jsonata_expression!r})", jsonata_expression=jsonata_expression)

    @property
    def seconds(self) -> float | None:
        """The fixed number of seconds, if the timeout is one."""
        return None

    @property
    def path(self) -> str | None:
        """The JSON path, if the timeout is read from the input."""
        return None

    @property
    def jsonata_expression(self) -> str | None:
        """The JSONata expression, if the timeout is computed."""
        return None


class _TimeoutOf(Timeout):
    def __init__(
        self,
        description: str,
        *,
        seconds: float | None = None,
        path: str | None = None,
        jsonata_expression: str | None = None,
    ) -> None:
        self._description = description
        self._seconds = seconds
        self._path = path
        self._jsonata_expression = jsonata_expression

    @property
    def seconds(self) -> float | None:
        return self._seconds

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def jsonata_expression(self) -> str | None:
        return self._jsonata_expression

    def __repr__(self) -> str:
        return self._description


def _to_credentials(value: Credentials | Mapping[str, Any] | None) -> Credentials | None:
    return Credentials(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class TaskMetricsConfig(metaclass=LazyAttrsMeta):
    """The CloudWatch metrics a task state reports: their name prefixes and dimensions."""

    metric_dimensions: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The dimensions of the task's metrics. Default: none."""
    metric_prefix_plural: str | None = None
    """The prefix of the count metrics (`LambdaFunctions` for `LambdaFunctionsFailed`). Default: none."""
    metric_prefix_singular: str | None = None
    """The prefix of the time metrics (`LambdaFunction` for `LambdaFunctionRunTime`). Default: none."""


@lazy_frozen(kw_only=True)
class TaskStateBaseOptions(metaclass=LazyAttrsMeta):
    """How a task state calls its service: pattern, time limits and credentials."""

    credentials: Credentials | None = field(default=None, converter=_to_credentials)
    """The role the task assumes to call the service. Default: the state machine's role."""
    heartbeat: Duration | None = None
    """Deprecated form of heartbeat_timeout. Default: none."""
    heartbeat_timeout: Timeout | None = None
    """How long the task may go without a heartbeat. Default: none."""
    integration_pattern: IntegrationPattern | None = None
    """How the task waits for the service. Default: depends on the task (mostly REQUEST_RESPONSE)."""
    task_timeout: Timeout | None = None
    """How long the task may run. Default: 60 seconds (the service's default)."""
    timeout: Duration | None = None
    """Deprecated form of task_timeout. Default: none."""


@lazy_frozen(kw_only=True)
class TaskStateBaseProps(
    StateBaseProps,
    TaskStateBaseOptions,
    AssignableStateOptions,
    JsonPathCommonOptions,
    JsonataCommonOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of every task state, in either query language."""

    result_path: str | None = None
    """Where the result goes in the input. Default: `$` (replaces it)."""
    result_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The result, built from JSON paths. Default: the result as is."""


@lazy_frozen(kw_only=True)
class TaskStateJsonPathBaseProps(
    StateBaseProps,
    TaskStateBaseOptions,
    AssignableStateOptions,
    JsonPathCommonOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of every task state that uses JSONPath."""

    result_path: str | None = None
    """Where the result goes in the input. Default: `$` (replaces it)."""
    result_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The result, built from JSON paths. Default: the result as is."""


@lazy_frozen(kw_only=True)
class TaskStateJsonataBaseProps(
    StateBaseProps,
    TaskStateBaseOptions,
    AssignableStateOptions,
    JsonataCommonOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of every task state that uses JSONata."""


_TASK_STATE_FIELDS = (
    "comment",
    "query_language",
    "state_name",
    "credentials",
    "heartbeat",
    "heartbeat_timeout",
    "integration_pattern",
    "task_timeout",
    "timeout",
    "assign",
    "input_path",
    "output_path",
    "outputs",
    "result_path",
    "result_selector",
)


def task_state_options(props: Any) -> dict[str, Any]:
    """The TaskStateBaseProps fields a task's props struct has, as keyword arguments of TaskStateBase."""
    return {name: getattr(props, name) for name in _TASK_STATE_FIELDS if hasattr(props, name)}


def _first_given(*values: Any) -> Any:
    # `a ?? b ?? c`: 0 counts as given.
    return next((value for value in values if value is not None), None)


class TaskStateBase(_RetriableState):
    """The base of the task states: a state that calls a service.

    A subclass sets `_task_policies` (the statements the state machine's role needs) and `_task_metrics`
    in its constructor, and renders its `Resource` and `Parameters` (or `Arguments`) in `_render_task`.
    """

    _task_metrics: TaskMetricsConfig | None = None
    _task_policies: list[PolicyStatement] | None = None

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | Mapping[str, Any] | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = TaskStateBaseProps(
            result_path=result_path,
            result_selector=result_selector,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            credentials=credentials,
            heartbeat=heartbeat,
            heartbeat_timeout=heartbeat_timeout,
            integration_pattern=integration_pattern,
            task_timeout=task_timeout,
            timeout=timeout,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        )
        super().__init__(
            scope,
            id,
            comment=props.comment,
            query_language=props.query_language,
            state_name=props.state_name,
            assign=props.assign,
            input_path=props.input_path,
            output_path=props.output_path,
            outputs=props.outputs,
            result_path=props.result_path,
            result_selector=props.result_selector,
        )
        self.credentials = props.credentials
        self.heartbeat = props.heartbeat
        self.heartbeat_timeout = props.heartbeat_timeout
        self.task_timeout = props.task_timeout
        self.timeout = props.timeout

    # --- rendering ------------------------------------------------------------------------------

    def to_state_json(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        """The state as States Language (keys without a value left out)."""
        return super().to_state_json(top_level_query_language)

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {}
        rendered.update(self._render_query_language(query_language))
        rendered.update(self._render_next_end())
        # aws-cdk-lib renders retries and catches with the top-level query language left unset.
        rendered.update(self._render_retry_catch(None))
        rendered.update(self._render_task_base())
        rendered.update(self._render_assign(query_language))
        # Keys the task renders that the base already placed (a JSONata task's Arguments) keep that place.
        rendered.update(self._render_task(query_language))
        return rendered

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        """The task's own keys: its `Resource` and `Parameters` (JSONPath) or `Arguments` (JSONata)."""
        raise NotImplementedError(f"{type(self).__name__} must render its Resource")

    def _render_task_base(self) -> dict[str, Any]:
        credentials = self.credentials
        return {
            "Type": "Task",
            "Comment": self.comment,
            **self._render_timeouts(),
            "InputPath": render_json_path(self.input_path, self, "input_path"),
            "OutputPath": render_json_path(self.output_path, self, "output_path"),
            "ResultPath": render_json_path(self.result_path, self, "result_path"),
            "Arguments": None,
            "Output": self.outputs,
            "ResultSelector": render_object(self.result_selector),
            "Credentials": render_object({"RoleArn": credentials.role.role_arn}) if credentials else None,
        }

    def _whole_seconds(self, name: str, duration: Duration | None) -> float | None:
        # Rendered when the state machine is made, where aws-cdk-lib's conversion fails on a fraction.
        return None if duration is None else whole_units(self, name, duration, TimeUnit.SECONDS)

    def _render_timeouts(self) -> dict[str, Any]:
        task_timeout = self.task_timeout
        heartbeat_timeout = self.heartbeat_timeout
        # As aws-cdk-lib: the deprecated duration wins over a fixed or JSONata Timeout; a path is kept too.
        return {
            "TimeoutSeconds": _first_given(
                self._whole_seconds("timeout", self.timeout),
                task_timeout.seconds if task_timeout else None,
                task_timeout.jsonata_expression if task_timeout else None,
            ),
            "TimeoutSecondsPath": task_timeout.path if task_timeout else None,
            "HeartbeatSeconds": _first_given(
                self._whole_seconds("heartbeat", self.heartbeat),
                heartbeat_timeout.seconds if heartbeat_timeout else None,
                heartbeat_timeout.jsonata_expression if heartbeat_timeout else None,
            ),
            "HeartbeatSecondsPath": heartbeat_timeout.path if heartbeat_timeout else None,
        }

    def _actual_query_language(self, top_level_query_language: QueryLanguage | None) -> QueryLanguage:
        """The language the state renders in: its own, else the state machine's, else JSONPath."""
        return actual_query_language(top_level_query_language, self.query_language)

    def _render_parameters_or_arguments(
        self, param_or_arg: Any, top_level_query_language: QueryLanguage | None
    ) -> dict[str, Any]:
        """`{"Arguments": ...}` for a JSONata state, else `{"Parameters": ...}` with JSON paths as `Key.$`."""
        if self._actual_query_language(top_level_query_language) is QueryLanguage.JSONATA:
            return {"Arguments": param_or_arg}
        parameters = render_object(param_or_arg) if isinstance(param_or_arg, Mapping) else param_or_arg
        return {"Parameters": parameters}

    # --- wiring ---------------------------------------------------------------------------------

    def _when_bound_to_graph(self, graph: StateGraph) -> None:
        super()._when_bound_to_graph(graph)
        for statement in self._task_policies or ():
            graph.register_policy_statement(statement)
        if self.credentials is not None:
            graph.register_policy_statement(
                PolicyStatement(actions=["sts:AssumeRole"], resources=[self.credentials.role.resource])
            )

    # --- metrics --------------------------------------------------------------------------------

    def metric(
        self,
        metric_name: str,
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
        """A metric of this task in AWS/States, with the task's dimensions. Default: Sum over 5 minutes."""
        return self._metric_named(metric_name, "Sum", metric_options(locals()))

    def metric_run_time(
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
        """Time between the task's start and its end. Default: Average over 5 minutes."""
        return self._task_metric("metric_run_time", "RunTime", "Average", metric_options(locals()))

    def metric_schedule_time(
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
        """Time the task waits scheduled. Default: Average over 5 minutes."""
        return self._task_metric("metric_schedule_time", "ScheduleTime", "Average", metric_options(locals()))

    def metric_time(
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
        """Time between the task's scheduling and its end. Default: Average over 5 minutes."""
        return self._task_metric("metric_time", "Time", "Average", metric_options(locals()))

    def metric_scheduled(
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
        """Times the task was scheduled. Default: Sum over 5 minutes."""
        return self._task_metric("metric_scheduled", "Scheduled", "Sum", metric_options(locals()))

    def metric_timed_out(
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
        """Times the task timed out. Default: Sum over 5 minutes."""
        return self._task_metric("metric_timed_out", "TimedOut", "Sum", metric_options(locals()))

    def metric_started(
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
        """Times the task started. Default: Sum over 5 minutes."""
        return self._task_metric("metric_started", "Started", "Sum", metric_options(locals()))

    def metric_succeeded(
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
        """Times the task succeeded. Default: Sum over 5 minutes."""
        return self._task_metric("metric_succeeded", "Succeeded", "Sum", metric_options(locals()))

    def metric_failed(
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
        """Times the task failed. Default: Sum over 5 minutes."""
        return self._task_metric("metric_failed", "Failed", "Sum", metric_options(locals()))

    def metric_heartbeat_timed_out(
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
        """Times the task went without a heartbeat for too long. Default: Sum over 5 minutes."""
        options = metric_options(locals())
        return self._task_metric("metric_heartbeat_timed_out", "HeartbeatTimedOut", "Sum", options)

    def _task_metric(self, method: str, suffix: str, statistic: str, options: MetricOptions) -> Metric:
        metrics = self._task_metrics
        # The time metrics take the singular prefix (LambdaFunctionRunTime), the counts the plural one.
        is_time = suffix.endswith("Time")
        prefix = None
        if metrics is not None:
            prefix = metrics.metric_prefix_singular if is_time else metrics.metric_prefix_plural
        if prefix is None:
            raise ValidationError(
                self,
                f"{method}() is not available: {type(self).__name__} reports no task metrics; "
                "use metric(metric_name) with the name of a metric of AWS/States",
            )
        return self._metric_named(prefix + suffix, statistic, options)

    def _metric_named(self, metric_name: str, statistic: str, options: MetricOptions) -> Metric:
        metrics = self._task_metrics
        return metric_of(
            namespace="AWS/States",
            metric_name=metric_name,
            dimensions_map=metrics.metric_dimensions if metrics is not None else None,
            statistic=statistic,
            options=options,
            scope=self,
        )
