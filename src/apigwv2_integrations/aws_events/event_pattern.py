"""EventPattern: which events a rule matches; Match: content filters for its fields."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..core.converters import optional_dict, optional_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, fields_of, lazy_frozen
from ..core.tokens.json import JsonNull
from ..core.tokens.token import IResolvable, IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class EventPattern(metaclass=LazyAttrsMeta):
    """Fields an event must match; each field lists the values it may have."""

    account: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Accounts the event comes from. Default: any."""
    detail: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """A pattern on the event's detail object. Default: any."""
    detail_type: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Detail types (`detail-type`). Default: any."""
    id: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Event ids. Default: any."""
    region: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Regions the event comes from. Default: any."""
    resources: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """ARNs of the resources the event is about. Default: any."""
    source: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Event sources, such as `aws.ec2`. Default: any."""
    time: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Event times. Default: any."""
    version: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Event versions. Default: any."""


def to_event_pattern(value: EventPattern | Mapping[str, Any] | None) -> EventPattern | None:
    """An EventPattern from a struct or a dict of its keyword arguments."""
    return EventPattern(**value) if isinstance(value, Mapping) else value


# The JSON names of the fields; `detail_type` is `detail-type`.
_JSON_NAMES = {"detail_type": "detail-type"}


def pattern_fields(pattern: EventPattern) -> dict[str, Any]:
    """The fields of `pattern` that are set, in aws-cdk-lib's order, under their JSON names."""
    fields: dict[str, Any] = {}
    for attribute in fields_of(type(pattern)):
        value = getattr(pattern, attribute.name)
        if value is None:
            continue
        fields[_JSON_NAMES.get(attribute.name, attribute.name)] = (
            list(value) if isinstance(value, tuple) else value
        )
    return fields


_IPV4_CIDR = re.compile(r"^([0-9]{1,3}\.){3}[0-9]{1,3}(/([0-9]|[1-2][0-9]|3[0-2]))?$")
_IPV6_CIDR = re.compile(r"^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%.+)?(/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$")


def _matcher(value: Any) -> list[str]:
    return [Token.as_string(value)]


class _MergedNumericMatchers(IResolvable):
    """Numeric matchers joined into one `{"numeric": [...]}` (all must hold)."""

    def __init__(self, matchers: Sequence[Sequence[str]]) -> None:
        self._matchers = [list(m) for m in matchers]

    def resolve(self, context: IResolveContext) -> Any:
        resolved: list[Any] = []
        for matcher in self._matchers:
            value = context.resolve(matcher)
            resolved.extend(value if isinstance(value, list) else [value])
        if not all(isinstance(m, dict) and "numeric" in m for m in resolved):
            raise ValidationError(
                None, "Match.all_of() joins numeric matchers only; use Match.any_of() otherwise"
            )
        return [{"numeric": [part for m in resolved for part in m["numeric"]]}]


class Match:
    """Content filters for event pattern fields (each returns the list a field takes)."""

    @staticmethod
    def null_value() -> list[str]:
        """The field is null."""
        return [Token.as_string(JsonNull.INSTANCE)]

    @staticmethod
    def exists() -> list[str]:
        """The field is present."""
        return _matcher({"exists": True})

    @staticmethod
    def does_not_exist() -> list[str]:
        """The field is absent."""
        return _matcher({"exists": False})

    @staticmethod
    def exact_string(value: str) -> list[str]:
        """The field is exactly `value`."""
        return [value]

    @staticmethod
    def equals_ignore_case(value: str) -> list[str]:
        """The field equals `value`, ignoring case."""
        return _matcher({"equals-ignore-case": value})

    @staticmethod
    def prefix(value: str) -> list[str]:
        """The field starts with `value`."""
        return _matcher({"prefix": value})

    @staticmethod
    def suffix(value: str) -> list[str]:
        """The field ends with `value`."""
        return _matcher({"suffix": value})

    @staticmethod
    def prefix_equals_ignore_case(value: str) -> list[str]:
        """The field starts with `value`, ignoring case."""
        return _matcher({"prefix": {"equals-ignore-case": value}})

    @staticmethod
    def suffix_equals_ignore_case(value: str) -> list[str]:
        """The field ends with `value`, ignoring case."""
        return _matcher({"suffix": {"equals-ignore-case": value}})

    @staticmethod
    def wildcard(value: str) -> list[str]:
        """The field matches a `*` wildcard pattern."""
        return _matcher({"wildcard": value})

    @staticmethod
    def cidr(range: str) -> list[str]:  # noqa: A002 - aws_cdk's keyword
        """The field is an IP address in the CIDR range."""
        if not _IPV4_CIDR.match(range) and not _IPV6_CIDR.match(range):
            raise ValidationError(
                None, f"range={range!r} is not an IPv4 or IPv6 CIDR range; use '10.0.0.0/24'"
            )
        return _matcher({"cidr": range})

    @staticmethod
    def ip_address_range(range: str) -> list[str]:  # noqa: A002 - aws_cdk's keyword
        """The same as `cidr`."""
        return Match.cidr(range)

    @staticmethod
    def anything_but(*values: Any) -> list[str]:
        """The field is none of `values` (all strings or all numbers)."""
        if not values:
            raise ValidationError(None, "Match.anything_but() needs at least one value")
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        if not numbers and not all(isinstance(v, str) for v in values):
            raise ValidationError(
                None, f"Match.anything_but{values!r} mixes types; pass only strings or only numbers"
            )
        return _matcher({"anything-but": list(values)})

    @staticmethod
    def anything_but_prefix(*values: str) -> list[str]:
        """The field starts with none of `values`."""
        return Match._anything_but_conjunction("prefix", values)

    @staticmethod
    def anything_but_suffix(*values: str) -> list[str]:
        """The field ends with none of `values`."""
        return Match._anything_but_conjunction("suffix", values)

    @staticmethod
    def anything_but_wildcard(*values: str) -> list[str]:
        """The field matches none of the wildcard patterns."""
        return Match._anything_but_conjunction("wildcard", values)

    @staticmethod
    def anything_but_equals_ignore_case(*values: str) -> list[str]:
        """The field equals none of `values`, ignoring case."""
        return Match._anything_but_conjunction("equals-ignore-case", values)

    @staticmethod
    def greater_than(value: float) -> list[str]:
        """The field is a number greater than `value`."""
        return _matcher({"numeric": [">", value]})

    @staticmethod
    def greater_than_or_equal(value: float) -> list[str]:
        """The field is a number of at least `value`."""
        return _matcher({"numeric": [">=", value]})

    @staticmethod
    def less_than(value: float) -> list[str]:
        """The field is a number less than `value`."""
        return _matcher({"numeric": ["<", value]})

    @staticmethod
    def less_than_or_equal(value: float) -> list[str]:
        """The field is a number of at most `value`."""
        return _matcher({"numeric": ["<=", value]})

    @staticmethod
    def equal(value: float) -> list[str]:
        """The field is the number `value`."""
        return _matcher({"numeric": ["=", value]})

    @staticmethod
    def interval(lower: float, upper: float) -> list[str]:
        """The field is a number from `lower` to `upper`, both included."""
        if lower > upper:
            raise ValidationError(None, f"Match.interval({lower!r}, {upper!r}) is empty; pass lower <= upper")
        return Match.all_of(Match.greater_than_or_equal(lower), Match.less_than_or_equal(upper))

    @staticmethod
    def all_of(*matchers: Sequence[str]) -> list[str]:
        """All numeric matchers hold."""
        if not matchers:
            raise ValidationError(None, "Match.all_of() needs at least one matcher")
        return Token.as_list(_MergedNumericMatchers(matchers))

    @staticmethod
    def any_of(*matchers: Sequence[str]) -> list[str]:
        """Any of the matchers holds."""
        if not matchers:
            raise ValidationError(None, "Match.any_of() needs at least one matcher")
        return [item for matcher in matchers for item in matcher]

    @staticmethod
    def _anything_but_conjunction(key: str, values: Sequence[str]) -> list[str]:
        if not values:
            raise ValidationError(None, f"Match.anything_but with {key!r} needs at least one value")
        return _matcher({"anything-but": {key: values[0] if len(values) == 1 else list(values)}})
