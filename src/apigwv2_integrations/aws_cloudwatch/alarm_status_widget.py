"""AlarmStatusWidget: the states of some alarms on a dashboard."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.converters import optional_tuple, to_tuple
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from .alarm_base import IAlarm
from .alarm_rule import AlarmState
from .widget import ConcreteWidget

if TYPE_CHECKING:
    from typing import Any


class AlarmStatusWidgetSortBy(SimpleEnum):
    """How an alarm status widget orders its alarms."""

    DEFAULT = "default"
    STATE_UPDATED_TIMESTAMP = "stateUpdatedTimestamp"
    TIMESTAMP = "timestamp"


@lazy_frozen(kw_only=True)
class AlarmStatusWidgetProps(metaclass=LazyAttrsMeta):
    """Properties of an AlarmStatusWidget."""

    alarms: Sequence[IAlarm] = field(converter=to_tuple)
    """The alarms shown."""
    height: float | None = None
    """Height in grid units. Default: 3."""
    sort_by: AlarmStatusWidgetSortBy | None = None
    """How alarms are ordered. Default: DEFAULT."""
    states: Sequence[AlarmState] | None = field(default=None, converter=optional_tuple)
    """Only alarms in these states. Default: every state."""
    title: str | None = None
    """The widget's title. Default: 'Alarm Status'."""
    width: float | None = None
    """Width in grid units. Default: 6."""


class AlarmStatusWidget(ConcreteWidget):
    """The states of some alarms."""

    def __init__(
        self,
        *,
        alarms: Sequence[IAlarm],
        height: float | None = None,
        sort_by: AlarmStatusWidgetSortBy | None = None,
        states: Sequence[AlarmState] | None = None,
        title: str | None = None,
        width: float | None = None,
    ) -> None:
        props = AlarmStatusWidgetProps(
            alarms=alarms, height=height, sort_by=sort_by, states=states, title=title, width=width
        )
        super().__init__(props.width or 6, props.height or 3)
        self.props = props

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        return self._widget_json(
            "alarm",
            {
                "title": props.title or "Alarm Status",
                "alarms": [alarm.alarm_arn for alarm in props.alarms],
                "states": [state.value for state in props.states] if props.states else None,
                "sortBy": props.sort_by.value if props.sort_by else None,
            },
        )
