"""Annotations: the info, warning and error messages of a synthesized stack, as
`aws_cdk.assertions.Annotations`."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.synthesis.messages import SynthesisMessage, SynthesisMessageLevel
from ._matcher import AssertionFailure, SectionMatch, json_block
from ._synthesized import stack_artifact
from .match import Match

if TYPE_CHECKING:
    from typing import Any


def _as_entry(message: SynthesisMessage) -> dict[str, Any]:
    """A message as the matchers see it (aws_cdk leaves the trace out of reports)."""
    return {
        "level": message.level.value,
        "entry": {"type": message.entry.type, "data": message.entry.data, "trace": "redacted"},
        "id": message.id,
    }


class _MessageMatch(SectionMatch):
    """The messages at a construct path (`*` for all) tested against a level and a message pattern.

    Messages are keyed by their index among all the stack's messages, as aws_cdk reports them.
    """

    def __init__(
        self, messages: list[SynthesisMessage], path: str, level: SynthesisMessageLevel, message: Any
    ) -> None:
        self.path = path
        self.messages = {
            str(index): found for index, found in enumerate(messages) if path == "*" or found.id == path
        }
        entries = {key: _as_entry(found) for key, found in self.messages.items()}
        super().__init__(entries, Match.object_like({"level": level.value, "entry": {"data": message}}))

    def missing_report(self) -> str:
        header = f"Stack has {len(self.entries)} messages at path {self.path}"
        return self.closest_report(header)

    def unexpected_report(self) -> str:
        listing = "\n".join("  " + line for line in json_block(self.matches).splitlines())
        return f"Expected no matches, but stack has {len(self.matches)} messages as follows:\n{listing}"


class Annotations:
    """The messages of a stack's constructs (`Annotations.of(construct).add_warning(...)` and those
    added while synthesizing), to assert on in tests."""

    def __init__(self, messages: list[SynthesisMessage]) -> None:
        self._messages = list(messages)

    @staticmethod
    def from_stack(stack: Stack) -> Annotations:
        """Synthesize the stack's app in memory (nothing is written) and read the stack's messages.

        Errors added with `Annotations.add_error` do not stop the synthesis; other problems raise
        SynthesisError.
        """
        artifact = stack_artifact(stack)
        messages = artifact.messages
        if stack.nested:
            # A nested stack's constructs are in its parent's metadata: keep those below it.
            prefix = f"/{stack.node.path}"
            messages = [m for m in messages if m.id == prefix or m.id.startswith(prefix + "/")]
        return Annotations(messages)

    def _check(self, path: str, level: SynthesisMessageLevel, message: Any) -> _MessageMatch:
        return _MessageMatch(self._messages, path, level, message)

    def _has(self, path: str, level: SynthesisMessageLevel, message: Any) -> None:
        found = self._check(path, level, message)
        if not found.matches:
            raise AssertionFailure(found.missing_report())

    def _has_no(self, path: str, level: SynthesisMessageLevel, message: Any) -> None:
        found = self._check(path, level, message)
        if found.matches:
            raise AssertionFailure(found.unexpected_report())

    def _find(self, path: str, level: SynthesisMessageLevel, message: Any) -> list[SynthesisMessage]:
        found = self._check(path, level, message)
        return [found.messages[key] for key in found.matches]

    def has_info(self, construct_path: str, message: Any) -> None:
        """Assert that the construct at `construct_path` (`/Stack/Api`, or `*` for any) has an info
        matching `message` (a string or a matcher)."""
        self._has(construct_path, SynthesisMessageLevel.INFO, message)

    def has_no_info(self, construct_path: str, message: Any) -> None:
        """Assert that no info at `construct_path` (`*` for any) matches `message`."""
        self._has_no(construct_path, SynthesisMessageLevel.INFO, message)

    def find_info(self, construct_path: str, message: Any) -> list[SynthesisMessage]:
        """The infos at `construct_path` (`*` for any) matching `message`."""
        return self._find(construct_path, SynthesisMessageLevel.INFO, message)

    def has_warning(self, construct_path: str, message: Any) -> None:
        """Assert that the construct at `construct_path` (`*` for any) has a warning matching `message`.

        An acknowledged warning is not there; one added with `add_warning_v2` ends with `[ack: id]`.
        """
        self._has(construct_path, SynthesisMessageLevel.WARNING, message)

    def has_no_warning(self, construct_path: str, message: Any) -> None:
        """Assert that no warning at `construct_path` (`*` for any) matches `message`."""
        self._has_no(construct_path, SynthesisMessageLevel.WARNING, message)

    def find_warning(self, construct_path: str, message: Any) -> list[SynthesisMessage]:
        """The warnings at `construct_path` (`*` for any) matching `message`."""
        return self._find(construct_path, SynthesisMessageLevel.WARNING, message)

    def has_error(self, construct_path: str, message: Any) -> None:
        """Assert that the construct at `construct_path` (`*` for any) has an error matching `message`."""
        self._has(construct_path, SynthesisMessageLevel.ERROR, message)

    def has_no_error(self, construct_path: str, message: Any) -> None:
        """Assert that no error at `construct_path` (`*` for any) matches `message`."""
        self._has_no(construct_path, SynthesisMessageLevel.ERROR, message)

    def find_error(self, construct_path: str, message: Any) -> list[SynthesisMessage]:
        """The errors at `construct_path` (`*` for any) matching `message`."""
        return self._find(construct_path, SynthesisMessageLevel.ERROR, message)
