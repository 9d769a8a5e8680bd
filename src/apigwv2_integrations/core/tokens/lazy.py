"""Lazy values: produced at synth, once."""

from __future__ import annotations

import builtins
import types

from ..errors import ArgumentTypeError
from ..runtime_typing import TYPE_CHECKING
from .token import IResolvable, IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any, TypeAlias

_CO_VARARGS = 0x04  # inspect.CO_VARARGS: a code object's flag for `*args`


Producer: TypeAlias = "Any"  # an object with produce(context) or a callable taking no argument or the context


def _call(producer: Producer, context: IResolveContext) -> Any:
    produce = getattr(producer, "produce", None)
    if callable(produce):
        producer = produce
    elif not callable(producer):
        raise ArgumentTypeError(
            f"a Lazy producer must have a produce(context) method or be callable, got {producer!r}"
        )
    return producer(context) if _takes_argument(producer) else producer()


def _takes_argument(function: Any) -> bool:
    code = getattr(function, "__code__", None)
    if code is not None and not code.co_flags & _CO_VARARGS:
        # Bound methods carry `self` in co_argcount.
        return bool(code.co_argcount - (1 if isinstance(function, types.MethodType) else 0))
    import inspect  # deferred: inspect costs milliseconds at import and only odd producers need it

    try:
        return bool(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return True


class _LazyValue(IResolvable):
    def __init__(
        self,
        producer: Producer,
        *,
        cache: bool,
        display_hint: str | None,
        omit_empty: bool = False,
    ) -> None:
        # Checked here, as aws_cdk refuses such a producer when the Lazy is made, not at synth.
        if not (callable(producer) or callable(getattr(producer, "produce", None))):
            raise ArgumentTypeError(
                f"a Lazy producer must have a produce(context) method or be callable, got {producer!r}"
            )
        self._producer = producer
        self._cache = cache
        self._display_hint_text = display_hint
        self._omit_empty = omit_empty
        self._has_value = False
        self._value: Any = None

    def resolve(self, context: IResolveContext) -> Any:
        if self._cache and self._has_value:
            return self._value
        value = _call(self._producer, context)
        if self._omit_empty and isinstance(value, (list, tuple, dict)) and not value:
            value = None
        if self._cache:
            self._value = value
            self._has_value = True
        return value

    def _display_hint(self) -> str:
        return self._display_hint_text or "Lazy"

    def __repr__(self) -> str:
        return f"Lazy({self._producer!r})"


class Lazy:
    """Values computed at synth, after the app has finished building its tree."""

    @staticmethod
    def string(producer: Producer, *, display_hint: str | None = None) -> str:
        """Return a string token produced once at synth."""
        return Token.as_string(_LazyValue(producer, cache=True, display_hint=display_hint))

    @staticmethod
    def uncached_string(producer: Producer, *, display_hint: str | None = None) -> str:
        """Return a string token produced every time it is resolved."""
        return Token.as_string(_LazyValue(producer, cache=False, display_hint=display_hint))

    @staticmethod
    def number(producer: Producer) -> float:
        """Return a number token produced once at synth."""
        return Token.as_number(_LazyValue(producer, cache=True, display_hint=None))

    @staticmethod
    def uncached_number(producer: Producer) -> float:
        """Return a number token produced every time it is resolved."""
        return Token.as_number(_LazyValue(producer, cache=False, display_hint=None))

    @staticmethod
    def list(
        producer: Producer, *, display_hint: str | None = None, omit_empty: bool | None = None
    ) -> builtins.list[str]:
        """Return a list token produced once at synth; `omit_empty` drops an empty list."""
        return Token.as_list(
            _LazyValue(producer, cache=True, display_hint=display_hint, omit_empty=bool(omit_empty))
        )

    @staticmethod
    def uncached_list(
        producer: Producer, *, display_hint: str | None = None, omit_empty: bool | None = None
    ) -> builtins.list[str]:
        """Return a list token produced every time it is resolved."""
        return Token.as_list(
            _LazyValue(producer, cache=False, display_hint=display_hint, omit_empty=bool(omit_empty))
        )

    @staticmethod
    def any(
        producer: Producer, *, display_hint: str | None = None, omit_empty_array: bool | None = None
    ) -> IResolvable:
        """Return an IResolvable produced once at synth; `omit_empty_array` drops an empty list."""
        return _LazyValue(producer, cache=True, display_hint=display_hint, omit_empty=bool(omit_empty_array))

    @staticmethod
    def uncached_any(
        producer: Producer, *, display_hint: str | None = None, omit_empty_array: bool | None = None
    ) -> IResolvable:
        """Return an IResolvable produced every time it is resolved."""
        return _LazyValue(producer, cache=False, display_hint=display_hint, omit_empty=bool(omit_empty_array))
