"""TopicPolicy: the resource policy of one or more topics (`AWS::SNS::TopicPolicy`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.arn_principals import StarPrincipal
from ..aws_iam.policy_document import PolicyDocument, PolicyHasStatements
from ..aws_iam.policy_statement import Effect, PolicyStatement
from ..cfn.aws_sns import CfnTopicPolicy
from ..core.construct import Construct
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class TopicPolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a TopicPolicy."""

    topics: Sequence[Any] = field(converter=tuple)
    """The topics the policy applies to."""
    enforce_ssl: bool | None = None
    """Whether to deny publishing without TLS. Default: False."""
    policy_document: PolicyDocument | None = None
    """The policy's document. Default: an empty document with Sids assigned to its statements."""


class TopicPolicy(Resource):
    """A topic resource policy; its statements are in `document`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        topics: Sequence[Any],
        enforce_ssl: bool | None = None,
        policy_document: PolicyDocument | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = TopicPolicyProps(topics=topics, enforce_ssl=enforce_ssl, policy_document=policy_document)
        self.document = props.policy_document or PolicyDocument(assign_sids=True)
        if props.enforce_ssl:
            for topic in props.topics:
                self.document.add_statements(ssl_only_statement(topic.topic_arn))
        CfnTopicPolicy(
            self, "Resource", policy_document=self.document, topics=[t.topic_arn for t in props.topics]
        )
        self.node.add_validation(
            PolicyHasStatements(
                self,
                "document has no statements; add one with document.add_statements(...) or drop the "
                "TopicPolicy",
            )
        )


def ssl_only_statement(topic_arn: str) -> PolicyStatement:
    """The statement that denies publishing to `topic_arn` without TLS."""
    return PolicyStatement(
        sid="AllowPublishThroughSSLOnly",
        actions=["sns:Publish"],
        effect=Effect.DENY,
        resources=[topic_arn],
        conditions={"Bool": {"aws:SecureTransport": "false"}},
        principals=[StarPrincipal()],
    )
