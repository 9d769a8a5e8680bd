"""Struct classes whose attrs machinery runs on first use, not at import.

Building an attrs class costs about half a millisecond (attrs generates and compiles its methods);
with a hundred structs that is most of an import. `lazy_frozen(kw_only=True)` is
`attrs.frozen(kw_only=True)` for type checkers and readers; at run time the class is realized the
first time it is instantiated or introspected (`attrs.fields`, `attrs.has`, a subclass being built).
attrs then generates only `__init__`; `__repr__`, `__eq__` and `__hash__` are shared functions with
attrs' behaviour, which halves the cost of realizing a class.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .type_checks import check_struct_arguments, inside_globals, is_outside, trusted_depth

__all__ = ["LazyAttrsMeta", "defer_attrs", "lazy_frozen", "realize"]

_T = TypeVar("_T", bound=type)
_lock = threading.RLock()
_realizing: set[type] = set()
_getframe = sys._getframe


def realize(cls: type) -> None:
    """Turn a lazy struct class into its attrs class, once, with its bases and its subclasses.

    Subclasses follow their base because a realized base would otherwise answer attrs'
    `__attrs_attrs__` lookups for them (class attributes are inherited).
    """
    if "__attrs_attrs__" in cls.__dict__ or "_attrs_options" not in cls.__dict__:
        return
    with _lock:
        if "__attrs_attrs__" in cls.__dict__ or cls in _realizing:
            return
        _realizing.add(cls)
        try:
            for base in reversed(cls.__mro__[1:]):
                realize(base)
            # slots=False keeps the class object itself, which other code already holds.
            attrs.frozen(**cls.__dict__["_attrs_options"], slots=False, repr=False, eq=False)(cls)
            for name, method in _SHARED_METHODS.items():
                if name not in cls.__dict__:
                    type.__setattr__(cls, name, method)
            if cls.__dict__.get("__new__") is _REALIZE_THEN_NEW:
                type.__setattr__(cls, "__new__", _PLAIN_NEW)
        finally:
            _realizing.discard(cls)
        subclass: type
        for subclass in cls.__subclasses__():
            realize(subclass)


def _fields(cls: type, flag: str) -> tuple[str, ...]:
    """Names of the fields of `cls` whose `flag` (repr, eq or hash) is on, cached per class."""
    cache: dict[str, tuple[str, ...]] = cls.__dict__.get("_struct_field_names") or {}
    if flag not in cache:
        if "_struct_field_names" not in cls.__dict__:
            type.__setattr__(cls, "_struct_field_names", cache)
        fields = cls.__attrs_attrs__  # type: ignore[attr-defined]
        # A field's hash flag of None follows its eq flag, as in attrs.
        cache[flag] = tuple(
            f.name for f in fields if (f.eq if flag == "hash" and f.hash is None else getattr(f, flag))
        )
    return cache[flag]


def _struct_repr(self: Any) -> str:
    cls = type(self)
    values = ", ".join(f"{name}={getattr(self, name)!r}" for name in _fields(cls, "repr"))
    return f"{cls.__qualname__}({values})"


def _struct_eq(self: Any, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    names = _fields(type(self), "eq")
    return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)


def _struct_hash(self: Any) -> int:
    cls = type(self)
    return hash((cls.__module__, cls.__qualname__, *(getattr(self, n) for n in _fields(cls, "hash"))))


_SHARED_METHODS = {"__repr__": _struct_repr, "__eq__": _struct_eq, "__hash__": _struct_hash}


class LazyAttrsMeta(type):
    """Realizes the attrs class when attrs looks for its fields."""

    def __getattr__(cls, name: str) -> Any:
        if name == "__attrs_attrs__" and "_attrs_options" in cls.__dict__:
            realize(cls)
            if "__attrs_attrs__" in cls.__dict__:
                return cls.__dict__["__attrs_attrs__"]
        raise AttributeError(name)


def _realize_then_new(cls: type, *args: Any, **kwargs: Any) -> Any:
    # Runs once per class: realize() swaps it for _plain_new. The attrs __init__ that realize()
    # adds is the one Python calls right after this returns.
    realize(cls)
    if (
        kwargs
        and not trusted_depth[0]
        and id(_getframe(1).f_globals) not in inside_globals
        and is_outside(_getframe(1))
    ):
        check_struct_arguments(cls, kwargs)
    return object.__new__(cls)


def _plain_new(cls: type, *args: Any, **kwargs: Any) -> Any:
    # A class that once had its own __new__ keeps calling one; object.__new__ would reject the args.
    # Arguments from outside the package are type-checked here, where a call is made anyway.
    if (
        kwargs
        and not trusted_depth[0]
        and id(_getframe(1).f_globals) not in inside_globals
        and is_outside(_getframe(1))
    ):
        check_struct_arguments(cls, kwargs)
    return object.__new__(cls)


_REALIZE_THEN_NEW = staticmethod(_realize_then_new)
_PLAIN_NEW = staticmethod(_plain_new)


def defer_attrs(cls: type, options: dict[str, Any]) -> None:
    """Mark a class (whose metaclass is LazyAttrsMeta) to become `attrs.frozen(**options)` on first use."""
    type.__setattr__(cls, "_attrs_options", options)
    type.__setattr__(cls, "__new__", _REALIZE_THEN_NEW)


def _lazy_frozen(**options: Any) -> Callable[[_T], _T]:
    def rebuild(cls: _T) -> _T:
        namespace = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
        lazy: _T = LazyAttrsMeta(cls.__name__, cls.__bases__, namespace)  # type: ignore[assignment]
        defer_attrs(lazy, options)
        if any("__attrs_attrs__" in base.__dict__ for base in lazy.__mro__[1:]):
            realize(lazy)
        return lazy

    return rebuild


if TYPE_CHECKING:
    from attrs import frozen as lazy_frozen
else:
    lazy_frozen = _lazy_frozen
