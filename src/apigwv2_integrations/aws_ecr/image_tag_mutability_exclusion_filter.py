"""ImageTagMutabilityExclusionFilter: tags exempt from a repository's tag mutability setting."""

from __future__ import annotations

import re

from ..core.errors import ArgumentTypeError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

_PATTERN_CHARACTERS = re.compile(r"[a-zA-Z0-9._*-]*")
_MAX_PATTERN_LENGTH = 128


class ImageTagMutabilityExclusionFilter:
    """A filter of image tags that do not follow the repository's `image_tag_mutability`."""

    def __init__(self, filter_type: str, filter_value: str) -> None:
        self.filter_type = filter_type
        """The kind of filter (`WILDCARD`)."""
        self.filter_value = filter_value
        """The tag pattern."""

    @staticmethod
    def wildcard(pattern: str) -> ImageTagMutabilityExclusionFilter:
        """Tags matching `pattern`: letters, digits, `.`, `_`, `-` and `*` (any characters), at most 128."""
        if not isinstance(pattern, str):
            raise ArgumentTypeError(
                f"ImageTagMutabilityExclusionFilter.wildcard: pattern={pattern!r} is a "
                f"{type(pattern).__name__}; use a str such as 'dev-*'"
            )
        if not Token.is_unresolved(pattern):
            problem = None
            if not pattern:
                problem = "is empty"
            elif len(pattern) > _MAX_PATTERN_LENGTH:
                problem = f"is {len(pattern)} characters long"
            elif not _PATTERN_CHARACTERS.fullmatch(pattern):
                problem = "has characters a tag pattern cannot have"
            if problem is not None:
                raise ArgumentTypeError(
                    f"ImageTagMutabilityExclusionFilter.wildcard: pattern={pattern!r} {problem}; "
                    "use 1 to 128 letters, digits, '.', '_', '-' and '*'"
                )
        return ImageTagMutabilityExclusionFilter("WILDCARD", pattern)

    def _render(self) -> dict[str, Any]:
        return {
            "image_tag_mutability_exclusion_filter_type": self.filter_type,
            "image_tag_mutability_exclusion_filter_value": self.filter_value,
        }

    def __repr__(self) -> str:
        return f"ImageTagMutabilityExclusionFilter.wildcard({self.filter_value!r})"
