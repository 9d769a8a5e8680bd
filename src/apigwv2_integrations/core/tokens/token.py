"""Token, IResolvable and the base intrinsic: deploy-time values that flow through Python code."""

from __future__ import annotations

import abc
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from . import _encoding
from ._encoding import TOKEN_MAP

if TYPE_CHECKING:
    from ..construct import Construct


class ResolutionTypeHint(enum.Enum):
    """What a token resolves to, for the encodings that need to know."""

    STRING = "string"
    NUMBER = "number"
    STRING_LIST = "string-list"


class IPostProcessor(Protocol):
    """Transforms a value after it has been resolved."""

    def post_process(self, input: Any, context: IResolveContext) -> Any:  # noqa: A002 - aws_cdk's keyword
        """Return the final value."""
        ...


class IResolveContext(Protocol):
    """What a token sees while it is being resolved."""

    @property
    def scope(self) -> Construct:
        """The construct being rendered (the consuming stack or one of its resources)."""
        ...

    @property
    def preparing(self) -> bool:
        """True while references are being collected rather than rendered."""
        ...

    @property
    def document_path(self) -> list[str]:
        """The path in the document being rendered."""
        ...

    def resolve(self, x: Any) -> Any:
        """Resolve a nested value in the same context."""
        ...

    def register_post_processor(self, post_processor: IPostProcessor) -> None:
        """Run `post_processor` on this token's resolved value."""
        ...


class IResolvable(abc.ABC):
    """A value that becomes concrete at synth."""

    creation_stack: Sequence[str] = ()
    type_hint: ResolutionTypeHint | None = None

    @abc.abstractmethod
    def resolve(self, context: IResolveContext) -> Any:
        """Return the value this token stands for (it is resolved again afterwards)."""

    def to_string(self) -> str:
        """Return the encoded string form of this token."""
        return TOKEN_MAP.register_string(self, self._display_hint())

    def to_json(self) -> Any:
        """Return the value to use when the token is embedded in a JSON string."""
        return self

    def _display_hint(self) -> str:
        return "TOKEN"

    def __str__(self) -> str:
        return self.to_string()

    def __format__(self, format_spec: str) -> str:
        return format(self.to_string(), format_spec)


class Intrinsic(IResolvable):
    """A CloudFormation intrinsic or any literal value kept opaque until synth."""

    def __init__(self, value: Any, *, type_hint: ResolutionTypeHint | None = None) -> None:
        self.value = value
        self.type_hint = type_hint

    def resolve(self, context: IResolveContext) -> Any:
        return self.value

    def new_error(self, message: str) -> Exception:
        """Return an error to raise about this intrinsic."""
        return ValueError(message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.value!r})"


class Token:
    """Create and inspect tokens."""

    @staticmethod
    def is_unresolved(obj: Any) -> bool:
        """Return True when `obj` is or encodes a token."""
        if isinstance(obj, str):
            return _encoding.string_has_token(obj)
        if isinstance(obj, float):
            return _encoding.is_number_token(obj)
        if isinstance(obj, list) and len(obj) == 1:
            first = obj[0]
            return isinstance(first, str) and _encoding.is_list_token_string(first)
        return isinstance(obj, IResolvable)

    @staticmethod
    def as_string(value: Any, *, display_hint: str | None = None) -> str:
        """Return `value` as a string; a token becomes its encoded string."""
        if isinstance(value, str):
            return value
        if isinstance(value, IResolvable):
            return TOKEN_MAP.register_string(value, display_hint or value._display_hint())
        return TOKEN_MAP.register_string(Intrinsic(value), display_hint or "TOKEN")

    @staticmethod
    def as_number(value: Any) -> float:
        """Return `value` as a number; a token becomes an encoded number."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if isinstance(value, IResolvable):
            return TOKEN_MAP.register_number(value)
        if isinstance(value, str):
            token = _encoding.lookup_any(value)
            if token is not None:
                return TOKEN_MAP.register_number(token)
        return TOKEN_MAP.register_number(Intrinsic(value))

    @staticmethod
    def as_list(value: Any, *, display_hint: str | None = None) -> list[str]:
        """Return `value` as a list of strings; a token becomes an encoded list."""
        if isinstance(value, list) and not Token.is_unresolved(value):
            return value
        if isinstance(value, IResolvable):
            return TOKEN_MAP.register_list(value, display_hint or value._display_hint())
        return TOKEN_MAP.register_list(Intrinsic(value), display_hint or "TOKEN")

    @staticmethod
    def as_any(value: Any) -> IResolvable:
        """Return `value` wrapped as an IResolvable."""
        if isinstance(value, IResolvable):
            return value
        token = Tokenization.reverse(value)
        return token if token is not None else Intrinsic(value)

    @staticmethod
    def compare_strings(possible_token1: str, possible_token2: str) -> str:
        """Compare two strings that may be tokens: ONE_UNRESOLVED, BOTH_UNRESOLVED, SAME or DIFFERENT."""
        unresolved1 = Token.is_unresolved(possible_token1)
        unresolved2 = Token.is_unresolved(possible_token2)
        if unresolved1 and unresolved2:
            return "SAME" if possible_token1 == possible_token2 else "BOTH_UNRESOLVED"
        if unresolved1 or unresolved2:
            return "ONE_UNRESOLVED"
        return "SAME" if possible_token1 == possible_token2 else "DIFFERENT"


class Tokenization:
    """Find the tokens inside encoded values."""

    @staticmethod
    def reverse_string(s: str) -> list[IResolvable]:
        """Return the tokens embedded in `s`."""
        if not _encoding.string_has_token(s):
            return []
        return [f for f in _encoding.split_string(s) if isinstance(f, IResolvable)]

    @staticmethod
    def reverse_number(n: float) -> IResolvable | None:
        """Return the token `n` encodes, if any."""
        return _encoding.TOKEN_MAP.lookup_number(n) if isinstance(n, float) else None

    @staticmethod
    def reverse_list(value: list[str]) -> IResolvable | None:
        """Return the token a list encodes, if any."""
        return _encoding.lookup_any(value)

    @staticmethod
    def reverse(value: Any) -> IResolvable | None:
        """Return the single token `value` is or encodes, if any."""
        if isinstance(value, IResolvable):
            return value
        return _encoding.lookup_any(value)

    @staticmethod
    def is_resolvable(obj: Any) -> bool:
        """Return True when `obj` is an IResolvable."""
        return isinstance(obj, IResolvable)

    @staticmethod
    def resolve(obj: Any, *, scope: Construct, preparing: bool = False) -> Any:
        """Resolve `obj` as the stack of `scope` would."""
        from ._resolve import resolve

        return resolve(obj, scope=scope, preparing=preparing)

    @staticmethod
    def stringify_number(x: float) -> str:
        """Return a number as a string, keeping tokens as tokens."""
        if Token.is_unresolved(x):
            token = Tokenization.reverse_number(x)
            assert token is not None
            return Token.as_string(token)
        return str(int(x)) if float(x).is_integer() else str(x)
