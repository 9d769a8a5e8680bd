"""Annotations: info, warnings and errors attached to constructs, reported at synth."""

from __future__ import annotations

import re

from .construct import Construct

INFO = "aws:cdk:info"
WARNING = "aws:cdk:warning"
ERROR = "aws:cdk:error"
_ACKNOWLEDGED = "_acknowledged_warnings"
_ACK_SUFFIX = re.compile(r" \[ack: ([^\]]+)\]$")


class Annotations:
    """Messages about a construct: errors fail the synth, warnings and info are reported."""

    def __init__(self, scope: Construct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: Construct) -> Annotations:
        """The annotations of `scope`."""
        return Annotations(scope)

    def add_info(self, message: str) -> None:
        """Attach an informational message."""
        self._scope.node.add_metadata(INFO, message)

    def add_warning(self, message: str) -> None:
        """Attach a warning."""
        self._scope.node.add_metadata(WARNING, message)

    def add_warning_v2(self, id: str, message: str) -> None:
        """Attach a warning that `acknowledge_warning(id)` here or above silences."""
        self._scope.node.add_metadata(WARNING, f"{message} [ack: {id}]")

    def acknowledge_warning(self, id: str, message: str | None = None) -> None:
        """Silence warnings with this id on this construct and below."""
        self._scope.__dict__.setdefault(_ACKNOWLEDGED, set()).add(id)

    def add_error(self, message: str) -> None:
        """Attach an error: synth fails and reports it with the other problems."""
        self._scope.node.add_metadata(ERROR, message)


def is_acknowledged(scope: Construct, message: str) -> bool:
    """True when the warning `message` carries an id acknowledged on `scope` or an ancestor."""
    match = _ACK_SUFFIX.search(message)
    if match is None:
        return False
    warning_id = match.group(1)
    return any(warning_id in ancestor.__dict__.get(_ACKNOWLEDGED, ()) for ancestor in scope.node.scopes)
