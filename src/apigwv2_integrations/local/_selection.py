"""Selection expressions (`$request.header.x`, `$context.requestId`, ...) and request parameter mappings."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_define, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

_WHOLE = re.compile(r"^\$(request|context|stageVariables)\.(.+)$")
_EMBEDDED = re.compile(r"\$\{(request|context|stageVariables)\.([^}]+)\}")
_BODY_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@lazy_frozen
class RequestView(metaclass=LazyAttrsMeta):
    """The parts of a request that expressions can read."""

    path: str
    headers: Sequence[tuple[str, str]]
    """In the order received (HTTP APIs lower-case the names; WebSocket APIs keep them as sent)."""
    query: Sequence[tuple[str, str]]
    body: bytes
    path_parameters: Mapping[str, str]
    context: Mapping[str, str]
    stage_variables: Mapping[str, str]

    def header(self, name: str) -> str | None:
        """A header's values comma-joined, its name read case-insensitively; None when absent."""
        values = [value for key, value in self.headers if key.lower() == name.lower()]
        return ",".join(values) if values else None

    def query_value(self, name: str) -> str | None:
        """A query string parameter's values comma-joined; None when absent."""
        values = [value for key, value in self.query if key == name]
        return ",".join(values) if values else None


def body_value(body: bytes, path: str) -> Any:
    """The value at a dotted JSON path (`a.b`, `items[0]`) of a JSON body, or None."""
    try:
        value: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    for name, index in _BODY_STEP.findall(path.removeprefix("$.")):
        if name and isinstance(value, Mapping):
            value = value.get(name)
        elif index and isinstance(value, list) and int(index) < len(value):
            value = value[int(index)]
        else:
            return None
    return value


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))


def lookup(source: str, name: str, view: RequestView) -> str | None:
    """The value of `$source.name` for this request, or None."""
    if source == "context":
        return view.context.get(name)
    if source == "stageVariables":
        return view.stage_variables.get(name)
    part, _, rest = name.partition(".")
    if part == "header":
        return view.header(rest)
    if part == "querystring":
        return view.query_value(rest)
    if part == "body":
        return _as_text(body_value(view.body, rest))
    if part == "path":
        return view.path_parameters.get(rest) if rest else view.path
    return None


def evaluate(expression: str, view: RequestView) -> str | None:
    """A mapping value: one selection expression, literal text, or text with `${...}` inside."""
    whole = _WHOLE.match(expression)
    if whole is not None:
        return lookup(whole.group(1), whole.group(2), view)
    if expression == "$request.path":
        return view.path
    if _EMBEDDED.search(expression) is None:
        return expression
    return _EMBEDDED.sub(lambda m: lookup(m.group(1), m.group(2), view) or "", expression)


@lazy_define
class MappedRequest(metaclass=LazyAttrsMeta):
    """The request an HTTP integration sends after parameter mappings."""

    path: str
    headers: list[tuple[str, str]]
    query: list[tuple[str, str]]


def apply_mappings(mappings: Mapping[str, str], view: RequestView, request: MappedRequest) -> MappedRequest:
    """Apply `append|overwrite|remove:header|querystring.name` and `overwrite:path`.

    Every value is read from the incoming request first (so a header can be copied, then removed),
    then removals, overwrites and appends are applied in that order.
    """
    values = {key: evaluate(value, view) for key, value in mappings.items()}
    headers = list(request.headers)
    query = list(request.query)
    path = request.path
    for action in ("remove", "overwrite", "append"):
        for key, value in values.items():
            if key == "overwrite:path" and action == "overwrite":
                if value is not None:
                    path = value if value.startswith("/") else "/" + value
                continue
            verb, _, target = key.partition(":")
            location, _, name = target.partition(".")
            if verb != action or location not in ("header", "querystring"):
                continue
            items = headers if location == "header" else query
            match_name = name.lower() if location == "header" else name
            if action in ("remove", "overwrite"):
                items[:] = [
                    (k, v) for k, v in items if (k.lower() if location == "header" else k) != match_name
                ]
            if action != "remove" and value is not None and value != "":
                items.append((match_name, value))
    return MappedRequest(path=path, headers=headers, query=query)


def apply_response_mappings(
    mappings: Sequence[tuple[str, str]],
    view: RequestView,
    status: int,
    headers: Sequence[tuple[str, str]],
    body: bytes,
) -> tuple[int, list[tuple[str, str]]]:
    """Apply `overwrite:statuscode` and `append|overwrite|remove:header.name` to an integration's response.

    Values come from `$response.header.name`, `$response.body.path`, `$context.*`, `$stageVariables.*`,
    `$request.*` or literal text, all read before any change (as for request mappings).
    """

    def value_of(source: str) -> str | None:
        if source.startswith("$response.header."):
            name = source.removeprefix("$response.header.").lower()
            values = [value for key, value in headers if key.lower() == name]
            return ",".join(values) if values else None
        if source.startswith("$response.body."):
            return _as_text(body_value(body, source.removeprefix("$response.body.")))
        return evaluate(source, view)

    values = [(destination, value_of(source)) for destination, source in mappings]
    items = list(headers)
    for action in ("remove", "overwrite", "append"):
        for destination, value in values:
            if destination == "overwrite:statuscode":
                if action == "overwrite" and value is not None and value.isdigit():
                    status = int(value)
                continue
            verb, _, target = destination.partition(":")
            location, _, name = target.partition(".")
            if verb != action or location != "header":
                continue
            if action in ("remove", "overwrite"):
                items = [(k, v) for k, v in items if k.lower() != name.lower()]
            if action != "remove" and value:
                items.append((name.lower(), value))
    return status, items
