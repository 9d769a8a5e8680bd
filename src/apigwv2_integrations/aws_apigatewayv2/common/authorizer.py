"""IAuthorizer: what HTTP and WebSocket authorizer resources share."""

from __future__ import annotations

from ...core.resource_types import IResource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ...cfn.aws_apigatewayv2 import AuthorizerReference


@runtime_checkable
class IAuthorizer(IResource, Protocol):
    """An authorizer resource of an API."""

    @property
    def authorizer_id(self) -> str:
        """The authorizer's identifier."""
        ...

    @property
    def authorizer_ref(self) -> AuthorizerReference:
        """A reference to this authorizer (`AuthorizerReference`)."""
        ...
