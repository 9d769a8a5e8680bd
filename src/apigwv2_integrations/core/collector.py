"""The cyclic garbage collector's settings while a construct tree is built.

A tree is tens of thousands of long-lived objects made in a burst; with CPython's default thresholds
the collector traverses them again and again (about a third of the time taken to build a large app),
and importing the package's modules is such a burst too (a few milliseconds of a small app's run).
So the first import of the package raises the first threshold, and the first `App` does if the
process reset it since. A process that chose its own thresholds keeps them. The threshold is about the
objects an app of a thousand routes keeps (150 per route, measured), so most apps build without a
collection; a larger one is collected every 250,000 new objects, which bounds the cyclic garbage a
user's own code can leave waiting.

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

# CPython's default collector thresholds, and those used once a construct tree is being built.
_DEFAULT_GC_THRESHOLD = (700, 10, 10)
_TREE_GC_THRESHOLD = (250_000, 10, 10)
_exit_hook: list[bool] = []


def collect_less_often() -> None:
    """Let the cyclic collector run less often while a construct tree grows, and not at exit."""
    if gc.get_threshold() == _DEFAULT_GC_THRESHOLD:
        gc.set_threshold(*_TREE_GC_THRESHOLD)
    if not _exit_hook:
        _exit_hook.append(True)
        atexit.register(gc.freeze)
