"""Aspects: visitors applied to every construct below a scope at synth."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol, runtime_checkable

from .construct import Construct
from .feature_flags import FeatureFlags
from .stage import Stage
from .struct import lazy_frozen


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


ASPECT_PRIORITIES_MUTATING = "@aws-cdk/core:aspectPrioritiesMutating"


def mutating_aspect_priority(scope: Construct) -> int:
    """The priority of the aspects that change resources (tags, removal policies): MUTATING under
    `@aws-cdk/core:aspectPrioritiesMutating`, else DEFAULT (as aws-cdk-lib)."""
    if FeatureFlags.of(scope).is_enabled(ASPECT_PRIORITIES_MUTATING):
        return AspectPriority.MUTATING
    return AspectPriority.DEFAULT


_counter = [0]


@lazy_frozen(kw_only=True)
class AspectOptions:
    """The keywords of `Aspects.add`."""

    priority: int | None = None
    """The priority of the aspect; lower runs first. Default: AspectPriority.DEFAULT."""


class AspectApplication:
    """An aspect added to a construct, with its priority (which may still change before synth)."""

    def __init__(self, construct: Construct, aspect: IAspect, priority: int) -> None:
        self.construct = construct
        """The construct the aspect was added to."""
        self.aspect = aspect
        """The aspect."""
        self.priority = priority
        """The priority; aspects of lower priority run first."""
        _counter[0] += 1
        # Among aspects of one priority, those added first run first.
        self._order = _counter[0]

    def __repr__(self) -> str:
        return f"AspectApplication({self.construct.node.path!r}, {self.aspect!r}, priority={self.priority})"


_ASPECTS_ATTR = "_aspects"


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
        entries: list[AspectApplication] | None = self._scope.__dict__.get(_ASPECTS_ATTR)
        if entries is None:
            entries = []
            self._scope.__dict__[_ASPECTS_ATTR] = entries
        entries.append(
            AspectApplication(self._scope, aspect, AspectPriority.DEFAULT if priority is None else priority)
        )
        _mark_root(self._scope)

    @property
    def all(self) -> list[IAspect]:
        """The aspects added here."""
        return [e.aspect for e in self._scope.__dict__.get(_ASPECTS_ATTR, [])]

    @property
    def applied(self) -> list[AspectApplication]:
        """The aspects added here, with their priorities."""
        return list(self._scope.__dict__.get(_ASPECTS_ATTR, []))


def _mark_root(scope: Construct) -> None:
    scope.node.root.__dict__["_has_aspects"] = True


def _iter_stage_preorder(root: Construct) -> Iterator[Construct]:
    """`root` and every construct below it, parents first, without entering nested stages."""
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
    inherited: dict[int, list[AspectApplication]] = {}
    for construct in _iter_stage_preorder(root):
        parent = construct.node.scope
        here = list(inherited.get(id(parent), [])) if parent is not None else []
        own = construct.__dict__.get(_ASPECTS_ATTR)
        if own:
            here.extend(own)
            here.sort(key=lambda e: (e.priority, e._order))
        if not here:
            continue
        inherited[id(construct)] = here
        done: set[int] = construct.__dict__.setdefault("_aspects_done", set())
        for entry in here:
            if entry._order in done:
                continue
            done.add(entry._order)
            entry.aspect.visit(construct)
