"""The names of `typing` the package uses at run time, without loading `typing`.

Loading `typing` (with the `contextlib` and `warnings` it brings) is about a sixteenth of what a small
app executes, and the package needs little of it at run time: its annotations are text (`from
__future__ import annotations`), so the names they use are imported for mypy alone (under `if
TYPE_CHECKING:`), and what runs is the handful of names below. mypy reads `typing`'s own (the first
branch); at run time these stand in for them:

- `Protocol`: the base of the interfaces. A class with it among its direct bases is an interface
  (`_is_protocol`, read by the type checks, which match an object against an interface by its members).
  `isinstance` against a runtime-checkable interface matches an object by its members, as `typing`'s
  does (looked up without running a property of the object, as `typing` does since Python 3.12);
  unlike `typing.Protocol`, it adds no `Generic` to the classes built on it, and its metaclass is
  `abc`'s with one method: their creation is shorter for it.
- `runtime_checkable`, `overload`, `dataclass_transform`: decorators that change nothing at run time.
- `cast`, `TypeVar`, `Generic`: what an expression, a module-level `T = TypeVar("T")` and a `Generic[T]`
  base need.

An app that loads `typing` itself is unaffected: nothing here replaces or patches it.
"""

from __future__ import annotations

import abc

TYPE_CHECKING = False

__all__ = [
    "TYPE_CHECKING",
    "Generic",
    "Protocol",
    "TypeVar",
    "cast",
    "dataclass_transform",
    "overload",
    "runtime_checkable",
]

if TYPE_CHECKING:
    from typing import Generic as Generic
    from typing import Protocol as Protocol
    from typing import TypeVar as TypeVar
    from typing import cast as cast
    from typing import overload as overload
    from typing import runtime_checkable as runtime_checkable

    from typing_extensions import dataclass_transform as dataclass_transform
else:

    def cast(typ, value):
        """The value itself (mypy reads it as the type given)."""
        return value

    # Names `typing` leaves out of an interface's members.
    _NOT_MEMBERS = frozenset(
        {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__"}
        | {"__new__", "__slots__", "__subclasshook__", "__weakref__", "__qualname__", "__init_subclass__"}
        | {"_is_protocol", "_is_runtime_protocol", "__parameters__", "__orig_bases__"}
    )
    _members: dict[type, tuple[str, ...]] = {}

    def _members_of(interface):
        members = _members.get(interface)
        if members is None:
            names = set()
            for base in interface.__mro__[:-1]:
                if base is Protocol:
                    continue
                for name in (*vars(base), *vars(base).get("__annotations__", ())):
                    if not name.startswith("_abc_") and name not in _NOT_MEMBERS:
                        names.add(name)
            members = _members[interface] = tuple(sorted(names))
        return members

    class _InterfaceType(abc.ABCMeta):
        def __instancecheck__(cls, instance):
            if super().__instancecheck__(instance):
                return True  # a class that names the interface among its bases
            # A runtime-checkable interface also matches an object by its members, as typing's does.
            if not (cls.__dict__.get("_is_protocol") and getattr(cls, "_is_runtime_protocol", False)):
                return False
            # Looked up without running anything: a property may create constructs or raise.
            found = getattr(instance, "__dict__", {})
            classes = type(instance).__mro__
            return all(name in found or any(name in vars(c) for c in classes) for name in _members_of(cls))

    class Protocol(metaclass=_InterfaceType):
        """The base of an interface."""

        __slots__ = ()
        _is_protocol = True

        def __init_subclass__(cls, **kwargs):
            super().__init_subclass__(**kwargs)
            if "_is_protocol" not in cls.__dict__:
                cls._is_protocol = Protocol in cls.__bases__

    def runtime_checkable(cls):
        """The interface itself."""
        cls._is_runtime_protocol = True
        return cls

    class TypeVar:
        """A type variable: its name, bound and constraints, for reading only."""

        __slots__ = ("__bound__", "__constraints__", "__contravariant__", "__covariant__", "__name__")

        def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
            self.__name__ = name
            self.__constraints__ = constraints
            self.__bound__ = bound
            self.__covariant__ = covariant
            self.__contravariant__ = contravariant

        def __repr__(self):
            return f"~{self.__name__}"

    class Generic:
        """The base of a generic class: `Generic[T]` and `Base[X]` are the class itself at run time."""

        __slots__ = ()

        def __class_getitem__(cls, parameters):
            return cls

    def overload(function):
        """The function itself: the last definition, the implementation, replaces it."""
        return function

    def dataclass_transform(**kwargs):
        """A decorator that returns what it decorates."""
        return lambda decorated: decorated
