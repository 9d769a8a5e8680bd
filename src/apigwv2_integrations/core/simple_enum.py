"""SimpleEnum: `class X(SimpleEnum)` makes the very `enum.Enum` class `class X(enum.Enum)` makes, at half
the cost.

Python's `EnumType` checks each member as the class body runs and again when the class is made: about
65 microseconds for a small enum, ten times a plain class (measured). The package defines over two
hundred enums (aws_cdk's names), dozens of which a small app loads. Here the namespace of the class
body goes to the standard library's own fast path for its enums (`enum._simple_enum`, which `re`,
`http` and `ssl` use for the same reason), which makes the enum from it (it reads a class's name and
namespace alone, so no plain class is made first); where that is missing (Python 3.10), the class is
made by `EnumType` as usual.

The result is a subclass of `enum.Enum` (not of SimpleEnum): its members, values, names, docs, repr,
iteration, lookup by value and pickling are those of the plain declaration (a test compares every enum
of the package both ways). The members must be plain values, as all of the package's are.
"""

from __future__ import annotations

import enum

from .runtime_typing import TYPE_CHECKING

__all__ = ["SimpleEnum"]

_fast_path: Any = getattr(enum, "_simple_enum", None)


class _ClassBody:
    """What the fast path reads of the class it converts (its name and its namespace), without making
    that class first."""

    __slots__ = ("__name__", "_namespace")

    def __init__(self, name: str, namespace: dict[str, Any]) -> None:
        self.__name__ = name
        self._namespace = namespace

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        return self._namespace


def _make_enum(name: str, namespace: dict[str, Any]) -> type[enum.Enum]:
    """The enum.Enum subclass that `class <name>(enum.Enum)` with this body would make."""
    if _fast_path is not None:
        made: type[enum.Enum] = _fast_path(enum.Enum)(_ClassBody(name, namespace))
        return made
    body = enum.EnumMeta.__prepare__(name, (enum.Enum,))
    for key, value in namespace.items():
        body[key] = value
    fallback: type[enum.Enum] = enum.EnumMeta(name, (enum.Enum,), body)  # type: ignore[assignment]
    return fallback


class _SimpleEnumType(type):
    def __new__(metacls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any) -> Any:
        if not bases:  # SimpleEnum itself
            return super().__new__(metacls, name, bases, namespace, **kwargs)
        return _make_enum(name, namespace)


if TYPE_CHECKING:
    # For mypy an enum declared on SimpleEnum is the enum.Enum subclass it is at run time.
    from enum import Enum as SimpleEnum
    from typing import Any
else:

    class SimpleEnum(metaclass=_SimpleEnumType):
        """Base of the package's enums: see the module's text."""
