"""EventBusGrants: the permissions an event bus gives (put events, any actions)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


class EventBusGrants:
    """The grants of one event bus, given to principals through their own policies."""

    def __init__(self, *, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_event_bus(resource: Any) -> EventBusGrants:
        """The grants of `resource` (an event bus defined in this app or imported)."""
        return EventBusGrants(resource=resource)

    def actions(
        self, grantee: IGrantable, actions: Sequence[str], *, resource_arns: Sequence[str] | None = None
    ) -> Grant:
        """Give `grantee` `actions` on the bus (or on `resource_arns`)."""
        return Grant.add_to_principal(
            grantee=grantee,
            actions=list(actions),
            resource_arns=list(resource_arns) if resource_arns is not None else [self.resource.event_bus_arn],
        )

    def all_put_events(self, grantee: IGrantable) -> Grant:
        """Let `grantee` put events on every bus (`events:PutEvents` on `*`)."""
        return self.actions(grantee, ["events:PutEvents"], resource_arns=["*"])
