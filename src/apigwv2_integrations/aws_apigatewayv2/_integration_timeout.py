"""The timeout rule API Gateway applies to integrations."""

from __future__ import annotations

from ..core.duration import Duration
from ..core.tokens.token import Token

MIN_TIMEOUT_MS = 50
# aws-cdk-lib caps HTTP and WebSocket integrations alike at 29 seconds.
MAX_TIMEOUT_MS = 29_000


def timeout_problem(timeout: Duration | None) -> str | None:
    """Why a timeout is out of range, or None when it is acceptable (tokens are not checked)."""
    if timeout is None or Token.is_unresolved(timeout.amount):
        return None
    millis = timeout.to_milliseconds(integral=False)
    if MIN_TIMEOUT_MS <= millis <= MAX_TIMEOUT_MS:
        return None
    allowed = f"{MIN_TIMEOUT_MS} milliseconds to {MAX_TIMEOUT_MS // 1000} seconds"
    return f"timeout={timeout!r} is out of range; use {allowed}"


def timeout_millis(timeout: Duration | None) -> float | None:
    """The timeout in whole milliseconds, as CloudFormation takes it."""
    return None if timeout is None else timeout.to_milliseconds()
