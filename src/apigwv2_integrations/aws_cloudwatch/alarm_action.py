"""IAlarmAction: what an alarm does when its state changes (an SNS topic, an automation, ...)."""

from __future__ import annotations

from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from .alarm_base import IAlarm


@lazy_frozen(kw_only=True)
class AlarmActionConfig(metaclass=LazyAttrsMeta):
    """What an alarm action binds to."""

    alarm_action_arn: str
    """The ARN the alarm notifies."""


@runtime_checkable
class IAlarmAction(Protocol):
    """An action an alarm can take."""

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """The action's configuration for `alarm`."""
        ...
