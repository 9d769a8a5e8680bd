"""HttpEventBridgeIntegration: puts the request as an event on an EventBridge event bus."""

from __future__ import annotations

from collections.abc import Mapping

from ...aws_apigatewayv2 import HttpIntegrationSubtype, ParameterMapping
from ...core.construct import Construct
from ...core.errors import ArgumentTypeError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._aws_service_integration import _HttpAwsServiceIntegration, check_subtype

if TYPE_CHECKING:
    from typing import Any

    from ...aws_events import EventBusReference


def _to_event_bus_reference(value: EventBusReference | Mapping[str, Any]) -> EventBusReference:
    # Deferred for import speed: an app that passes the bus as a dict of ARN and name never loads aws_events.
    from ...aws_events.event_bus import EventBusReference

    if isinstance(value, Mapping):
        return EventBusReference(**value)
    if not isinstance(value, EventBusReference):
        hint = " (use its .event_bus_ref)" if hasattr(value, "event_bus_ref") else ""
        raise ArgumentTypeError(f"event_bus_ref={value!r} is not an EventBusReference{hint}")
    return value


@lazy_frozen(kw_only=True)
class HttpEventBridgeIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of an HttpEventBridgeIntegration."""

    event_bus_ref: EventBusReference = field(converter=_to_event_bus_reference)
    """The event bus events are put on: `bus.event_bus_ref`, or its ARN and name."""
    parameter_mapping: ParameterMapping | None = None
    """Request parameters sent to PutEvents; `EventBusName` is added unless it is set. Default:
    `Detail`, `DetailType` and `Source` from the request body, and the bus's `EventBusName`."""
    subtype: HttpIntegrationSubtype | None = field(default=None, converter=check_subtype)
    """The EventBridge action (an `EVENTBRIDGE_*` subtype). Default: EVENTBRIDGE_PUT_EVENTS."""


class HttpEventBridgeIntegration(_HttpAwsServiceIntegration):
    """Route requests to EventBridge PutEvents (AWS_PROXY) through a role it creates."""

    _allowed_subtypes = (HttpIntegrationSubtype.EVENTBRIDGE_PUT_EVENTS,)
    _service_label = "an EventBridge"
    _statement_sid = "AllowEventBridgePutEvents"

    def __init__(
        self,
        id: str,
        *,
        event_bus_ref: EventBusReference | Mapping[str, Any],
        parameter_mapping: ParameterMapping | None = None,
        subtype: HttpIntegrationSubtype | None = None,
    ) -> None:
        self.props = HttpEventBridgeIntegrationProps(
            event_bus_ref=event_bus_ref,
            parameter_mapping=parameter_mapping,
            subtype=subtype,
        )
        super().__init__(id, subtype=self.props.subtype, parameter_mapping=self.props.parameter_mapping)
        self.event_bus_ref = self.props.event_bus_ref

    def _actions(self, subtype: HttpIntegrationSubtype) -> list[str]:
        return ["events:PutEvents"]

    def _resources(self, subtype: HttpIntegrationSubtype, scope: Construct) -> list[str]:
        return [self.event_bus_ref.event_bus_arn]

    def _default_parameter_mapping(self, subtype: HttpIntegrationSubtype) -> ParameterMapping:
        return (
            ParameterMapping()
            .custom("Detail", "$request.body.Detail")
            .custom("DetailType", "$request.body.DetailType")
            .custom("Source", "$request.body.Source")
        )

    def _parameter_mapping_for(self, subtype: HttpIntegrationSubtype) -> ParameterMapping:
        given = self._parameter_mapping or self._default_parameter_mapping(subtype)
        # A copy: the caller's mapping may serve other integrations.
        mapping = ParameterMapping()
        for key, value in given.mappings.items():
            mapping.custom(key, value)
        if "EventBusName" not in mapping.mappings:
            mapping.custom("EventBusName", self.event_bus_ref.event_bus_name)
        return mapping
