"""Statistic strings: how aws-cdk-lib normalizes them and which alarm field each goes to."""

from __future__ import annotations

import re

_SIMPLE = {
    "average": "Average",
    "avg": "Average",
    "minimum": "Minimum",
    "min": "Minimum",
    "maximum": "Maximum",
    "max": "Maximum",
    "samplecount": "SampleCount",
    "n": "SampleCount",
    "sum": "Sum",
}
_SINGLE_PREFIXES = ("p", "tm", "wm", "tc", "ts")
_PAIR_PREFIXES = ("PR", "TM", "WM", "TC", "TS")


def _is_single(stat: str, prefix: str) -> bool:
    match = re.fullmatch(rf"{prefix}(\d+(?:\.\d+)?)", stat, re.IGNORECASE)
    return match is not None and 0 <= float(match.group(1)) <= 100


def _parse_bound(text: str) -> tuple[float | None, bool] | None:
    """A bound of a pair statistic: (value, is percent), (None, False) when empty, None when invalid."""
    text = text.strip()
    if not text:
        return (None, False)
    percent = text.endswith("%")
    try:
        value = float(text.removesuffix("%"))
    except ValueError:
        return None
    if value < 0 or (percent and value > 100):
        return None
    return (value, percent)


def _is_pair(stat: str, prefix: str) -> bool:
    match = re.fullmatch(rf"{prefix}\(([^)]+)\)", stat, re.IGNORECASE)
    if match is None or ":" not in match.group(1):
        return False
    lhs, rhs = match.group(1).split(":")[:2]
    lower, upper = _parse_bound(lhs), _parse_bound(rhs)
    if lower is None or upper is None:
        return False
    if lower[0] is None and upper[0] is None:
        return False
    return not (lower[0] is not None and upper[0] is not None and lower[1] != upper[1])


def statistic_kind(stat: str) -> tuple[str, str]:
    """(kind, normalized statistic); kind is simple, extended, single, range or unparseable."""
    lower = stat.lower()
    if lower in _SIMPLE:
        return ("simple", _SIMPLE[lower])
    if lower == "iqm":
        return ("extended", "IQM")
    if any(_is_single(stat, prefix) for prefix in _SINGLE_PREFIXES):
        return ("single", stat.lower())
    if any(_is_pair(stat, prefix) for prefix in _PAIR_PREFIXES):
        return ("range", stat.upper())
    return ("unparseable", stat)


def normalize_statistic(stat: str) -> str:
    """The statistic as aws-cdk-lib stores it (`sum` -> `Sum`, `P99` -> `p99`)."""
    return statistic_kind(stat)[1]


def statistic_fields(stat: str) -> dict[str, str]:
    """The alarm fields for a statistic: `statistic` for the simple ones, `extended_statistic` otherwise."""
    kind, normalized = statistic_kind(stat)
    if kind == "simple":
        return {"statistic": normalized}
    return {"extended_statistic": normalized}
