"""Schedule: when a rule runs (rate, cron or a literal expression); CronOptions."""

from __future__ import annotations

from ..core.annotations import Annotations
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.schedule_expressions import TOKEN_RATE_UNITS, cron_expression
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from ..core.construct import Construct


@lazy_frozen(kw_only=True)
class CronOptions(metaclass=LazyAttrsMeta):
    """The fields of a cron expression; unset fields are `*` (day of week `?`)."""

    day: str | None = None
    """Day of the month. Default: every day (`*`), or `?` when week_day is set."""
    hour: str | None = None
    """Hour. Default: every hour."""
    minute: str | None = None
    """Minute. Default: every minute."""
    month: str | None = None
    """Month. Default: every month."""
    week_day: str | None = None
    """Day of the week. Default: any (`?`)."""
    year: str | None = None
    """Year. Default: every year."""


def _rate(interval: float, singular: str) -> str:
    amount = int(interval)
    return f"rate(1 {singular})" if amount == 1 else f"rate({amount} {singular}s)"


class Schedule:
    """A schedule expression for a rule."""

    def __init__(self, expression_string: str) -> None:
        self.expression_string = expression_string

    @staticmethod
    def expression(expression: str) -> Schedule:
        """A literal `rate(...)` or `cron(...)` expression."""
        return Schedule(expression)

    @staticmethod
    def rate(duration: Duration) -> Schedule:
        """Every `duration`, in whole days, hours or minutes."""
        if duration.is_unresolved():
            unit = duration.unit_label()
            if unit not in TOKEN_RATE_UNITS:
                raise ValidationError(
                    None,
                    f"duration={duration!r} is in {unit}; a schedule rate uses minutes, hours or days",
                )
            return Schedule(f"rate({duration.format_token_to_number()})")
        if duration.to_minutes(integral=False) < 1:
            raise ValidationError(
                None, f"duration={duration!r} is shorter than a minute; use at least Duration.minutes(1)"
            )
        days = duration.to_days(integral=False)
        if days != 0 and float(days).is_integer():
            return Schedule(_rate(days, "day"))
        hours = duration.to_hours(integral=False)
        if hours != 0 and float(hours).is_integer():
            return Schedule(_rate(hours, "hour"))
        minutes = duration.to_minutes(integral=False)
        if not float(minutes).is_integer():
            raise ValidationError(
                None,
                f"duration={duration!r} is not a whole number of minutes; "
                "a schedule rate uses whole minutes, hours or days",
            )
        return Schedule(_rate(int(minutes), "minute"))

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
        """A cron schedule; fields not given are `*`."""
        return _CronSchedule(
            cron_expression(minute=minute, hour=hour, day=day, month=month, week_day=week_day, year=year),
            has_minute=bool(minute),
        )

    def _bind(self, scope: Construct) -> None:
        """Called when a rule uses the schedule."""

    def __repr__(self) -> str:
        return f"Schedule.expression({self.expression_string!r})"


class _CronSchedule(Schedule):
    def __init__(self, expression_string: str, *, has_minute: bool) -> None:
        super().__init__(expression_string)
        self._has_minute = has_minute

    def _bind(self, scope: Construct) -> None:
        if not self._has_minute:
            Annotations.of(scope).add_warning_v2(
                "@aws-cdk/aws-events:scheduleWillRunEveryMinute",
                "cron: If you don't pass 'minute', by default the event runs every minute. "
                "Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead.",
            )
