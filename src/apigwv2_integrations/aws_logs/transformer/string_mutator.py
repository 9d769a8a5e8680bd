"""StringMutatorProcessor: a transformer step that changes string values of log events (lower or upper
case, trim, split, substitute)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.converters import optional_tuple
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ._processor import BaseProcessorProps, DelimiterCharacter, require_options, struct_of, structs_of

if TYPE_CHECKING:
    from typing import Any


class StringMutatorType(SimpleEnum):
    """The change a StringMutatorProcessor makes."""

    LOWER_CASE = "LOWER_CASE"
    UPPER_CASE = "UPPER_CASE"
    TRIM = "TRIM"
    SPLIT = "SPLIT"
    SUBSTITUTE = "SUBSTITUTE"


@lazy_frozen(kw_only=True)
class SplitStringEntryProperty(metaclass=LazyAttrsMeta):
    """One field split into an array of strings."""

    delimiter: DelimiterCharacter
    """The character the string is split on."""
    source: str
    """The key of the field split."""


def _to_split_entries(
    value: Sequence[SplitStringEntryProperty | Mapping[str, object]],
) -> tuple[SplitStringEntryProperty, ...]:
    return structs_of(SplitStringEntryProperty, value)


@lazy_frozen(kw_only=True)
class SplitStringProperty(metaclass=LazyAttrsMeta):
    """Options of the splitString processor."""

    entries: tuple[SplitStringEntryProperty, ...] = field(converter=_to_split_entries)
    """The fields split."""


@lazy_frozen(kw_only=True)
class SubstituteStringEntryProperty(metaclass=LazyAttrsMeta):
    """One field whose matches of a regular expression are replaced."""

    from_: str
    """The regular expression replaced."""
    source: str
    """The key of the field changed."""
    to: str
    """The string that replaces each match."""


def _to_substitute_entries(
    value: Sequence[SubstituteStringEntryProperty | Mapping[str, object]],
) -> tuple[SubstituteStringEntryProperty, ...]:
    return structs_of(SubstituteStringEntryProperty, value)


@lazy_frozen(kw_only=True)
class SubstituteStringProperty(metaclass=LazyAttrsMeta):
    """Options of the substituteString processor."""

    entries: tuple[SubstituteStringEntryProperty, ...] = field(converter=_to_substitute_entries)
    """The fields changed."""


def _to_split_options(value: SplitStringProperty | Mapping[str, Any] | None) -> SplitStringProperty | None:
    return struct_of(SplitStringProperty, value)


def _to_substitute_options(
    value: SubstituteStringProperty | Mapping[str, Any] | None,
) -> SubstituteStringProperty | None:
    return struct_of(SubstituteStringProperty, value)


@lazy_frozen(kw_only=True)
class StringMutatorProps(BaseProcessorProps, metaclass=LazyAttrsMeta):
    """Properties of a StringMutatorProcessor; only the options of its `type` are used."""

    type: StringMutatorType
    """The change made."""
    lower_case_keys: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The keys whose values are lower-cased; required with type LOWER_CASE."""
    split_options: SplitStringProperty | None = field(default=None, converter=_to_split_options)
    """The fields split; required with type SPLIT."""
    substitute_options: SubstituteStringProperty | None = field(
        default=None, converter=_to_substitute_options
    )
    """The substitutions; required with type SUBSTITUTE."""
    trim_keys: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The keys whose values are trimmed; required with type TRIM."""
    upper_case_keys: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The keys whose values are upper-cased; required with type UPPER_CASE."""


# Per type: the keyword of its options, an example of them, and its TransformerConfig key.
_OPTIONS = {
    StringMutatorType.LOWER_CASE: ("lower_case_keys", "['level']", "LowerCaseString"),
    StringMutatorType.UPPER_CASE: ("upper_case_keys", "['level']", "UpperCaseString"),
    StringMutatorType.TRIM: ("trim_keys", "['message']", "TrimString"),
    StringMutatorType.SPLIT: (
        "split_options",
        "SplitStringProperty(entries=[SplitStringEntryProperty(source=..., delimiter=...)])",
        "SplitString",
    ),
    StringMutatorType.SUBSTITUTE: (
        "substitute_options",
        "SubstituteStringProperty(entries=[SubstituteStringEntryProperty(source=..., from_=..., to=...)])",
        "SubstituteString",
    ),
}


class StringMutatorProcessor:
    """A transformer step that changes string values of log events."""

    def __init__(
        self,
        *,
        type: StringMutatorType,  # noqa: A002 - aws_cdk's keyword
        lower_case_keys: Sequence[str] | None = None,
        split_options: SplitStringProperty | Mapping[str, Any] | None = None,
        substitute_options: SubstituteStringProperty | Mapping[str, Any] | None = None,
        trim_keys: Sequence[str] | None = None,
        upper_case_keys: Sequence[str] | None = None,
    ) -> None:
        props = StringMutatorProps(
            type=type,
            lower_case_keys=lower_case_keys,
            split_options=split_options,
            substitute_options=substitute_options,
            trim_keys=trim_keys,
            upper_case_keys=upper_case_keys,
        )
        keyword, example, _ = _OPTIONS[props.type]
        require_options(keyword, getattr(props, keyword), props.type, example)
        self._props = props

    @property
    def type(self) -> StringMutatorType:
        """The change made."""
        return self._props.type

    def __repr__(self) -> str:
        return f"StringMutatorProcessor(type={self._props.type})"

    def _render(self) -> dict[str, Any]:
        props = self._props
        keyword, _, key = _OPTIONS[props.type]
        options = getattr(props, keyword)
        if props.type is StringMutatorType.SPLIT:
            entries = [{"Source": e.source, "Delimiter": e.delimiter.value} for e in options.entries]
            return {key: {"Entries": entries}}
        if props.type is StringMutatorType.SUBSTITUTE:
            entries = [{"Source": e.source, "From": e.from_, "To": e.to} for e in options.entries]
            return {key: {"Entries": entries}}
        return {key: {"WithKeys": list(options)}}
