"""SnsPublish: a task state that publishes a message to an SNS topic; MessageAttribute."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_iam import PolicyStatement
from ...aws_sns import ITopic
from ...aws_stepfunctions import (
    Credentials,
    IntegrationPattern,
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
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.synthesis.json_text import json_stringify, number_text
from ...core.tokens.token import Token, Tokenization
from .._task_utils import (
    integration_resource_arn,
    is_jsonata_expression,
    props_of,
    require_task_token,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from typing import Any

_SUPPORTED_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)
_MAX_FIFO_ID_LENGTH = 128


class MessageAttributeDataType(SimpleEnum):
    """The data type of an SNS message attribute."""

    STRING = "STRING"
    """Text."""
    STRING_ARRAY = "STRING_ARRAY"
    """A JSON array of strings, numbers, booleans and nulls."""
    NUMBER = "NUMBER"
    """A number."""
    BINARY = "BINARY"
    """Base64-encoded binary data."""


# The DataType of the SNS Publish API.
_DATA_TYPES = {
    MessageAttributeDataType.STRING: "String",
    MessageAttributeDataType.STRING_ARRAY: "String.Array",
    MessageAttributeDataType.NUMBER: "Number",
    MessageAttributeDataType.BINARY: "Binary",
}


@lazy_frozen(kw_only=True)
class MessageAttribute(metaclass=LazyAttrsMeta):
    """An attribute sent with an SNS message."""

    value: Any
    """The value: a string, number, boolean, list, JSON path or JSONata expression."""
    data_type: MessageAttributeDataType | None = None
    """The data type. Default: from the value (a string or boolean String, a number Number, a list
    String.Array)."""


def _to_message_attribute(value: MessageAttribute | Mapping[str, Any]) -> MessageAttribute:
    return MessageAttribute(**value) if isinstance(value, Mapping) else value


def _to_message_attributes(
    value: Mapping[str, MessageAttribute | Mapping[str, Any]] | None,
) -> dict[str, MessageAttribute] | None:
    if value is None:
        return None
    return {name: _to_message_attribute(attribute) for name, attribute in value.items()}


@lazy_frozen(kw_only=True)
class _SnsPublishOptions(metaclass=LazyAttrsMeta):
    """The options of a SnsPublish state, in either query language."""

    message: TaskInput
    """The message: a text, an object (with message_per_subscription_type), or a JSON path."""
    topic: ITopic
    """The topic to publish to."""
    message_attributes: dict[str, MessageAttribute] | None = field(
        default=None, converter=_to_message_attributes
    )
    """Attributes sent with the message, by name. Default: none."""
    message_deduplication_id: str | None = None
    """The deduplication id of a FIFO topic's message, up to 128 characters. Default: none (content-based
    deduplication must then be on)."""
    message_group_id: str | None = None
    """The message group of a FIFO topic's message, up to 128 characters. Required for FIFO topics."""
    message_per_subscription_type: bool | None = None
    """Send a different message per protocol: message is an object with a `default` key. Default: False."""
    subject: str | None = None
    """The subject of email notifications. Default: none."""


@lazy_frozen(kw_only=True)
class SnsPublishProps(TaskStateBaseProps, _SnsPublishOptions, metaclass=LazyAttrsMeta):
    """Properties of an SnsPublish state."""


@lazy_frozen(kw_only=True)
class SnsPublishJsonPathProps(TaskStateJsonPathBaseProps, _SnsPublishOptions, metaclass=LazyAttrsMeta):
    """Properties of an SnsPublish state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class SnsPublishJsonataProps(TaskStateJsonataBaseProps, _SnsPublishOptions, metaclass=LazyAttrsMeta):
    """Properties of an SnsPublish state that uses JSONata."""


def _js_text(value: Any) -> str:
    """`${value}` of a JavaScript value: how aws-cdk-lib writes an attribute's value as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return (
            number_text(float(value))
            if not Token.is_unresolved(value)
            else Tokenization.stringify_number(value)
        )
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return ",".join("" if item is None else _js_text(item) for item in value)
    if isinstance(value, Mapping):
        return "[object Object]"
    return str(value)


def _js_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "list"
    return "object"


# The value types each data type accepts (aws-cdk-lib refuses a non-empty list for STRING_ARRAY too).
_ACCEPTED = {
    MessageAttributeDataType.STRING: ("string", "boolean"),
    MessageAttributeDataType.NUMBER: ("number",),
    MessageAttributeDataType.STRING_ARRAY: ("list",),
}


def _attribute_problem(name: str, attribute: MessageAttribute) -> str | None:
    data_type = attribute.data_type
    value = attribute.value
    # Binary data, JSONata and tokens (JSON paths) are sent as they are, unchecked, as aws-cdk-lib does.
    if (
        data_type is None
        or data_type is MessageAttributeDataType.BINARY
        or is_jsonata_expression(value)
        or Token.is_unresolved(value)
    ):
        return None
    where = f"message_attributes[{name!r}]"
    kind = _js_type(value)
    if kind not in _ACCEPTED[data_type]:
        return (
            f"{where} has value={value!r}, a {kind}, "
            f"but data_type=MessageAttributeDataType.{data_type.name}; "
            f"use a {' or '.join(_ACCEPTED[data_type])} value, or leave data_type unset to derive it"
        )
    if data_type is MessageAttributeDataType.STRING_ARRAY and value:
        return (
            f"{where} has data_type=MessageAttributeDataType.STRING_ARRAY with a non-empty list, which "
            "aws-cdk-lib refuses; leave data_type unset: a list is sent as String.Array"
        )
    return None


def _render_attribute(attribute: MessageAttribute) -> dict[str, Any]:
    value = attribute.value
    data_type = attribute.data_type
    if data_type is MessageAttributeDataType.BINARY:
        binary = value if Token.is_unresolved(value) else _js_text(value)
        return {"DataType": "Binary", "BinaryValue": binary}
    if is_jsonata_expression(value):
        return {"DataType": "String", "StringValue": value}
    if Token.is_unresolved(value):
        # A JSON path or another token: sent as it resolves, typed as given (String by default).
        text = Tokenization.stringify_number(value) if isinstance(value, float) else value
        return {"DataType": _DATA_TYPES[data_type] if data_type else "String", "StringValue": text}
    kind = _js_type(value)
    if kind == "number":
        return {"DataType": "Number", "StringValue": _js_text(value)}
    if kind == "list":
        return {"DataType": "String.Array", "StringValue": json_stringify(value)}
    return {"DataType": "String", "StringValue": _js_text(value)}


class SnsPublish(TaskStateBase):
    """A task state that publishes a message to an SNS topic (`arn:aws:states:::sns:publish`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        message: TaskInput,
        topic: ITopic,
        message_attributes: Mapping[str, MessageAttribute | Mapping[str, Any]] | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
        message_per_subscription_type: bool | None = None,
        subject: str | None = None,
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
        props = SnsPublishProps(
            message=message,
            topic=topic,
            message_attributes=message_attributes,
            message_deduplication_id=message_deduplication_id,
            message_group_id=message_group_id,
            message_per_subscription_type=message_per_subscription_type,
            subject=subject,
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
            require_task_token(self, props.message.value, "message")
        if props.topic.fifo:
            self._check_fifo(props)
        self._task_policies = [PolicyStatement(actions=["sns:Publish"], resources=[props.topic.topic_arn])]

    def _check_fifo(self, props: SnsPublishProps) -> None:
        group_id = props.message_group_id
        if not group_id:
            given = " is missing" if group_id is None else f"={group_id!r} is empty"
            raise ValidationError(
                self,
                f"message_group_id{given}; a FIFO topic needs a message group id, e.g. "
                "message_group_id='orders'",
            )
        self._check_length("message_group_id", group_id)
        dedup_id = props.message_deduplication_id
        if not dedup_id and not props.topic.content_based_deduplication:
            given = " is missing" if dedup_id is None else f"={dedup_id!r} is empty"
            raise ValidationError(
                self,
                f"message_deduplication_id{given}; a FIFO topic without content-based deduplication needs "
                "one, e.g. message_deduplication_id=JsonPath.string_at('$.id')",
            )
        if dedup_id:
            self._check_length("message_deduplication_id", dedup_id)

    def _check_length(self, prop: str, value: str) -> None:
        if not Token.is_unresolved(value) and len(value) > _MAX_FIFO_ID_LENGTH:
            raise ValidationError(
                self,
                f"{prop}={value!r} is {len(value)} characters long; use at most {_MAX_FIFO_ID_LENGTH}",
            )

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> SnsPublish:
        """An SnsPublish state that uses JSONPath (keywords of SnsPublishJsonPathProps)."""
        keywords = props_of(SnsPublishJsonPathProps, scope, id, props)
        return SnsPublish(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> SnsPublish:
        """An SnsPublish state that uses JSONata (keywords of SnsPublishJsonataProps)."""
        keywords = props_of(SnsPublishJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return SnsPublish(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        attributes = props.message_attributes
        # Checked when the state is rendered, as aws-cdk-lib does: an unused state may hold any attribute.
        for name, attribute in (attributes or {}).items():
            problem = _attribute_problem(name, attribute)
            if problem is not None:
                raise ValidationError(self, problem)
        # Key order as aws-cdk-lib writes it: the definition is a JSON text, so the order shows.
        parameters = {
            "TopicArn": props.topic.topic_arn,
            "Message": props.message.value,
            "MessageDeduplicationId": props.message_deduplication_id,
            "MessageGroupId": props.message_group_id,
            "MessageStructure": "json" if props.message_per_subscription_type else None,
            "MessageAttributes": (
                {name: _render_attribute(attribute) for name, attribute in attributes.items()}
                if attributes is not None
                else None
            ),
            "Subject": props.subject,
        }
        return {
            "Resource": integration_resource_arn("sns", "publish", self.integration_pattern),
            **self._render_parameters_or_arguments(
                {k: v for k, v in parameters.items() if v is not None}, top_level_query_language
            ),
        }
