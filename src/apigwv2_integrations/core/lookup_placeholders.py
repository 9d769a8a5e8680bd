"""The dummy values a context lookup hands out until the `cdk` CLI has looked it up.

On the first run of an app whose lookups are not in context yet, `ContextProvider.get_value` returns each
lookup's dummy value (`dummy-value-for-/my/parameter` for an SSM parameter) and lists the lookup as
missing; the CLI then looks the values up and runs the app again. A deploy-time rule of this package
(a stage name API Gateway would reject, say) must let such a value through, as it lets a token through:
failing the first run would stop the CLI from ever making the lookup. Strings only: they are what such
rules read. The values noted are those of the app being built: a new `App` starts afresh.
"""

from __future__ import annotations

from .runtime_typing import TYPE_CHECKING
from .tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

__all__ = ["forget_placeholders", "holds_lookup_placeholder", "known_at_synth", "remember_placeholders"]

_placeholders: set[str] = set()


def remember_placeholders(value: Any) -> None:
    """Note the non-empty strings of a dummy value (in lists and mappings too)."""
    if isinstance(value, str):
        if value:
            _placeholders.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            remember_placeholders(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            remember_placeholders(item)


def forget_placeholders() -> None:
    """Start afresh (a new app)."""
    _placeholders.clear()


def holds_lookup_placeholder(value: Any) -> bool:
    """True when a string is, or contains, a dummy value a lookup handed out."""
    if not _placeholders or not isinstance(value, str):
        return False
    return any(placeholder in value for placeholder in _placeholders)


def known_at_synth(value: Any) -> bool:
    """Neither a token nor a lookup's dummy value: a value the deploy-time rules can read now."""
    return not Token.is_unresolved(value) and not holds_lookup_placeholder(value)
