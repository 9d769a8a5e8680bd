"""CallApiGatewayHttpApiEndpoint: a task state that calls a route of an API Gateway HTTP API."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_iam import PolicyStatement
from ...aws_stepfunctions import (
    Credentials,
    IntegrationPattern,
    QueryLanguage,
    TaskInput,
    TaskStateBase,
    Timeout,
)
from ...aws_stepfunctions.states.task_base import task_state_options
from ...core.arn import ArnFormat
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, lazy_frozen
from .._task_utils import integration_resource_arn, props_of, require_task_token, validate_pattern_supported
from .base_types import (
    AuthType,
    CallApiGatewayEndpointBaseProps,
    CallApiGatewayEndpointJsonataBaseProps,
    CallApiGatewayEndpointJsonPathBaseProps,
    HttpMethod,
)

if TYPE_CHECKING:
    from typing import Any, ClassVar

_SUPPORTED_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


@lazy_frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointOptions(metaclass=LazyAttrsMeta):
    """Which HTTP API the task calls."""

    api_id: str
    """The API's id (`HttpApi.api_id`)."""
    api_stack: Stack
    """The stack the API is in: its region is part of the endpoint."""
    stage_name: str | None = None
    """The stage to call. Default: the `$default` stage (no stage in the request)."""


@lazy_frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointProps(
    CallApiGatewayEndpointBaseProps,
    CallApiGatewayHttpApiEndpointOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a CallApiGatewayHttpApiEndpoint state."""


@lazy_frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointJsonPathProps(
    CallApiGatewayEndpointJsonPathBaseProps,
    CallApiGatewayHttpApiEndpointOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a CallApiGatewayHttpApiEndpoint state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class CallApiGatewayHttpApiEndpointJsonataProps(
    CallApiGatewayEndpointJsonataBaseProps,
    CallApiGatewayHttpApiEndpointOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a CallApiGatewayHttpApiEndpoint state that uses JSONata."""


def _or_undefined(value: str | None) -> str:
    # aws-cdk-lib writes an unset part of the execute-api ARN as JavaScript's `undefined`.
    return "undefined" if value is None else value


class CallApiGatewayHttpApiEndpoint(TaskStateBase):
    """A task state that calls an HTTP API (`arn:aws:states:::apigateway:invoke`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-stepfunctions-tasks.CallApiGatewayHttpApiEndpoint"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_id: str,
        api_stack: Stack,
        stage_name: str | None = None,
        method: HttpMethod,
        api_path: str | None = None,
        auth_type: AuthType | None = None,
        headers: TaskInput | None = None,
        query_parameters: TaskInput | None = None,
        request_body: TaskInput | None = None,
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
        props = CallApiGatewayHttpApiEndpointProps(
            api_id=api_id,
            api_stack=api_stack,
            stage_name=stage_name,
            method=method,
            api_path=api_path,
            auth_type=auth_type,
            headers=headers,
            query_parameters=query_parameters,
            request_body=request_body,
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
            require_task_token(self, props.headers.value if props.headers else None, "headers")
        stack = props.api_stack
        self._api_endpoint = f"{props.api_id}.execute-api.{stack.region}.{stack.url_suffix}"
        self._arn_for_execute_api = stack.format_arn(
            service="execute-api",
            resource=props.api_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            resource_name=f"{_or_undefined(props.stage_name)}/{props.method.value}{_or_undefined(props.api_path)}",
        )
        # As aws-cdk-lib: every authorization but an explicit NO_AUTH gets the invoke statement.
        self._task_policies = (
            []
            if props.auth_type is AuthType.NO_AUTH
            else [PolicyStatement(resources=[self._arn_for_execute_api], actions=["execute-api:Invoke"])]
        )

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> CallApiGatewayHttpApiEndpoint:
        """A CallApiGatewayHttpApiEndpoint state that uses JSONPath (keywords of its JsonPathProps)."""
        keywords = props_of(CallApiGatewayHttpApiEndpointJsonPathProps, scope, id, props)
        return CallApiGatewayHttpApiEndpoint(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> CallApiGatewayHttpApiEndpoint:
        """A CallApiGatewayHttpApiEndpoint state that uses JSONata (keywords of its JsonataProps)."""
        keywords = props_of(
            CallApiGatewayHttpApiEndpointJsonataProps, scope, id, props, QueryLanguage.JSONATA
        )
        return CallApiGatewayHttpApiEndpoint(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        parameters = {
            "ApiEndpoint": self._api_endpoint,
            "Method": props.method.value,
            "Headers": props.headers.value if props.headers else None,
            "Stage": props.stage_name,
            "Path": props.api_path,
            "QueryParameters": props.query_parameters.value if props.query_parameters else None,
            "RequestBody": props.request_body.value if props.request_body else None,
            "AuthType": (props.auth_type or AuthType.NO_AUTH).value,
        }
        return {
            "Resource": integration_resource_arn("apigateway", "invoke", self.integration_pattern),
            **self._render_parameters_or_arguments(
                {k: v for k, v in parameters.items() if v is not None}, top_level_query_language
            ),
        }
