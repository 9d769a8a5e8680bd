"""Annotations: info, warnings and errors attached to constructs, reported at synth."""

from __future__ import annotations

import os
import re

from .construct import Construct, iter_preorder
from .errors import ValidationError

INFO = "aws:cdk:info"
WARNING = "aws:cdk:warning"
ERROR = "aws:cdk:error"
_ACKNOWLEDGED = "_acknowledged_warnings"
_ACKNOWLEDGED_INFO = "_acknowledged_info"
_ACK_SUFFIX = r" \[ack: ([^\]]+)\]$"  # compiled by `re` on first use


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
        self._add_message(INFO, message)

    def add_warning(self, message: str) -> None:
        """Attach a warning."""
        self._add_message(WARNING, message)

    def add_info_v2(self, id: str, message: str) -> None:
        """Attach an informational message that `acknowledge_info(id)` here or above silences."""
        if not _is_acknowledged_id(self._scope, _ACKNOWLEDGED_INFO, id):
            self._add_message(INFO, f"{message} [ack: {id}]")

    def acknowledge_info(self, id: str, message: str | None = None) -> None:
        """Silence informational messages with this id on this construct and below, added before or after."""
        self._scope.__dict__.setdefault(_ACKNOWLEDGED_INFO, set()).add(id)
        suffix = f" [ack: {id}]"
        for construct in iter_preorder(self._scope):
            node = construct.node
            kept = [e for e in node._metadata if not (e.type == INFO and str(e.data).endswith(suffix))]
            if len(kept) != len(node._metadata):
                node._metadata = kept

    def add_deprecation(self, api: str, message: str) -> None:
        """Warn that `api` is deprecated (a warning acknowledged with the id `Deprecated:<api>`); an error
        when the environment variable `CDK_BLOCK_DEPRECATIONS` is set."""
        text = f"The API {api} is deprecated: {message}. This API will be removed in the next major release"
        if os.environ.get("CDK_BLOCK_DEPRECATIONS"):
            raise ValidationError(self._scope, text)
        self.add_warning_v2(f"Deprecated:{api}", text)

    def add_warning_v2(self, id: str, message: str) -> None:
        """Attach a warning that `acknowledge_warning(id)` here or above silences."""
        self._add_message(WARNING, f"{message} [ack: {id}]")

    def acknowledge_warning(self, id: str, message: str | None = None) -> None:
        """Silence warnings with this id on this construct and below."""
        self._scope.__dict__.setdefault(_ACKNOWLEDGED, set()).add(id)

    def add_error(self, message: str) -> None:
        """Attach an error: synth fails and reports it with the other problems."""
        self._add_message(ERROR, message)

    def _add_message(self, level: str, message: str) -> None:
        # As aws-cdk-lib: a message already on the construct is not added again.
        node = self._scope.node
        if not any(entry.data == message for entry in node._metadata):
            node.add_metadata(level, message)


def _is_acknowledged_id(scope: Construct, attribute: str, id: str) -> bool:
    return any(id in ancestor.__dict__.get(attribute, ()) for ancestor in scope.node.scopes)


def is_acknowledged(scope: Construct, message: str) -> bool:
    """True when the warning `message` carries an id acknowledged on `scope` or an ancestor."""
    match = re.search(_ACK_SUFFIX, message)
    if match is None:
        return False
    return _is_acknowledged_id(scope, _ACKNOWLEDGED, match.group(1))
