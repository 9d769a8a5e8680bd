"""StepFunctionsInvokeActivity: a task state that hands work to an activity's workers."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_iam import PolicyStatement
from ...aws_stepfunctions import (
    Credentials,
    CustomerManagedEncryptionConfiguration,
    IActivity,
    IntegrationPattern,
    QueryLanguage,
    TaskMetricsConfig,
    TaskStateBase,
    TaskStateBaseProps,
    TaskStateJsonataBaseProps,
    TaskStateJsonPathBaseProps,
    Timeout,
)
from ...aws_stepfunctions.states.task_base import task_state_options
from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._task_utils import props_of

if TYPE_CHECKING:
    from typing import Any


# Each props struct lists the task's fields itself (see apigateway/base_types.py for why).
@lazy_frozen(kw_only=True)
class StepFunctionsInvokeActivityJsonPathProps(TaskStateJsonPathBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a StepFunctionsInvokeActivity state that uses JSONPath."""

    activity: IActivity
    """The activity whose workers do the work."""
    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The work's input, built from JSON paths. Default: the state's input."""


@lazy_frozen(kw_only=True)
class StepFunctionsInvokeActivityJsonataProps(TaskStateJsonataBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a StepFunctionsInvokeActivity state that uses JSONata."""

    activity: IActivity
    """The activity whose workers do the work."""
    arguments: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The work's input, built with JSONata. Default: the state's input."""


@lazy_frozen(kw_only=True)
class StepFunctionsInvokeActivityProps(TaskStateBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a StepFunctionsInvokeActivity state."""

    activity: IActivity
    """The activity whose workers do the work."""
    arguments: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The work's input, built with JSONata. Default: the state's input."""
    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The work's input, built from JSON paths. Default: the state's input."""


class StepFunctionsInvokeActivity(TaskStateBase):
    """A task state that waits for an activity's worker to do the work (the activity's ARN as Resource)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        activity: IActivity,
        parameters: Mapping[str, Any] | None = None,
        arguments: Mapping[str, Any] | None = None,
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
        props = StepFunctionsInvokeActivityProps(
            activity=activity,
            parameters=parameters,
            arguments=arguments,
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
        super().__init__(scope, id, **task_state_options(props))
        self._props = props
        encryption = getattr(props.activity, "encryption_configuration", None)
        if isinstance(encryption, CustomerManagedEncryptionConfiguration):
            # The state machine passes the input through the activity's key, in the activity's context.
            self._task_policies = [
                PolicyStatement(
                    actions=["kms:Decrypt", "kms:GenerateDataKey"],
                    resources=[encryption.kms_key.key_ref.key_arn],
                    conditions={
                        "StringEquals": {
                            "kms:EncryptionContext:aws:states:activityArn": props.activity.activity_arn
                        }
                    },
                )
            ]
        self._task_metrics = TaskMetricsConfig(
            metric_prefix_singular="Activity",
            metric_prefix_plural="Activities",
            metric_dimensions={"ActivityArn": props.activity.activity_arn},
        )

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> StepFunctionsInvokeActivity:
        """A StepFunctionsInvokeActivity state that uses JSONPath (keywords of its JsonPathProps)."""
        keywords = props_of(StepFunctionsInvokeActivityJsonPathProps, scope, id, props)
        return StepFunctionsInvokeActivity(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> StepFunctionsInvokeActivity:
        """A StepFunctionsInvokeActivity state that uses JSONata (keywords of its JsonataProps)."""
        keywords = props_of(StepFunctionsInvokeActivityJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return StepFunctionsInvokeActivity(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        # Whichever of the two is given, rendered in the state's language.
        given = props.parameters if props.parameters is not None else props.arguments
        return {
            "Resource": props.activity.activity_arn,
            **self._render_parameters_or_arguments(given, top_level_query_language),
        }
