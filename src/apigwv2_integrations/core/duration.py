"""Durations with units, converted only where the conversion is exact."""

from __future__ import annotations

import re

from .errors import InvalidValueError, ValidationError
from .js_number import js_number_text
from .runtime_typing import TYPE_CHECKING
from .simple_enum import SimpleEnum
from .tokens.token import Token, Tokenization

if TYPE_CHECKING:
    from typing import Any

    from .errors import _Located


class TimeUnit(SimpleEnum):
    """A unit of time, with its length in milliseconds."""

    MILLISECONDS = ("millis", 1)
    SECONDS = ("seconds", 1_000)
    MINUTES = ("minutes", 60_000)
    HOURS = ("hours", 3_600_000)
    DAYS = ("days", 86_400_000)

    @property
    def label(self) -> str:
        """The unit's name as used in `Duration.<label>(n)`."""
        return self.value[0]

    @property
    def in_millis(self) -> int:
        """The unit's length in milliseconds."""
        return self.value[1]


# The letter of each unit in an ISO 8601 duration (aws-cdk-lib's `isoLabel`).
_ISO_LABELS = {
    TimeUnit.MILLISECONDS: "",
    TimeUnit.SECONDS: "S",
    TimeUnit.MINUTES: "M",
    TimeUnit.HOURS: "H",
    TimeUnit.DAYS: "D",
}

# The units a duration is broken into for people, largest first (what is left is shown in millis).
_HUMAN_UNITS = (TimeUnit.DAYS, TimeUnit.HOURS, TimeUnit.MINUTES, TimeUnit.SECONDS)
# Less than this many milliseconds left over is float noise, not a part worth showing.
_NEGLIGIBLE_MILLIS = 1e-4


def _amount_of_unit(amount: float, unit: TimeUnit) -> str:
    # "1 hour", "2 hours", "1 milli": a unit's label loses its final "s" for exactly one.
    label = unit.label[:-1] if amount == 1 else unit.label
    return f"{js_number_text(amount)} {label}"


# Compiled by `re` on first use (and cached there), not at import: only `Duration.parse` needs it.
_ISO_PATTERN = r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$"


class Duration:
    """A length of time: `Duration.seconds(30)`."""

    __slots__ = ("amount", "unit")

    def __init__(self, amount: float, unit: TimeUnit) -> None:
        if not Token.is_unresolved(amount) and amount < 0:
            raise InvalidValueError(f"Duration amounts cannot be negative; got {amount!r} {unit.label}")
        self.amount = amount
        self.unit = unit

    def _resolved_form(self) -> dict[str, Any]:
        """The duration as aws-cdk-lib resolves one: its amount and unit objects."""
        unit = self.unit
        return {
            "amount": self.amount,
            "unit": {"label": unit.label, "isoLabel": _ISO_LABELS[unit], "inMillis": unit.in_millis},
        }

    @staticmethod
    def millis(amount: float) -> Duration:
        """A duration in milliseconds."""
        return Duration(amount, TimeUnit.MILLISECONDS)

    @staticmethod
    def seconds(amount: float) -> Duration:
        """A duration in seconds."""
        return Duration(amount, TimeUnit.SECONDS)

    @staticmethod
    def minutes(amount: float) -> Duration:
        """A duration in minutes."""
        return Duration(amount, TimeUnit.MINUTES)

    @staticmethod
    def hours(amount: float) -> Duration:
        """A duration in hours."""
        return Duration(amount, TimeUnit.HOURS)

    @staticmethod
    def days(amount: float) -> Duration:
        """A duration in days."""
        return Duration(amount, TimeUnit.DAYS)

    @staticmethod
    def parse(duration: str) -> Duration:
        """Parse an ISO 8601 duration such as `PT5M` (days, hours, minutes and seconds)."""
        match = re.match(_ISO_PATTERN, duration)
        if not match or duration in ("P", "PT"):
            raise InvalidValueError(
                f"Duration.parse: {duration!r} is not an ISO 8601 duration; use a form like 'PT1H30M'"
            )
        days, hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
        total_ms = ((days * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000
        return Duration.millis(int(total_ms) if total_ms.is_integer() else total_ms)

    def _convert(self, to: TimeUnit, integral: bool) -> float:
        if self.unit is to:
            # As aws-cdk-lib: a whole number is asked for in the same unit too (a token is taken as it is).
            if integral and not float(self.amount).is_integer() and not Token.is_unresolved(self.amount):
                raise InvalidValueError(
                    f"{self!r} is not a whole number of {to.label}; pass a whole number or integral=False"
                )
            if (
                isinstance(self.amount, float)
                and self.amount.is_integer()
                and not Token.is_unresolved(self.amount)
            ):
                return int(self.amount)  # as a JavaScript number prints: 30, not 30.0
            return self.amount
        if Token.is_unresolved(self.amount):
            raise InvalidValueError(
                f"{self!r} comes from a token and cannot be converted to {to.label}; "
                f"give the duration in {to.label} directly"
            )
        value = self.amount * self.unit.in_millis / to.in_millis
        if integral and not float(value).is_integer():
            raise InvalidValueError(
                f"{self!r} cannot be converted into a whole number of {to.label}; "
                f"use a multiple of {'an' if to.label == 'hours' else 'a'} {to.label.rstrip('s')} or pass "
                "integral=False"
            )
        return int(value) if float(value).is_integer() else value

    def to_milliseconds(self, *, integral: bool = True) -> float:
        """This duration in milliseconds."""
        return self._convert(TimeUnit.MILLISECONDS, integral)

    def to_seconds(self, *, integral: bool = True) -> float:
        """This duration in seconds."""
        return self._convert(TimeUnit.SECONDS, integral)

    def to_minutes(self, *, integral: bool = True) -> float:
        """This duration in minutes."""
        return self._convert(TimeUnit.MINUTES, integral)

    def to_hours(self, *, integral: bool = True) -> float:
        """This duration in hours."""
        return self._convert(TimeUnit.HOURS, integral)

    def to_days(self, *, integral: bool = True) -> float:
        """This duration in days."""
        return self._convert(TimeUnit.DAYS, integral)

    def to_iso_string(self) -> str:
        """This duration as ISO 8601 (`PT30S`)."""
        if self.amount == 0:
            return "PT0S"
        millis = self.to_milliseconds(integral=False)
        days, rest = divmod(millis, 86_400_000)
        hours, rest = divmod(rest, 3_600_000)
        minutes, rest = divmod(rest, 60_000)
        seconds = rest / 1000
        text = "P" + (f"{int(days)}D" if days else "")
        time = (f"{int(hours)}H" if hours else "") + (f"{int(minutes)}M" if minutes else "")
        if seconds:
            time += f"{int(seconds) if float(seconds).is_integer() else seconds}S"
        return text + ("T" + time if time else "")

    def to_string(self) -> str:
        """The call that builds this duration, as aws-cdk-lib writes it: `Duration.minutes(5)`."""
        return repr(self)

    def to_human_string(self) -> str:
        """This duration for people in at most two units, largest first: `1 hour 30 minutes` (a token
        amount is `<token> minutes`)."""
        if self.amount == 0:
            return _amount_of_unit(0, self.unit)
        if Token.is_unresolved(self.amount):
            return f"<token> {self.unit.label}"
        return " ".join(_amount_of_unit(amount, unit) for amount, unit in self._human_parts()[:2])

    def _human_parts(self) -> list[tuple[float, TimeUnit]]:
        """Whole days, hours, minutes and seconds, then the milliseconds left (which may be fractional).

        Computed in floats, step by step as aws-cdk-lib does, so the rounding of fractional amounts
        matches too.
        """
        parts: list[tuple[float, TimeUnit]] = []
        millis = float(self.amount) * self.unit.in_millis
        for unit in _HUMAN_UNITS:
            count = (millis / unit.in_millis) // 1  # floor, as a float
            if count > 0:
                parts.append((count, unit))
                millis -= count * unit.in_millis
        if millis > _NEGLIGIBLE_MILLIS:
            parts.append((millis, TimeUnit.MILLISECONDS))
        return parts

    def unit_label(self) -> str:
        """The unit this duration was given in."""
        return self.unit.label

    def is_unresolved(self) -> bool:
        """True when the amount is a token."""
        return Token.is_unresolved(self.amount)

    def format_token_to_number(self) -> str:
        """The amount (a token kept as a token) and the unit: `${Token[...]} minutes`."""
        return f"{Tokenization.stringify_number(self.amount)} {self.unit.label}"

    def plus(self, rhs: Duration) -> Duration:
        """The sum, in milliseconds."""
        return Duration.millis(self.to_milliseconds(integral=False) + rhs.to_milliseconds(integral=False))

    def minus(self, rhs: Duration) -> Duration:
        """The difference, in milliseconds."""
        return Duration.millis(self.to_milliseconds(integral=False) - rhs.to_milliseconds(integral=False))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Duration):
            return NotImplemented
        return self.amount * self.unit.in_millis == other.amount * other.unit.in_millis

    def __hash__(self) -> int:
        return hash(self.amount * self.unit.in_millis)

    def __repr__(self) -> str:
        if self.is_unresolved():
            # The token's text names what it stands for; its number is meaningless to a reader.
            return f"Duration.{self.unit.label}({Tokenization.stringify_number(self.amount)})"
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        return f"Duration.{self.unit.label}({amount!r})"


def whole_units(scope: _Located | None, name: str, duration: Duration, unit: TimeUnit) -> float:
    """`duration` in `unit` for a property that takes a whole number of them, as aws-cdk-lib converts it.

    A fraction fails where aws-cdk-lib's conversion fails, as an error naming the option (the bare
    ValueError of `to_seconds()` and the like names neither the construct nor the option).
    """
    exact = duration._convert(unit, integral=False)
    if not Token.is_unresolved(exact) and not float(exact).is_integer():
        raise ValidationError(
            scope,
            f"{name}={duration!r} is not a whole number of {unit.label}; use Duration.{unit.label}(...)",
        )
    return duration._convert(unit, integral=True)
