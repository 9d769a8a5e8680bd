"""HttpLambdaIntegration: routes requests to a Lambda function."""

from __future__ import annotations

from ...aws_apigatewayv2 import (
    HttpIntegrationType,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    IHttpRoute,
    PayloadFormatVersion,
)
from ...aws_iam import ServicePrincipal
from ...core.construct import Construct, ledger
from ...core.names import Names
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    # Only for annotations: the function passed in has loaded aws_lambda already.
    from ...aws_apigatewayv2 import ParameterMapping
    from ...aws_lambda import IFunction
    from ...core.duration import Duration

_APIGATEWAY_PRINCIPAL = "apigateway.amazonaws.com"


# The API-scoped permission ids already made in a stack, kept on the stack's node (see `ledger`): several
# integration objects of one function share the permission, and a lookup must not walk the tree.
_API_SCOPED_PERMISSIONS = "apigatewayv2-integrations:api-scoped-permissions"


@lazy_frozen(kw_only=True)
class HttpLambdaIntegrationProps(metaclass=LazyAttrsMeta):
    """Options of an HttpLambdaIntegration."""

    parameter_mapping: ParameterMapping | None = None
    """Request parameter mappings. Default: none."""
    payload_format_version: PayloadFormatVersion | None = None
    """Event format sent to the function. Default: 2.0."""
    scope_permission_to_route: bool | None = None
    """Grant invoke per route (True) or once per API (False, fewer permissions). Default: True."""
    timeout: Duration | None = None
    """Integration timeout, 50 milliseconds to 30 seconds. Default: 30 seconds."""


class HttpLambdaIntegration(HttpRouteIntegration):
    """Route requests to a Lambda function (AWS_PROXY)."""

    def __init__(
        self,
        id: str,
        handler: IFunction,
        *,
        parameter_mapping: ParameterMapping | None = None,
        payload_format_version: PayloadFormatVersion | None = None,
        scope_permission_to_route: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(id)
        self.handler = handler
        self.props = HttpLambdaIntegrationProps(
            parameter_mapping=parameter_mapping,
            payload_format_version=payload_format_version,
            scope_permission_to_route=scope_permission_to_route,
            timeout=timeout,
        )

    def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.AWS_PROXY,
            uri=self.handler.function_arn,
            payload_format_version=self.props.payload_format_version or PayloadFormatVersion.VERSION_2_0,
            parameter_mapping=self.props.parameter_mapping,
            timeout=self.props.timeout,
        )

    def _complete_bind(self, *, route: IHttpRoute, scope: Construct) -> None:
        stack = route.stack
        api = route.http_api
        if self.props.scope_permission_to_route is not False:
            # `$default` has no path: the permission then covers every route of the API.
            self.handler.add_permission(
                f"{self.id}-Permission",
                scope=scope,
                principal=ServicePrincipal(_APIGATEWAY_PRINCIPAL),
                source_arn=stack.format_arn(
                    service="execute-api", resource=api.api_id, resource_name=f"*/*{route.path or ''}"
                ),
            )
            return
        # One permission for the whole API, under the first route that binds the function; aws-cdk-lib
        # finds it by id in the stack, which the stack's ledger answers without a walk.
        handler_id = Names.node_unique_id(self.handler.node)
        api_id = Names.node_unique_id(api.node)
        permission_id = f"ApiPermission.ApiScoped.{handler_id}.{api_id}"
        made: dict[str, bool] = ledger(stack, _API_SCOPED_PERMISSIONS)
        if not made.get(permission_id):
            made[permission_id] = True
            self.handler.add_permission(
                permission_id,
                scope=scope,
                principal=ServicePrincipal(_APIGATEWAY_PRINCIPAL),
                source_arn=stack.format_arn(
                    service="execute-api", resource=api.api_id, resource_name="*/*/*"
                ),
            )
