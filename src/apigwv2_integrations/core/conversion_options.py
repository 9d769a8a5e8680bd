"""The keywords of Duration's and Size's unit conversions as structs.

They live apart from `duration.py` and `size.py` so that Duration and Size import without attrs.
"""

from __future__ import annotations

from .size import SizeRoundingBehavior
from .struct import LazyAttrsMeta, lazy_frozen

__all__ = ["SizeConversionOptions", "TimeConversionOptions"]


@lazy_frozen(kw_only=True)
class TimeConversionOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Duration.to_seconds` and the other `Duration.to_*` conversions."""

    integral: bool | None = None
    """Fail when the result is not a whole number. Default: True."""


@lazy_frozen(kw_only=True)
class SizeConversionOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Size.to_mebibytes` and the other `Size.to_*` conversions."""

    rounding: SizeRoundingBehavior | None = None
    """What to do when the result is not a whole number. Default: SizeRoundingBehavior.FAIL."""
