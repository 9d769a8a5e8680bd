"""Amazon EventBridge: event buses, and every `Cfn*` class of the service."""

from ..cfn.aws_events import *  # noqa: F403
from ..cfn.aws_events import __all__ as _cfn_all
from .event_bus import EventBus, EventBusProps, EventBusReference, IEventBus

__all__ = [*_cfn_all, "EventBus", "EventBusProps", "EventBusReference", "IEventBus"]
