"""SubscriptionFilter: one attribute's condition in a subscription's filter policy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class BetweenCondition(metaclass=LazyAttrsMeta):
    """A numeric range, bounds included (or excluded with `between_strict`)."""

    start: float
    """The lower bound."""
    stop: float
    """The upper bound."""


@lazy_frozen(kw_only=True)
class StringConditions(metaclass=LazyAttrsMeta):
    """Conditions on a string attribute."""

    allowlist: Sequence[str] | None = field(default=None)
    """Values that match. Default: none."""
    denylist: Sequence[str] | None = field(default=None)
    """Values that do not match. Default: none."""
    match_prefixes: Sequence[str] | None = field(default=None)
    """Prefixes that match. Default: none."""
    match_suffixes: Sequence[str] | None = field(default=None)
    """Suffixes that match. Default: none."""


@lazy_frozen(kw_only=True)
class NumericConditions(metaclass=LazyAttrsMeta):
    """Conditions on a numeric attribute."""

    allowlist: Sequence[float] | None = field(default=None)
    """Values that match. Default: none."""
    between: BetweenCondition | None = None
    """A range that matches, bounds included. Default: none."""
    between_strict: BetweenCondition | None = None
    """A range that matches, bounds excluded. Default: none."""
    greater_than: float | None = None
    """Default: none."""
    greater_than_or_equal_to: float | None = None
    """Default: none."""
    less_than: float | None = None
    """Default: none."""
    less_than_or_equal_to: float | None = None
    """Default: none."""


class SubscriptionFilter:
    """The conditions one message attribute must meet for a message to be delivered."""

    def __init__(self, conditions: Sequence[Any] | None = None) -> None:
        self.conditions: list[Any] = list(conditions or [])

    def __repr__(self) -> str:
        return f"SubscriptionFilter({self.conditions!r})"

    @staticmethod
    def string_filter(
        *,
        allowlist: Sequence[str] | None = None,
        denylist: Sequence[str] | None = None,
        match_prefixes: Sequence[str] | None = None,
        match_suffixes: Sequence[str] | None = None,
    ) -> SubscriptionFilter:
        """Match string values: any of `allowlist`, none of `denylist`, or a prefix or suffix."""
        conditions: list[Any] = list(allowlist or [])
        if denylist:
            conditions.append({"anything-but": list(denylist)})
        conditions.extend({"prefix": prefix} for prefix in match_prefixes or [])
        conditions.extend({"suffix": suffix} for suffix in match_suffixes or [])
        return SubscriptionFilter(conditions)

    @staticmethod
    def numeric_filter(
        *,
        allowlist: Sequence[float] | None = None,
        between: Any | None = None,
        between_strict: Any | None = None,
        greater_than: float | None = None,
        greater_than_or_equal_to: float | None = None,
        less_than: float | None = None,
        less_than_or_equal_to: float | None = None,
    ) -> SubscriptionFilter:
        """Match numeric values: equal to one of `allowlist`, or in the ranges given."""
        conditions: list[Any] = [{"numeric": ["=", value]} for value in allowlist or []]
        for operator, value in (
            (">", greater_than),
            (">=", greater_than_or_equal_to),
            ("<", less_than),
            ("<=", less_than_or_equal_to),
        ):
            if value is not None:
                conditions.append({"numeric": [operator, value]})
        if between is not None:
            conditions.append({"numeric": [">=", _bound(between, "start"), "<=", _bound(between, "stop")]})
        if between_strict is not None:
            conditions.append(
                {"numeric": [">", _bound(between_strict, "start"), "<", _bound(between_strict, "stop")]}
            )
        return SubscriptionFilter(conditions)

    @staticmethod
    def exists_filter() -> SubscriptionFilter:
        """Match messages that have the attribute."""
        return SubscriptionFilter([{"exists": True}])

    @staticmethod
    def not_exists_filter() -> SubscriptionFilter:
        """Match messages that lack the attribute."""
        return SubscriptionFilter([{"exists": False}])


class FilterOrPolicyType(SimpleEnum):
    """Whether a FilterOrPolicy is a filter on one attribute or a nested policy."""

    FILTER = "FILTER"
    POLICY = "POLICY"


class FilterOrPolicy:
    """One entry of a message-body filter policy: a filter, or a nested policy."""

    type: FilterOrPolicyType

    @staticmethod
    def filter(filter: SubscriptionFilter) -> Filter:  # noqa: A002 - aws_cdk's parameter name
        """The conditions one attribute of the body must meet."""
        return Filter(filter)

    @staticmethod
    def policy(policy: Mapping[str, FilterOrPolicy]) -> Policy:
        """A nested policy, for an object in the body."""
        return Policy(policy)

    def is_filter(self) -> bool:
        """True when this is a filter."""
        return self.type is FilterOrPolicyType.FILTER

    def is_policy(self) -> bool:
        """True when this is a nested policy."""
        return self.type is FilterOrPolicyType.POLICY


class Filter(FilterOrPolicy):
    """A filter on one attribute of a message body."""

    def __init__(self, filter_doc: SubscriptionFilter) -> None:
        self.type = FilterOrPolicyType.FILTER
        self.filter_doc = filter_doc


class Policy(FilterOrPolicy):
    """A nested filter policy of a message body."""

    def __init__(self, policy_doc: Mapping[str, FilterOrPolicy]) -> None:
        self.type = FilterOrPolicyType.POLICY
        self.policy_doc = dict(policy_doc)


def render_body_filter_policy(policy: Mapping[str, FilterOrPolicy]) -> dict[str, Any]:
    """A message-body filter policy as CloudFormation takes it."""
    rendered: dict[str, Any] = {}
    for name, entry in policy.items():
        if isinstance(entry, Filter):
            rendered[name] = entry.filter_doc.conditions
        elif isinstance(entry, Policy):
            rendered[name] = render_body_filter_policy(entry.policy_doc)
    return rendered


def _bound(value: Any, name: str) -> Any:
    # aws_cdk's BetweenCondition is a struct of `start` and `stop`; a mapping is accepted as well.
    return value[name] if isinstance(value, dict) else getattr(value, name)


def render_filter_policy(filter_policy: Any) -> Any:
    """A filter policy (attribute name -> SubscriptionFilter) as CloudFormation takes it."""
    if filter_policy is None or Token.is_unresolved(filter_policy):
        return filter_policy
    return {name: f.conditions for name, f in filter_policy.items()}
