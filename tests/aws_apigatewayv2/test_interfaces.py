"""The interfaces of aws_apigatewayv2: the constructs and imported resources implement them."""

from __future__ import annotations

from apigwv2_integrations import IResource, Stack
from apigwv2_integrations.aws_apigateway import AccessLogFormat
from apigwv2_integrations.aws_apigatewayv2 import (
    DomainName,
    HttpApi,
    HttpAuthorizer,
    HttpAuthorizerType,
    HttpStage,
    IApi,
    IApiKey,
    IApiMapping,
    IAuthorizer,
    IDomainName,
    IHttpApi,
    IHttpApiRef,
    IHttpAuthorizer,
    IHttpIntegration,
    IHttpRoute,
    IHttpStage,
    IHttpStageRef,
    IIntegration,
    IMappingValue,
    IRoute,
    IStage,
    IUsagePlan,
    IVpcLink,
    IWebSocketApi,
    IWebSocketApiRef,
    IWebSocketAuthorizer,
    IWebSocketIntegration,
    IWebSocketRoute,
    IWebSocketRouteAuthorizer,
    IWebSocketStage,
    MappingValue,
    WebSocketApi,
    WebSocketAuthorizer,
    WebSocketAuthorizerType,
    WebSocketIntegration,
    WebSocketIntegrationType,
    WebSocketStage,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration, WebSocketMockIntegration
from apigwv2_integrations.aws_certificatemanager import Certificate
from tests.aws_apigatewayv2.inspection import properties_of


def test_http_constructs_implement_their_interfaces(stack: Stack) -> None:
    # A domain mapping, because a stage's domain_url raises without one, and Python 3.10 and 3.11 read
    # properties in isinstance.
    certificate = Certificate.from_certificate_arn(stack, "Cert", "arn:aws:acm:us-east-1:1:certificate/c")
    domain_name = DomainName(stack, "Domain", domain_name="books.example.com", certificate=certificate)
    api = HttpApi(stack, "Api", default_domain_mapping={"domain_name": domain_name})
    (route,) = api.add_routes(path="/books", integration=HttpUrlIntegration("Books", "https://example.com"))
    authorizer = HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=api,
        identity_source=["$request.header.Authorization"],
        type=HttpAuthorizerType.JWT,
        jwt_audience=["books"],
        jwt_issuer="https://issuer.example.com",
    )
    assert all(isinstance(api, i) for i in (IApi, IHttpApi, IHttpApiRef))
    assert all(isinstance(route, i) for i in (IRoute, IHttpRoute))
    assert all(isinstance(authorizer, i) for i in (IAuthorizer, IHttpAuthorizer))
    assert all(isinstance(api.default_stage, i) for i in (IStage, IHttpStage, IHttpStageRef))
    assert (api.is_http_api, api.default_stage.is_http_stage) == (True, True)  # type: ignore[union-attr]


def test_imported_http_api_and_stage_implement_their_interfaces(stack: Stack) -> None:
    api = HttpApi.from_http_api_attributes(stack, "Api", http_api_id="api42", api_endpoint="https://x")
    stage = HttpStage.from_http_stage_attributes(stack, "Stage", api=api, stage_name="prod")
    # Not isinstance: an imported stage's url raises, and Python 3.11 reads properties in isinstance.
    assert isinstance(api, IHttpApi)
    assert stage.is_http_stage is True
    assert api.default_stage is None
    assert stage.default_access_log_format().to_string() == AccessLogFormat.clf().to_string()  # type: ignore[attr-defined]


def test_http_integration_is_an_integration(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/books", integration=HttpUrlIntegration("Books", "https://example.com"))
    integration = route.node.find_child("Books")
    assert all(isinstance(integration, i) for i in (IIntegration, IHttpIntegration))


def test_web_socket_constructs_implement_their_interfaces(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    route = api.add_route("send", integration=WebSocketMockIntegration("Send"))
    stage = WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod")
    integration = WebSocketIntegration(
        stack,
        "Integration",
        web_socket_api=api,
        integration_type=WebSocketIntegrationType.MOCK,
        integration_uri="",
    )
    authorizer = WebSocketAuthorizer.from_web_socket_authorizer_attributes(
        stack, "Authorizer", authorizer_id="auth42", authorizer_type="AWS_IAM"
    )
    assert all(isinstance(api, i) for i in (IApi, IWebSocketApi, IWebSocketApiRef))
    assert all(isinstance(route, i) for i in (IRoute, IWebSocketRoute))
    assert all(isinstance(stage, i) for i in (IStage, IWebSocketStage))
    assert all(isinstance(integration, i) for i in (IIntegration, IWebSocketIntegration))
    assert isinstance(authorizer, IWebSocketRouteAuthorizer)
    assert api.is_websocket_api is True
    assert route.integration_response_id is None
    assert '"$context.eventType $context.routeKey $context.connectionId"' in (
        stage.default_access_log_format().to_string()
    )


def test_web_socket_authorizer_resource_is_an_authorizer(stack: Stack) -> None:
    authorizer = WebSocketAuthorizer(
        stack,
        "Authorizer",
        web_socket_api=WebSocketApi(stack, "Api"),
        identity_source=["route.request.header.Authorization"],
        type=WebSocketAuthorizerType.IAM,
    )
    assert all(isinstance(authorizer, i) for i in (IAuthorizer, IWebSocketAuthorizer))
    assert properties_of(authorizer)["AuthorizerType"] == "AWS_IAM"


def test_imported_web_socket_authorizer_gives_the_connect_route_its_type(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    authorizer = WebSocketAuthorizer.from_web_socket_authorizer_attributes(
        stack, "Authorizer", authorizer_id="auth42", authorizer_type="CUSTOM"
    )
    route = api.add_route("$connect", integration=WebSocketMockIntegration("Connect"), authorizer=authorizer)
    properties = properties_of(route)
    assert (properties["AuthorizationType"], properties["AuthorizerId"]) == ("CUSTOM", "auth42")


def test_mapping_value_is_an_imapping_value() -> None:
    assert isinstance(MappingValue.custom("x"), IMappingValue)


def test_stage_metric_passes_aws_cdk_keywords(stack: Stack) -> None:
    stage = HttpApi(stack, "Api").default_stage
    assert stage is not None
    metric = stage.metric_client_error(statistic="Average", label="errors")
    assert (metric.statistic, metric.label) == ("Average", "errors")
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "ApiF70053CD"}, "Stage": "$default"}


def test_resource_interfaces_extend_iresource_as_in_aws_cdk() -> None:
    interfaces = [IApi, IApiKey, IApiMapping, IAuthorizer, IDomainName, IIntegration, IRoute, IStage]
    interfaces += [IUsagePlan, IVpcLink, IHttpApi, IHttpRoute, IHttpStage, IHttpAuthorizer, IHttpIntegration]
    interfaces += [
        IWebSocketApi,
        IWebSocketRoute,
        IWebSocketStage,
        IWebSocketAuthorizer,
        IWebSocketIntegration,
    ]
    assert [i.__name__ for i in interfaces if IResource not in i.__mro__] == []
