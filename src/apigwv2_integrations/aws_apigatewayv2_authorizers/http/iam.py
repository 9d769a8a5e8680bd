"""HttpIamAuthorizer: routes that require IAM (SigV4) authorization."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    HttpAuthorizerType,
    HttpRouteAuthorizationType,
    HttpRouteAuthorizerConfig,
    IHttpRoute,
)
from ...core.construct import Construct


class HttpIamAuthorizer:
    """Authorize callers with IAM; grant access with `route.grant_invoke(...)`."""

    # aws-cdk-lib's type for this attribute is HttpAuthorizerType, unlike the other authorizers' str.
    authorization_type = HttpAuthorizerType.IAM
    """The AuthorizationType of the routes that use this authorizer."""

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteAuthorizerConfig:
        """Return the route's IAM authorization."""
        return HttpRouteAuthorizerConfig(authorization_type=HttpRouteAuthorizationType.AWS_IAM)
