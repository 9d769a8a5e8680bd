"""Amounts of digital storage."""

from __future__ import annotations

from .errors import InvalidValueError
from .simple_enum import SimpleEnum
from .tokens.token import Token, Tokenization


class SizeRoundingBehavior(SimpleEnum):
    """What to do when a conversion is not exact."""

    FAIL = "fail"
    FLOOR = "floor"
    NONE = "none"


_UNITS = {"bytes": 1, "kibibytes": 1024, "mebibytes": 1024**2, "gibibytes": 1024**3, "tebibytes": 1024**4}
_UNITS["pebibytes"] = 1024**5
_SHORT_LABELS = {
    "pebibytes": "PiB",
    "tebibytes": "TiB",
    "gibibytes": "GiB",
    "mebibytes": "MiB",
    "kibibytes": "KiB",
    "bytes": "bytes",
}


class Size:
    """A storage size: `Size.mebibytes(512)`."""

    __slots__ = ("amount", "unit")

    def __init__(self, amount: float, unit: str) -> None:
        if not Token.is_unresolved(amount) and amount < 0:
            raise InvalidValueError(f"Size amounts cannot be negative; got {amount!r} {unit}")
        self.amount = amount
        self.unit = unit

    @staticmethod
    def bytes(amount: float) -> Size:
        """A size in bytes."""
        return Size(amount, "bytes")

    @staticmethod
    def kibibytes(amount: float) -> Size:
        """A size in KiB."""
        return Size(amount, "kibibytes")

    @staticmethod
    def mebibytes(amount: float) -> Size:
        """A size in MiB."""
        return Size(amount, "mebibytes")

    @staticmethod
    def gibibytes(amount: float) -> Size:
        """A size in GiB."""
        return Size(amount, "gibibytes")

    @staticmethod
    def tebibytes(amount: float) -> Size:
        """A size in TiB."""
        return Size(amount, "tebibytes")

    @staticmethod
    def pebibytes(amount: float) -> Size:
        """A size in PiB."""
        return Size(amount, "pebibytes")

    def _convert(self, to: str, rounding: SizeRoundingBehavior) -> float:
        if self.unit == to:
            return self.amount
        if Token.is_unresolved(self.amount):
            raise InvalidValueError(f"{self!r} comes from a token and cannot be converted to {to}")
        value = self.amount * _UNITS[self.unit] / _UNITS[to]
        if float(value).is_integer():
            return int(value)
        if rounding is SizeRoundingBehavior.FAIL:
            raise InvalidValueError(
                f"{self!r} cannot be converted into a whole number of {to}; pass rounding=FLOOR or NONE"
            )
        return int(value) if rounding is SizeRoundingBehavior.FLOOR else value

    def to_bytes(self, *, rounding: SizeRoundingBehavior = SizeRoundingBehavior.FAIL) -> float:
        """This size in bytes."""
        return self._convert("bytes", rounding)

    def to_kibibytes(self, *, rounding: SizeRoundingBehavior = SizeRoundingBehavior.FAIL) -> float:
        """This size in KiB."""
        return self._convert("kibibytes", rounding)

    def to_mebibytes(self, *, rounding: SizeRoundingBehavior = SizeRoundingBehavior.FAIL) -> float:
        """This size in MiB."""
        return self._convert("mebibytes", rounding)

    def to_gibibytes(self, *, rounding: SizeRoundingBehavior = SizeRoundingBehavior.FAIL) -> float:
        """This size in GiB."""
        return self._convert("gibibytes", rounding)

    def to_tebibytes(self, *, rounding: SizeRoundingBehavior = SizeRoundingBehavior.FAIL) -> float:
        """This size in TiB."""
        return self._convert("tebibytes", rounding)

    def to_pebibytes(self, *, rounding: SizeRoundingBehavior = SizeRoundingBehavior.FAIL) -> float:
        """This size in PiB."""
        return self._convert("pebibytes", rounding)

    def is_unresolved(self) -> bool:
        """True when the amount is a token."""
        return Token.is_unresolved(self.amount)

    def to_human_string(self) -> str:
        """This size for people, in the largest unit it reaches, to two decimals: `1.5 GiB`."""
        if self.is_unresolved():
            return f"{Token.as_string(self.amount)} {_SHORT_LABELS[self.unit]}"
        total = self.to_bytes()
        for unit, label in _SHORT_LABELS.items():
            if total >= _UNITS[unit]:
                return f"{total / _UNITS[unit]:.2f}".rstrip("0").rstrip(".") + f" {label}"
        return f"{total} bytes"

    def to_string(self) -> str:
        """The call that builds this size, as aws-cdk-lib writes it: `Size.mebibytes(512)`."""
        amount = self.amount
        if not self.is_unresolved() and float(amount).is_integer():
            amount = int(amount)
        return f"Size.{self.unit}({amount})"

    def __repr__(self) -> str:
        if Token.is_unresolved(self.amount):
            # The token's text names what it stands for; its number is meaningless to a reader.
            return f"Size.{self.unit}({Tokenization.stringify_number(self.amount)})"
        return f"Size.{self.unit}({self.amount!r})"
