"""Schedules for alarm mute rules: a one-time date, a cron schedule, or a schedule expression as written."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.time_zone import TimeZone
from ..core.tokens.token import Token, Tokenization

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class CalendarDateTime(metaclass=LazyAttrsMeta):
    """A date and a time of day, to the minute."""

    day: float
    """The day of the month, 1 to 31."""
    hour: float
    """The hour, 0 to 23."""
    minute: float
    """The minute, 0 to 59."""
    month: float
    """The month, 1 to 12."""
    year: float
    """The year."""


@lazy_frozen(kw_only=True)
class CronOptions(metaclass=LazyAttrsMeta):
    """The fields of a cron schedule; each field not given is `*`."""

    minute: str
    """The minute field."""
    day: str | None = None
    """The day-of-month field; give this or `week_day`, not both. Default: `*`."""
    hour: str | None = None
    """The hour field. Default: `*`."""
    month: str | None = None
    """The month field. Default: `*`."""
    time_zone: TimeZone | None = None
    """The time zone the schedule runs in. Default: UTC."""
    week_day: str | None = None
    """The day-of-week field; give this or `day`, not both. Default: `*`."""


def _to_calendar_date_time(value: CalendarDateTime | Mapping[str, Any]) -> CalendarDateTime:
    return CalendarDateTime(**value) if isinstance(value, Mapping) else value


# Checked in this order, so the first field out of range is the one reported.
_DATE_TIME_RANGES = (("month", 1, 12), ("day", 1, 31), ("hour", 0, 23), ("minute", 0, 59))


def _two_digits(value: float) -> str:
    text = Tokenization.stringify_number(value)
    return text if Token.is_unresolved(value) else text.rjust(2, "0")


class ScheduleExpression:
    """When an alarm mute rule applies: once at a date, on a cron schedule, or as a schedule expression."""

    def __init__(self, expression_string: str, time_zone: TimeZone | None, description: str) -> None:
        self.expression_string = expression_string
        """The expression, such as `at(2024-01-31T08:00)` or `cron(0 8 * * MON)`."""
        self.time_zone = time_zone
        """The time zone of the schedule, or None for UTC."""
        self._description = description

    @classmethod
    def at(
        cls, date: CalendarDateTime | Mapping[str, Any], time_zone: TimeZone | None = None
    ) -> ScheduleExpression:
        """Once, at a date and time."""
        when = _to_calendar_date_time(date)
        for name, low, high in _DATE_TIME_RANGES:
            value = getattr(when, name)
            if not Token.is_unresolved(value) and not low <= value <= high:
                raise ValidationError(None, f"{name}={value!r} is out of range; use {low} to {high}")
        # Differs from aws-cdk-lib, which writes a number token's encoding (a huge negative number) here.
        year = Tokenization.stringify_number(when.year)
        text = (
            f"at({year}-{_two_digits(when.month)}-{_two_digits(when.day)}"
            f"T{_two_digits(when.hour)}:{_two_digits(when.minute)})"
        )
        return cls(text, time_zone, f"ScheduleExpression.at({when!r}{_zone_argument(time_zone)})")

    @classmethod
    def cron(
        cls,
        *,
        minute: str,
        day: str | None = None,
        hour: str | None = None,
        month: str | None = None,
        time_zone: TimeZone | None = None,
        week_day: str | None = None,
    ) -> ScheduleExpression:
        """On a cron schedule: minute, hour, day of month, month and day of week."""
        options = CronOptions(
            minute=minute, day=day, hour=hour, month=month, time_zone=time_zone, week_day=week_day
        )
        if options.day is not None and options.week_day is not None:
            raise ValidationError(
                None,
                f"day={options.day!r} and week_day={options.week_day!r} cannot both be given; "
                "give at most one of them",
            )
        fields = (options.minute, options.hour, options.day, options.month, options.week_day)
        text = f"cron({' '.join(item if item is not None else '*' for item in fields)})"
        return cls(
            text,
            options.time_zone,
            f"ScheduleExpression.expression({text!r}{_zone_argument(options.time_zone)})",
        )

    @classmethod
    def expression(cls, expression: str, time_zone: TimeZone | None = None) -> ScheduleExpression:
        """A schedule expression as written, such as `cron(0 8 * * ? *)` or `rate(1 day)`."""
        return cls(
            expression, time_zone, f"ScheduleExpression.expression({expression!r}{_zone_argument(time_zone)})"
        )

    def __repr__(self) -> str:
        return self._description


def _zone_argument(time_zone: TimeZone | None) -> str:
    return f", {time_zone!r}" if time_zone is not None else ""
