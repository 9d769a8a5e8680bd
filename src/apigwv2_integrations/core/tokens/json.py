"""JSON strings that may contain deploy-time values."""

from __future__ import annotations

from collections.abc import Callable

from ..js_number import js_number_text
from ..js_object_order import js_key_order
from ..json_dumps import dumps as json_dumps
from ..json_dumps import encode_string
from ..runtime_typing import TYPE_CHECKING
from ._encoding import is_list_token_string
from ._resolve import concat_values
from .token import IResolvable, IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any, TypeAlias

    from ..construct import Construct

# Makes the JSON text of a deploy-time list in the stack of a scope (a custom resource's attribute).
ListStringifier: TypeAlias = "Callable[[Construct, Any], Any]"

_MARKER = "\x00INTRINSIC{}\x00"
# An intrinsic that stands for JSON text itself (a stringified list), written without quotes around it.
_RAW_MARKER = "\x00RAW{}\x00"
_NUMBER_MARKER = "\x00NUMBER{}\x00"
# What JsonNull resolves to; JSON text and templates write it as `null` (Python's None means "absent").
JSON_NULL_MARKER = "\x01JSON_NULL\x01"
_QUOTED_NULL_MARKER = '"\\u0001JSON_NULL\\u0001"'


class JsonNull(IResolvable):
    """A JSON `null` that is rendered (None leaves a value out instead)."""

    INSTANCE: JsonNull

    def resolve(self, context: IResolveContext) -> Any:
        return JSON_NULL_MARKER

    def to_json(self) -> Any:
        return None

    def _display_hint(self) -> str:
        return "null"

    def __repr__(self) -> str:
        return "JsonNull.INSTANCE"


JsonNull.INSTANCE = JsonNull()


def _is_intrinsic(value: Any) -> bool:
    if type(value) is not dict or len(value) != 1:
        return False
    key: str = next(iter(value))
    return key == "Ref" or key.startswith("Fn::") or key == "Condition"


def _is_list_token(value: Any) -> bool:
    return type(value) in (list, tuple) and len(value) == 1 and is_list_token_string(str(value[0]))


class _JsonString(IResolvable):
    def __init__(self, obj: Any, space: int | None, stringify_list: ListStringifier | None) -> None:
        self._obj = obj
        self._space = space
        self._stringify_list = stringify_list

    def resolve(self, context: IResolveContext) -> Any:
        intrinsics: list[Any] = []
        raw_indexes: list[int] = []

        def resolve_keys(value: Any) -> Any:
            # Keys may hold tokens here (JSON text can have deploy-time keys, a template cannot).
            if type(value) is dict and any(isinstance(k, str) and Token.is_unresolved(k) for k in value):
                result: dict[Any, Any] = {}
                for key, item in value.items():
                    resolved_item = resolve_keys(item)
                    if resolved_item is None:
                        continue
                    resolved_key = context.resolve(key) if Token.is_unresolved(key) else key
                    if _is_intrinsic(resolved_key):
                        intrinsics.append(resolved_key)
                        resolved_key = _MARKER.format(len(intrinsics) - 1)
                    result[resolved_key] = resolved_item
                return result
            if self._stringify_list is not None and _is_list_token(value):
                # A list known only at deploy time has no JSON text in the template: a custom resource
                # writes it, and its text goes in without quotes.
                list_intrinsic = context.resolve(value)
                intrinsics.append(context.resolve(self._stringify_list(context.scope, list_intrinsic)))
                raw_indexes.append(len(intrinsics) - 1)
                return _RAW_MARKER.format(len(intrinsics) - 1)
            if type(value) is dict:
                return {k: v for k, v in ((k, resolve_keys(v)) for k, v in value.items()) if v is not None}
            if type(value) in (list, tuple):
                return [v for v in (resolve_keys(item) for item in value) if v is not None]
            return context.resolve(value)

        resolved = resolve_keys(self._obj)
        numbers: list[str] = []

        def mark(value: Any) -> Any:
            if _is_intrinsic(value):
                intrinsics.append(value)
                return _MARKER.format(len(intrinsics) - 1)
            if isinstance(value, dict):
                # JSON.stringify writes keys like array indexes first.
                return {k: mark(v) for k, v in js_key_order(value)}
            if isinstance(value, list):
                return [mark(v) for v in value]
            if type(value) is float:
                # Python writes some numbers otherwise (`1e-05` for `0.00001`, `1e-07` for `1e-7`).
                text = js_number_text(value)
                if text != repr(value):
                    numbers.append(text)
                    return _NUMBER_MARKER.format(len(numbers) - 1)
            return value

        if self._space is None:
            text = json_dumps(mark(resolved), separators=(",", ":"), ensure_ascii=False)
        else:
            import json  # deferred: only indented JSON text needs the json package's own writer

            text = json.dumps(mark(resolved), indent=self._space, separators=(",", ": "), ensure_ascii=False)
        text = text.replace(_QUOTED_NULL_MARKER, "null")
        for index, number in enumerate(numbers):
            text = text.replace(f'"\\u0000NUMBER{index}\\u0000"', number, 1)
        for index in raw_indexes:
            text = text.replace(f'"\\u0000RAW{index}\\u0000"', f"\\u0000INTRINSIC{index}\\u0000")
        if not intrinsics:
            return text
        parts: list[Any] = []
        for index, chunk in enumerate(text.split("\\u0000")):
            if index % 2 == 0:
                parts.append(chunk)
                continue
            intrinsic = intrinsics[int(chunk.removeprefix("INTRINSIC"))]
            join = intrinsic.get("Fn::Join") if isinstance(intrinsic, dict) else None
            if join is not None and join[0] == "":
                parts.extend(encode_string(p)[1:-1] if isinstance(p, str) else p for p in join[1])
            else:
                parts.append(intrinsic)
        # A stringified list alone, or at an end, leaves empty text around it.
        return concat_values([part for part in parts if part != ""])


def json_string_token(
    obj: Any, space: int | None = None, stringify_list: ListStringifier | None = None
) -> str:
    """A string token that resolves to the JSON text of `obj`.

    `stringify_list` gives the JSON text of a deploy-time list (without it, such a list is an error).
    """
    return Token.as_string(_JsonString(obj, space, stringify_list))
