"""The vocabulary of tokens: `IResolvable`, what it sees while resolving (`IResolveContext`), post-processors
and type hints. A leaf of the tokens package: the resolver and `Token` both build on it."""

from __future__ import annotations

import abc
from collections.abc import Sequence

from ..runtime_typing import TYPE_CHECKING, Protocol
from ..simple_enum import SimpleEnum
from ._encoding import TOKEN_MAP

if TYPE_CHECKING:
    from typing import Any

    from ..construct import Construct

__all__ = ["IPostProcessor", "IResolvable", "IResolveContext", "ResolutionTypeHint"]


class ResolutionTypeHint(SimpleEnum):
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

    def resolve(
        self, x: Any, *, allow_intrinsic_keys: bool | None = None, remove_empty: bool | None = None
    ) -> Any:
        """Resolve a nested value in the same context (`remove_empty=False` keeps the `None` items of lists;
        keys that resolve to intrinsics are rejected whatever `allow_intrinsic_keys` says)."""
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
