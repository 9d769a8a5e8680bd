"""JSON path tokens, and rendering of objects whose values may be JSON paths (`Key.$`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.token import IResolvable, IResolveContext, Token, Tokenization

if TYPE_CHECKING:
    from typing import Any

_LEADING_NON_LETTERS = re.compile(r"^[^a-zA-Z]+")


class JsonPathToken(IResolvable):
    """A JSON path that stands in a string, number or list until the state is rendered."""

    def __init__(self, path: str) -> None:
        self.path = path

    def resolve(self, context: IResolveContext) -> Any:
        return self.path

    def _display_hint(self) -> str:
        return _LEADING_NON_LETTERS.sub("", self.path)

    def to_string(self) -> str:
        return Token.as_string(self, display_hint=self._display_hint())

    def to_json(self) -> Any:
        return f"<path:{self.path}>"

    def __repr__(self) -> str:
        return f"JsonPath({self.path!r})"


def json_path_string(value: str) -> str | None:
    """The path `value` encodes, when it is exactly one JSON path token."""
    if not Token.is_unresolved(value):
        return None
    whole = Tokenization.reverse(value, fail_concat=False)
    if isinstance(whole, JsonPathToken):
        return whole.path
    if any(isinstance(t, JsonPathToken) for t in Tokenization.reverse_string(value).tokens):
        raise ValidationError(
            None,
            f"a JSON path must be the entire string, it cannot be concatenated with other text "
            f"(found {value!r})",
        )
    return None


def json_path_from_any(value: Any) -> str | None:
    """The path of a JSON path token given as a string, number, list or token object."""
    if not value:
        return None
    if isinstance(value, str):
        return json_path_string(value)
    token = Tokenization.reverse(value, fail_concat=False)
    if token is None and isinstance(value, float):
        token = Tokenization.reverse_number(value)
    return token.path if isinstance(token, JsonPathToken) else None


def _json_path_list(value: list[Any]) -> str | None:
    token = Tokenization.reverse_list(value) if all(isinstance(v, str) for v in value) else None
    return token.path if isinstance(token, JsonPathToken) else None


def _json_path_number(value: float) -> str | None:
    token = Tokenization.reverse_number(value)
    return token.path if isinstance(token, JsonPathToken) else None


def render_object(obj: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """`obj` with every key whose value is a JSON path renamed `Key.$` and the value made the path."""
    if obj is None:
        return None
    return _render_mapping(obj, [])


def _render_mapping(obj: Mapping[str, Any], visited: list[int]) -> dict[str, Any]:
    if id(obj) in visited:
        return {}
    visited.append(id(obj))
    result: dict[str, Any] = {}
    for key, value in obj.items():
        path: str | None = None
        if isinstance(value, str):
            path = json_path_string(value)
        elif isinstance(value, bool):
            pass
        elif isinstance(value, (int, float)):
            path = _json_path_number(float(value)) if isinstance(value, float) else None
        elif isinstance(value, (list, tuple)):
            items = list(value)
            path = _json_path_list(items)
            if path is None:
                result[key] = _render_array(items, visited)
                continue
        elif value is None:
            continue
        elif isinstance(value, IResolvable):
            path = json_path_from_any(value)
        elif isinstance(value, Mapping):
            result[key] = _render_mapping(value, visited)
            continue
        if path is not None:
            result[f"{key}.$"] = path
        else:
            result[key] = value
    visited.pop()
    return result


def _render_array(items: list[Any], visited: list[int]) -> list[Any]:
    rendered: list[Any] = []
    for value in items:
        if (
            (isinstance(value, str) and json_path_string(value) is not None)
            or (isinstance(value, float) and _json_path_number(value) is not None)
            or (isinstance(value, list) and _json_path_list(value) is not None)
        ):
            raise ValidationError(
                None,
                "JSON paths cannot be items of an array; use them as values of an object instead",
            )
        if isinstance(value, (list, tuple)):
            rendered.append(_render_array(list(value), visited))
        elif isinstance(value, Mapping):
            rendered.append(_render_mapping(value, visited))
        else:
            rendered.append(value)
    return rendered


def render_in_expression(value: Any) -> str:
    """A value as an argument of an intrinsic function: a path, a number or a quoted string."""
    path = json_path_from_any(value)
    if path:
        return path
    if isinstance(value, bool):
        raise TypeError(f"intrinsic function argument {value!r} is a bool; use a string, number or JSON path")
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(value)
    if isinstance(value, str):
        return _single_quoted(value)
    raise TypeError(f"intrinsic function argument {value!r} is not a string, number or JSON path")


def _single_quoted(text: str) -> str:
    out = ["'"]
    for index, char in enumerate(text):
        if char == "'":
            out.append("\\'")
        elif char == "\\" and (index == len(text) - 1 or text[index + 1] not in "{}"):
            out.append("\\\\")
        else:
            out.append(char)
    out.append("'")
    return "".join(out)
