"""The timeout rule API Gateway applies to integrations."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from ..core.duration import Duration

MIN_TIMEOUT_MS = 50
HTTP_MAX_TIMEOUT_MS = 30_000
WEBSOCKET_MAX_TIMEOUT_MS = 29_000


def timeout_problem(timeout: Duration | None, max_ms: int) -> str | None:
    """Why a timeout is out of range, or None when it is acceptable (tokens are not checked)."""
    if timeout is None or Token.is_unresolved(timeout.amount):
        return None
    millis = timeout.to_milliseconds(integral=False)
    if MIN_TIMEOUT_MS <= millis <= max_ms:
        return None
    return (
        f"timeout={timeout!r} is out of range; use {MIN_TIMEOUT_MS} milliseconds to {max_ms // 1000} seconds"
    )


def timeout_millis(timeout: Duration | None) -> float | None:
    """The timeout in whole milliseconds, as CloudFormation takes it."""
    return None if timeout is None else timeout.to_milliseconds()
