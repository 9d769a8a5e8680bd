"""Expiration: a point in time after which something (a key, a token) is no longer valid."""

from __future__ import annotations

import datetime
import math
import time

from .duration import Duration
from .errors import ArgumentTypeError, InvalidValueError

__all__ = ["Expiration"]


class Expiration:
    """A point in time, kept to the millisecond."""

    def __init__(self, millis: float) -> None:
        self._millis = millis

    @staticmethod
    def after(t: Duration) -> Expiration:
        """`t` from now."""
        return Expiration(time.time() * 1000 + t.to_milliseconds(integral=False))

    @staticmethod
    def at_date(d: datetime.datetime) -> Expiration:
        """At the time-zone aware datetime `d`."""
        if d.tzinfo is None or d.utcoffset() is None:
            raise ArgumentTypeError(
                f"Expiration.at_date: d={d!r} has no time zone; pass an aware datetime, "
                "e.g. datetime(2030, 1, 1, tzinfo=timezone.utc)"
            )
        return Expiration(d.timestamp() * 1000)

    @staticmethod
    def at_timestamp(t: float) -> Expiration:
        """At `t` milliseconds after the Unix epoch."""
        return Expiration(t)

    @staticmethod
    def from_string(s: str) -> Expiration:
        """At the time `s`: ISO 8601 (`2030-01-01T00:00:00Z`) or an HTTP/email date
        (`Tue, 01 Jan 2030 00:00:00 GMT`); a time without a zone is taken as UTC."""
        # Differs from aws-cdk-lib: a time without a zone is UTC, not the machine's local time, so the
        # result does not depend on where the app runs; text that is no date is an error, not NaN.
        try:
            parsed = datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            parsed = _parse_http_date(s)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=datetime.timezone.utc)
        return Expiration(parsed.timestamp() * 1000)

    @property
    def date(self) -> datetime.datetime:
        """The point in time as an aware datetime in UTC."""
        return datetime.datetime.fromtimestamp(self._millis / 1000, tz=datetime.timezone.utc)

    def is_after(self, t: Duration) -> bool:
        """True when this point is later than `t` from now."""
        return self._millis > time.time() * 1000 + t.to_milliseconds(integral=False)

    def is_before(self, t: Duration) -> bool:
        """True when this point is earlier than `t` from now."""
        return self._millis < time.time() * 1000 + t.to_milliseconds(integral=False)

    def to_epoch(self) -> int:
        """Seconds after the Unix epoch, rounded half up (as aws-cdk-lib)."""
        return math.floor(self._millis / 1000 + 0.5)

    def __repr__(self) -> str:
        return f"Expiration.at_timestamp({self._millis!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expiration) and other._millis == self._millis

    def __hash__(self) -> int:
        return hash(self._millis)


def _parse_http_date(text: str) -> datetime.datetime:
    import email.utils  # deferred: only dates that are not ISO 8601 need it

    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        raise InvalidValueError(
            f"Expiration.from_string: s={text!r} is not a date; use ISO 8601 ('2030-01-01T00:00:00Z') "
            "or an HTTP date ('Tue, 01 Jan 2030 00:00:00 GMT')"
        ) from None
