"""AlarmRule: the rules of composite alarms, built from alarms and their states."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.converters import to_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token, Tokenization
from .alarm_base import IAlarm


class AlarmState(SimpleEnum):
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


class AtLeastThreshold:
    """How many operands of an AT_LEAST rule must be in the state: a count, or a percentage of them."""

    def __init__(self, value: float, is_percentage: bool) -> None:
        self._value = value
        self._is_percentage = is_percentage

    @classmethod
    def count(cls, count: float) -> AtLeastThreshold:
        """At least `count` operands (a whole number from 1 to the number of operands)."""
        return cls(count, False)

    @classmethod
    def percentage(cls, percentage: float) -> AtLeastThreshold:
        """At least `percentage` percent of the operands (a whole number from 1 to 100)."""
        return cls(percentage, True)

    def _render(self, operand_count: int) -> str:
        """The threshold in the rule: `2` or `50%`, checked against the number of operands."""
        value = self._value
        if Token.is_unresolved(value):
            return Tokenization.stringify_number(value)
        is_whole = float(value).is_integer()
        if self._is_percentage:
            if not is_whole or not 1 <= value <= 100:
                raise ValidationError(
                    None, f"threshold={self!r} is out of range; use a whole number from 1 to 100"
                )
            return f"{int(value)}%"
        if not is_whole or not 1 <= value <= operand_count:
            raise ValidationError(
                None,
                f"threshold={self!r} is out of range; use a whole number from 1 to the number of "
                f"operands ({operand_count})",
            )
        return str(int(value))

    def __repr__(self) -> str:
        return f"AtLeastThreshold.{'percentage' if self._is_percentage else 'count'}({self._value!r})"


@lazy_frozen(kw_only=True)
class AtLeastOptions(metaclass=LazyAttrsMeta):
    """The operands and threshold of an AT_LEAST rule."""

    operands: Sequence[IAlarm] = field(converter=to_tuple)
    """The alarms counted."""
    threshold: AtLeastThreshold
    """How many of them must be in the state."""


class _AtLeast:
    def __init__(self, method: str, state: str, options: AtLeastOptions) -> None:
        self._method = method
        self._state = state
        self._options = options

    def render_alarm_rule(self) -> str:
        operands = self._options.operands
        if not operands:
            raise ValidationError(
                None, f"AlarmRule.{self._method}() got operands=[]; give at least one alarm"
            )
        threshold = self._options.threshold._render(len(operands))
        arns = ", ".join(f'"{alarm.alarm_arn}"' for alarm in operands)
        return f"AT_LEAST({threshold}, {self._state}, ({arns}))"


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

    @staticmethod
    def at_least(
        alarm_state: AlarmState, *, operands: Sequence[IAlarm], threshold: AtLeastThreshold
    ) -> IAlarmRule:
        """True when at least `threshold` of the alarms are in `alarm_state`."""
        return _AtLeast("at_least", alarm_state.value, AtLeastOptions(operands=operands, threshold=threshold))

    @staticmethod
    def at_least_not(
        alarm_state: AlarmState, *, operands: Sequence[IAlarm], threshold: AtLeastThreshold
    ) -> IAlarmRule:
        """True when at least `threshold` of the alarms are not in `alarm_state`."""
        options = AtLeastOptions(operands=operands, threshold=threshold)
        return _AtLeast("at_least_not", f"NOT {alarm_state.value}", options)
