"""The vocabulary every processor of a log transformer shares: IProcessor, its base props, the delimiters
CSV parsing and string splitting both use, and the checks of the options a processor type requires."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

_Struct = TypeVar("_Struct")


@runtime_checkable
class IProcessor(Protocol):
    """One processor of a log transformer: a step that changes each log event, in the transformer's order."""

    def _render(self) -> dict[str, Any]:
        """The processor as an item of the transformer's `TransformerConfig`."""
        ...


@lazy_frozen(kw_only=True)
class BaseProcessorProps(metaclass=LazyAttrsMeta):
    """What the properties of every processor share (nothing yet)."""


class DelimiterCharacter(SimpleEnum):
    """The character between the columns of CSV data, or where a string is split."""

    COMMA = ","
    TAB = "\t"
    SPACE = " "
    SEMICOLON = ";"
    PIPE = "|"


def structs_of(struct: type[_Struct], items: Sequence[_Struct | Mapping[str, object]]) -> tuple[_Struct, ...]:
    """`items` as a tuple of `struct`s, each given as the struct or a dict of its fields.

    The converters that call it take `Mapping[str, object]`, not `Mapping[str, Any]`: the run-time check
    of a struct field whose converter mentions `Any` also checks the value against the field's own type,
    which rejects the dicts the converter accepts.
    """
    return tuple(struct(**item) if isinstance(item, Mapping) else item for item in items)


def struct_of(struct: type[_Struct], value: _Struct | Mapping[str, Any] | None) -> _Struct | None:
    """`value` as a `struct`, given as the struct or a dict of its fields; `None` kept."""
    return struct(**value) if isinstance(value, Mapping) else value


def shown(value: Any) -> str:
    """`value` as an error quotes it: an enum member as written, a tuple as the list the user gave."""
    if isinstance(value, enum.Enum):
        return str(value)
    if isinstance(value, tuple):
        return repr(list(value))
    return repr(value)


def require_options(keyword: str, value: Any, processor_type: enum.Enum, example: str) -> None:
    """Raise unless `value`, the options `processor_type` needs, is given and not empty (options with
    entries need one entry at least, as a list of keys needs one key)."""
    if value is None:
        raise ValidationError(
            None, f"{keyword}=None is missing; type={processor_type} needs it: give {keyword}={example}"
        )
    has_entries = hasattr(value, "entries")
    items = value.entries if has_entries else getattr(value, "with_keys", value)
    if isinstance(items, (tuple, list)) and not items:
        item = "entry" if has_entries else "key"
        raise ValidationError(
            None,
            f"{keyword}={shown(value)} is empty; type={processor_type} needs at least one {item}, "
            f"e.g. {keyword}={example}",
        )
