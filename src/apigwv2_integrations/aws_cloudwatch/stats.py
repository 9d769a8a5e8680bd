"""Stats: the statistic names CloudWatch accepts, with the percentile and trimmed forms."""

from __future__ import annotations

from ..core.errors import ValidationError
from ..core.js_number import js_number_text


def _check_percentage(value: float | None) -> None:
    if value is not None and not 0 <= value <= 100:
        raise ValidationError(None, f"percentile={value!r} is out of range; use a percentage from 0 to 100")


def _boundary_stat(one: str, two: str, p1: float, p2: float | None) -> str:
    _check_percentage(p1)
    _check_percentage(p2)
    if p2 is not None:
        return f"{two}({js_number_text(p1)}%:{js_number_text(p2)}%)"
    return f"{one}{js_number_text(p1)}"


class Stats:
    """Statistic names."""

    SAMPLE_COUNT = "SampleCount"
    AVERAGE = "Average"
    SUM = "Sum"
    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"
    IQM = "IQM"
    # Kept from earlier releases of this package; `Stats.p(90)` is aws_cdk's spelling.
    P90 = "p90"
    P99 = "p99"

    @staticmethod
    def percentile(percentile: float) -> str:
        """The value below which `percentile` percent of the data points fall: `p99`."""
        _check_percentage(percentile)
        return f"p{js_number_text(percentile)}"

    @staticmethod
    def p(percentile: float) -> str:
        """Short for `percentile`."""
        return Stats.percentile(percentile)

    @staticmethod
    def trimmed_mean(p1: float, p2: float | None = None) -> str:
        """The mean of the data points between two percentiles (`tm99`, `TM(10%:90%)`)."""
        return _boundary_stat("tm", "TM", p1, p2)

    @staticmethod
    def tm(p1: float, p2: float | None = None) -> str:
        """Short for `trimmed_mean`."""
        return Stats.trimmed_mean(p1, p2)

    @staticmethod
    def winsorized_mean(p1: float, p2: float | None = None) -> str:
        """The mean with data points outside the percentiles clamped to them."""
        return _boundary_stat("wm", "WM", p1, p2)

    @staticmethod
    def wm(p1: float, p2: float | None = None) -> str:
        """Short for `winsorized_mean`."""
        return Stats.winsorized_mean(p1, p2)

    @staticmethod
    def trimmed_count(p1: float, p2: float | None = None) -> str:
        """The number of data points between two percentiles."""
        return _boundary_stat("tc", "TC", p1, p2)

    @staticmethod
    def tc(p1: float, p2: float | None = None) -> str:
        """Short for `trimmed_count`."""
        return Stats.trimmed_count(p1, p2)

    @staticmethod
    def trimmed_sum(p1: float, p2: float | None = None) -> str:
        """The sum of the data points between two percentiles."""
        return _boundary_stat("ts", "TS", p1, p2)

    @staticmethod
    def ts(p1: float, p2: float | None = None) -> str:
        """Short for `trimmed_sum`."""
        return Stats.trimmed_sum(p1, p2)

    @staticmethod
    def percentile_rank(v1: float, v2: float | None = None) -> str:
        """The percentage of data points at or below a value (`PR(:300)`), or between two values."""
        if v2 is not None:
            return f"PR({js_number_text(v1)}:{js_number_text(v2)})"
        return f"PR(:{js_number_text(v1)})"

    @staticmethod
    def pr(v1: float, v2: float | None = None) -> str:
        """Short for `percentile_rank`."""
        return Stats.percentile_rank(v1, v2)
