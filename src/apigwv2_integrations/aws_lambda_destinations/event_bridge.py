"""EventBridgeDestination: an event bus receives the records of asynchronous invocations."""

from __future__ import annotations

from ..aws_events import IEventBus
from ..aws_iam import PolicyStatement
from ..aws_lambda import DestinationConfig, DestinationType, IFunction
from ..core.construct import Construct
from ..core.stack import Stack


class EventBridgeDestination:
    """Put invocation records on an event bus (the account's default bus unless one is given)."""

    def __init__(self, event_bus: IEventBus | None = None) -> None:
        self.event_bus = event_bus

    def bind(
        self,
        scope: Construct,
        fn: IFunction,
        *,
        # None when an event source mapping binds this as its on-failure destination: aws-cdk-lib
        # passes no options there.
        type: DestinationType | None = None,  # noqa: A002 - aws_cdk's keyword
    ) -> DestinationConfig:
        """Let the function put events on the bus and return the bus's ARN."""
        if self.event_bus is not None:
            self.event_bus.grant_put_events_to(fn)
            return DestinationConfig(destination=self.event_bus.event_bus_arn)
        arn = Stack.of(scope).format_arn(service="events", resource="event-bus", resource_name="default")
        fn.add_to_role_policy(PolicyStatement(actions=["events:PutEvents"], resources=[arn]))
        return DestinationConfig(destination=arn)
