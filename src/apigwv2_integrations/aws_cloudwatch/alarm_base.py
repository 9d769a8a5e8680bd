"""IAlarm and AlarmBase: what alarms defined here and imported alarms share (actions, ARN, name)."""

from __future__ import annotations

from collections.abc import Mapping

from ..cfn.aws_cloudwatch import AlarmReference
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct_callbacks import struct_returned_by
from .alarm_action import AlarmActionConfig, IAlarmAction

if TYPE_CHECKING:
    from typing import Any

    from ..core.duration import Duration
    from .alarm_mute_rule import CalendarDateTime, ScheduleExpression
    from .mute_rule import AlarmMuteRule


@runtime_checkable
class IAlarm(IResource, Protocol):
    """A CloudWatch alarm, defined here or imported."""

    @property
    def alarm_arn(self) -> str:
        """The alarm's ARN."""
        ...

    @property
    def alarm_name(self) -> str:
        """The alarm's name."""
        ...

    @property
    def alarm_ref(self) -> AlarmReference:
        """A reference to the alarm: its name and ARN."""
        ...

    def render_alarm_rule(self) -> str:
        """The alarm as a composite alarm rule: `ALARM("<arn>")`."""
        ...


class AlarmBase(Resource):
    """Base of alarms: the three lists of actions."""

    alarm_arn: str
    alarm_name: str

    def __init__(self, scope: Any, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self._alarm_action_arns: list[str] = []
        self._insufficient_data_action_arns: list[str] = []
        self._ok_action_arns: list[str] = []

    @property
    def alarm_ref(self) -> AlarmReference:
        """The alarm's name and ARN."""
        return AlarmReference(alarm_arn=self.alarm_arn, alarm_name=self.alarm_name)

    def render_alarm_rule(self) -> str:
        """The alarm as a composite alarm rule: `ALARM("<arn>")`."""
        return f'ALARM("{self.alarm_arn}")'

    def add_alarm_action(self, *actions: IAlarmAction) -> None:
        """Run `actions` when the alarm goes into ALARM."""
        self._alarm_action_arns.extend(self._action_arn(action) for action in actions)

    def add_insufficient_data_action(self, *actions: IAlarmAction) -> None:
        """Run `actions` when the alarm goes into INSUFFICIENT_DATA."""
        self._insufficient_data_action_arns.extend(self._action_arn(action) for action in actions)

    def add_ok_action(self, *actions: IAlarmAction) -> None:
        """Run `actions` when the alarm goes back to OK."""
        self._ok_action_arns.extend(self._action_arn(action) for action in actions)

    def _action_arn(self, action: IAlarmAction) -> str:
        """The ARN `action` binds to (an app's action may return a dict, as aws_cdk reads it)."""
        config = struct_returned_by(
            action.bind(self, self),
            AlarmActionConfig,
            where=self.node.path,
            method=f"{type(action).__name__}.bind",
        )
        return config.alarm_action_arn

    def add_alarm_mute_rule(
        self,
        id: str,
        *,
        duration: Duration,
        schedule: ScheduleExpression,
        alarm_mute_rule_name: str | None = None,
        description: str | None = None,
        expire: CalendarDateTime | Mapping[str, Any] | None = None,
        start: CalendarDateTime | Mapping[str, Any] | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> AlarmMuteRule:
        """Mute this alarm's actions on `schedule`, with a mute rule created under the alarm."""
        from .mute_rule import AlarmMuteRule  # loaded only by apps that mute alarms

        return AlarmMuteRule(
            self,
            id,
            alarms=[self],
            duration=duration,
            schedule=schedule,
            alarm_mute_rule_name=alarm_mute_rule_name,
            description=description,
            expire=expire,
            start=start,
            tags=tags,
        )
