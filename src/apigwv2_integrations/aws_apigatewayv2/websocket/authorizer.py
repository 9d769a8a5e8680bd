"""WebSocket API authorizers: the L2 WebSocketAuthorizer and the interface route authorizers implement."""

from __future__ import annotations

from collections.abc import Sequence

from ...cfn.aws_apigatewayv2 import AuthorizerReference, CfnAuthorizer
from ...core.construct import Construct
from ...core.converters import to_tuple
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from .._identity_source import check_web_socket_identity_source
from ..common._api_quotas import count_authorizer
from ..common.authorizer import IAuthorizer
from ._types import (
    IWebSocketApi,
    IWebSocketRoute,
    IWebSocketRouteAuthorizer,
    WebSocketRouteAuthorizationType,
    WebSocketRouteAuthorizerConfig,
)

if TYPE_CHECKING:
    from typing import ClassVar


class WebSocketAuthorizerType(SimpleEnum):
    """Kinds of WebSocket API authorizer resources."""

    LAMBDA = "REQUEST"
    IAM = "AWS_IAM"


@lazy_frozen(kw_only=True)
class WebSocketRouteAuthorizerBindOptions(metaclass=LazyAttrsMeta):
    """What an authorizer is bound to."""

    route: IWebSocketRoute
    """The route the authorizer is bound to."""
    scope: Construct
    """The scope of the resources the authorizer creates."""


@runtime_checkable
class IWebSocketAuthorizer(IAuthorizer, Protocol):
    """An authorizer resource of a WebSocket API."""


class WebSocketNoneAuthorizer:
    """No authorization."""

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        return WebSocketRouteAuthorizerConfig(authorization_type=WebSocketRouteAuthorizationType.NONE.value)


@lazy_frozen(kw_only=True)
class WebSocketAuthorizerProps(metaclass=LazyAttrsMeta):
    """Properties of a WebSocketAuthorizer."""

    web_socket_api: IWebSocketApi
    """The API the authorizer belongs to."""
    identity_source: Sequence[str] = field(converter=to_tuple)
    """Where API Gateway reads the caller's identity from."""
    type: WebSocketAuthorizerType
    """The kind of authorizer."""
    authorizer_name: str | None = None
    """The authorizer's name. Default: the construct id."""
    authorizer_uri: str | None = None
    """The invoke URI of the Lambda function (Lambda authorizers only)."""


@lazy_frozen(kw_only=True)
class WebSocketAuthorizerAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing WebSocket API authorizer."""

    authorizer_id: str
    """The authorizer's identifier."""
    authorizer_type: str
    """The AuthorizationType routes render for it: `CUSTOM`, `AWS_IAM` or `NONE`."""


class _ImportedWebSocketAuthorizer(Resource):
    def __init__(self, scope: Construct, id: str, attributes: WebSocketAuthorizerAttributes) -> None:
        super().__init__(scope, id)
        self.authorizer_id = attributes.authorizer_id
        self.authorizer_type = attributes.authorizer_type

    def bind(self, *, route: IWebSocketRoute, scope: Construct) -> WebSocketRouteAuthorizerConfig:
        """Return the route's authorization by this authorizer."""
        return WebSocketRouteAuthorizerConfig(
            authorization_type=self.authorizer_type, authorizer_id=self.authorizer_id
        )


class WebSocketAuthorizer(Resource):
    """An authorizer of a WebSocket API (`AWS::ApiGatewayV2::Authorizer`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.WebSocketAuthorizer"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def authorizer_ref(self) -> AuthorizerReference:
        """A reference to this authorizer (`AuthorizerReference`)."""
        return self._resource.authorizer_ref

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        web_socket_api: IWebSocketApi,
        identity_source: Sequence[str],
        type: WebSocketAuthorizerType,  # noqa: A002 - aws_cdk's keyword
        authorizer_name: str | None = None,
        authorizer_uri: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = WebSocketAuthorizerProps(
            web_socket_api=web_socket_api,
            identity_source=identity_source,
            type=type,
            authorizer_name=authorizer_name,
            authorizer_uri=authorizer_uri,
        )
        if props.type is WebSocketAuthorizerType.LAMBDA:
            if props.authorizer_uri is None:
                raise ValidationError(
                    self, "authorizer_uri=None; Lambda authorizers need the function's invoke URI"
                )
            check_web_socket_identity_source(self, props.identity_source)
        count_authorizer(self, props.web_socket_api)
        resource = CfnAuthorizer(
            self,
            "Resource",
            api_id=props.web_socket_api.api_id,
            authorizer_type=props.type.value,
            identity_source=list(props.identity_source),
            name=props.authorizer_name if props.authorizer_name is not None else id,
            authorizer_uri=props.authorizer_uri,
        )
        self._resource = resource
        self.authorizer_id: str = resource.ref

    @staticmethod
    def from_web_socket_authorizer_attributes(
        scope: Construct, id: str, *, authorizer_id: str, authorizer_type: str
    ) -> IWebSocketRouteAuthorizer:
        """An existing authorizer; routes that use it render `authorizer_type` as their AuthorizationType."""
        return _ImportedWebSocketAuthorizer(
            scope,
            id,
            WebSocketAuthorizerAttributes(authorizer_id=authorizer_id, authorizer_type=authorizer_type),
        )
