"""QueueGrants: the permissions a queue gives (send, consume, purge, any actions)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_CONSUME_ACTIONS = (
    "sqs:ReceiveMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueUrl",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
)
_SEND_ACTIONS = ("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl")
_PURGE_ACTIONS = ("sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl")
_DECRYPT = ("kms:Decrypt",)
_ENCRYPT_DECRYPT = ("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*")


class QueueGrants:
    """The grants of one queue (and of its key, when it has one)."""

    def __init__(self, *, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_queue(resource: Any) -> QueueGrants:
        """The grants of `resource`."""
        return QueueGrants(resource=resource)

    def actions(
        self,
        grantee: IGrantable,
        actions: Sequence[str],
        *,
        key_actions: Sequence[str] | None = None,
        resource_arns: Sequence[str] | None = None,
    ) -> Grant:
        """Give `grantee` `actions` on the queue and `key_actions` on its key."""
        result = Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=list(resource_arns) if resource_arns is not None else [self.resource.queue_arn],
            resource=self.resource,
        )
        if key_actions:
            self.resource.grant_on_key(grantee, *key_actions)
        return result

    def consume_messages(self, grantee: IGrantable) -> Grant:
        """Receive, change the visibility of and delete messages (and decrypt them)."""
        return self.actions(grantee, _CONSUME_ACTIONS, key_actions=_DECRYPT)

    def send_messages(self, grantee: IGrantable) -> Grant:
        """Send messages (and encrypt them)."""
        return self.actions(grantee, _SEND_ACTIONS, key_actions=_ENCRYPT_DECRYPT)

    def purge(self, grantee: IGrantable) -> Grant:
        """Purge the queue."""
        return self.actions(grantee, _PURGE_ACTIONS)
