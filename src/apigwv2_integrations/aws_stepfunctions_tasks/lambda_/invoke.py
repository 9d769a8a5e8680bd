"""LambdaInvoke: a task state that invokes a Lambda function; LambdaInvocationType."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from ...aws_iam import PolicyStatement
from ...aws_lambda import IFunction
from ...aws_stepfunctions import (
    Credentials,
    IntegrationPattern,
    JsonPath,
    QueryLanguage,
    TaskInput,
    TaskMetricsConfig,
    TaskStateBase,
    TaskStateBaseProps,
    TaskStateJsonataBaseProps,
    TaskStateJsonPathBaseProps,
    Timeout,
)
from ...aws_stepfunctions.states.task_base import task_state_options
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen
from .._task_utils import integration_resource_arn, props_of, require_task_token, validate_pattern_supported

if TYPE_CHECKING:
    from typing import Any

# The errors aws-cdk-lib retries by default: the Lambda service's own transient failures.
_SERVICE_EXCEPTIONS = (
    "Lambda.ClientExecutionTimeoutException",
    "Lambda.ServiceException",
    "Lambda.AWSLambdaException",
    "Lambda.SdkClientException",
)
_SUPPORTED_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


class LambdaInvocationType(SimpleEnum):
    """How the function is invoked."""

    REQUEST_RESPONSE = "REQUEST_RESPONSE"
    """Synchronously: the task waits for the function's result."""
    EVENT = "EVENT"
    """Asynchronously: the task moves on once the event is queued."""
    DRY_RUN = "DRY_RUN"
    """Only check that the call would be allowed."""


# The InvocationType parameter of the Lambda Invoke API.
_INVOCATION_TYPES = {
    LambdaInvocationType.REQUEST_RESPONSE: "RequestResponse",
    LambdaInvocationType.EVENT: "Event",
    LambdaInvocationType.DRY_RUN: "DryRun",
}


def _shown(value: Any) -> str:
    return f"{type(value).__name__}.{value.name}" if isinstance(value, enum.Enum) else repr(value)


@lazy_frozen(kw_only=True)
class _LambdaInvokeOptions(metaclass=LazyAttrsMeta):
    """The options of a LambdaInvoke state, in either query language."""

    lambda_function: IFunction
    """The function to invoke."""
    client_context: str | None = None
    """Up to 3583 bytes of base64-encoded data about the invoking client. Default: none."""
    invocation_type: LambdaInvocationType | None = None
    """How the function is invoked. Default: REQUEST_RESPONSE."""
    payload: TaskInput | None = None
    """The function's input. Default: the state's input."""
    payload_response_only: bool | None = None
    """Call the function directly (its ARN as the Resource) and get only its result. Default: False."""
    qualifier: str | None = None
    """Deprecated: a version or alias of the function (pass a Version or Alias instead). Default: none."""
    retry_on_service_exceptions: bool | None = None
    """Retry the Lambda service's transient errors (2 s, 6 attempts, backoff 2). Default: True."""


@lazy_frozen(kw_only=True)
class LambdaInvokeProps(TaskStateBaseProps, _LambdaInvokeOptions, metaclass=LazyAttrsMeta):
    """Properties of a LambdaInvoke state."""


@lazy_frozen(kw_only=True)
class LambdaInvokeJsonPathProps(TaskStateJsonPathBaseProps, _LambdaInvokeOptions, metaclass=LazyAttrsMeta):
    """Properties of a LambdaInvoke state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class LambdaInvokeJsonataProps(TaskStateJsonataBaseProps, _LambdaInvokeOptions, metaclass=LazyAttrsMeta):
    """Properties of a LambdaInvoke state that uses JSONata."""


class LambdaInvoke(TaskStateBase):
    """A task state that invokes a Lambda function (`arn:aws:states:::lambda:invoke`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_function: IFunction,
        client_context: str | None = None,
        invocation_type: LambdaInvocationType | None = None,
        payload: TaskInput | None = None,
        payload_response_only: bool | None = None,
        qualifier: str | None = None,
        retry_on_service_exceptions: bool | None = None,
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
        props = LambdaInvokeProps(
            lambda_function=lambda_function,
            client_context=client_context,
            invocation_type=invocation_type,
            payload=payload,
            payload_response_only=payload_response_only,
            qualifier=qualifier,
            retry_on_service_exceptions=retry_on_service_exceptions,
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
        self.integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self, self.integration_pattern, _SUPPORTED_PATTERNS)
        if self.integration_pattern is IntegrationPattern.WAIT_FOR_TASK_TOKEN:
            require_task_token(self, props.payload.value if props.payload else None, "payload")
        if props.payload_response_only:
            self._check_payload_response_only(props)
        function = props.lambda_function
        self._task_metrics = TaskMetricsConfig(
            metric_prefix_singular="LambdaFunction",
            metric_prefix_plural="LambdaFunctions",
            metric_dimensions={"LambdaFunctionArn": function.function_arn},
        )
        # A function covers its versions and aliases (`arn:*`); a version or an alias covers itself only.
        resources = getattr(function, "resource_arns_for_grant_invoke", None) or [
            function.function_arn,
            f"{function.function_arn}:*",
        ]
        self._task_policies = [PolicyStatement(resources=list(resources), actions=["lambda:InvokeFunction"])]
        if props.retry_on_service_exceptions is not False:
            self.add_retry(
                errors=_SERVICE_EXCEPTIONS,
                interval=Duration.seconds(2),
                max_attempts=6,
                backoff_rate=2,
            )

    def _check_payload_response_only(self, props: LambdaInvokeProps) -> None:
        given = {
            "integration_pattern": props.integration_pattern,
            "invocation_type": props.invocation_type,
            "client_context": props.client_context,
            "qualifier": props.qualifier,
        }
        conflicting = [f"{name}={_shown(value)}" for name, value in given.items() if value is not None]
        if conflicting:
            raise ValidationError(
                self,
                f"payload_response_only=True cannot be combined with {', '.join(conflicting)}; "
                "leave payload_response_only unset to use them",
            )

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> LambdaInvoke:
        """A LambdaInvoke state that uses JSONPath (keywords of LambdaInvokeJsonPathProps)."""
        keywords = props_of(LambdaInvokeJsonPathProps, scope, id, props)
        return LambdaInvoke(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> LambdaInvoke:
        """A LambdaInvoke state that uses JSONata (keywords of LambdaInvokeJsonataProps)."""
        keywords = props_of(LambdaInvokeJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return LambdaInvoke(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        function = props.lambda_function
        payload = props.payload.value if props.payload is not None else None
        if props.payload_response_only:
            return {
                "Resource": function.function_arn,
                **self._render_parameters_or_arguments(payload, top_level_query_language),
            }
        if payload is None:
            is_jsonata = self._actual_query_language(top_level_query_language) is QueryLanguage.JSONATA
            payload = "{% $states.input %}" if is_jsonata else JsonPath.entire_payload
        invocation_type = props.invocation_type
        parameters = {
            "FunctionName": function.function_arn,
            "Payload": payload,
            "InvocationType": _INVOCATION_TYPES[invocation_type] if invocation_type else None,
            "ClientContext": props.client_context,
            "Qualifier": props.qualifier,
        }
        return {
            "Resource": integration_resource_arn("lambda", "invoke", self.integration_pattern),
            **self._render_parameters_or_arguments(
                {k: v for k, v in parameters.items() if v is not None}, top_level_query_language
            ),
        }
