"""QueuePolicy: the resource policy of one or more queues (`AWS::SQS::QueuePolicy`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.policy_document import PolicyDocument, PolicyHasStatements
from ..cfn.aws_sqs import CfnQueuePolicy
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class QueuePolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a QueuePolicy."""

    queues: Sequence[Any] = field(converter=tuple)
    """The queues the policy applies to."""


class QueuePolicy(Resource):
    """A queue resource policy; its statements are in `document`."""

    def __init__(self, scope: Construct, id: str, *, queues: Sequence[Any]) -> None:
        super().__init__(scope, id)
        props = QueuePolicyProps(queues=queues)
        self.document = PolicyDocument()
        CfnQueuePolicy(
            self, "Resource", policy_document=self.document, queues=[q.queue_url for q in props.queues]
        )
        self.node.add_validation(
            PolicyHasStatements(
                self,
                "document has no statements; add one with document.add_statements(...) or drop the "
                "QueuePolicy",
            )
        )

    @property
    def queue_policy_id(self) -> str:
        """Removed from CloudFormation; reading it is an error."""
        raise ValidationError(self, "queue_policy_id has been removed from CloudFormation; do not read it")
