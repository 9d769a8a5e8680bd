"""CfnMapping: a two-level lookup table in the template."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .cfn_element import CfnElement
from .construct import Construct
from .errors import ValidationError
from .tokens.fn import Fn

if TYPE_CHECKING:
    from .tokens._resolve import Resolver


class CfnMapping(CfnElement):
    """An entry of the template's Mappings section."""

    _section = "Mappings"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        mapping: Mapping[str, Mapping[str, Any]] | None = None,
        lazy: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._mapping: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (mapping or {}).items()}
        self.lazy = bool(lazy)

    def set_value(self, key1: str, key2: str, value: Any) -> None:
        """Set one entry."""
        self._mapping.setdefault(key1, {})[key2] = value

    def find_in_map(self, key1: str, key2: str, default_value: str | None = None) -> str:
        """`Fn::FindInMap` on this mapping."""
        if key1 in self._mapping and key2 not in self._mapping[key1] and default_value is None:
            raise ValidationError(
                self, f"key2={key2!r} is not in mapping[{key1!r}]; use one of {sorted(self._mapping[key1])}"
            )
        return Fn.find_in_map(self.logical_id_token, key1, key2, default_value)

    def _render(self, resolver: Resolver) -> Any:
        return resolver.resolve(self._mapping)
