"""CloudFormation names for values rendered at synth (lazy values skip the L1's own conversion)."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def cfn_keys(value: Any) -> Any:
    """`value` with snake_case dict keys turned into CloudFormation names (sorted), None entries dropped."""
    if isinstance(value, dict):
        converted = {_pascal(key): cfn_keys(item) for key, item in value.items() if item is not None}
        return dict(sorted(converted.items()))
    if isinstance(value, list):
        return [cfn_keys(item) for item in value]
    return value
