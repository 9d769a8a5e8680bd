"""CfnMapping: a two-level lookup table in the template."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .annotations import Annotations
from .cfn_element import CfnElement
from .construct import Construct
from .errors import ValidationError
from .runtime_typing import TYPE_CHECKING
from .tokens.fn import Fn
from .tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from .tokens._resolve import Resolver

# CloudFormation takes only letters and digits in a mapping's second-level keys (its attribute names).
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z0-9]+")


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
        for key1, attributes in self._mapping.items():
            for key2 in attributes:
                self._check_attribute_name(key1, key2)
        self.lazy = bool(lazy)
        self._lazy_given = lazy is not None
        self._lazy_render = False
        self._lazy_suggested = False

    def set_value(self, key1: str, key2: str, value: Any) -> None:
        """Set one entry."""
        self._check_attribute_name(key1, key2)
        self._mapping.setdefault(key1, {})[key2] = value

    def _check_attribute_name(self, key1: str, key2: str) -> None:
        # A token is refused too (as aws-cdk-lib does): the name must be known when the template is written.
        if not isinstance(key2, str) or not _ATTRIBUTE_NAME.fullmatch(key2):
            raise ValidationError(
                self,
                f"mapping[{key1!r}] has the key {key2!r}, which is not alphanumeric; CloudFormation takes "
                "only letters and digits in a mapping's second-level keys, so rename it (e.g. 'regionName')",
            )

    def find_in_map(self, key1: str, key2: str, default_value: str | None = None) -> str:
        """`Fn::FindInMap` on this mapping.

        A lazy mapping looked up with literal keys gives the value itself, and a lazy mapping that is
        only looked up that way is left out of the template, as in aws-cdk-lib.
        """
        fully_resolved = False
        not_in_map = False
        if not Token.is_unresolved(key1):
            if key1 in self._mapping:
                if not Token.is_unresolved(key2):
                    if key2 not in self._mapping[key1]:
                        if default_value is None:
                            raise ValidationError(
                                self,
                                f"key2={key2!r} is not in mapping[{key1!r}]; "
                                f"use one of {sorted(self._mapping[key1])}",
                            )
                        not_in_map = True
                    fully_resolved = True
            else:
                if default_value is None:
                    raise ValidationError(
                        self, f"key1={key1!r} is not in the mapping; use one of {sorted(self._mapping)}"
                    )
                not_in_map = True
        if self.lazy:
            if not_in_map and default_value is not None:
                return default_value
            if fully_resolved:
                value: str = self._mapping[key1][key2]
                return value
        # aws-cdk-lib keeps only the last lookup's answer here.
        self._lazy_render = not fully_resolved
        return Fn.find_in_map(self.logical_id_token, key1, key2, default_value)

    def _render(self, resolver: Resolver) -> Any:
        if not self._lazy_given and not self._lazy_render and not self._lazy_suggested:
            # As aws-cdk-lib, in the stack's metadata file: every lookup could have been folded.
            self._lazy_suggested = True
            Annotations.of(self).add_info(
                "Consider making this CfnMapping a lazy mapping by providing `lazy: true`: either no "
                "findInMap was called or every findInMap could be immediately resolved without using "
                "Fn::FindInMap"
            )
        if self.lazy and not self._lazy_render:
            return None
        return resolver.resolve(self._mapping)
