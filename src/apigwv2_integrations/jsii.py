"""What aws_cdk Python apps take from the `jsii` package, for apps moved to this package.

`@jsii.implements(IAspect)` marks a class as implementing an interface; here interfaces are
Protocols and ABCs, so the decorator only records the names and returns the class unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

_T = TypeVar("_T")


def implements(*interfaces: Any) -> Callable[[_T], _T]:
    """Class decorator kept for aws_cdk apps; returns the class unchanged."""

    def mark(cls: _T) -> _T:
        return cls

    return mark


def interface(cls: _T) -> _T:
    """Class decorator kept for aws_cdk apps; returns the class unchanged."""
    return cls
