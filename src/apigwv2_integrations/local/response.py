"""What the local API answers: LocalResponse, and the log record of each request."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


class LocalResponse:
    """An HTTP response of a local API: `status`, `headers`, `body`, `text`, `json()`."""

    def __init__(
        self,
        status: int,
        header_items: Sequence[tuple[str, str]],
        body: bytes,
        *,
        route_key: str | None = None,
        integration: str | None = None,
        error: str | None = None,
    ) -> None:
        self.status = status
        self.header_items: list[tuple[str, str]] = [(k.lower(), v) for k, v in header_items]
        """Every header as sent, lower-cased names, repeats kept (several `set-cookie`)."""
        self.body = body
        self.route_key = route_key
        """The route key that matched, or None (404, CORS preflight)."""
        self.integration = integration
        """The construct id of the integration that answered, or None."""
        self.error = error
        """The traceback of a handler that raised, or why the request failed; None otherwise."""

    @property
    def headers(self) -> dict[str, str]:
        """Headers by lower-cased name; repeated headers comma-joined."""
        result: dict[str, str] = {}
        for key, value in self.header_items:
            result[key] = f"{result[key]}, {value}" if key in result else value
        return result

    @property
    def cookies(self) -> list[str]:
        """The `set-cookie` values."""
        return [value for key, value in self.header_items if key == "set-cookie"]

    @property
    def text(self) -> str:
        """The body decoded as UTF-8."""
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    def __repr__(self) -> str:
        return f"LocalResponse(status={self.status}, route_key={self.route_key!r}, body={self.body[:60]!r})"


def message_response(status: int, message: str, **extra: Any) -> LocalResponse:
    """API Gateway's own error answer: `{"message":...}`, compact JSON as API Gateway writes it."""
    body = json.dumps({"message": message}, separators=(",", ":")).encode("utf-8")
    return LocalResponse(status, [("content-type", "application/json")], body, **extra)


@lazy_frozen
class RequestRecord(metaclass=LazyAttrsMeta):
    """One line of the request log."""

    method: str
    path: str
    route_key: str | None
    integration: str | None
    status: int
    milliseconds: float

    def __str__(self) -> str:
        route = self.route_key or "-"
        integration = self.integration or "-"
        return (
            f"{self.method} {self.path} -> {route} [{integration}] {self.status} {self.milliseconds:.1f} ms"
        )
