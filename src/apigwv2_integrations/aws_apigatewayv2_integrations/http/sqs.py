"""HttpSqsIntegration: sends, receives and deletes messages of an SQS queue, or purges it."""

from __future__ import annotations

from ...aws_apigatewayv2 import HttpIntegrationSubtype, ParameterMapping
from ...core.construct import Construct
from ...core.errors import ArgumentTypeError
from ...core.runtime_typing import TYPE_CHECKING, cast
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._aws_service_integration import _HttpAwsServiceIntegration, check_subtype

if TYPE_CHECKING:
    from ...aws_sqs import IQueue

_ACTIONS = {
    HttpIntegrationSubtype.SQS_SEND_MESSAGE: "sqs:SendMessage",
    HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE: "sqs:ReceiveMessage",
    HttpIntegrationSubtype.SQS_DELETE_MESSAGE: "sqs:DeleteMessage",
    HttpIntegrationSubtype.SQS_PURGE_QUEUE: "sqs:PurgeQueue",
}


def _check_queue(value: object) -> IQueue:
    if not (hasattr(value, "queue_arn") and hasattr(value, "queue_url")):
        raise ArgumentTypeError(
            f"queue={value!r} is not an IQueue; pass a Queue or Queue.from_queue_arn(...)"
        )
    return cast("IQueue", value)


@lazy_frozen(kw_only=True)
class HttpSqsIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of an HttpSqsIntegration."""

    queue: IQueue = field(converter=_check_queue)
    """The queue the route works on."""
    parameter_mapping: ParameterMapping | None = None
    """Request parameters sent to SQS. Default: `QueueUrl`, plus `MessageBody` from
    `$request.body.MessageBody` for SQS_SEND_MESSAGE and `ReceiptHandle` from
    `$request.body.ReceiptHandle` for SQS_DELETE_MESSAGE."""
    subtype: HttpIntegrationSubtype | None = field(default=None, converter=check_subtype)
    """The SQS action (an `SQS_*` subtype). Default: SQS_SEND_MESSAGE."""


class HttpSqsIntegration(_HttpAwsServiceIntegration):
    """Route requests to an SQS action (AWS_PROXY with an `SQS-*` subtype) through a role it creates."""

    _allowed_subtypes = tuple(_ACTIONS)
    _service_label = "an SQS"
    _statement_sid = "AllowSqsExecution"

    def __init__(
        self,
        id: str,
        *,
        queue: IQueue,
        parameter_mapping: ParameterMapping | None = None,
        subtype: HttpIntegrationSubtype | None = None,
    ) -> None:
        self.props = HttpSqsIntegrationProps(
            queue=queue, parameter_mapping=parameter_mapping, subtype=subtype
        )
        super().__init__(id, subtype=self.props.subtype, parameter_mapping=self.props.parameter_mapping)
        self.queue = self.props.queue

    def _actions(self, subtype: HttpIntegrationSubtype) -> list[str]:
        return [_ACTIONS[subtype]]

    def _resources(self, subtype: HttpIntegrationSubtype, scope: Construct) -> list[str]:
        return [self.queue.queue_arn]

    def _default_parameter_mapping(self, subtype: HttpIntegrationSubtype) -> ParameterMapping:
        mapping = ParameterMapping().custom("QueueUrl", self.queue.queue_url)
        if subtype is HttpIntegrationSubtype.SQS_SEND_MESSAGE:
            mapping.custom("MessageBody", "$request.body.MessageBody")
        elif subtype is HttpIntegrationSubtype.SQS_DELETE_MESSAGE:
            mapping.custom("ReceiptHandle", "$request.body.ReceiptHandle")
        return mapping
