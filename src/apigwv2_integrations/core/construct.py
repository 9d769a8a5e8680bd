"""The construct tree: what the `constructs` package gives CDK users."""

from __future__ import annotations

import abc
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from types import FrameType, MappingProxyType

from ._digests import sha1
from .collector import collect_less_often
from .errors import ArgumentTypeError, ValidationError
from .js_object_order import js_key_order
from .runtime_typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable
from .simple_enum import SimpleEnum

if TYPE_CHECKING:
    from typing import Any, ClassVar
    from weakref import WeakKeyDictionary

_PATH_SEP = "/"
# The metadata aws-cdk-lib adds to each construct a mixin is applied to by `with_` on a Stack, a
# Resource or a CfnElement (mixins from outside aws-cdk-lib are reported as "*").
MIXIN_METADATA = "aws:cdk:analytics:mixin"
# The context of the many nodes that have none of their own (a dict is made on the first set_context).
_NO_CONTEXT: Mapping[str, Any] = MappingProxyType({})
# Typed as a dict for the readers (tree walks); it is read-only, and only `_add_child` and
# `try_remove_child` write `_children`, replacing it with a dict first.
_NO_CHILDREN = cast("dict[str, Construct]", MappingProxyType({}))


class ConstructOrder(SimpleEnum):
    """Traversal order of `Node.find_all`."""

    PREORDER = 0
    POSTORDER = 1


@runtime_checkable
class IValidation(Protocol):
    """An object that checks a construct at synth and returns its problems."""

    def validate(self) -> list[str]:
        """Return the problems found; an empty list when all is well."""
        ...


@runtime_checkable
class IDependable(Protocol):
    """Something that can be depended on: a construct or a `DependencyGroup`."""


@runtime_checkable
class IConstruct(IDependable, Protocol):
    """Anything that sits in the construct tree."""

    @property
    def node(self) -> Node:
        """The tree node of this construct."""
        ...

    def with_(self, *mixins: IMixin) -> IConstruct:
        """Apply `mixins` to this construct and every construct below it; return this construct."""
        ...


@runtime_checkable
class IMixin(Protocol):
    """Reusable behaviour applied to constructs with `Construct.with_` instead of by inheritance."""

    def supports(self, construct: IConstruct) -> bool:
        """Return True when this mixin can be applied to `construct`."""
        ...

    def apply_to(self, construct: IConstruct) -> None:
        """Apply the mixin to `construct`."""
        ...


class MetadataEntry:
    """One metadata entry of a construct node."""

    __slots__ = ("data", "trace", "type")

    def __init__(
        self,
        *,
        type: str,  # noqa: A002 - the constructs keyword
        data: Any,
        trace: Sequence[str] | None = None,
    ) -> None:
        self.type = type
        self.data = data
        # Where the entry was added, innermost call first; None unless asked for (`stack_trace=True`).
        self.trace = list(trace) if trace is not None else None

    def __repr__(self) -> str:
        trace = f", trace={self.trace!r}" if self.trace is not None else ""
        return f"MetadataEntry(type={self.type!r}, data={self.data!r}{trace})"


_ARGUMENT_CHECKS_FILE = os.path.join(os.path.dirname(__file__), "type_checks.py")


def _call_stack(below: Any = None) -> list[str]:
    """The calls that led here, innermost first, as `function (file:line)`; without `below` and the calls
    it made when that function is on the stack."""
    frame: FrameType | None = sys._getframe(2)
    # The argument checks of public methods (type_checks.py) call add_metadata for the caller.
    while frame is not None and frame.f_code.co_filename == _ARGUMENT_CHECKS_FILE:
        frame = frame.f_back
    code = getattr(below, "__code__", None)
    if code is not None:
        probe = frame
        while probe is not None and probe.f_code is not code:
            probe = probe.f_back
        if probe is not None:
            frame = probe.f_back
    trace: list[str] = []
    while frame is not None:
        trace.append(f"{frame.f_code.co_name} ({frame.f_code.co_filename}:{frame.f_lineno})")
        frame = frame.f_back
    return trace


# True once any node was locked or any stage synthesized: until then adding a child checks nothing more
# (one test per child).
_tree_watched: list[bool] = []
# True once any node was locked: until then adding a child skips the walk up the scopes.
_some_node_locked: list[bool] = []
# True once any stage was synthesized: from then on adding or removing a child is noted (see `Stage.synth`).
_some_stage_synthesized: list[bool] = []
# The attribute of a synthesized Stage that collects the changes to its tree (see `Stage.synth`).
CHANGES_AFTER_SYNTH = "_changes_after_synth"


def _note_change_after_synth(parent: Node, path: str, sign: str) -> None:
    """Tell the stage that owns `parent`, when it was synthesized, that `path` was added or removed."""
    stack = parent._stack
    owner: Any = getattr(stack, "_owning_stage", None) if stack is not None else None
    if owner is None:
        node: Node | None = parent
        while node is not None and not hasattr(node.host, CHANGES_AFTER_SYNTH):
            node = node.scope.node if node.scope is not None else None
        owner = node.host if node is not None else None
    changes: dict[str, str] | None = getattr(owner, CHANGES_AFTER_SYNTH, None)
    if changes is None:
        return
    if changes.get(path, sign) != sign:
        del changes[path]  # removed and added again (or the reverse): as it was
    else:
        changes[path] = sign


def sanitize_id(id: str) -> str:
    """Return `id` as the constructs package stores it: a `/` becomes `--`."""
    return id.replace(_PATH_SEP, "--")


def address_of(ids: Sequence[str]) -> str:
    """Return the constructs package's `addr` for the ids from the root down (SHA-1, "c8" prefix).

    Every id counts, the root's empty one included, except `Default`, so that wrapping a construct in
    a `Default` child keeps its address.
    """
    digest = sha1()
    for component in ids:
        if component == "Default":
            continue
        digest.update(component.encode("utf-8"))
        digest.update(b"\n")
    return "c8" + digest.hexdigest()


class Node:
    """The tree node of a construct: its id, path, children, dependencies and validations."""

    PATH_SEP: ClassVar[str] = _PATH_SEP

    __slots__ = (
        "_addr",
        "_children",
        "_context",
        "_default_child",
        "_dependencies",
        "_ledgers",
        "_locked",
        "_metadata",
        "_stack",
        "_validations",
        "host",
        "id",
        "path",
        "scope",
    )

    def __init__(self, host: Construct, scope: Construct | None, id: str) -> None:
        self.host = host
        self.scope = scope
        self.id = id
        # Most constructs are leaves: they share one empty mapping until their first child is added.
        self._children: dict[str, Construct] = _NO_CHILDREN
        self._context: dict[str, Any] | Mapping[str, Any] = _NO_CONTEXT
        # Most nodes never get a dependency, metadata or validation: they share one empty tuple, and a
        # list is made on the first addition (thousands fewer objects for the collector and memory).
        self._dependencies: list[Any] | tuple[()] = ()
        self._metadata: list[MetadataEntry] | tuple[()] = ()
        self._validations: list[IValidation] | tuple[()] = ()
        self._addr: str | None = None
        self._ledgers: dict[str, dict[Any, Any]] | None = None
        self._locked = False
        if scope is None:
            self.path = id
            self._stack: Construct | None = None
        else:
            parent = scope.node
            self.path = f"{parent.path}/{id}" if parent.path else id
            # The nearest Stack at or above: a Stack puts itself here (see `enclosing_stack`).
            self._stack = parent._stack

    @staticmethod
    def of(construct: IConstruct) -> Node:
        """Return the node of `construct`."""
        return construct.node

    @property
    def addr(self) -> str:
        """A unique address of this construct, stable across runs (42 characters)."""
        if self._addr is None:
            self._addr = address_of([scope.node.id for scope in self.scopes])
        return self._addr

    @property
    def children(self) -> list[Construct]:
        """The direct children, in the order they were added."""
        return list(self._children.values())

    @property
    def root(self) -> Construct:
        """The root of the tree (usually the App)."""
        node = self
        while node.scope is not None:
            node = node.scope.node
        return node.host

    @property
    def scopes(self) -> list[Construct]:
        """The constructs from the root down to this one, both included."""
        chain: list[Construct] = []
        current: Construct | None = self.host
        while current is not None:
            chain.append(current)
            current = current.node.scope
        chain.reverse()
        return chain

    @property
    def default_child(self) -> Construct | None:
        """The child set as the default, else the child named `Default` or `Resource`, if any."""
        # `_default_child` is set only by the setter: most nodes never have the slot filled.
        chosen: Construct | None = getattr(self, "_default_child", None)
        if chosen is not None:
            return chosen
        default, resource = self._children.get("Default"), self._children.get("Resource")
        if default is not None and resource is not None:
            raise ValidationError(
                self.host,
                'has both a "Resource" and a "Default" child; set node.default_child to say which is the '
                "default child",
            )
        return default or resource

    @default_child.setter
    def default_child(self, child: Construct | None) -> None:
        self._default_child = child

    @property
    def metadata(self) -> list[MetadataEntry]:
        """Metadata entries added with `add_metadata`."""
        return list(self._metadata)

    @property
    def dependencies(self) -> list[Construct]:
        """Constructs this construct depends on (added with `add_dependency`)."""
        result: list[Construct] = []
        for dependable in self._dependencies:
            result.extend(dependency_roots(dependable))
        return result

    def find_child(self, id: str) -> Construct:
        """Return the direct child with `id`; raise if there is none."""
        child = self.try_find_child(id)
        if child is None:
            raise ValidationError(self.host, f"{self._subject()}has no child with id {id!r}")
        return child

    def try_find_child(self, id: str) -> Construct | None:
        """Return the direct child with `id`, or None."""
        return self._children.get(sanitize_id(id))

    def find_all(self, order: ConstructOrder = ConstructOrder.PREORDER) -> list[Construct]:
        """Return this construct and all below it."""
        if order is ConstructOrder.PREORDER:
            return list(iter_preorder(self.host))
        result: list[Construct] = []

        def visit(construct: Construct) -> None:
            for child in construct.node._children.values():
                visit(child)
            result.append(construct)

        visit(self.host)
        return result

    def try_remove_child(self, child_name: str) -> bool:
        """Remove the direct child with this id; True when there was one."""
        children = self._children
        id = sanitize_id(child_name)
        removed = isinstance(children, dict) and children.pop(id, None) is not None
        if removed and _some_stage_synthesized:
            _note_change_after_synth(self, f"{self.path}/{id}" if self.path else id, "-")
        return removed

    def add_dependency(self, *deps: Any) -> None:
        """Make this construct depend on `deps` (constructs or dependency groups)."""
        if isinstance(self._dependencies, list):
            self._dependencies.extend(deps)
        else:
            self._dependencies = list(deps)

    def remove_dependency(self, *deps: Any) -> None:
        """Remove dependencies added with `add_dependency` (the same objects)."""
        if isinstance(self._dependencies, list):
            self._dependencies = [dep for dep in self._dependencies if not any(dep is d for d in deps)]

    def add_validation(self, validation: IValidation) -> None:
        """Register a check that runs at synth."""
        if isinstance(self._validations, list):
            self._validations.append(validation)
        else:
            self._validations = [validation]

    def validate(self) -> list[str]:
        """Run this construct's checks and return their problems."""
        problems: list[str] = []
        for validation in self._validations:
            found = validation.validate()
            if isinstance(found, str) or not isinstance(found, Sequence):
                # Extending with a str would report each character as a problem.
                raise ValidationError(
                    self.host,
                    f"{type(validation).__name__}.validate() returned {found!r}; "
                    "return a list of problem strings (empty when there is none)",
                )
            problems.extend(str(problem) for problem in found)
        return problems

    def add_metadata(
        self,
        type: str,  # noqa: A002 - the constructs keyword
        data: Any,
        *,
        stack_trace: bool | None = None,
        stack_trace_override: Sequence[str] | None = None,
        trace_from_function: Any = None,
    ) -> None:
        """Attach a metadata entry; `None` data is ignored as in the constructs package.

        `stack_trace=True` records the calls that led here in the entry's `trace` (starting below
        `trace_from_function` when given); a non-empty `stack_trace_override` is recorded instead.
        Default: no trace.
        """
        if data is None:
            return
        trace: list[str] | None = None
        if stack_trace_override:
            trace = list(stack_trace_override)
        elif stack_trace:
            trace = _call_stack(trace_from_function)
        entry = MetadataEntry(type=type, data=data, trace=trace)
        if isinstance(self._metadata, list):
            self._metadata.append(entry)
        else:
            self._metadata = [entry]

    def _subject(self) -> str:
        """ "the App " for the root, whose errors start with no path to name it; else nothing."""
        return "" if self.path else "the App "

    def set_context(self, key: str, value: Any) -> None:
        """Set a context value here; only before children are added."""
        if self._children:
            raise ValidationError(
                self.host,
                f"set_context({key!r}) came after children were added; set context first",
            )
        if not isinstance(self._context, dict):
            self._context = {}
        self._context[key] = value

    def get_context(self, key: str) -> Any:
        """Return the context value for `key` here or in the nearest ancestor; raise if there is none."""
        node: Node | None = self
        while node is not None:
            if key in node._context:
                return node._context[key]
            node = node.scope.node if node.scope is not None else None
        raise ValidationError(
            self.host,
            f"{self._subject()}has no context value {key!r}; set it with node.set_context() or "
            "App(context=...)",
        )

    def try_get_context(self, key: str) -> Any:
        """Return the context value for `key` here or in the nearest ancestor, or None."""
        node: Node | None = self
        while node is not None:
            if key in node._context:
                return node._context[key]
            node = node.scope.node if node.scope is not None else None
        return None

    def get_all_context(self, defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Return the context visible here, nearer values winning over farther ones and `defaults`."""
        merged: dict[str, Any] = dict(defaults) if defaults else {}
        for scope in self.scopes:
            merged.update(scope.node._context)
        return merged

    @property
    def locked(self) -> bool:
        """True when this construct or one of its scopes is locked against new children."""
        node: Node | None = self
        while node is not None:
            if node._locked:
                return True
            node = node.scope.node if node.scope is not None else None
        return False

    def lock(self) -> None:
        """Refuse new children from now on, here and anywhere below."""
        self._locked = True
        _some_node_locked.append(True)
        _tree_watched.append(True)

    def with_(self, *mixins: IMixin) -> Construct:
        """Apply `mixins` to this construct and every construct below it; return this construct.

        The constructs are listed before the first mixin runs, so constructs a mixin adds are not
        visited; call `with_` again for those.
        """
        self._apply_mixins(mixins, record=False)
        return self.host

    def _apply_mixins(self, mixins: Sequence[IMixin], *, record: bool) -> None:
        constructs = self.find_all()
        for mixin in mixins:
            for construct in constructs:
                if mixin.supports(construct):
                    if record:
                        construct.node.add_metadata(MIXIN_METADATA, {"mixin": "*"})
                    mixin.apply_to(construct)

    def _add_child(self, child: Construct, id: str) -> None:
        if _tree_watched:
            if _some_node_locked and self.locked:
                raise ValidationError(
                    self.host, f"is locked; cannot add child {id!r}, add children before node.lock()"
                )
            if (
                _some_stage_synthesized
                and id not in self._children
                and not hasattr(child, CHANGES_AFTER_SYNTH)
            ):
                _note_change_after_synth(self, f"{self.path}/{id}" if self.path else id, "+")
        if id in self._children:
            where = self.path or "the app"
            raise ValidationError(
                self.host,
                f"a construct with id {id!r} already exists in {where}; give each sibling its own id",
            )
        if isinstance(self._children, dict):
            self._children[id] = child
        else:
            self._children = {id: child}
        if id[:1].isdigit() and len(self._children) > 1:
            # Children in aws-cdk-lib's order (core/js_object_order.py): an id like "10" goes before "b".
            self._children = dict(js_key_order(self._children))


def enclosing_stack(construct: IConstruct) -> Construct:
    """The nearest Stack at or above `construct`, typed as a Construct (`Stack.of` gives it as a Stack).

    Each node takes its scope's entry when it is made and a Stack replaces it with itself, so the
    modules below stack.py (elements, references, names) find their stack without importing it.
    """
    stack = construct.node._stack
    if stack is None:
        if not construct.node.path:
            # The root has no path to start the message with.
            raise ValidationError(
                None, "the App is not inside a Stack; pass a Stack or a construct inside one"
            )
        raise ValidationError(construct, "is not inside a Stack; create it in a Stack's scope")
    return stack


def require_construct(value: object, place: str, argument: str) -> None:
    """Raise the house-shaped type error unless `value` is a construct (for the `X.of(scope)` helpers,
    whose construct parameters the argument checks leave alone)."""
    if not isinstance(value, Construct):
        raise ArgumentTypeError(
            f"{place}: {argument}={value!r} is {'None' if value is None else 'a ' + type(value).__name__}; "
            "pass a construct, such as a Stack or a resource"
        )


def ledger(construct: IConstruct, name: str) -> dict[Any, Any]:
    """The dict named `name` that the package keeps about `construct` (e.g. the route keys of an API).

    It lives on the construct's node: everything holding the construct finds the same one, and it goes
    away with the tree, where a module-level cache would hide its owner and outlive the app.
    """
    node = construct.node
    if node._ledgers is None:
        node._ledgers = {}
    return node._ledgers.setdefault(name, {})


def dependency_roots(dependable: Any) -> list[Construct]:
    """Return the constructs a dependable stands for."""
    if isinstance(dependable, Construct):
        return [dependable]
    trait = _trait_of(dependable)
    if trait is not None:
        return [root for r in trait.dependency_roots for root in dependency_roots(r)]
    if isinstance(dependable, Dependable):
        return [root for r in dependable.dependency_roots for root in dependency_roots(r)]
    roots = getattr(dependable, "dependency_roots", None)
    if callable(roots):
        return list(roots())
    raise TypeError(f"cannot depend on {dependable!r}: pass a construct or a DependencyGroup")


class Dependable(abc.ABC):
    """What an `IDependable` stands for in dependencies: its `dependency_roots`.

    A subclass is a dependable itself; any other object becomes one with `Dependable.implement`.
    """

    @property
    @abc.abstractmethod
    def dependency_roots(self) -> list[IConstruct]:
        """The constructs that depending on this object means depending on."""

    @staticmethod
    def implement(instance: IDependable, trait: Dependable) -> None:
        """Make `instance` stand for `trait.dependency_roots` wherever it is depended on."""
        if not _dependable_traits:
            import weakref  # deferred: most apps never call this, and the module costs 0.3 ms to import

            _dependable_traits.append(weakref.WeakKeyDictionary())
        _dependable_traits[0][instance] = trait

    @staticmethod
    def of(instance: IDependable) -> Dependable:
        """What `instance` stands for in dependencies; raise if it is not dependable."""
        trait = _trait_of(instance)
        if trait is not None:
            return trait
        if isinstance(instance, Dependable):
            return instance
        return _DependencyRootsOf(dependency_roots(instance))

    @staticmethod
    def get(instance: IDependable) -> Dependable:
        """The same as `of` (the older name)."""
        return Dependable.of(instance)


class _DependencyRootsOf(Dependable):
    def __init__(self, roots: list[Construct]) -> None:
        self._roots = roots

    @property
    def dependency_roots(self) -> list[IConstruct]:
        return list(self._roots)


# Objects made dependable with `Dependable.implement`, in a weak table (it keeps nothing alive) made on
# first use.
_dependable_traits: list[WeakKeyDictionary[Any, Dependable]] = []


def _trait_of(instance: Any) -> Dependable | None:
    if not _dependable_traits:
        return None
    try:
        return _dependable_traits[0].get(instance)
    except TypeError:  # neither hashable nor weakly referenceable: it was never registered
        return None


class DependencyGroup:
    """A set of constructs that can be depended on as one."""

    def __init__(self, *deps: Any) -> None:
        self._deps: list[Any] = list(deps)

    def add(self, *deps: Any) -> None:
        """Add more members."""
        self._deps.extend(deps)

    def dependency_roots(self) -> list[Construct]:
        """The constructs of the group."""
        result: list[Construct] = []
        for dep in self._deps:
            result.extend(dependency_roots(dep))
        return result


class Construct:
    """A node of the construct tree; the base of every construct."""

    if TYPE_CHECKING:  # declared for mypy alone: aws_cdk's type hints of a construct class have no `node`
        node: Node
    # Stack, Resource and CfnElement record each mixin `with_` applies in the metadata, as in aws-cdk-lib.
    _records_mixins = False

    def __init__(self, scope: Construct | None, id: str) -> None:
        if not isinstance(id, str):
            raise TypeError(f"construct id must be a string, got {id!r}")
        if scope is None:
            self.node = Node(self, None, sanitize_id(id))
            collect_less_often()
            return
        if not isinstance(scope, Construct):
            raise TypeError(f"scope must be a Construct, got {scope!r}")
        if not id:
            raise ValidationError(scope, "id='' is empty; only the root construct may have an empty id")
        clean_id = sanitize_id(id)
        self.node = Node(self, scope, clean_id)
        scope.node._add_child(self, clean_id)

    @staticmethod
    def is_construct(x: Any) -> bool:
        """Return True when `x` is a construct."""
        return isinstance(x, Construct)

    def with_(self: _ConstructT, *mixins: IMixin) -> _ConstructT:
        """Apply `mixins` to this construct and every construct below it; return this construct.

        The constructs are listed before the first mixin runs, so constructs a mixin adds are not
        visited; call `with_` again for those.
        """
        self.node._apply_mixins(mixins, record=self._records_mixins)
        return self

    def to_string(self) -> str:
        """The construct's path, or `<root>` for the root."""
        return self.node.path or "<root>"

    def __str__(self) -> str:
        return self.node.path or "<root>"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.node.path or '<root>'}>"


# Made after the class: a bound given as text is compiled, and a process's first compile takes a millisecond.
_ConstructT = TypeVar("_ConstructT", bound=Construct)


class RootConstruct(Construct):
    """The root of a construct tree that is not an App (an App is one already)."""

    def __init__(self, id: str | None = None) -> None:
        super().__init__(None, id or "")


def iter_preorder(root: Construct) -> Iterator[Construct]:
    """Yield `root` and every construct below it, parents before children."""
    stack = [root]
    while stack:
        construct = stack.pop()
        yield construct
        children = construct.node._children
        if children:
            stack.extend(reversed(children.values()))
