"""IIntegration: what HTTP and WebSocket integrations share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ...cfn.aws_apigatewayv2 import IntegrationReference
from ._base import IApi


@runtime_checkable
class IIntegration(Protocol):
    """An integration of an API."""

    @property
    def integration_id(self) -> str:
        """The integration's identifier."""
        ...

    @property
    def integration_ref(self) -> IntegrationReference:
        """A reference to this integration (`IntegrationReference`)."""
        ...


def api_label(api: IApi) -> str:
    """How an error names an API: its construct path, or its id when imported without one."""
    node = getattr(api, "node", None)
    return repr(node.path) if node is not None else repr(api.api_id)
