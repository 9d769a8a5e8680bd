"""Token and the base intrinsic: deploy-time values that flow through Python code."""

from __future__ import annotations

import enum

from ..errors import InvalidValueError
from ..js_number import js_number_text
from ..runtime_typing import TYPE_CHECKING
from . import _encoding
from ._encoding import TOKEN_MAP
from ._resolve import resolve
from .resolvable import IPostProcessor, IResolvable, IResolveContext, ResolutionTypeHint
from .string_fragments import TokenizedStringFragments

if TYPE_CHECKING:
    from typing import Any

    from ..construct import Construct
    from .token_resolver import ITokenResolver

__all__ = [
    "IPostProcessor",
    "IResolvable",
    "IResolveContext",
    "Intrinsic",
    "ResolutionTypeHint",
    "Token",
    "TokenComparison",
    "Tokenization",
]


class Intrinsic(IResolvable):
    """A CloudFormation intrinsic or any literal value kept opaque until synth."""

    def __init__(
        self, value: Any, *, stack_trace: bool | None = None, type_hint: ResolutionTypeHint | None = None
    ) -> None:
        # stack_trace: aws-cdk-lib records where the token was made; there is no trace to record here.
        self.value = value
        self.type_hint = type_hint

    def resolve(self, context: IResolveContext) -> Any:
        return self.value

    def to_string_list(self) -> list[str]:
        """This value encoded as a list of strings (for a value that resolves to a list)."""
        return Token.as_list(self)

    def new_error(self, message: str) -> Exception:
        """Return an error to raise about this intrinsic."""
        return ValueError(message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.value!r})"


class TokenComparison(str, enum.Enum):
    """How two strings that may hold tokens compare (`Token.compare_strings`)."""

    ONE_UNRESOLVED = "ONE_UNRESOLVED"
    """One string holds a token, the other does not."""
    BOTH_UNRESOLVED = "BOTH_UNRESOLVED"
    """Both strings hold different tokens."""
    SAME = "SAME"
    """The strings are equal."""
    DIFFERENT = "DIFFERENT"
    """The strings are different literals."""


class Token:
    """Create and inspect tokens."""

    @staticmethod
    def is_resolved(obj: Any) -> bool:
        """Return True when `obj` neither is nor encodes a token."""
        return not Token.is_unresolved(obj)

    @staticmethod
    def is_unresolved(obj: Any) -> bool:
        """Return True when `obj` is or encodes a token."""
        kind = type(obj)
        if kind is str:
            return _encoding.string_has_token(obj)
        if obj is None or kind is dict or kind is bool or kind is int or kind is tuple:
            return False  # the values rendering meets most, none a token: no test against IResolvable
        if kind is list:
            return len(obj) == 1 and isinstance(obj[0], str) and _encoding.is_list_token_string(obj[0])
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
        token = Tokenization.reverse(value, fail_concat=False)
        return token if token is not None else Intrinsic(value)

    @staticmethod
    def compare_strings(possible_token1: str, possible_token2: str) -> TokenComparison:
        """Compare two strings that may be tokens: ONE_UNRESOLVED, BOTH_UNRESOLVED, SAME or DIFFERENT.

        A TokenComparison is a `str` too, so it also equals its name (`== "SAME"`)."""
        unresolved1 = Token.is_unresolved(possible_token1)
        unresolved2 = Token.is_unresolved(possible_token2)
        if unresolved1 and unresolved2:
            same = possible_token1 == possible_token2
            return TokenComparison.SAME if same else TokenComparison.BOTH_UNRESOLVED
        if unresolved1 or unresolved2:
            return TokenComparison.ONE_UNRESOLVED
        return TokenComparison.SAME if possible_token1 == possible_token2 else TokenComparison.DIFFERENT


class Tokenization:
    """Find the tokens inside encoded values."""

    @staticmethod
    def reverse_string(s: str) -> TokenizedStringFragments:
        """Split `s` into its literal text and the tokens embedded in it (`.tokens` lists the tokens)."""
        fragments = TokenizedStringFragments()
        parts = _encoding.split_string(s) if _encoding.string_has_token(s) else [s] if s else []
        for part in parts:
            if isinstance(part, IResolvable):
                fragments.add_token(part)
            else:
                fragments.add_literal(part)
        return fragments

    @staticmethod
    def reverse_complete_string(s: str) -> IResolvable | None:
        """Return the token `s` encodes when `s` is exactly one token; None for a plain string."""
        fragments = _encoding.split_string(s) if _encoding.string_has_token(s) else [s] if s else []
        if len(fragments) != 1:
            raise InvalidValueError(
                f"Tokenization.reverse_complete_string: s={s!r} is a concatenation; pass a single token"
            )
        fragment = fragments[0]
        return fragment if isinstance(fragment, IResolvable) else None

    @staticmethod
    def reverse_number(n: float) -> IResolvable | None:
        """Return the token `n` encodes, if any."""
        return _encoding.TOKEN_MAP.lookup_number(n) if isinstance(n, float) else None

    @staticmethod
    def reverse_list(l: list[str]) -> IResolvable | None:  # noqa: E741 - aws_cdk's name
        """Return the token a list encodes, if any."""
        return _encoding.lookup_any(l)

    @staticmethod
    def reverse(x: Any, *, fail_concat: bool | None = None) -> IResolvable | None:
        """Return the single token `x` is or encodes, if any; a string that joins tokens with other text
        raises a ValueError unless `fail_concat=False` (then None). Default: fail_concat=True."""
        if isinstance(x, IResolvable):
            return x
        token = _encoding.lookup_any(x)
        if (
            token is None
            and fail_concat is not False
            and isinstance(x, str)
            and _encoding.string_has_token(x)
            and not _encoding.is_list_token_string(x)
        ):
            raise InvalidValueError(
                f"Tokenization.reverse: x={x!r} is a concatenation; pass a single token, or "
                "fail_concat=False to get None for it"
            )
        return token

    @staticmethod
    def is_resolvable(obj: Any) -> bool:
        """Return True when `obj` is an IResolvable."""
        return isinstance(obj, IResolvable)

    @staticmethod
    def resolve(
        obj: Any,
        *,
        resolver: ITokenResolver,
        scope: Construct,
        preparing: bool | None = None,
        remove_empty: bool | None = None,
    ) -> Any:
        """Resolve `obj` as the stack of `scope` would; `remove_empty=False` keeps the `None` items of lists.
        Default: preparing=False, remove_empty=True.

        Differs from aws-cdk-lib: tokens are resolved the way `DefaultTokenResolver(StringConcat())` resolves
        them, whatever `resolver` is given.
        """
        return resolve(obj, scope=scope, preparing=bool(preparing), remove_empty=remove_empty is not False)

    @staticmethod
    def stringify_number(x: float) -> str:
        """Return a number as a string, keeping tokens as tokens."""
        if Token.is_unresolved(x):
            token = Tokenization.reverse_number(x)
            assert token is not None
            # One text per number token: a message (a Duration's repr) quoting it reads the same each time.
            # (By identity: a token of the app's may not be hashable.)
            known = _texts_of_number_tokens.get(id(token))
            if known is None:
                # Shown as the number token it wraps (`${Token[Memory.12]}`), so messages say which.
                hint = Token.as_string(token)[len(_encoding.STRING_MARKER) :].rsplit(".", 1)[0]
                text = Token.as_string(_NumberAsText(token), display_hint=hint)
                known = _texts_of_number_tokens[id(token)] = (token, text)
            return known[1]
        return js_number_text(x)


# By id() of the number token: the token (kept, so that its id stays its own) and its text.
_texts_of_number_tokens: dict[int, tuple[IResolvable, str]] = {}


class _NumberAsText(IResolvable):
    """A number token that resolves to the text of the number it resolves to (a reference or any other
    value stays as it is), as aws-cdk-lib's `stringifyNumber` does."""

    def __init__(self, token: IResolvable) -> None:
        self._token = token

    def resolve(self, context: IResolveContext) -> Any:
        resolved = context.resolve(self._token)
        if isinstance(resolved, int | float) and not isinstance(resolved, bool):
            return js_number_text(resolved)
        return resolved
