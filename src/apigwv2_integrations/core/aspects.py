"""Aspects: visitors applied to every construct below a scope at synth."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol, runtime_checkable

from .construct import Construct


@runtime_checkable
class IAspect(Protocol):
    """Visits constructs at synth."""

    def visit(self, node: Any) -> None:
        """Act on one construct."""
        ...


class AspectPriority:
    """Order in which aspects run: lower first."""

    MUTATING = 200
    READONLY = 1000
    DEFAULT = 500


class _AspectEntry:
    __slots__ = ("aspect", "order", "priority")

    def __init__(self, aspect: IAspect, priority: int, order: int) -> None:
        self.aspect = aspect
        self.priority = priority
        self.order = order


_ASPECTS_ATTR = "_aspects"
_counter = [0]


class Aspects:
    """The aspects registered on one scope."""

    def __init__(self, scope: Construct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Construct) -> Aspects:
        """Return the aspects of `scope`."""
        return Aspects(scope)

    def add(self, aspect: IAspect, *, priority: int | None = None) -> None:
        """Apply `aspect` to this scope and everything below it at synth."""
        entries: list[_AspectEntry] | None = self._scope.__dict__.get(_ASPECTS_ATTR)
        if entries is None:
            entries = []
            self._scope.__dict__[_ASPECTS_ATTR] = entries
        _counter[0] += 1
        entries.append(
            _AspectEntry(aspect, AspectPriority.DEFAULT if priority is None else priority, _counter[0])
        )
        _mark_root(self._scope)

    @property
    def all(self) -> list[IAspect]:
        """The aspects added here."""
        return [e.aspect for e in self._scope.__dict__.get(_ASPECTS_ATTR, [])]


def _mark_root(scope: Construct) -> None:
    scope.node.root.__dict__["_has_aspects"] = True


def _iter_stage_preorder(root: Construct) -> Iterator[Construct]:
    """`root` and every construct below it, parents first, without entering nested stages."""
    from .stage import Stage

    pending = [root]
    while pending:
        construct = pending.pop()
        yield construct
        children = construct.node._children
        if children:
            pending.extend(c for c in reversed(children.values()) if not isinstance(c, Stage))


def invoke_aspects(root: Construct) -> None:
    """Visit the tree once, top-down, applying each aspect from the scope it was added on.

    As in aws-cdk-lib, the walk stops at nested stages: each Stage applies its own aspects when it
    is synthesized, and aspects added above a Stage do not reach the constructs inside it.
    """
    if not root.node.root.__dict__.get("_has_aspects"):
        return
    inherited: dict[int, list[_AspectEntry]] = {}
    for construct in _iter_stage_preorder(root):
        parent = construct.node.scope
        here = list(inherited.get(id(parent), [])) if parent is not None else []
        own = construct.__dict__.get(_ASPECTS_ATTR)
        if own:
            here.extend(own)
            here.sort(key=lambda e: (e.priority, e.order))
        if not here:
            continue
        inherited[id(construct)] = here
        done: set[int] = construct.__dict__.setdefault("_aspects_done", set())
        for entry in here:
            if entry.order in done:
                continue
            done.add(entry.order)
            entry.aspect.visit(construct)
