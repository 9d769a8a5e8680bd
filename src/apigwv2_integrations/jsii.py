"""What aws_cdk Python apps take from the `jsii` package, for apps moved to this package.

`@jsii.implements(IAspect)` marks a class as implementing an interface. Here most interfaces are
Protocols, which a class satisfies by its methods; an interface that is an abstract base class with
methods of its own (`IResolvable`: `to_string`, its display in token strings) is added to the class's
bases, so the class gets them as in aws_cdk.
"""

from __future__ import annotations

import abc
from collections.abc import Callable

from .core.runtime_typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from typing import Any

_T = TypeVar("_T")


def implements(*interfaces: Any) -> Callable[[_T], _T]:
    """Class decorator kept for aws_cdk apps: the class, with the abstract base classes among
    `interfaces` that it does not derive from yet added to its bases."""

    def mark(cls: _T) -> _T:
        kind = cast("type", cls)
        missing = tuple(
            i
            for i in interfaces
            if isinstance(i, abc.ABCMeta)
            and not getattr(i, "_is_protocol", False)  # a Protocol is satisfied by the methods alone
            and not issubclass(kind, i)
        )
        if not missing:
            return cls
        namespace = {
            "__module__": kind.__module__,
            "__qualname__": kind.__qualname__,
            "__doc__": kind.__doc__,
        }
        return cast("_T", type(kind.__name__, (kind, *missing), namespace))

    return mark


def interface(cls: _T) -> _T:
    """Class decorator kept for aws_cdk apps; returns the class unchanged."""
    return cls
