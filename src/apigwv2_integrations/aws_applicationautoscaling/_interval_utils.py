"""The scaling intervals of a step scaling policy: ordering, completion and the alarm thresholds they need.

Step scaling takes intervals of the metric's value, each with a capacity change. They are sorted, their
missing bounds filled from their neighbours, the gaps between them turned into no-change intervals and
adjacent no-change intervals joined; the policy then puts its lower alarm below the no-change interval and
its upper alarm above it (or, without one, in the middle).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.json_dumps import dumps as json_dumps
from ..core.struct import LazyAttrsMeta, lazy_define, lazy_frozen


@lazy_define
class CompleteInterval(metaclass=LazyAttrsMeta):
    """An interval with both bounds; `change` is None where capacity does not change."""

    lower: float
    upper: float
    change: float | None


@lazy_define
class _PartialInterval(metaclass=LazyAttrsMeta):
    lower: float | None
    upper: float | None
    change: float | None


@lazy_frozen
class AlarmThresholds(metaclass=LazyAttrsMeta):
    """The intervals whose bounds are the thresholds of the lower and upper alarms (None: no alarm)."""

    lower_alarm_interval_index: int | None
    upper_alarm_interval_index: int | None


def _describe(interval: _PartialInterval | CompleteInterval) -> str:
    fields = {"lower": interval.lower, "upper": interval.upper, "change": interval.change}
    return json_dumps({k: v for k, v in fields.items() if v is not None and not math.isinf(v)})


def normalize_intervals(
    scope: Construct, steps: Sequence[tuple[float | None, float | None, float]], changes_are_absolute: bool
) -> list[CompleteInterval]:
    """The complete, ordered intervals of `steps` (lower, upper, change), gaps included as no-change."""
    intervals = _order_and_complete(scope, steps)
    _make_gaps_no_change(intervals)
    if not changes_are_absolute:
        # A change of 0 is no change; with exact capacity, 0 is a capacity.
        for interval in intervals:
            if interval.change == 0:
                interval.change = None
    _join_no_change_neighbours(intervals)
    no_change = [interval for interval in intervals if interval.change is None]
    if len(no_change) > 1:
        raise ValidationError(
            scope,
            f"scaling_steps leave {len(no_change)} ranges without a change "
            f"({', '.join(_describe(i) for i in no_change)}); "
            "there can be at most one: cover the gaps between the steps",
        )
    return intervals


def _order_and_complete(
    scope: Construct, steps: Sequence[tuple[float | None, float | None, float]]
) -> list[CompleteInterval]:
    partial = [_PartialInterval(lower, upper, change) for lower, upper, change in steps]
    for interval in partial:
        if interval.lower is None and interval.upper is None:
            raise ValidationError(
                scope,
                f"scaling_steps has a step without bounds ({_describe(interval)}); "
                "give it lower, upper or both",
            )
    # Sorted by lower bound, or by upper bound where there is none (a stable sort, as in JavaScript).
    partial.sort(key=lambda interval: interval.lower if interval.lower is not None else interval.upper)  # type: ignore[arg-type, return-value]
    while _propagate_bounds(partial):
        pass
    if partial[0].lower is None:
        partial[0].lower = 0
    if partial[-1].upper is None:
        partial[-1].upper = math.inf
    complete: list[CompleteInterval] = []
    for interval in partial:
        if interval.lower is None or interval.upper is None:
            raise ValidationError(
                scope,
                f"scaling_steps has a step whose bounds cannot be told ({_describe(interval)}); "
                "give it both lower and upper",
            )
        complete.append(CompleteInterval(interval.lower, interval.upper, interval.change))
    for current, following in itertools.pairwise(complete):
        if current.lower < following.upper and current.upper > following.lower:
            raise ValidationError(
                scope,
                f"scaling_steps has overlapping steps ({_describe(current)} and {_describe(following)}); "
                "make each step end where the next begins",
            )
    return complete


def _propagate_bounds(intervals: list[_PartialInterval]) -> bool:
    """Fill a missing bound from the neighbouring interval; True when something changed."""
    changed = False
    for i in range(len(intervals) - 1):
        if intervals[i].upper is not None and intervals[i + 1].lower is None:
            intervals[i + 1].lower = intervals[i].upper
            changed = True
    for i in range(len(intervals) - 1, 0, -1):
        if intervals[i].lower is not None and intervals[i - 1].upper is None:
            intervals[i - 1].upper = intervals[i].lower
            changed = True
    return changed


def _make_gaps_no_change(intervals: list[CompleteInterval]) -> None:
    if intervals[0].lower != 0:
        intervals.insert(0, CompleteInterval(0, intervals[0].lower, None))
    if intervals[-1].upper != math.inf:
        intervals.append(CompleteInterval(intervals[-1].upper, math.inf, None))
    i = 1
    while i < len(intervals):
        if intervals[i - 1].upper < intervals[i].lower:
            intervals.insert(i, CompleteInterval(intervals[i - 1].upper, intervals[i].lower, None))
        else:
            i += 1


def _join_no_change_neighbours(intervals: list[CompleteInterval]) -> None:
    i = 0
    while i < len(intervals) - 1:
        if intervals[i].change is None and intervals[i + 1].change is None:
            intervals[i].upper = intervals[i + 1].upper
            del intervals[i + 1]
        else:
            i += 1


def find_alarm_thresholds(intervals: Sequence[CompleteInterval]) -> AlarmThresholds:
    """Where the alarms go: around the no-change interval, or in the middle when there is none."""
    gap = next((i for i, interval in enumerate(intervals) if interval.change is None), None)
    if gap is not None:
        return AlarmThresholds(
            lower_alarm_interval_index=gap - 1 if gap > 0 else None,
            upper_alarm_interval_index=gap + 1 if gap < len(intervals) - 1 else None,
        )
    if len(intervals) == 1:
        return AlarmThresholds(lower_alarm_interval_index=None, upper_alarm_interval_index=0)
    middle = len(intervals) // 2
    return AlarmThresholds(lower_alarm_interval_index=middle - 1, upper_alarm_interval_index=middle)
