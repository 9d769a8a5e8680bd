"""EventBridgePutEvents: a task state that sends events to EventBridge; EventBridgePutEventsEntry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_events import IEventBus
from ...aws_iam import PolicyStatement
from ...aws_stepfunctions import (
    Credentials,
    IntegrationPattern,
    QueryLanguage,
    TaskInput,
    TaskStateBase,
    TaskStateBaseProps,
    TaskStateJsonataBaseProps,
    TaskStateJsonPathBaseProps,
    Timeout,
)
from ...aws_stepfunctions.states.task_base import task_state_options
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.stack import Stack
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from .._task_utils import integration_resource_arn, props_of, require_task_token, validate_pattern_supported

if TYPE_CHECKING:
    from typing import Any

_SUPPORTED_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN)


@lazy_frozen(kw_only=True)
class EventBridgePutEventsEntry(metaclass=LazyAttrsMeta):
    """An event to send."""

    detail: TaskInput
    """The event's detail: an object, or a JSON path to one."""
    detail_type: str
    """What kind of event it is, for rules to match (`detail-type`)."""
    source: str
    """Where the event comes from, for rules to match; it cannot start with `aws.`."""
    event_bus: IEventBus | None = None
    """The bus to send to. Default: the account's default event bus."""


def _to_entry(value: EventBridgePutEventsEntry | Mapping[str, Any]) -> EventBridgePutEventsEntry:
    return EventBridgePutEventsEntry(**value) if isinstance(value, Mapping) else value


def _to_entries(
    value: Sequence[EventBridgePutEventsEntry | Mapping[str, Any]],
) -> tuple[EventBridgePutEventsEntry, ...]:
    return tuple(_to_entry(entry) for entry in value)


@lazy_frozen(kw_only=True)
class _EventBridgePutEventsOptions(metaclass=LazyAttrsMeta):
    """The options of a EventBridgePutEvents state, in either query language."""

    entries: tuple[EventBridgePutEventsEntry, ...] = field(converter=_to_entries)
    """The events to send (at least one)."""


@lazy_frozen(kw_only=True)
class EventBridgePutEventsProps(TaskStateBaseProps, _EventBridgePutEventsOptions, metaclass=LazyAttrsMeta):
    """Properties of an EventBridgePutEvents state."""


@lazy_frozen(kw_only=True)
class EventBridgePutEventsJsonPathProps(
    TaskStateJsonPathBaseProps, _EventBridgePutEventsOptions, metaclass=LazyAttrsMeta
):
    """Properties of an EventBridgePutEvents state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class EventBridgePutEventsJsonataProps(
    TaskStateJsonataBaseProps, _EventBridgePutEventsOptions, metaclass=LazyAttrsMeta
):
    """Properties of an EventBridgePutEvents state that uses JSONata."""


class EventBridgePutEvents(TaskStateBase):
    """A task state that sends events to EventBridge (`arn:aws:states:::events:putEvents`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        entries: Sequence[EventBridgePutEventsEntry | Mapping[str, Any]],
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | Mapping[str, Any] | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = EventBridgePutEventsProps(
            entries=entries,
            result_path=result_path,
            result_selector=result_selector,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            credentials=credentials,
            heartbeat=heartbeat,
            heartbeat_timeout=heartbeat_timeout,
            integration_pattern=integration_pattern,
            task_timeout=task_timeout,
            timeout=timeout,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        )
        super().__init__(scope, id, **task_state_options(props))
        self._props = props
        self._entries = props.entries
        self.integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self, self.integration_pattern, _SUPPORTED_PATTERNS)
        if self.integration_pattern is IntegrationPattern.WAIT_FOR_TASK_TOKEN:
            require_task_token(self, [entry.detail.value for entry in props.entries], "entries")
        self._validate_entries(props.entries)
        self._task_policies = [
            PolicyStatement(actions=["events:PutEvents"], resources=self._event_bus_arns())
        ]

    def _validate_entries(self, entries: Sequence[EventBridgePutEventsEntry]) -> None:
        if not entries:
            raise ValidationError(
                self, "entries=[] sends no event; give at least one EventBridgePutEventsEntry"
            )
        for index, entry in enumerate(entries):
            source = entry.source
            if not Token.is_unresolved(source) and source.startswith("aws."):
                raise ValidationError(
                    self,
                    f"entries[{index}] has source={source!r}; a source starting with 'aws.' is AWS's own, "
                    "use your own name such as 'com.example.orders'",
                )

    def _event_bus_arns(self) -> list[str]:
        stack = Stack.of(self)
        default_bus = stack.format_arn(service="events", resource="event-bus", resource_name="default")
        arns = [entry.event_bus.event_bus_arn if entry.event_bus else default_bus for entry in self._entries]
        return list(dict.fromkeys(arns))  # each bus once, in the order of the entries

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> EventBridgePutEvents:
        """An EventBridgePutEvents state that uses JSONPath (keywords of its JsonPathProps)."""
        keywords = props_of(EventBridgePutEventsJsonPathProps, scope, id, props)
        return EventBridgePutEvents(scope, id, **keywords)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> EventBridgePutEvents:
        """An EventBridgePutEvents state that uses JSONata (keywords of its JsonataProps)."""
        keywords = props_of(EventBridgePutEventsJsonataProps, scope, id, props, QueryLanguage.JSONATA)
        return EventBridgePutEvents(scope, id, **keywords)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        entries = [
            {
                key: value
                for key, value in {
                    "Detail": entry.detail.value,
                    "DetailType": entry.detail_type,
                    "EventBusName": entry.event_bus.event_bus_arn if entry.event_bus else None,
                    "Source": entry.source,
                }.items()
                if value is not None
            }
            for entry in self._props.entries
        ]
        return {
            "Resource": integration_resource_arn("events", "putEvents", self.integration_pattern),
            **self._render_parameters_or_arguments({"Entries": entries}, top_level_query_language),
        }
