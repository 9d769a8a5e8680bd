"""EventBridgeDestination: an event bus receives the records of asynchronous invocations."""

from __future__ import annotations

from ..aws_events import EventBus, IEventBus
from ..aws_lambda import DestinationConfig, DestinationType, IFunction
from ..core.construct import Construct

_DEFAULT_BUS_ID = "DefaultEventBus"


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
        # aws-cdk-lib imports the default bus as a `DefaultEventBus` child of the scope, once per scope, so it
        # shows in the construct tree.
        existing = scope.node.try_find_child(_DEFAULT_BUS_ID)
        if isinstance(existing, IEventBus):
            default_bus: IEventBus = existing
        else:
            arn = fn.stack.format_arn(service="events", resource="event-bus", resource_name="default")
            default_bus = EventBus.from_event_bus_arn(scope, _DEFAULT_BUS_ID, arn)
        default_bus.grant_put_events_to(fn)
        return DestinationConfig(destination=default_bus.event_bus_arn)
