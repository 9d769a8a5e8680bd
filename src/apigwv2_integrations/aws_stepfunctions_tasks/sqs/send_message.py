"""SqsSendMessage: a task state that sends a message to an SQS queue."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_iam import PolicyStatement
from ...aws_sqs import IQueue
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
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen
from .._task_utils import integration_resource_arn, props_of, require_task_token, validate_pattern_supported

if TYPE_CHECKING:
    from typing import Any

_SUPPORTED_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


@lazy_frozen(kw_only=True)
class _SqsSendMessageOptions(metaclass=LazyAttrsMeta):
    """The options of a SqsSendMessage state, in either query language."""

    message_body: TaskInput
    """The message: a text, an object or a JSON path."""
    queue: IQueue
    """The queue to send to."""
    delay: Duration | None = None
    """How long the message stays invisible, up to 15 minutes. Default: the queue's delivery delay."""
    message_deduplication_id: str | None = None
    """The deduplication id of a FIFO queue's message. Default: none."""
    message_group_id: str | None = None
    """The message group of a FIFO queue's message. Default: none."""


@lazy_frozen(kw_only=True)
class SqsSendMessageProps(TaskStateBaseProps, _SqsSendMessageOptions, metaclass=LazyAttrsMeta):
    """Properties of an SqsSendMessage state."""


@lazy_frozen(kw_only=True)
class SqsSendMessageJsonPathProps(
    TaskStateJsonPathBaseProps, _SqsSendMessageOptions, metaclass=LazyAttrsMeta
):
    """Properties of an SqsSendMessage state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class SqsSendMessageJsonataProps(TaskStateJsonataBaseProps, _SqsSendMessageOptions, metaclass=LazyAttrsMeta):
    """Properties of an SqsSendMessage state that uses JSONata."""


class SqsSendMessage(TaskStateBase):
    """A task state that sends a message to an SQS queue (`arn:aws:states:::sqs:sendMessage`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        message_body: TaskInput,
        queue: IQueue,
        delay: Duration | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
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
        props = SqsSendMessageProps(
            message_body=message_body,
            queue=queue,
            delay=delay,
            message_deduplication_id=message_deduplication_id,
            message_group_id=message_group_id,
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
            require_task_token(self, props.message_body.value, "message_body")
        self._task_policies = [
            PolicyStatement(actions=["sqs:SendMessage"], resources=[props.queue.queue_arn])
        ]
        # An encrypted queue: sending needs its key too.
        key = getattr(props.queue, "encryption_master_key", None)
        if key is not None:
            self._task_policies.append(
                PolicyStatement(actions=["kms:Decrypt", "kms:GenerateDataKey*"], resources=[key.key_arn])
            )

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> SqsSendMessage:
        """An SqsSendMessage state that uses JSONPath (keywords of SqsSendMessageJsonPathProps)."""
        keywords = props_of(SqsSendMessageJsonPathProps, scope, id, props)
        return SqsSendMessage(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> SqsSendMessage:
        """An SqsSendMessage state that uses JSONata (keywords of SqsSendMessageJsonataProps)."""
        keywords = props_of(SqsSendMessageJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return SqsSendMessage(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        props = self._props
        parameters = {
            "QueueUrl": props.queue.queue_url,
            "MessageBody": props.message_body.value,
            "DelaySeconds": props.delay.to_seconds() if props.delay is not None else None,
            "MessageDeduplicationId": props.message_deduplication_id,
            "MessageGroupId": props.message_group_id,
        }
        return {
            "Resource": integration_resource_arn("sqs", "sendMessage", self.integration_pattern),
            **self._render_parameters_or_arguments(
                {k: v for k, v in parameters.items() if v is not None}, top_level_query_language
            ),
        }
