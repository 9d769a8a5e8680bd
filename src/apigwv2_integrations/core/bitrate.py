"""Rates of data transfer."""

from __future__ import annotations

from .errors import InvalidValueError
from .tokens.token import Token, Tokenization

# Decimal units, as network rates are counted.
_BITS_PER_SECOND = {"bps": 1, "kbps": 1000, "mbps": 1000**2, "gbps": 1000**3}


class Bitrate:
    """A data rate: `Bitrate.mbps(10)`."""

    __slots__ = ("amount", "unit")

    def __init__(self, amount: float, unit: str) -> None:
        if not Token.is_unresolved(amount) and amount < 0:
            raise InvalidValueError(f"Bitrate amounts cannot be negative; got {amount!r} {unit}")
        self.amount = amount
        self.unit = unit

    @staticmethod
    def bps(amount: float) -> Bitrate:
        """A rate in bits per second."""
        return Bitrate(amount, "bps")

    @staticmethod
    def kbps(amount: float) -> Bitrate:
        """A rate in kilobits (1,000 bits) per second."""
        return Bitrate(amount, "kbps")

    @staticmethod
    def mbps(amount: float) -> Bitrate:
        """A rate in megabits (1,000,000 bits) per second."""
        return Bitrate(amount, "mbps")

    @staticmethod
    def gbps(amount: float) -> Bitrate:
        """A rate in gigabits (1,000,000,000 bits) per second."""
        return Bitrate(amount, "gbps")

    def _convert(self, to: str) -> float:
        if self.unit == to:
            return self.amount
        if Token.is_unresolved(self.amount):
            raise InvalidValueError(
                f"{self!r} comes from a token and cannot be converted to {to}; build it with Bitrate.{to}()"
            )
        value = self.amount * _BITS_PER_SECOND[self.unit] / _BITS_PER_SECOND[to]
        return int(value) if float(value).is_integer() else value

    def to_bps(self) -> float:
        """This rate in bits per second."""
        return self._convert("bps")

    def to_kbps(self) -> float:
        """This rate in kilobits per second (a fraction when it is not a whole number)."""
        return self._convert("kbps")

    def to_mbps(self) -> float:
        """This rate in megabits per second (a fraction when it is not a whole number)."""
        return self._convert("mbps")

    def to_gbps(self) -> float:
        """This rate in gigabits per second (a fraction when it is not a whole number)."""
        return self._convert("gbps")

    def is_unresolved(self) -> bool:
        """True when the amount is a token."""
        return Token.is_unresolved(self.amount)

    def __repr__(self) -> str:
        if Token.is_unresolved(self.amount):
            # The token's text names what it stands for; its number is meaningless to a reader.
            return f"Bitrate.{self.unit}({Tokenization.stringify_number(self.amount)})"
        return f"Bitrate.{self.unit}({self.amount!r})"
