"""Tags: the stack-level tags of a synthesized stack, as `aws_cdk.assertions.Tags`."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ._matcher import AssertionFailure, Matcher
from ._synthesized import stack_artifact
from .match import Match

if TYPE_CHECKING:
    from typing import Any


class Tags:
    """The tags the cloud assembly gives a stack (`Tags.of(stack).add(...)`), to assert on in tests."""

    def __init__(self, tags: Mapping[str, str]) -> None:
        self._tags = dict(tags)

    @staticmethod
    def from_stack(stack: Stack) -> Tags:
        """Synthesize the stack's app in memory (nothing is written) and read the stack's tags."""
        return Tags(stack_artifact(stack).tags)

    def all(self) -> dict[str, str]:
        """Every tag of the stack, by key (empty when it has none)."""
        return dict(self._tags)

    def has_values(self, tags: Mapping[str, Any] | Matcher) -> None:
        """Assert that the stack's tags match `tags`: a dict of tags the stack has (others may be
        there too), or a matcher such as `Match.exact({...})`."""
        matcher = tags if isinstance(tags, Matcher) else Match.object_like(tags)
        result = matcher.test(self._tags).finished()
        if result.has_failed():
            raise AssertionFailure(f"Stack tags did not match as expected:\n{result.render_mismatch()}")

    def has_none(self) -> None:
        """Assert that the stack has no tags."""
        self.has_values(Match.exact({}))
