"""HttpInvoke: a task state that calls an HTTPS API with the credentials of an EventBridge connection."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_events import IConnection
from ...aws_iam import PolicyStatement
from ...aws_stepfunctions import (
    Credentials,
    IntegrationPattern,
    JsonPath,
    QueryLanguage,
    TaskInput,
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
from ...core.feature_flags import FeatureFlags
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen
from .._task_utils import integration_resource_arn, is_jsonata_expression, props_of

if TYPE_CHECKING:
    from typing import Any

# On (aws-cdk-lib's v2 default): a JSONPath endpoint is built with States.Format, so it may hold JSON paths.
DYNAMIC_JSON_PATH_ENDPOINT = "@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint"
_FORM_URL_ENCODED = "application/x-www-form-urlencoded"


def _endpoint_pattern(api_root: str) -> str:
    """The states:HTTPEndpoint pattern the role may call: any endpoint when a JSONata expression picks the
    root at run time, as aws-cdk-lib writes it."""
    return "*" if is_jsonata_expression(api_root) else f"{api_root}*"


class URLEncodingFormat(SimpleEnum):
    """How arrays are written in a URL-encoded request body."""

    BRACKETS = "BRACKETS"
    """`array[]=a&array[]=b`."""
    COMMAS = "COMMAS"
    """`array=a,b`."""
    DEFAULT = "DEFAULT"
    """The service's default format."""
    INDICES = "INDICES"
    """`array[0]=a&array[1]=b`."""
    NONE = "NONE"
    """The body is not URL-encoded."""
    REPEAT = "REPEAT"
    """`array=a&array=b`."""


@lazy_frozen(kw_only=True)
class _HttpInvokeOptions(metaclass=LazyAttrsMeta):
    """The options of a HttpInvoke state, in either query language."""

    api_endpoint: TaskInput
    """The path after api_root: a text, a JSON path or a JSONata expression."""
    api_root: str
    """The API's root URL (`https://api.example.com`); the role may call URLs starting with it."""
    connection: IConnection
    """The EventBridge connection that holds the API's credentials."""
    method: TaskInput
    """The HTTP method: a text (`GET`) or a JSON path."""
    body: TaskInput | None = None
    """The request body. Default: none."""
    headers: TaskInput | None = None
    """The request headers, as an object. Default: none."""
    query_string_parameters: TaskInput | None = None
    """The query string, as an object. Default: none."""
    url_encoding_format: URLEncodingFormat | None = None
    """Send the body URL-encoded, with arrays written in this format. Default: not encoded (NONE)."""


@lazy_frozen(kw_only=True)
class HttpInvokeProps(TaskStateBaseProps, _HttpInvokeOptions, metaclass=LazyAttrsMeta):
    """Properties of an HttpInvoke state."""


@lazy_frozen(kw_only=True)
class HttpInvokeJsonPathProps(TaskStateJsonPathBaseProps, _HttpInvokeOptions, metaclass=LazyAttrsMeta):
    """Properties of an HttpInvoke state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class HttpInvokeJsonataProps(TaskStateJsonataBaseProps, _HttpInvokeOptions, metaclass=LazyAttrsMeta):
    """Properties of an HttpInvoke state that uses JSONata."""


def _jsonata_part(value: str) -> str:
    # A JSONata expression goes in as it is, anything else as a quoted literal (unescaped, as aws-cdk-lib).
    return value[2:-2].strip() if is_jsonata_expression(value) else f"'{value}'"


class HttpInvoke(TaskStateBase):
    """A task state that calls an HTTPS API (`arn:aws:states:::http:invoke`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_endpoint: TaskInput,
        api_root: str,
        connection: IConnection,
        method: TaskInput,
        body: TaskInput | None = None,
        headers: TaskInput | None = None,
        query_string_parameters: TaskInput | None = None,
        url_encoding_format: URLEncodingFormat | None = None,
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
        props = HttpInvokeProps(
            api_endpoint=api_endpoint,
            api_root=api_root,
            connection=connection,
            method=method,
            body=body,
            headers=headers,
            query_string_parameters=query_string_parameters,
            url_encoding_format=url_encoding_format,
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
        if self._encodes_body and props.headers is not None and not isinstance(props.headers.value, Mapping):
            # Differs from aws-cdk-lib, which spreads the text's characters into the headers.
            raise ValidationError(
                self,
                "headers is a text or a JSON path, but url_encoding_format adds a Content-Type header to "
                "them; pass headers=TaskInput.from_object(...)",
            )
        self._task_policies = [
            PolicyStatement(
                actions=["events:RetrieveConnectionCredentials"], resources=[connection.connection_arn]
            ),
            PolicyStatement(
                actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                resources=[props.connection.connection_secret_arn],
            ),
            PolicyStatement(
                actions=["states:InvokeHTTPEndpoint"],
                resources=["*"],
                conditions={"StringLike": {"states:HTTPEndpoint": _endpoint_pattern(props.api_root)}},
            ),
        ]

    @property
    def _encodes_body(self) -> bool:
        encoding = self._props.url_encoding_format
        return encoding is not None and encoding is not URLEncodingFormat.NONE

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> HttpInvoke:
        """An HttpInvoke state that uses JSONPath (keywords of HttpInvokeJsonPathProps)."""
        keywords = props_of(HttpInvokeJsonPathProps, scope, id, props)
        return HttpInvoke(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> HttpInvoke:
        """An HttpInvoke state that uses JSONata (keywords of HttpInvokeJsonataProps)."""
        keywords = props_of(HttpInvokeJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return HttpInvoke(scope, id, **keywords)

    def _api_endpoint(self, is_jsonata: bool) -> str:
        root = self._props.api_root
        endpoint = self._props.api_endpoint.value
        if is_jsonata:
            return f"{{% {_jsonata_part(root)} & '/' & {_jsonata_part(endpoint)} %}}"
        if FeatureFlags.of(self).is_enabled(DYNAMIC_JSON_PATH_ENDPOINT):
            return JsonPath.format("{}/{}", root, endpoint)
        return f"{root}/{endpoint}"

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        headers = props.headers.value if props.headers is not None else None
        transform: dict[str, Any] | None = None
        encoding = props.url_encoding_format
        if encoding is not None and encoding is not URLEncodingFormat.NONE:
            headers = {**(headers or {}), "Content-Type": _FORM_URL_ENCODED}
            transform = {"RequestBodyEncoding": "URL_ENCODED"}
            if encoding is not URLEncodingFormat.DEFAULT:
                transform["RequestEncodingOptions"] = {"ArrayFormat": encoding.value}
        parameters = {
            # aws-cdk-lib shapes the endpoint by the state's own query_language, not the one it inherits
            # from the state machine: a JSONPath-style endpoint under a JSONata state machine.
            "ApiEndpoint": self._api_endpoint(props.query_language is QueryLanguage.JSONATA),
            "Authentication": {"ConnectionArn": props.connection.connection_arn},
            "Method": props.method.value,
            "Headers": headers,
            "RequestBody": props.body.value if props.body is not None else None,
            "QueryParameters": (
                props.query_string_parameters.value if props.query_string_parameters is not None else None
            ),
            "Transform": transform,
        }
        # The integration pattern changes nothing: aws-cdk-lib always calls `http:invoke`.
        return {
            "Resource": integration_resource_arn("http", "invoke", IntegrationPattern.REQUEST_RESPONSE),
            **self._render_parameters_or_arguments(
                {k: v for k, v in parameters.items() if v is not None}, top_level_query_language
            ),
        }
