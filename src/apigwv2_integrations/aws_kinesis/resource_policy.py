"""ResourcePolicy: the resource policy of a stream or a stream consumer (`AWS::Kinesis::ResourcePolicy`)."""

from __future__ import annotations

from ..aws_iam.policy_document import PolicyDocument, PolicyHasStatements
from ..cfn.aws_kinesis import CfnResourcePolicy
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ._types import IStream, IStreamConsumer

if TYPE_CHECKING:
    from typing import ClassVar


@lazy_frozen(kw_only=True)
class ResourcePolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a ResourcePolicy: one of `stream` and `stream_consumer`, and the policy."""

    policy_document: PolicyDocument | None = None
    """The policy. Default: an empty document, to add statements to through `document`."""
    stream: IStream | None = None
    """The stream the policy applies to. Default: none (give `stream_consumer`)."""
    stream_consumer: IStreamConsumer | None = None
    """The stream consumer the policy applies to. Default: none (give `stream`)."""


class ResourcePolicy(Resource):
    """The resource policy of a stream or a stream consumer; its statements are in `document`.

    `add_to_resource_policy` of a stream or consumer makes one when it is first called.
    """

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-kinesis.ResourcePolicy"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_document: PolicyDocument | None = None,
        stream: IStream | None = None,
        stream_consumer: IStreamConsumer | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = ResourcePolicyProps(
            policy_document=policy_document, stream=stream, stream_consumer=stream_consumer
        )
        if props.stream is not None and props.stream_consumer is not None:
            raise ValidationError(
                self, "stream and stream_consumer are both given; give one of them, one policy each"
            )
        if props.stream is not None:
            resource_arn = props.stream.stream_arn
        elif props.stream_consumer is not None:
            resource_arn = props.stream_consumer.stream_consumer_arn
        else:
            raise ValidationError(
                self, "neither stream nor stream_consumer is given; give the one the policy applies to"
            )
        self.document: PolicyDocument = (
            props.policy_document if props.policy_document is not None else PolicyDocument()
        )
        CfnResourcePolicy(self, "Resource", resource_arn=resource_arn, resource_policy=self.document)
        self.node.add_validation(
            PolicyHasStatements(
                self,
                "policy_document has no statements; add one with document.add_statements(...) "
                "or drop the ResourcePolicy",
            )
        )
