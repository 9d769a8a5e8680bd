"""FieldIndexPolicy: the log event fields CloudWatch Logs indexes for faster queries."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.converters import to_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

_MAX_FIELDS = 20


@lazy_frozen(kw_only=True)
class FieldIndexPolicyProps(metaclass=LazyAttrsMeta):
    """Properties of a FieldIndexPolicy."""

    fields: tuple[str, ...] = field(converter=to_tuple)
    """The fields to index, at most 20."""


class FieldIndexPolicy:
    """A field index policy of a log group."""

    def __init__(self, *, fields: Sequence[str]) -> None:
        self._props = FieldIndexPolicyProps(fields=fields)
        if len(self._props.fields) > _MAX_FIELDS:
            raise ValidationError(
                None,
                f"fields={list(self._props.fields)!r} has {len(self._props.fields)} fields; "
                f"index at most {_MAX_FIELDS} fields per log group",
            )

    def __repr__(self) -> str:
        return f"FieldIndexPolicy(fields={list(self._props.fields)!r})"


def render_field_index_policy(policy: FieldIndexPolicy) -> dict[str, Any]:
    """The policy as an item of a log group's `FieldIndexPolicies`."""
    return {"Fields": list(policy._props.fields)}
