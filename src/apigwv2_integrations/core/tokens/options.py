"""The keywords of Token, Tokenization and Lazy as structs.

They live apart from `token.py` and `lazy.py` so that Token and Lazy import without attrs.
"""

from __future__ import annotations

from ..runtime_typing import TYPE_CHECKING
from ..struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "EncodingOptions",
    "LazyAnyValueOptions",
    "LazyListValueOptions",
    "LazyStringValueOptions",
    "ResolveOptions",
]


@lazy_frozen(kw_only=True)
class EncodingOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Token.as_string` and `Token.as_list`."""

    display_hint: str | None = None
    """A hint shown in the token's placeholder text. Default: no hint."""


@lazy_frozen(kw_only=True)
class ResolveOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Tokenization.resolve`."""

    resolver: Any
    """The resolver to apply to the tokens (aws_cdk's `ITokenResolver`)."""
    scope: Any
    """The construct the value is resolved for."""
    preparing: bool | None = None
    """Resolve in the preparation phase. Default: False."""
    remove_empty: bool | None = None
    """Remove empty lists and objects from the result. Default: True."""


@lazy_frozen(kw_only=True)
class LazyStringValueOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Lazy.string` and `Lazy.uncached_string`."""

    display_hint: str | None = None
    """A hint shown in the token's placeholder text. Default: no hint."""


@lazy_frozen(kw_only=True)
class LazyListValueOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Lazy.list` and `Lazy.uncached_list`."""

    display_hint: str | None = None
    """A hint shown in the token's placeholder text. Default: no hint."""
    omit_empty: bool | None = None
    """Resolve an empty list to nothing (the property is left out). Default: False."""


@lazy_frozen(kw_only=True)
class LazyAnyValueOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Lazy.any` and `Lazy.uncached_any`."""

    display_hint: str | None = None
    """A hint shown in the token's placeholder text. Default: no hint."""
    omit_empty_array: bool | None = None
    """Resolve an empty list to nothing (the property is left out). Default: False."""
