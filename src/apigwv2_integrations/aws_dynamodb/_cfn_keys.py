"""CloudFormation property names for values built in Lazy producers, which L1 classes do not convert."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# Names whose acronyms CloudFormation spells in capitals.
_SPECIAL = {"sse_specification": "SSESpecification", "kms_master_key_id": "KMSMasterKeyId"}


def _pascal(name: str) -> str:
    return _SPECIAL.get(name) or "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def cfn_keys(value: Any) -> Any:
    """`value` with snake_case dict keys turned into CloudFormation names, None entries dropped.

    Keys come out sorted, as aws-cdk-lib's generated L1 converters write them.
    """
    if isinstance(value, dict):
        converted = {_pascal(k): cfn_keys(v) for k, v in value.items() if v is not None}
        return dict(sorted(converted.items()))
    if isinstance(value, list):
        return [cfn_keys(v) for v in value]
    return value
