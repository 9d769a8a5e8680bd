"""AWS service integrations (SQS, EventBridge, Step Functions, ...): the call recorded, the answer faked."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Mapping

from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen
class ServiceCall(metaclass=LazyAttrsMeta):
    """A call an AWS service integration would make, with its mapped parameters."""

    action: str
    """The integration subtype (`SQS-SendMessage`) or, for WebSocket AWS integrations, the URI."""
    parameters: Mapping[str, Any]
    route_key: str
    request_id: str
    integration: str
    """The integration's construct id."""


# The request parameters each action cannot do without (API Gateway answers 400 when one is missing).
REQUIRED_PARAMETERS = {
    "SQS-SendMessage": ("QueueUrl", "MessageBody"),
    "SQS-ReceiveMessage": ("QueueUrl",),
    "SQS-DeleteMessage": ("QueueUrl", "ReceiptHandle"),
    "SQS-PurgeQueue": ("QueueUrl",),
    "EventBridge-PutEvents": ("Detail", "DetailType", "Source"),
    "StepFunctions-StartExecution": ("StateMachineArn",),
    "StepFunctions-StartSyncExecution": ("StateMachineArn",),
    "StepFunctions-StopExecution": ("ExecutionArn",),
}


def missing_parameters(call: ServiceCall) -> list[str]:
    """The required parameters the mapped request lacks."""
    return [
        name for name in REQUIRED_PARAMETERS.get(call.action, ()) if call.parameters.get(name) in (None, "")
    ]


def _metadata() -> dict[str, Any]:
    return {"RequestId": str(uuid.uuid4())}


def service_answer(call: ServiceCall) -> Any:
    """What the service answers to the call, in the shape API Gateway passes back."""
    parameters = call.parameters
    action = call.action
    if action == "SQS-SendMessage":
        body = str(parameters.get("MessageBody", ""))
        return {
            "SendMessageResponse": {
                "ResponseMetadata": _metadata(),
                "SendMessageResult": {
                    "MD5OfMessageAttributes": None,
                    "MD5OfMessageBody": hashlib.md5(body.encode("utf-8")).hexdigest(),
                    "MD5OfMessageSystemAttributes": None,
                    "MessageId": str(uuid.uuid4()),
                    "SequenceNumber": None,
                },
            }
        }
    if action == "SQS-ReceiveMessage":
        return {
            "ReceiveMessageResponse": {
                "ReceiveMessageResult": {"messages": None},
                "ResponseMetadata": _metadata(),
            }
        }
    if action == "SQS-DeleteMessage":
        return {"DeleteMessageResponse": {"ResponseMetadata": _metadata()}}
    if action == "SQS-PurgeQueue":
        return {"PurgeQueueResponse": {"ResponseMetadata": _metadata()}}
    if action == "EventBridge-PutEvents":
        return {"Entries": [{"EventId": str(uuid.uuid4())}], "FailedEntryCount": 0}
    if action.startswith("StepFunctions-"):
        arn = str(parameters.get("StateMachineArn", parameters.get("ExecutionArn", "")))
        name = str(parameters.get("Name") or uuid.uuid4())
        execution = arn.replace(":stateMachine:", ":execution:") + f":{name}"
        now = round(time.time(), 3)
        if action == "StepFunctions-StartExecution":
            return {"executionArn": execution, "startDate": now}
        if action == "StepFunctions-StartSyncExecution":
            return {
                "executionArn": execution.replace(":execution:", ":express:"),
                "input": str(parameters.get("Input", "{}")),
                "inputDetails": {"included": True},
                "name": name,
                "output": "{}",
                "outputDetails": {"included": True},
                "startDate": now,
                "stateMachineArn": arn,
                "status": "SUCCEEDED",
                "stopDate": now,
            }
        if action == "StepFunctions-StopExecution":
            return {"stopDate": now}
    return {}


def answer_body(value: Any) -> bytes:
    """A service answer as a JSON body."""
    return value if isinstance(value, bytes) else json.dumps(value).encode("utf-8")
