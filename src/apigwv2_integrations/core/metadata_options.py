"""MetadataOptions: how `node.add_metadata` records where an entry was added."""

from __future__ import annotations

from .converters import optional_tuple
from .runtime_typing import TYPE_CHECKING
from .struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class MetadataOptions(metaclass=LazyAttrsMeta):
    """The keywords of `node.add_metadata(type, data, *, stack_trace=..., ...)` as one value."""

    stack_trace: bool | None = None
    """Record the calls that led to the entry in its `trace`. Default: False."""
    stack_trace_override: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Record these lines as the entry's `trace` instead. Default: none."""
    trace_from_function: Any = None
    """Start the recorded calls below this function. Default: the `add_metadata` call."""
