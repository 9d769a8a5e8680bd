"""The construct tree: what the `constructs` package gives CDK users."""

from __future__ import annotations

import atexit
import enum
import gc
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Protocol, cast, runtime_checkable

from .errors import ValidationError

_PATH_SEP = "/"
# The context of the many nodes that have none of their own (a dict is made on the first set_context).
_NO_CONTEXT: Mapping[str, Any] = MappingProxyType({})
# Typed as a dict for the readers (tree walks); it is read-only, and only `_add_child` and
# `try_remove_child` write `_children`, replacing it with a dict first.
_NO_CHILDREN = cast("dict[str, Construct]", MappingProxyType({}))


class ConstructOrder(enum.Enum):
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
class IConstruct(Protocol):
    """Anything that sits in the construct tree."""

    @property
    def node(self) -> Node:
        """The tree node of this construct."""
        ...


class MetadataEntry:
    """One metadata entry of a construct node."""

    __slots__ = ("data", "type")

    def __init__(self, type: str, data: Any) -> None:  # noqa: A002 - the constructs keyword
        self.type = type
        self.data = data

    def __repr__(self) -> str:
        return f"MetadataEntry(type={self.type!r}, data={self.data!r})"


# CPython's default collector thresholds, and those used once a construct tree is being built.
_DEFAULT_GC_THRESHOLD = (700, 10, 10)
_TREE_GC_THRESHOLD = (10_000, 10, 10)
_exit_hook: list[bool] = []


def _collect_less_often() -> None:
    """Let the cyclic collector run less often while a construct tree grows, and not at exit.

    A tree is tens of thousands of long-lived objects made in a burst; with the default thresholds
    the collector traverses them again and again (about a third of the time taken to build a large
    app). A process that chose its own thresholds keeps them.

    A tree is full of reference cycles (a construct and its node, a child and its scope), so only the
    collector frees it, and the collection at interpreter exit took a quarter of the run of an app of
    800 routes. So an exit handler freezes every object instead (`gc.freeze`: the collector leaves
    them alone; reference counting and the other exit handlers still run) and the operating system
    takes the memory back at once.
    """
    if gc.get_threshold() == _DEFAULT_GC_THRESHOLD:
        gc.set_threshold(*_TREE_GC_THRESHOLD)
    if not _exit_hook:
        _exit_hook.append(True)
        atexit.register(gc.freeze)


def sanitize_id(id: str) -> str:
    """Return `id` as the constructs package stores it: a `/` becomes `--`."""
    return id.replace(_PATH_SEP, "--")


def address_of(ids: Sequence[str]) -> str:
    """Return the constructs package's `addr` for the ids from the root down (SHA-1, "c8" prefix).

    Every id counts, the root's empty one included, except `Default`, so that wrapping a construct in
    a `Default` child keeps its address.
    """
    digest = hashlib.sha1()
    for component in ids:
        if component == "Default":
            continue
        digest.update(component.encode("utf-8"))
        digest.update(b"\n")
    return "c8" + digest.hexdigest()


class Node:
    """The tree node of a construct: its id, path, children, dependencies and validations."""

    __slots__ = (
        "_addr",
        "_children",
        "_context",
        "_dependencies",
        "_metadata",
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
        if scope is None:
            self.path = id
        else:
            parent_path = scope.node.path
            self.path = f"{parent_path}/{id}" if parent_path else id

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
        """The child named `Resource` or `Default`, if any."""
        return self._children.get("Resource") or self._children.get("Default")

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
            raise ValidationError(self.host, f"has no child with id {id!r}")
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
        return isinstance(children, dict) and children.pop(sanitize_id(child_name), None) is not None

    def add_dependency(self, *deps: Any) -> None:
        """Make this construct depend on `deps` (constructs or dependency groups)."""
        if isinstance(self._dependencies, list):
            self._dependencies.extend(deps)
        else:
            self._dependencies = list(deps)

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
            problems.extend(validation.validate())
        return problems

    def add_metadata(self, type: str, data: Any) -> None:  # noqa: A002 - the constructs keyword
        """Attach a metadata entry; `None` data is ignored as in the constructs package."""
        if data is None:
            return
        if isinstance(self._metadata, list):
            self._metadata.append(MetadataEntry(type, data))
        else:
            self._metadata = [MetadataEntry(type, data)]

    def set_context(self, key: str, value: Any) -> None:
        """Set a context value here; only before children are added."""
        if self._children:
            raise ValidationError(
                self.host, f"set_context({key!r}) came after children were added; set context first"
            )
        if not isinstance(self._context, dict):
            self._context = {}
        self._context[key] = value

    def try_get_context(self, key: str) -> Any:
        """Return the context value for `key` here or in the nearest ancestor, or None."""
        node: Node | None = self
        while node is not None:
            if key in node._context:
                return node._context[key]
            node = node.scope.node if node.scope is not None else None
        return None

    def get_all_context(self) -> dict[str, Any]:
        """Return the context visible here, nearer values winning."""
        merged: dict[str, Any] = {}
        for scope in self.scopes:
            merged.update(scope.node._context)
        return merged

    def _add_child(self, child: Construct, id: str) -> None:
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


def dependency_roots(dependable: Any) -> list[Construct]:
    """Return the constructs a dependable stands for."""
    if isinstance(dependable, Construct):
        return [dependable]
    roots = getattr(dependable, "dependency_roots", None)
    if callable(roots):
        return list(roots())
    raise TypeError(f"cannot depend on {dependable!r}: pass a construct or a DependencyGroup")


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

    node: Node

    def __init__(self, scope: Construct | None, id: str) -> None:
        if not isinstance(id, str):
            raise TypeError(f"construct id must be a string, got {id!r}")
        if scope is None:
            self.node = Node(self, None, sanitize_id(id))
            _collect_less_often()
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

    def __str__(self) -> str:
        return self.node.path or "<root>"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.node.path or '<root>'}>"


def iter_preorder(root: Construct) -> Iterator[Construct]:
    """Yield `root` and every construct below it, parents before children."""
    stack = [root]
    while stack:
        construct = stack.pop()
        yield construct
        children = construct.node._children
        if children:
            stack.extend(reversed(children.values()))
