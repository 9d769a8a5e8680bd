"""AlarmRule: the rules of composite alarms, built from alarms and their states."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..core.errors import ValidationError

if TYPE_CHECKING:
    from .alarm_base import IAlarm


class AlarmState(enum.Enum):
    """The state of an alarm."""

    ALARM = "ALARM"
    OK = "OK"
    INSUFFICIENT_DATA = "INSUFFICIENT_DATA"


@runtime_checkable
class IAlarmRule(Protocol):
    """A composite alarm rule (or an alarm used as one)."""

    def render_alarm_rule(self) -> str:
        """The rule as CloudWatch writes it."""
        ...


class _Rule:
    def __init__(self, text: str) -> None:
        self._text = text

    def render_alarm_rule(self) -> str:
        return self._text


class _Concat:
    def __init__(self, operator: str, operands: tuple[IAlarmRule, ...]) -> None:
        self._operator = operator
        self._operands = operands

    def render_alarm_rule(self) -> str:
        if not self._operands:
            method = "all_of" if self._operator == "AND" else "any_of"
            raise ValidationError(
                None, f"AlarmRule.{method}() got no operands; give at least one rule or alarm"
            )
        return "(" + f" {self._operator} ".join(o.render_alarm_rule() for o in self._operands) + ")"


class AlarmRule:
    """Builders of composite alarm rules."""

    @staticmethod
    def all_of(*operands: IAlarmRule) -> IAlarmRule:
        """True when every operand is."""
        return _Concat("AND", operands)

    @staticmethod
    def any_of(*operands: IAlarmRule) -> IAlarmRule:
        """True when one of the operands is."""
        return _Concat("OR", operands)

    @staticmethod
    def not_(operand: IAlarmRule) -> IAlarmRule:
        """True when the operand is not."""
        return _Rule(f"(NOT ({operand.render_alarm_rule()}))")

    @staticmethod
    def from_boolean(value: bool) -> IAlarmRule:
        """Always TRUE or always FALSE."""
        return _Rule(str(value).upper())

    @staticmethod
    def from_alarm(alarm: IAlarm, alarm_state: AlarmState) -> IAlarmRule:
        """True when `alarm` is in `alarm_state`."""
        return _Rule(f'{alarm_state.value}("{alarm.alarm_arn}")')

    @staticmethod
    def from_string(alarm_rule: str) -> IAlarmRule:
        """A rule written out in CloudWatch's syntax."""
        return _Rule(alarm_rule)
