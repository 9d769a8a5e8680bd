"""TopicGrants: the permissions a topic gives (publish, subscribe, any actions)."""

from __future__ import annotations

from typing import Any

from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable

_PUBLISH_KEY_ACTIONS = ("kms:Decrypt", "kms:GenerateDataKey*")


class TopicGrants:
    """The grants of one topic (and of its key, when it has one)."""

    def __init__(self, *, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_topic(resource: Any) -> TopicGrants:
        """The grants of `resource`."""
        return TopicGrants(resource=resource)

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the topic."""
        return Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=[self.resource.topic_arn],
            resource=self.resource,
        )

    def publish(self, grantee: IGrantable) -> Grant:
        """Publish to the topic (and use its key, when it has one)."""
        grant = self.actions(grantee, "sns:Publish")
        key = self.resource.master_key
        if key is not None:
            key.grant(grantee, *_PUBLISH_KEY_ACTIONS)
        return grant

    def subscribe(self, grantee: IGrantable) -> Grant:
        """Subscribe to the topic."""
        return self.actions(grantee, "sns:Subscribe")
