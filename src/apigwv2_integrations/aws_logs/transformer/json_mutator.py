"""JsonMutatorProcessor: a transformer step that changes the JSON structure of log events (add, delete,
move, rename and copy keys; turn a list into a map)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.converters import to_tuple
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._processor import BaseProcessorProps, require_options, shown, struct_of, structs_of

if TYPE_CHECKING:
    from typing import Any


class JsonMutatorType(SimpleEnum):
    """The change a JsonMutatorProcessor makes."""

    ADD_KEYS = "ADD_KEYS"
    DELETE_KEYS = "DELETE_KEYS"
    MOVE_KEYS = "MOVE_KEYS"
    RENAME_KEYS = "RENAME_KEYS"
    COPY_VALUE = "COPY_VALUE"
    LIST_TO_MAP = "LIST_TO_MAP"


@lazy_frozen(kw_only=True)
class AddKeyEntryProperty(metaclass=LazyAttrsMeta):
    """One key added to log events."""

    key: str
    """The key added."""
    value: str
    """Its value."""
    overwrite_if_exists: bool | None = None
    """Whether an existing key is overwritten. Default: False."""


def _to_add_key_entries(
    value: Sequence[AddKeyEntryProperty | Mapping[str, object]],
) -> tuple[AddKeyEntryProperty, ...]:
    return structs_of(AddKeyEntryProperty, value)


@lazy_frozen(kw_only=True)
class AddKeysProperty(metaclass=LazyAttrsMeta):
    """Options of the addKeys processor."""

    entries: tuple[AddKeyEntryProperty, ...] = field(converter=_to_add_key_entries)
    """The keys added."""


@lazy_frozen(kw_only=True)
class ProcessorDeleteKeysProperty(metaclass=LazyAttrsMeta):
    """Options of the deleteKeys processor."""

    with_keys: tuple[str, ...] = field(converter=to_tuple)
    """The keys deleted."""


@lazy_frozen(kw_only=True)
class MoveKeyEntryProperty(metaclass=LazyAttrsMeta):
    """One key moved to another place (the original is deleted)."""

    source: str
    """The key moved."""
    target: str
    """Where it goes."""
    overwrite_if_exists: bool | None = None
    """Whether an existing target key is overwritten. Default: False."""


def _to_move_key_entries(
    value: Sequence[MoveKeyEntryProperty | Mapping[str, object]],
) -> tuple[MoveKeyEntryProperty, ...]:
    return structs_of(MoveKeyEntryProperty, value)


@lazy_frozen(kw_only=True)
class MoveKeysProperty(metaclass=LazyAttrsMeta):
    """Options of the moveKeys processor."""

    entries: tuple[MoveKeyEntryProperty, ...] = field(converter=_to_move_key_entries)
    """The keys moved."""


@lazy_frozen(kw_only=True)
class RenameKeyEntryProperty(metaclass=LazyAttrsMeta):
    """One key renamed."""

    key: str
    """The key renamed."""
    rename_to: str
    """Its new name."""
    overwrite_if_exists: bool | None = None
    """Whether an existing key of the new name is overwritten. Default: False."""


def _to_rename_key_entries(
    value: Sequence[RenameKeyEntryProperty | Mapping[str, object]],
) -> tuple[RenameKeyEntryProperty, ...]:
    return structs_of(RenameKeyEntryProperty, value)


@lazy_frozen(kw_only=True)
class RenameKeysProperty(metaclass=LazyAttrsMeta):
    """Options of the renameKeys processor."""

    entries: tuple[RenameKeyEntryProperty, ...] = field(converter=_to_rename_key_entries)
    """The keys renamed."""


@lazy_frozen(kw_only=True)
class CopyValueEntryProperty(metaclass=LazyAttrsMeta):
    """One value copied to another key."""

    source: str
    """The key copied."""
    target: str
    """The key the value is copied to."""
    overwrite_if_exists: bool | None = None
    """Whether an existing target key is overwritten. Default: False."""


def _to_copy_value_entries(
    value: Sequence[CopyValueEntryProperty | Mapping[str, object]],
) -> tuple[CopyValueEntryProperty, ...]:
    return structs_of(CopyValueEntryProperty, value)


@lazy_frozen(kw_only=True)
class CopyValueProperty(metaclass=LazyAttrsMeta):
    """Options of the copyValue processor."""

    entries: tuple[CopyValueEntryProperty, ...] = field(converter=_to_copy_value_entries)
    """The values copied."""


@lazy_frozen(kw_only=True)
class ListToMapProperty(metaclass=LazyAttrsMeta):
    """Options of the listToMap processor: a list of objects turned into a map keyed by a field of each."""

    key: str
    """The field of each object whose value becomes its key in the map."""
    source: str
    """The key of the list."""
    flatten: bool | None = None
    """Whether each map value is one item instead of a list. Default: False."""
    flattened_element: str | None = None
    """With `flatten`, which item is kept: 'first' or 'last'. Required when `flatten` is True."""
    target: str | None = None
    """The key of the map. Default: the root of the log event."""
    value_key: str | None = None
    """The field of each object used as its value in the map. Default: the whole object."""


def _to_add_keys_options(value: AddKeysProperty | Mapping[str, Any] | None) -> AddKeysProperty | None:
    return struct_of(AddKeysProperty, value)


def _to_delete_keys_options(
    value: ProcessorDeleteKeysProperty | Mapping[str, Any] | None,
) -> ProcessorDeleteKeysProperty | None:
    return struct_of(ProcessorDeleteKeysProperty, value)


def _to_move_keys_options(value: MoveKeysProperty | Mapping[str, Any] | None) -> MoveKeysProperty | None:
    return struct_of(MoveKeysProperty, value)


def _to_rename_keys_options(
    value: RenameKeysProperty | Mapping[str, Any] | None,
) -> RenameKeysProperty | None:
    return struct_of(RenameKeysProperty, value)


def _to_copy_value_options(value: CopyValueProperty | Mapping[str, Any] | None) -> CopyValueProperty | None:
    return struct_of(CopyValueProperty, value)


def _to_list_to_map_options(value: ListToMapProperty | Mapping[str, Any] | None) -> ListToMapProperty | None:
    return struct_of(ListToMapProperty, value)


@lazy_frozen(kw_only=True)
class JsonMutatorProps(BaseProcessorProps, metaclass=LazyAttrsMeta):
    """Properties of a JsonMutatorProcessor; only the options of its `type` are used."""

    type: JsonMutatorType
    """The change made."""
    add_keys_options: AddKeysProperty | None = field(default=None, converter=_to_add_keys_options)
    """The keys added; required with type ADD_KEYS."""
    copy_value_options: CopyValueProperty | None = field(default=None, converter=_to_copy_value_options)
    """The values copied; required with type COPY_VALUE."""
    delete_keys_options: ProcessorDeleteKeysProperty | None = field(
        default=None, converter=_to_delete_keys_options
    )
    """The keys deleted; required with type DELETE_KEYS."""
    list_to_map_options: ListToMapProperty | None = field(default=None, converter=_to_list_to_map_options)
    """The list turned into a map; required with type LIST_TO_MAP."""
    move_keys_options: MoveKeysProperty | None = field(default=None, converter=_to_move_keys_options)
    """The keys moved; required with type MOVE_KEYS."""
    rename_keys_options: RenameKeysProperty | None = field(default=None, converter=_to_rename_keys_options)
    """The keys renamed; required with type RENAME_KEYS."""


# Per type: the keyword of its options and an example of them.
_OPTIONS = {
    JsonMutatorType.ADD_KEYS: (
        "add_keys_options",
        "AddKeysProperty(entries=[AddKeyEntryProperty(key=..., value=...)])",
    ),
    JsonMutatorType.DELETE_KEYS: ("delete_keys_options", "ProcessorDeleteKeysProperty(with_keys=[...])"),
    JsonMutatorType.MOVE_KEYS: (
        "move_keys_options",
        "MoveKeysProperty(entries=[MoveKeyEntryProperty(source=..., target=...)])",
    ),
    JsonMutatorType.RENAME_KEYS: (
        "rename_keys_options",
        "RenameKeysProperty(entries=[RenameKeyEntryProperty(key=..., rename_to=...)])",
    ),
    JsonMutatorType.COPY_VALUE: (
        "copy_value_options",
        "CopyValueProperty(entries=[CopyValueEntryProperty(source=..., target=...)])",
    ),
    JsonMutatorType.LIST_TO_MAP: ("list_to_map_options", "ListToMapProperty(source=..., key=...)"),
}


def _check_list_to_map(options: ListToMapProperty) -> None:
    for name in ("source", "key"):
        if not getattr(options, name):
            raise ValidationError(
                None,
                f"list_to_map_options.{name}={shown(getattr(options, name))} is empty; "
                f"give the {'key of the list' if name == 'source' else 'field whose values key the map'}",
            )
    if options.flatten and not options.flattened_element:
        raise ValidationError(
            None,
            f"list_to_map_options.flattened_element={shown(options.flattened_element)} is missing with "
            "flatten=True; give flattened_element='first' or 'last', or drop flatten",
        )


def _overwrite(value: bool | None) -> bool:
    return value is True


class JsonMutatorProcessor:
    """A transformer step that changes the JSON structure of log events."""

    def __init__(
        self,
        *,
        type: JsonMutatorType,  # noqa: A002 - aws_cdk's keyword
        add_keys_options: AddKeysProperty | Mapping[str, Any] | None = None,
        copy_value_options: CopyValueProperty | Mapping[str, Any] | None = None,
        delete_keys_options: ProcessorDeleteKeysProperty | Mapping[str, Any] | None = None,
        list_to_map_options: ListToMapProperty | Mapping[str, Any] | None = None,
        move_keys_options: MoveKeysProperty | Mapping[str, Any] | None = None,
        rename_keys_options: RenameKeysProperty | Mapping[str, Any] | None = None,
    ) -> None:
        props = JsonMutatorProps(
            type=type,
            add_keys_options=add_keys_options,
            copy_value_options=copy_value_options,
            delete_keys_options=delete_keys_options,
            list_to_map_options=list_to_map_options,
            move_keys_options=move_keys_options,
            rename_keys_options=rename_keys_options,
        )
        keyword, example = _OPTIONS[props.type]
        options = getattr(props, keyword)
        require_options(keyword, options, props.type, example)
        if isinstance(options, ListToMapProperty):
            _check_list_to_map(options)
        self._props = props

    @property
    def type(self) -> JsonMutatorType:
        """The change made."""
        return self._props.type

    def __repr__(self) -> str:
        return f"JsonMutatorProcessor(type={self._props.type})"

    def _render(self) -> dict[str, Any]:
        props = self._props
        kind = props.type
        if kind is JsonMutatorType.ADD_KEYS and props.add_keys_options is not None:
            entries: list[dict[str, Any]] = [
                {"Key": e.key, "Value": e.value, "OverwriteIfExists": _overwrite(e.overwrite_if_exists)}
                for e in props.add_keys_options.entries
            ]
            return {"AddKeys": {"Entries": entries}}
        if kind is JsonMutatorType.DELETE_KEYS and props.delete_keys_options is not None:
            return {"DeleteKeys": {"WithKeys": list(props.delete_keys_options.with_keys)}}
        if kind is JsonMutatorType.MOVE_KEYS and props.move_keys_options is not None:
            entries = [
                {
                    "Source": e.source,
                    "Target": e.target,
                    "OverwriteIfExists": _overwrite(e.overwrite_if_exists),
                }
                for e in props.move_keys_options.entries
            ]
            return {"MoveKeys": {"Entries": entries}}
        if kind is JsonMutatorType.RENAME_KEYS and props.rename_keys_options is not None:
            entries = [
                {
                    "Key": e.key,
                    "RenameTo": e.rename_to,
                    "OverwriteIfExists": _overwrite(e.overwrite_if_exists),
                }
                for e in props.rename_keys_options.entries
            ]
            return {"RenameKeys": {"Entries": entries}}
        if kind is JsonMutatorType.COPY_VALUE and props.copy_value_options is not None:
            entries = [
                {
                    "Source": e.source,
                    "Target": e.target,
                    "OverwriteIfExists": _overwrite(e.overwrite_if_exists),
                }
                for e in props.copy_value_options.entries
            ]
            return {"CopyValue": {"Entries": entries}}
        options = props.list_to_map_options
        if options is None:  # __init__ requires the options of the type
            raise AssertionError(kind)
        return {
            "ListToMap": {
                "Source": options.source,
                "Key": options.key,
                "ValueKey": options.value_key,
                "Target": options.target,
                "Flatten": options.flatten is True,
                "FlattenedElement": options.flattened_element,
            }
        }
