"""Which values the deploy-time rules of this package can read at synth."""

from __future__ import annotations

from typing import Any

from ..core.lookup_placeholders import holds_lookup_placeholder
from ..core.tokens.token import Token


def known_at_synth(value: Any) -> bool:
    """Neither a token nor a context lookup's dummy value (the real value comes on the CLI's next run)."""
    return not Token.is_unresolved(value) and not holds_lookup_placeholder(value)
