"""ParserProcessor: a transformer step that parses log events as JSON, key-value pairs, CSV, grok
patterns or OCSF, with the options of each parser."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from ...core.converters import optional_tuple
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING, cast
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._processor import BaseProcessorProps, DelimiterCharacter, require_options, shown, struct_of

if TYPE_CHECKING:
    from typing import Any

_MESSAGE = "@message"


class ParserProcessorType(SimpleEnum):
    """The format a ParserProcessor parses."""

    JSON = "JSON"
    KEY_VALUE = "KEY_VALUE"
    CSV = "CSV"
    GROK = "GROK"
    OCSF = "OCSF"


class QuoteCharacter(SimpleEnum):
    """The character that quotes one column of CSV data."""

    DOUBLE_QUOTE = '"'
    SINGLE_QUOTE = "'"


class KeyValuePairDelimiter(SimpleEnum):
    """The string between the key-value pairs of a log event."""

    AMPERSAND = "&"
    SEMICOLON = ";"
    SPACE = " "
    NEWLINE = "\n"


class KeyValueDelimiter(SimpleEnum):
    """The string between the key and the value of a pair."""

    EQUAL = "="
    COLON = ":"


class OCSFSourceType(SimpleEnum):
    """The source of log events converted to OCSF."""

    CLOUD_TRAIL = "CloudTrail"
    ROUTE53_RESOLVER = "Route53Resolver"
    VPC_FLOW = "VPCFlow"
    EKS_AUDIT = "EKSAudit"
    AWS_WAF = "AWSWAF"


class OCSFVersion(SimpleEnum):
    """The OCSF schema version log events are converted to."""

    V1_1 = "V1.1"


@lazy_frozen(kw_only=True)
class ParseJSONProperty(metaclass=LazyAttrsMeta):
    """Options of the JSON parser."""

    destination: str | None = None
    """Where the parsed keys go. Default: the root of the log event."""
    source: str | None = None
    """The field parsed (dot notation for child fields). Default: '@message'."""


@lazy_frozen(kw_only=True)
class ParseKeyValueProperty(metaclass=LazyAttrsMeta):
    """Options of the key-value parser."""

    destination: str | None = None
    """Where the extracted pairs go. Default: the root of the log event."""
    field_delimiter: KeyValuePairDelimiter | None = None
    """The string between pairs. Default: KeyValuePairDelimiter.AMPERSAND."""
    key_prefix: str | None = None
    """A prefix added to every extracted key. Default: none."""
    key_value_delimiter: KeyValueDelimiter | None = None
    """The string between a key and its value. Default: KeyValueDelimiter.EQUAL."""
    non_match_value: str | None = None
    """The value written when a pair cannot be split. Default: none."""
    overwrite_if_exists: bool | None = None
    """Whether an existing destination key is overwritten. Default: False."""
    source: str | None = None
    """The field parsed (dot notation for child fields). Default: '@message'."""


@lazy_frozen(kw_only=True)
class CsvProperty(metaclass=LazyAttrsMeta):
    """Options of the CSV parser."""

    columns: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The names of the columns. Default: column_1, column_2, ..."""
    delimiter: DelimiterCharacter | None = None
    """The character between columns. Default: DelimiterCharacter.COMMA."""
    quote_character: QuoteCharacter | None = None
    """The character that quotes a column. Default: QuoteCharacter.DOUBLE_QUOTE."""
    source: str | None = None
    """The field parsed (dot notation for child fields). Default: '@message'."""


@lazy_frozen(kw_only=True)
class GrokProperty(metaclass=LazyAttrsMeta):
    """Options of the grok parser."""

    match: str
    """The grok pattern log events are matched against."""
    source: str | None = None
    """The field parsed (dot notation for child fields). Default: '@message'."""


@lazy_frozen(kw_only=True)
class ParseToOCSFProperty(metaclass=LazyAttrsMeta):
    """Options of the parser that converts log events to OCSF."""

    event_source: OCSFSourceType
    """The source of the log events."""
    ocsf_version: OCSFVersion
    """The OCSF schema version the events are converted to."""
    source: str | None = None
    """The field parsed (dot notation for child fields). Default: '@message'."""


def _to_json_options(value: ParseJSONProperty | Mapping[str, Any] | None) -> ParseJSONProperty | None:
    return struct_of(ParseJSONProperty, value)


def _to_key_value_options(
    value: ParseKeyValueProperty | Mapping[str, Any] | None,
) -> ParseKeyValueProperty | None:
    return struct_of(ParseKeyValueProperty, value)


def _to_csv_options(value: CsvProperty | Mapping[str, Any] | None) -> CsvProperty | None:
    return struct_of(CsvProperty, value)


def _to_grok_options(value: GrokProperty | Mapping[str, Any] | None) -> GrokProperty | None:
    return struct_of(GrokProperty, value)


def _to_ocsf_options(value: ParseToOCSFProperty | Mapping[str, Any] | None) -> ParseToOCSFProperty | None:
    return struct_of(ParseToOCSFProperty, value)


@lazy_frozen(kw_only=True)
class ParserProcessorProps(BaseProcessorProps, metaclass=LazyAttrsMeta):
    """Properties of a ParserProcessor; only the options of its `type` are used."""

    type: ParserProcessorType
    """The format parsed."""
    csv_options: CsvProperty | None = field(default=None, converter=_to_csv_options)
    """Options of the CSV parser (type CSV). Default: the CSV defaults."""
    grok_options: GrokProperty | None = field(default=None, converter=_to_grok_options)
    """Options of the grok parser; required with type GROK."""
    json_options: ParseJSONProperty | None = field(default=None, converter=_to_json_options)
    """Options of the JSON parser (type JSON). Default: the JSON defaults."""
    key_value_options: ParseKeyValueProperty | None = field(default=None, converter=_to_key_value_options)
    """Options of the key-value parser (type KEY_VALUE). Default: the key-value defaults."""
    parse_to_ocsf_options: ParseToOCSFProperty | None = field(default=None, converter=_to_ocsf_options)
    """Options of the OCSF parser; required with type OCSF."""


def _value_of(member: enum.Enum | None, default: enum.Enum) -> Any:
    return (member or default).value


def _source(source: str | None) -> str:
    return _MESSAGE if source is None else source


def _parse_json(options: ParseJSONProperty | None) -> dict[str, Any]:
    options = options or ParseJSONProperty()
    return {"Source": _source(options.source), "Destination": options.destination}


def _parse_key_value(options: ParseKeyValueProperty | None) -> dict[str, Any]:
    options = options or ParseKeyValueProperty()
    return {
        "Source": _source(options.source),
        "Destination": options.destination,
        "FieldDelimiter": _value_of(options.field_delimiter, KeyValuePairDelimiter.AMPERSAND),
        "KeyValueDelimiter": _value_of(options.key_value_delimiter, KeyValueDelimiter.EQUAL),
        "KeyPrefix": options.key_prefix,
        "NonMatchValue": options.non_match_value,
        "OverwriteIfExists": options.overwrite_if_exists is True,
    }


def _csv(options: CsvProperty | None) -> dict[str, Any]:
    options = options or CsvProperty()
    return {
        "Source": _source(options.source),
        "QuoteCharacter": _value_of(options.quote_character, QuoteCharacter.DOUBLE_QUOTE),
        "Delimiter": _value_of(options.delimiter, DelimiterCharacter.COMMA),
        "Columns": None if options.columns is None else list(options.columns),
    }


class ParserProcessor:
    """A transformer step that parses log events (`Source` defaults to `@message` for every parser)."""

    def __init__(
        self,
        *,
        type: ParserProcessorType,  # noqa: A002 - aws_cdk's keyword
        csv_options: CsvProperty | Mapping[str, Any] | None = None,
        grok_options: GrokProperty | Mapping[str, Any] | None = None,
        json_options: ParseJSONProperty | Mapping[str, Any] | None = None,
        key_value_options: ParseKeyValueProperty | Mapping[str, Any] | None = None,
        parse_to_ocsf_options: ParseToOCSFProperty | Mapping[str, Any] | None = None,
    ) -> None:
        props = ParserProcessorProps(
            type=type,
            csv_options=csv_options,
            grok_options=grok_options,
            json_options=json_options,
            key_value_options=key_value_options,
            parse_to_ocsf_options=parse_to_ocsf_options,
        )
        if props.type is ParserProcessorType.GROK:
            require_options("grok_options", props.grok_options, props.type, "GrokProperty(match='%{...}')")
            if props.grok_options is not None and not props.grok_options.match:
                raise ValidationError(
                    None,
                    f"grok_options.match={shown(props.grok_options.match)} is empty; give the grok pattern "
                    "log events are matched against, e.g. '%{COMMONAPACHELOG}'",
                )
        if props.type is ParserProcessorType.OCSF:
            require_options(
                "parse_to_ocsf_options",
                props.parse_to_ocsf_options,
                props.type,
                "ParseToOCSFProperty(event_source=..., ocsf_version=OCSFVersion.V1_1)",
            )
        self._props = props

    @property
    def type(self) -> ParserProcessorType:
        """The format parsed."""
        return self._props.type

    def __repr__(self) -> str:
        return f"ParserProcessor(type={self._props.type})"

    def _render(self) -> dict[str, Any]:
        props = self._props
        kind = props.type
        if kind is ParserProcessorType.JSON:
            return {"ParseJSON": _parse_json(props.json_options)}
        if kind is ParserProcessorType.KEY_VALUE:
            return {"ParseKeyValue": _parse_key_value(props.key_value_options)}
        if kind is ParserProcessorType.CSV:
            return {"Csv": _csv(props.csv_options)}
        if kind is ParserProcessorType.GROK:
            grok = cast("GrokProperty", props.grok_options)  # required in __init__
            return {"Grok": {"Source": _source(grok.source), "Match": grok.match}}
        ocsf = cast("ParseToOCSFProperty", props.parse_to_ocsf_options)  # required in __init__
        return {
            "ParseToOCSF": {
                "Source": _source(ocsf.source),
                "EventSource": ocsf.event_source.value,
                "OcsfVersion": ocsf.ocsf_version.value,
            }
        }
