"""JSON strings that may contain deploy-time values."""

from __future__ import annotations

import json
from typing import Any

from ._resolve import concat_values
from .token import IResolvable, IResolveContext, Token

_MARKER = "\x00INTRINSIC{}\x00"


def _is_intrinsic(value: Any) -> bool:
    if type(value) is not dict or len(value) != 1:
        return False
    key: str = next(iter(value))
    return key == "Ref" or key.startswith("Fn::") or key == "Condition"


class _JsonString(IResolvable):
    def __init__(self, obj: Any, space: int | None) -> None:
        self._obj = obj
        self._space = space

    def resolve(self, context: IResolveContext) -> Any:
        resolved = context.resolve(self._obj)
        intrinsics: list[Any] = []

        def mark(value: Any) -> Any:
            if _is_intrinsic(value):
                intrinsics.append(value)
                return _MARKER.format(len(intrinsics) - 1)
            if isinstance(value, dict):
                return {k: mark(v) for k, v in value.items()}
            if isinstance(value, list):
                return [mark(v) for v in value]
            return value

        separators = (",", ":") if self._space is None else (",", ": ")
        text = json.dumps(mark(resolved), indent=self._space, separators=separators, ensure_ascii=False)
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
                parts.extend(
                    json.dumps(p, ensure_ascii=False)[1:-1] if isinstance(p, str) else p for p in join[1]
                )
            else:
                parts.append(intrinsic)
        return concat_values(parts)


def json_string_token(obj: Any, space: int | None = None) -> str:
    """A string token that resolves to the JSON text of `obj`."""
    return Token.as_string(_JsonString(obj, space))
