"""Authorizers and integrations an app writes itself, with `bind(self, options)` as aws_cdk apps write them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Duration, Stack, jsii
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegrationType,
    HttpRouteAuthorizerBindOptions,
    HttpRouteAuthorizerConfig,
    HttpRouteIntegration,
    HttpRouteIntegrationBindOptions,
    HttpRouteIntegrationConfig,
    IHttpRouteAuthorizer,
    IWebSocketRouteAuthorizer,
    PayloadFormatVersion,
    WebSocketApi,
    WebSocketIntegrationType,
    WebSocketRouteAuthorizerBindOptions,
    WebSocketRouteAuthorizerConfig,
    WebSocketRouteIntegration,
    WebSocketRouteIntegrationBindOptions,
    WebSocketRouteIntegrationConfig,
    WebSocketRouteOptions,
)
from tests.conftest import resources_of_type

Template = Callable[[Stack], dict[str, Any]]


@jsii.implements(IHttpRouteAuthorizer)
class ScopedIam:
    def __init__(self) -> None:
        self.seen: list[object] = []

    def bind(self, options: HttpRouteAuthorizerBindOptions) -> HttpRouteAuthorizerConfig:
        self.seen.append(options)
        return HttpRouteAuthorizerConfig(
            authorization_type="AWS_IAM", authorization_scopes=[options.route.node.id]
        )


class Proxy(HttpRouteIntegration):
    def __init__(self, id: str, url: str) -> None:
        super().__init__(id)
        self.url = url
        self.seen: list[object] = []

    def bind(self, options: HttpRouteIntegrationBindOptions) -> HttpRouteIntegrationConfig:  # type: ignore[override]
        self.seen.append(options)
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.HTTP_PROXY,
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            uri=self.url + options.route.node.id,
            timeout=Duration.seconds(10),
        )


def test_http_binds_taking_options_get_the_bind_options_struct(stack: Stack, template: Template) -> None:
    authorizer, integration = ScopedIam(), Proxy("Proxy", "https://example.com/")
    api = HttpApi(stack, "Api")
    # The interface types bind's keyword form; the options form is the one aws_cdk apps write.
    api.add_routes(path="/a", integration=integration, authorizer=authorizer)  # type: ignore[arg-type]
    (auth_options,), (integration_options,) = authorizer.seen, integration.seen
    assert isinstance(auth_options, HttpRouteAuthorizerBindOptions) and auth_options.scope is api
    assert isinstance(integration_options, HttpRouteIntegrationBindOptions)
    rendered = template(stack)
    (route,) = resources_of_type(rendered, "AWS::ApiGatewayV2::Route").values()
    assert route["Properties"]["AuthorizationScopes"] == ["ANY--a"]
    (cfn_integration,) = resources_of_type(rendered, "AWS::ApiGatewayV2::Integration").values()
    assert cfn_integration["Properties"]["IntegrationUri"] == "https://example.com/ANY--a"


class KeywordProxy(HttpRouteIntegration):
    def bind(self, *, route: Any, scope: Any) -> HttpRouteIntegrationConfig:
        return HttpRouteIntegrationConfig(
            type=HttpIntegrationType.HTTP_PROXY,
            payload_format_version=PayloadFormatVersion.VERSION_1_0,
            uri="https://kw/" + scope.node.id,
        )


def test_http_integration_binds_taking_keywords_still_get_keywords(stack: Stack, template: Template) -> None:
    HttpApi(stack, "Api").add_routes(path="/kw", integration=KeywordProxy("Kw"))
    (cfn_integration,) = resources_of_type(template(stack), "AWS::ApiGatewayV2::Integration").values()
    assert cfn_integration["Properties"]["IntegrationUri"] == "https://kw/ANY--kw"


@jsii.implements(IWebSocketRouteAuthorizer)
class WebSocketIam:
    def bind(self, options: WebSocketRouteAuthorizerBindOptions) -> WebSocketRouteAuthorizerConfig:
        assert isinstance(options, WebSocketRouteAuthorizerBindOptions)
        return WebSocketRouteAuthorizerConfig(authorization_type="AWS_IAM")


class Mock(WebSocketRouteIntegration):
    def bind(self, options: WebSocketRouteIntegrationBindOptions) -> WebSocketRouteIntegrationConfig:  # type: ignore[override]
        return WebSocketRouteIntegrationConfig(
            type=WebSocketIntegrationType.MOCK, uri="", template_selection_expression=options.route.route_key
        )


def test_web_socket_binds_taking_options_get_the_bind_options_struct(
    stack: Stack, template: Template
) -> None:
    WebSocketApi(
        stack,
        "Ws",
        connect_route_options=WebSocketRouteOptions(
            integration=Mock("Connect"),
            authorizer=WebSocketIam(),  # type: ignore[arg-type]
        ),
    )
    rendered = template(stack)
    (route,) = resources_of_type(rendered, "AWS::ApiGatewayV2::Route").values()
    assert route["Properties"]["AuthorizationType"] == "AWS_IAM"
    (cfn_integration,) = resources_of_type(rendered, "AWS::ApiGatewayV2::Integration").values()
    assert cfn_integration["Properties"]["TemplateSelectionExpression"] == "$connect"
