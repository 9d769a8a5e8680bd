"""TokenizedStringFragments: a string split into literals and the tokens between them, and how to join it."""

from __future__ import annotations

from collections.abc import Callable

from ..runtime_typing import TYPE_CHECKING, Protocol
from .resolvable import IResolvable

if TYPE_CHECKING:
    from typing import Any

__all__ = ["IFragmentConcatenator", "ITokenMapper", "StringConcat", "TokenizedStringFragments"]


class IFragmentConcatenator(Protocol):
    """Joins two fragments of a string (literals, tokens or resolved values) into one."""

    def join(self, left: Any, right: Any) -> Any:
        """The value of `left` followed by `right`."""
        ...


class ITokenMapper(Protocol):
    """Maps a token to another value (`TokenizedStringFragments.map_tokens`)."""

    def map_token(self, t: IResolvable) -> Any:
        """The value that replaces `t`."""
        ...


def _text(value: Any) -> str:
    if isinstance(value, IResolvable):
        return value.to_string()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class StringConcat:
    """Joins fragments as text, tokens as their string encoding; None stands for nothing."""

    def join(self, left: Any, right: Any) -> Any:
        """`left` followed by `right` as text; the other one alone when one is None."""
        if left is None:
            return right
        if right is None:
            return left
        return _text(left) + _text(right)


class TokenizedStringFragments:
    """The fragments of a string: literal text, tokens, and intrinsic values put in by `map_tokens`."""

    def __init__(self) -> None:
        # (kind, value) with kind "literal", "token" or "intrinsic"
        self._fragments: list[tuple[str, Any]] = []

    def __repr__(self) -> str:
        return f"TokenizedStringFragments({[value for _, value in self._fragments]!r})"

    @property
    def first_token(self) -> IResolvable | None:
        """The first fragment when it is a token, else None."""
        if self._fragments and self._fragments[0][0] == "token":
            token: IResolvable = self._fragments[0][1]
            return token
        return None

    @property
    def first_value(self) -> Any:
        """The value of the first fragment (None when there is none)."""
        return self._fragments[0][1] if self._fragments else None

    @property
    def length(self) -> int:
        """The number of fragments."""
        return len(self._fragments)

    @property
    def tokens(self) -> list[IResolvable]:
        """The token fragments, in order."""
        return [value for kind, value in self._fragments if kind == "token"]

    def add_literal(self, lit: Any) -> None:
        """Append literal text."""
        self._fragments.append(("literal", lit))

    def add_token(self, token: IResolvable) -> None:
        """Append a token."""
        self._fragments.append(("token", token))

    def add_intrinsic(self, value: Any) -> None:
        """Append a resolved value (such as a CloudFormation intrinsic)."""
        self._fragments.append(("intrinsic", value))

    def map_tokens(self, mapper: ITokenMapper | Callable[[IResolvable], Any]) -> TokenizedStringFragments:
        """A copy with every token replaced by what `mapper` returns for it (a token stays a token)."""
        map_token = mapper if callable(mapper) else mapper.map_token
        mapped = TokenizedStringFragments()
        for kind, value in self._fragments:
            if kind != "token":
                mapped._fragments.append((kind, value))
                continue
            replacement = map_token(value)
            if isinstance(replacement, IResolvable):
                mapped.add_token(replacement)
            else:
                mapped.add_intrinsic(replacement)
        return mapped

    def join(self, concat: IFragmentConcatenator) -> Any:
        """The fragments joined pairwise, left to right, by `concat`; "" when there are none."""
        if not self._fragments:
            return ""
        values = [value for _, value in self._fragments]
        result = values[0]
        for value in values[1:]:
            result = concat.join(result, value)
        return result
