"""The cyclic garbage collector's settings while a construct tree is built.

A tree is tens of thousands of long-lived objects made in a burst; with CPython's default thresholds
the collector traverses them again and again (about a third of the time taken to build a large app),
and importing the package's modules is such a burst too (a few milliseconds of a small app's run).
So the first import of the package raises the first threshold, and the first `App` does if the
process reset it since. A process that chose its own thresholds keeps them. The threshold is about the
objects an app of a thousand routes keeps (150 per route, measured), so most apps build without a
collection; a larger one is collected every 250,000 new objects, which bounds the cyclic garbage a
user's own code can leave waiting.

When a collection frees almost nothing (under 1 % of the threshold: the objects were a tree growing, not
garbage), the threshold grows fourfold, up to 4,000,000: an app of 5,000 routes builds with one
collection instead of two (each traverses the 250,000 newest objects, 75 ms). A collection that frees
more leaves it as it is, and so does a process that chose its own thresholds.

A tree is full of reference cycles (a construct and its node, a child and its scope), so only the
collector frees it, and the collection at interpreter exit took a quarter of the run of an app of 800
routes. So an exit handler freezes every object instead (`gc.freeze`: the collector leaves them alone;
reference counting and the other exit handlers still run) and the operating system takes the memory
back at once.
"""

from __future__ import annotations

import atexit
import gc

__all__ = ["collect_less_often"]

# CPython's default collector thresholds (3.13 raised the first from 700 to 2000), and those used once a
# construct tree is being built.
_DEFAULT_GC_THRESHOLDS = ((700, 10, 10), (2000, 10, 10))
_TREE_GC_THRESHOLD = (250_000, 10, 10)
_MAX_FIRST_THRESHOLD = 4_000_000
_GROWTH = 4
_exit_hook: list[bool] = []
# The thresholds this module set last: any others were set by the process, which keeps them.
_set_here: list[tuple[int, int, int]] = []


def collect_less_often() -> None:
    """Let the cyclic collector run less often while a construct tree grows, and not at exit."""
    if gc.get_threshold() in _DEFAULT_GC_THRESHOLDS:
        _set_thresholds(_TREE_GC_THRESHOLD)
    if not _exit_hook:
        _exit_hook.append(True)
        atexit.register(gc.freeze)
        gc.callbacks.append(_grow_when_nothing_freed)


def _set_thresholds(thresholds: tuple[int, int, int]) -> None:
    gc.set_threshold(*thresholds)
    _set_here[:] = [thresholds]


def _grow_when_nothing_freed(phase: str, info: dict[str, int]) -> None:
    if phase != "stop" or info["generation"] != 0:
        return
    current = gc.get_threshold()
    first = current[0]
    if not _set_here or current != _set_here[0] or first >= _MAX_FIRST_THRESHOLD:
        return
    if info["collected"] * 100 < first:
        _set_thresholds((min(first * _GROWTH, _MAX_FIRST_THRESHOLD), current[1], current[2]))
