"""Aspects: visitors applied to every construct below a scope at synth."""

from __future__ import annotations

from collections.abc import Iterator

from .annotations import Annotations
from .construct import Construct, Node, require_construct
from .errors import ValidationError
from .feature_flags import FeatureFlags
from .runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from .stage import Stage
from .struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


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


@lazy_frozen(kw_only=True)
class AspectOptions(metaclass=LazyAttrsMeta):
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

    def __repr__(self) -> str:
        return f"AspectApplication({self.construct.node.path!r}, {self.aspect!r}, priority={self.priority})"


_ASPECTS_ATTR = "_aspects"
# Set on a construct with aspects and on its ancestors.
_ASPECTS_BELOW = "_aspects_below"


class Aspects:
    """The aspects registered on one scope."""

    def __init__(self, scope: Construct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Construct) -> Aspects:
        """Return the aspects of `scope`."""
        require_construct(scope, "Aspects.of", "scope")
        return Aspects(scope)

    def add(self, aspect: IAspect, *, priority: int | None = None) -> None:
        """Apply `aspect` to this scope and everything below it at synth (once: adding the same aspect
        with the same priority again changes nothing)."""
        entries: list[AspectApplication] | None = self._scope.__dict__.get(_ASPECTS_ATTR)
        if entries is None:
            entries = []
            self._scope.__dict__[_ASPECTS_ATTR] = entries
        priority = AspectPriority.DEFAULT if priority is None else priority
        if any(e.aspect is aspect and e.priority == priority for e in entries):
            return
        entries.append(AspectApplication(self._scope, aspect, priority))
        # The walk at synth enters only the subtrees that have aspects (a role has its own).
        scope: Construct | None = self._scope
        while scope is not None and _ASPECTS_BELOW not in scope.__dict__:
            scope.__dict__[_ASPECTS_BELOW] = True
            scope = scope.node.scope
        root = self._scope.node.root.__dict__
        root["_has_aspects"] = True
        # Synth starts its walk again when an aspect adds an aspect (see invoke_aspects).
        root[_REVISION_ATTR] = root.get(_REVISION_ATTR, 0) + 1

    @property
    def all(self) -> list[IAspect]:
        """The aspects added here."""
        return [e.aspect for e in self._scope.__dict__.get(_ASPECTS_ATTR, [])]

    @property
    def applied(self) -> list[AspectApplication]:
        """The aspects added here, with their priorities."""
        return list(self._scope.__dict__.get(_ASPECTS_ATTR, []))


_REVISION_ATTR = "_aspect_revision"
ASPECT_STABILIZATION = "@aws-cdk/core:aspectStabilization"
# Walks after the first before giving up on aspects that keep adding aspects or constructs.
_MAX_WALKS = 101


def _walk(
    root: Construct, reached: list[tuple[Node, int]] | None = None
) -> Iterator[tuple[Construct, list[AspectApplication]]]:
    """Each construct from `root` down, parents first, with the aspects that apply to it (those of its
    ancestors and its own, in the order they run), leaving out nested stages and the subtrees no aspect
    reaches. Children are read after their parent is processed, so those an aspect adds to it are
    visited too. `reached` gets each such construct's node and its number of children then."""
    pending: list[tuple[Construct, list[AspectApplication]]] = [(root, [])]
    push = pending.append
    while pending:
        construct, inherited = pending.pop()
        own = construct.__dict__.get(_ASPECTS_ATTR)
        here = _applications_here(inherited, own) if own else inherited
        if here:
            yield construct, here
        node = construct.node
        children = node._children
        if here and reached is not None:
            reached.append((node, len(children) if children else 0))
        if not children:
            continue
        # Loops, not generators: this runs for every construct on the way to one with aspects.
        if here:
            for child in reversed(children.values()):
                if not isinstance(child, Stage):
                    push((child, here))
        else:
            for child in reversed(children.values()):
                if _ASPECTS_BELOW in child.__dict__ and not isinstance(child, Stage):
                    push((child, here))


def _applications_here(
    inherited: list[AspectApplication], own: list[AspectApplication]
) -> list[AspectApplication]:
    """The aspects that apply to a construct: by priority; at equal priority inherited ones first,
    then in the order they were added."""
    local = set(map(id, own))
    return sorted([*inherited, *own], key=lambda e: (e.priority, id(e) in local))


def _invoked_on(construct: Construct) -> list[AspectApplication]:
    # Kept on the construct: a second synth of the app does not run an aspect on it twice.
    invoked: list[AspectApplication] | None = construct.__dict__.get("_aspects_invoked")
    if invoked is None:
        invoked = construct.__dict__["_aspects_invoked"] = []
    return invoked


def would_run(construct: Construct, priority: int) -> bool:
    """Whether an aspect of `priority` added to `construct` now would still run on it: not when an aspect
    of a later priority already ran there, nor during the single walk of stabilization turned off."""
    if _single_walk_running[0]:
        return False
    invoked: list[AspectApplication] = construct.__dict__.get("_aspects_invoked") or []
    return all(done.priority <= priority for done in invoked)


_single_walk_running = [False]


def _has_run(invoked: list[AspectApplication], aspect: IAspect) -> bool:
    for done in invoked:  # noqa: SIM110 - a loop: no generator per check
        if done.aspect is aspect:
            return True
    return False


def invoke_aspects(root: Construct, *, stabilize: bool | None = None) -> None:
    """Apply each aspect to the constructs below the scope it was added on, walking the tree top-down.

    As in aws-cdk-lib, the walk stops at nested stages: each Stage applies its own aspects when it
    is synthesized, and aspects added above a Stage do not reach the constructs inside it. Under
    `@aws-cdk/core:aspectStabilization` (on unless the context turns it off) an aspect that adds an
    aspect (`Tags.of(node).add(...)` inside `visit`) starts the walk again, and walks repeat until
    one runs nothing, so added aspects and constructs are visited too; with the flag off one walk
    runs and an aspect added during it is ignored, with a warning. `stabilize` overrides the flag.
    """
    root_dict = root.node.root.__dict__
    if not root_dict.get("_has_aspects"):
        return
    if stabilize is None:
        stabilize = bool(FeatureFlags.of(root).is_enabled(ASPECT_STABILIZATION))
    if not stabilize:
        _single_walk_running[0] = True
        try:
            _walk_once(root)
        finally:
            _single_walk_running[0] = False
        return
    for _ in range(_MAX_WALKS + 1):
        if not _walk_until_stable(root, root_dict):
            return
    raise ValidationError(
        root,
        f"aspects still added aspects or ran on new constructs after {_MAX_WALKS + 1} walks of the tree; "
        "an aspect probably adds an aspect or a construct each time it runs: make each visit add them "
        "only once",
    )


def _walk_until_stable(root: Construct, root_dict: dict[str, Any]) -> bool:
    """One walk; stops early when an aspect adds an aspect. True when another walk would run an aspect:
    one was added, or a construct an aspect reaches was added after its parent was walked (a walk
    that only runs aspects on what it reaches leaves nothing for the next one, which is skipped)."""
    revision = root_dict.get(_REVISION_ATTR, 0)
    reached: list[tuple[Node, int]] = []
    for construct, here in _walk(root, reached):
        invoked = _invoked_on(construct)
        for entry in here:
            aspect = entry.aspect
            if _has_run(invoked, aspect):
                continue
            if invoked and invoked[-1].priority > entry.priority:
                _raise_out_of_order(construct, entry, invoked[-1])
            # Recorded first: what the visit adds sees the aspect as run (`would_run`).
            invoked.append(entry)
            aspect.visit(construct)
            if root_dict.get(_REVISION_ATTR, 0) != revision:
                return True  # the new aspect may apply above this construct: start again
    return any(len(node._children or ()) != count for node, count in reached)


def _raise_out_of_order(construct: Construct, entry: AspectApplication, last: AspectApplication) -> None:
    raise ValidationError(
        construct,
        f"aspect {type(entry.aspect).__name__} (priority {entry.priority}, added on "
        f"{_where(entry.construct)}) cannot run here: aspect {type(last.aspect).__name__} (priority "
        f"{last.priority}, added on {_where(last.construct)}) has already run on this construct, and aspects "
        f"run in order of priority, lowest first; add it with priority >= {last.priority}, or before synth",
    )


def _where(construct: Construct) -> str:
    return construct.node.path or "the app"


def _walk_once(root: Construct) -> None:
    """The single walk of `@aws-cdk/core:aspectStabilization` off."""
    warned = False
    for construct, here in _walk(root):
        invoked = _invoked_on(construct)
        own_count = len(construct.__dict__.get(_ASPECTS_ATTR) or ())
        for entry in here:
            if _has_run(invoked, entry.aspect):
                continue
            invoked.append(entry)
            entry.aspect.visit(construct)
            if not warned and own_count != len(construct.__dict__.get(_ASPECTS_ATTR) or ()):
                Annotations.of(construct).add_warning_v2(
                    "@aws-cdk/core:ignoredAspect",
                    "We detected an Aspect was added via another Aspect, and will not be applied",
                )
                warned = True
