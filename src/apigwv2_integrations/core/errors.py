"""Errors raised for bad input and failed synthesis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Protocol

    class _PathNode(Protocol):
        @property
        def path(self) -> str: ...

    class _Located(Protocol):
        """What an error needs of its construct: the path of its node. Every construct has one; this
        module sits below construct.py (which raises these errors), so it names no construct class."""

        @property
        def node(self) -> _PathNode: ...


class ValidationError(Exception):
    """Bad input found at a construct: the message starts with the construct's path."""

    def __init__(self, scope: _Located | None, message: str) -> None:
        self.scope = scope
        self.problem = message
        path = scope.node.path if scope is not None else ""
        super().__init__(f"{path}: {message}" if path else message)


class SynthesisError(Exception):
    """Every problem found in an app at synth, one `path: problem` line each."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        # One problem found along several paths (a stack cycle seen from each reference) is listed once.
        self.problems = list(dict.fromkeys(problems))
        lines = [f"{path}: {problem}" if path else problem for path, problem in self.problems]
        count = len(lines)
        header = f"synthesis failed with {count} validation error{'s' if count != 1 else ''}:"
        super().__init__("\n".join([header, *("  " + line for line in lines)]))


class ArgumentTypeError(TypeError):
    """A value of the wrong Python type passed to the package, named with its place and what to pass."""
