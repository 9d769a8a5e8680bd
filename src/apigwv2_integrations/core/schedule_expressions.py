"""The text of the schedule expressions several services share (EventBridge rules, scheduled scaling):
the fields of `cron(...)` and the units a rate read from a token may be in."""

from __future__ import annotations

from .errors import ValidationError

__all__ = ["TOKEN_RATE_UNITS", "cron_expression"]

# A rate whose amount is a token is written with the duration's own unit: these are the ones allowed.
TOKEN_RATE_UNITS = ("minute", "minutes", "hour", "hours", "day", "days")


def cron_expression(
    *,
    minute: str | None,
    hour: str | None,
    day: str | None,
    month: str | None,
    week_day: str | None,
    year: str | None,
) -> str:
    """`cron(minutes hours day-of-month month day-of-week year)`: fields not given are `*`, and the day
    field not given is `?` (one of the two day fields must be)."""
    if day is not None and week_day is not None:
        raise ValidationError(None, f"day={day!r} and week_day={week_day!r} are both set; set at most one")
    fields = (
        minute if minute is not None else "*",
        hour if hour is not None else "*",
        day if day is not None else ("?" if week_day is not None else "*"),
        month if month is not None else "*",
        week_day if week_day is not None else "?",
        year if year is not None else "*",
    )
    return f"cron({' '.join(fields)})"
