"""ITokenResolver and DefaultTokenResolver: how tokens, strings with tokens and list tokens are resolved."""

from __future__ import annotations

from ..runtime_typing import TYPE_CHECKING, Protocol
from . import _encoding
from .resolvable import IPostProcessor, IResolvable, IResolveContext
from .string_fragments import IFragmentConcatenator, TokenizedStringFragments
from .token import Tokenization

if TYPE_CHECKING:
    from typing import Any

__all__ = ["DefaultTokenResolver", "ITokenResolver"]


class ITokenResolver(Protocol):
    """Resolves the three kinds of token: objects, strings that hold tokens, and list tokens."""

    def resolve_token(self, t: IResolvable, context: IResolveContext, post_processor: IPostProcessor) -> Any:
        """The resolved value of the token `t`."""
        ...

    def resolve_string(self, s: TokenizedStringFragments, context: IResolveContext) -> Any:
        """The resolved value of a string split into fragments."""
        ...

    def resolve_list(self, l: list[str], context: IResolveContext) -> Any:  # noqa: E741 - aws_cdk's name
        """The resolved value of an encoded list token."""
        ...


class DefaultTokenResolver:
    """Resolves tokens in turn until no token is left, and joins string fragments with a concatenator."""

    def __init__(self, concat: IFragmentConcatenator) -> None:
        self._concat = concat

    def resolve_token(self, t: IResolvable, context: IResolveContext, post_processor: IPostProcessor) -> Any:
        """Resolve `t`, then what it resolved to, then run `post_processor` on the result."""
        resolved = context.resolve(t.resolve(context))
        return post_processor.post_process(resolved, context)

    def resolve_string(self, fragments: TokenizedStringFragments, context: IResolveContext) -> Any:
        """Resolve every token of `fragments` and join them."""
        return fragments.map_tokens(context.resolve).join(self._concat)

    def resolve_list(self, xs: list[str], context: IResolveContext) -> Any:
        """Resolve the single element of an encoded list token."""
        is_list_token = len(xs) == 1 and _encoding.is_list_token_string(xs[0])
        token = Tokenization.reverse_list(xs) if is_list_token else None
        if token is None:
            raise ValueError(f"Cannot add elements to list token, got: {xs!r}")
        return context.resolve(token)
