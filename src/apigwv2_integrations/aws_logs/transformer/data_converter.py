"""DataConverterProcessor: a transformer step that converts values of log events to another type or a
datetime to another format."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.converters import to_tuple
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING, cast
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._processor import BaseProcessorProps, require_options, shown, struct_of, structs_of

if TYPE_CHECKING:
    from typing import Any

_UTC = "UTC"
_DEFAULT_TARGET_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"


class DataConverterType(SimpleEnum):
    """The conversion a DataConverterProcessor makes."""

    TYPE_CONVERTER = "TYPE_CONVERTER"
    DATETIME_CONVERTER = "DATETIME_CONVERTER"


class TypeConverterType(SimpleEnum):
    """The type a value is converted to."""

    BOOLEAN = "boolean"
    INTEGER = "integer"
    DOUBLE = "double"
    STRING = "string"


class DateTimeFormat(SimpleEnum):
    """Common datetime formats, for `DateTimeConverterProperty.target_format`.

    Differs from aws-cdk-lib: each value is the format itself (`DateTimeFormat.ISO_8601.value` is
    "yyyy-MM-dd'T'HH:mm:ss'Z'"); aws_cdk's values are the member names, which are no datetime format.
    """

    ISO_8601 = "yyyy-MM-dd'T'HH:mm:ss'Z'"
    UNIX_TIMESTAMP = "epoch"
    CUSTOM = "custom"


@lazy_frozen(kw_only=True)
class TypeConverterEntryProperty(metaclass=LazyAttrsMeta):
    """One value converted to another type."""

    key: str
    """The key of the value converted."""
    type: TypeConverterType
    """The type it is converted to."""


def _to_type_converter_entries(
    value: Sequence[TypeConverterEntryProperty | Mapping[str, object]],
) -> tuple[TypeConverterEntryProperty, ...]:
    return structs_of(TypeConverterEntryProperty, value)


@lazy_frozen(kw_only=True)
class TypeConverterProperty(metaclass=LazyAttrsMeta):
    """Options of the typeConverter processor."""

    entries: tuple[TypeConverterEntryProperty, ...] = field(converter=_to_type_converter_entries)
    """The values converted."""


@lazy_frozen(kw_only=True)
class DateTimeConverterProperty(metaclass=LazyAttrsMeta):
    """Options of the datetimeConverter processor."""

    locale: str
    """The locale of the source field."""
    match_patterns: tuple[str, ...] = field(converter=to_tuple)
    """The patterns the source field is matched against."""
    source: str
    """The key of the datetime converted."""
    target: str
    """The key the result is written to."""
    source_timezone: str | None = None
    """The time zone of the source field. Default: UTC."""
    target_format: str | None = None
    """The format of the result. Default: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"."""
    target_timezone: str | None = None
    """The time zone of the result. Default: UTC."""


def _to_type_converter_options(
    value: TypeConverterProperty | Mapping[str, Any] | None,
) -> TypeConverterProperty | None:
    return struct_of(TypeConverterProperty, value)


def _to_date_time_converter_options(
    value: DateTimeConverterProperty | Mapping[str, Any] | None,
) -> DateTimeConverterProperty | None:
    return struct_of(DateTimeConverterProperty, value)


@lazy_frozen(kw_only=True)
class DataConverterProps(BaseProcessorProps, metaclass=LazyAttrsMeta):
    """Properties of a DataConverterProcessor; only the options of its `type` are used."""

    type: DataConverterType
    """The conversion made."""
    date_time_converter_options: DateTimeConverterProperty | None = field(
        default=None, converter=_to_date_time_converter_options
    )
    """The datetime conversion; required with type DATETIME_CONVERTER."""
    type_converter_options: TypeConverterProperty | None = field(
        default=None, converter=_to_type_converter_options
    )
    """The type conversions; required with type TYPE_CONVERTER."""


def _or(value: str | None, default: str) -> str:
    return default if value is None else value


class DataConverterProcessor:
    """A transformer step that converts values of log events."""

    def __init__(
        self,
        *,
        type: DataConverterType,  # noqa: A002 - aws_cdk's keyword
        date_time_converter_options: DateTimeConverterProperty | Mapping[str, Any] | None = None,
        type_converter_options: TypeConverterProperty | Mapping[str, Any] | None = None,
    ) -> None:
        props = DataConverterProps(
            type=type,
            date_time_converter_options=date_time_converter_options,
            type_converter_options=type_converter_options,
        )
        if props.type is DataConverterType.TYPE_CONVERTER:
            require_options(
                "type_converter_options",
                props.type_converter_options,
                props.type,
                "TypeConverterProperty(entries=[TypeConverterEntryProperty(key=..., type=...)])",
            )
        else:
            options = props.date_time_converter_options
            require_options(
                "date_time_converter_options",
                options,
                props.type,
                "DateTimeConverterProperty(source=..., target=..., match_patterns=[...], locale=...)",
            )
            for name, what in (("source", "the key converted"), ("target", "the key the result goes to")):
                if options is not None and not getattr(options, name):
                    raise ValidationError(
                        None,
                        f"date_time_converter_options.{name}={shown(getattr(options, name))} is empty; "
                        f"give {what}",
                    )
        self._props = props

    @property
    def type(self) -> DataConverterType:
        """The conversion made."""
        return self._props.type

    def __repr__(self) -> str:
        return f"DataConverterProcessor(type={self._props.type})"

    def _render(self) -> dict[str, Any]:
        props = self._props
        if props.type is DataConverterType.TYPE_CONVERTER:
            converter = cast("TypeConverterProperty", props.type_converter_options)  # required in __init__
            entries = [{"Key": e.key, "Type": e.type.value} for e in converter.entries]
            return {"TypeConverter": {"Entries": entries}}
        options = cast("DateTimeConverterProperty", props.date_time_converter_options)  # required in __init__
        return {
            "DateTimeConverter": {
                "Source": options.source,
                "Target": options.target,
                "MatchPatterns": list(options.match_patterns),
                "Locale": options.locale,
                "TargetFormat": _or(options.target_format, _DEFAULT_TARGET_FORMAT),
                "SourceTimezone": _or(options.source_timezone, _UTC),
                "TargetTimezone": _or(options.target_timezone, _UTC),
            }
        }
