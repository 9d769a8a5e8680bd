"""Schedule: when a scheduled scaling action runs (`at`, `rate` or `cron` expressions)."""

from __future__ import annotations

import datetime

from ..core.duration import Duration
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.schedule_expressions import TOKEN_RATE_UNITS, cron_expression
from ..core.struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class CronOptions(metaclass=LazyAttrsMeta):
    """The fields of a cron expression (UTC); a field not given is `*` (the day `?` with a week day)."""

    day: str | None = None
    """The day of the month. Default: every day."""
    hour: str | None = None
    """The hour. Default: every hour."""
    minute: str | None = None
    """The minute. Default: every minute."""
    month: str | None = None
    """The month. Default: every month."""
    week_day: str | None = None
    """The day of the week. Default: any."""
    year: str | None = None
    """The year. Default: every year."""


def _rate(amount: float, unit: str) -> str:
    return f"rate({amount:g} {unit}{'' if amount == 1 else 's'})"


def utc_moment(what: str, moment: datetime.datetime) -> datetime.datetime:
    """`moment` in UTC; a naive datetime is a TypeError, as in aws-cdk-lib (jsii refuses it)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ArgumentTypeError(
            f"{what}={moment!r} has no time zone; pass an aware datetime, "
            "e.g. datetime(2030, 1, 1, tzinfo=timezone.utc)"
        )
    return moment.astimezone(datetime.timezone.utc)


class Schedule:
    """When a scheduled action runs."""

    def __init__(self, expression_string: str) -> None:
        self.expression_string = expression_string
        """The expression, as Application Auto Scaling takes it."""
        # A cron schedule without a minute runs every minute; a target warns about it when it uses one.
        self._runs_every_minute_by_default = False

    @staticmethod
    def expression(expression: str) -> Schedule:
        """A literal `at(...)`, `rate(...)` or `cron(...)` expression."""
        return Schedule(expression)

    @staticmethod
    def rate(duration: Duration) -> Schedule:
        """Every `duration`, in whole days, hours or minutes."""
        if duration.is_unresolved():
            unit = duration.unit_label()
            if unit not in TOKEN_RATE_UNITS:
                raise ValidationError(
                    None,
                    f"Schedule.rate: duration={duration!r} comes from a token in {unit}; a rate from a token "
                    "must be in minutes, hours or days, e.g. Duration.minutes(<token>)",
                )
            return Schedule(f"rate({duration.format_token_to_number()})")
        if duration.to_seconds(integral=False) == 0:
            raise ValidationError(
                None, f"Schedule.rate: duration={duration!r} is zero; a rate needs a positive duration"
            )
        minutes = duration.to_minutes(integral=False)
        if not float(minutes).is_integer():
            # Application Auto Scaling rates count whole minutes, hours or days.
            raise ValidationError(
                None,
                f"Schedule.rate: duration={duration!r} is not a whole number of minutes; "
                "use whole minutes, hours or days, e.g. Duration.minutes(5)",
            )
        for unit, amount in (
            ("day", duration.to_days(integral=False)),
            ("hour", duration.to_hours(integral=False)),
        ):
            if float(amount).is_integer():
                return Schedule(_rate(amount, unit))
        return Schedule(_rate(minutes, "minute"))

    @staticmethod
    def at(moment: datetime.datetime) -> Schedule:
        """Once, at the time-zone aware `moment` (written in UTC), to the second."""
        moment = utc_moment("Schedule.at: moment", moment)
        return Schedule(f"at({moment.strftime('%Y-%m-%dT%H:%M:%S')})")

    @staticmethod
    def cron(
        *,
        day: str | None = None,
        hour: str | None = None,
        minute: str | None = None,
        month: str | None = None,
        week_day: str | None = None,
        year: str | None = None,
    ) -> Schedule:
        """A cron expression; fields not given are `*`."""
        schedule = Schedule(
            cron_expression(minute=minute, hour=hour, day=day, month=month, week_day=week_day, year=year)
        )
        schedule._runs_every_minute_by_default = not minute
        return schedule
