"""EventBus: an EventBridge event bus, IEventBus, and the EventBusReference integrations take."""

from __future__ import annotations

import re
from typing import Protocol, runtime_checkable

from ..cfn.aws_events import CfnEventBus
from ..core.arn import Arn
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.resource import Resource
from ..core.struct import lazy_frozen
from ..core.tokens.token import Token

_EVENT_BUS_NAME = re.compile(r"^[/.\-_A-Za-z0-9]{1,256}$")


@lazy_frozen(kw_only=True)
class EventBusReference:
    """The ARN and name of an event bus (aws_cdk has it in `aws_cdk.interfaces.aws_events`)."""

    event_bus_arn: str
    """The event bus's ARN."""
    event_bus_name: str
    """The event bus's name."""


@runtime_checkable
class IEventBus(Protocol):
    """An event bus, defined in this app or imported."""

    @property
    def event_bus_arn(self) -> str:
        """The event bus's ARN."""
        ...

    @property
    def event_bus_name(self) -> str:
        """The event bus's name."""
        ...

    @property
    def event_bus_ref(self) -> EventBusReference:
        """The ARN and name, as integrations take them."""
        ...


@lazy_frozen(kw_only=True)
class EventBusProps:
    """Properties of an EventBus."""

    event_bus_name: str | None = None
    """The event bus's name; not 'default', no '/'. Default: the construct's unique id."""


class _EventBusBase(Resource):
    event_bus_arn: str
    event_bus_name: str

    @property
    def event_bus_ref(self) -> EventBusReference:
        """The ARN and name, as integrations take them."""
        return EventBusReference(event_bus_arn=self.event_bus_arn, event_bus_name=self.event_bus_name)


class EventBus(_EventBusBase):
    """A custom EventBridge event bus (`AWS::Events::EventBus`)."""

    def __init__(self, scope: Construct, id: str, *, event_bus_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=event_bus_name)
        props = EventBusProps(event_bus_name=event_bus_name)
        name = props.event_bus_name
        if name is not None and not Token.is_unresolved(name):
            problem = _event_bus_name_problem(name)
            if problem is not None:
                raise ValidationError(self, f"event_bus_name={name!r} {problem}")
        resource = CfnEventBus(self, "Resource", name=name if name is not None else Names.unique_id(self))
        self.event_bus_arn = resource.attr_arn
        self.event_bus_name = resource.ref

    @staticmethod
    def from_event_bus_arn(scope: Construct, id: str, event_bus_arn: str) -> IEventBus:
        """An existing event bus, by ARN: its name is taken from the ARN."""
        return _ImportedEventBus(scope, id, event_bus_arn)


def _event_bus_name_problem(name: str) -> str | None:
    if name == "default":
        return "is the account's default bus; choose another name"
    if "/" in name:
        return "contains '/', which only partner event buses have; remove it"
    if not _EVENT_BUS_NAME.match(name):
        return "is not a valid name; use 1 to 256 letters, digits or the characters ._-"
    return None


class _ImportedEventBus(_EventBusBase):
    def __init__(self, scope: Construct, id: str, event_bus_arn: str) -> None:
        if not Token.is_unresolved(event_bus_arn) and (
            not event_bus_arn.startswith("arn:") or len(event_bus_arn.split(":")) < 6
        ):
            raise ValidationError(
                scope,
                f"event_bus_arn={event_bus_arn!r} is not an ARN; "
                "use 'arn:<partition>:events:<region>:<account>:event-bus/<name>'",
            )
        super().__init__(scope, id, environment_from_arn=event_bus_arn)
        self.event_bus_arn = event_bus_arn
        self.event_bus_name = Arn.extract_resource_name(event_bus_arn, "event-bus")
