"""TaskInput: what a task sends, as text or as an object that may contain JSON paths."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from .fields import JsonPath

if TYPE_CHECKING:
    from typing import Any


class InputType(SimpleEnum):
    """How a TaskInput's value is given."""

    TEXT = 0
    OBJECT = 1


class TaskInput:
    """The input a task sends."""

    def __init__(self, type: InputType, value: Any) -> None:  # noqa: A002 - aws_cdk's keyword
        self.type = type
        self.value = value

    @staticmethod
    def from_text(text: str) -> TaskInput:
        """A string (it may be a JSON path token)."""
        return TaskInput(InputType.TEXT, text)

    @staticmethod
    def from_object(obj: Mapping[str, Any]) -> TaskInput:
        """An object; its values may be JSON paths."""
        return TaskInput(InputType.OBJECT, dict(obj))

    @staticmethod
    def from_json_path_at(path: str) -> TaskInput:
        """The value at a JSON path."""
        return TaskInput(InputType.TEXT, JsonPath.string_at(path))

    def __repr__(self) -> str:
        factory = "from_text" if self.type is InputType.TEXT else "from_object"
        return f"TaskInput.{factory}({self.value!r})"
