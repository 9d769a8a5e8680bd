"""TopicGrants: the permissions a topic gives (publish, subscribe, any actions)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_PUBLISH_KEY_ACTIONS = ("kms:Decrypt", "kms:GenerateDataKey*")


class TopicGrants:
    """The grants of one topic (and of its key, when it has one)."""

    def __init__(self, *, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_topic(resource: Any) -> TopicGrants:
        """The grants of `resource`."""
        return TopicGrants(resource=resource)

    def actions(
        self,
        grantee: IGrantable,
        actions: Sequence[str],
        *,
        key_actions: Sequence[str] | None = None,
        resource_arns: Sequence[str] | None = None,
    ) -> Grant:
        """Give `grantee` `actions` on the topic (or on `resource_arns`), and `key_actions` on its key if
        it has one."""
        result = Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=list(resource_arns) if resource_arns is not None else [self.resource.topic_arn],
            resource=self.resource,
        )
        key = self.resource.master_key
        if key_actions and key is not None:
            key.grant(grantee, *key_actions)
        return result

    def publish(self, grantee: IGrantable) -> Grant:
        """Publish to the topic (and use its key, when it has one)."""
        return self.actions(grantee, ["sns:Publish"], key_actions=_PUBLISH_KEY_ACTIONS)

    def subscribe(self, grantee: IGrantable) -> Grant:
        """Subscribe to the topic."""
        return self.actions(grantee, ["sns:Subscribe"])
