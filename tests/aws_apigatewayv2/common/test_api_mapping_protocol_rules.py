"""Deploy-time rule of API mappings: a custom domain name serves WebSocket APIs or HTTP APIs, not both."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Fn, Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiMapping,
    DomainMappingOptions,
    DomainName,
    HttpApi,
    IDomainName,
    WebSocketApi,
    WebSocketStage,
)
from apigwv2_integrations.aws_certificatemanager import Certificate
from apigwv2_integrations.core.errors import SynthesisError


def domain(stack: Stack, id: str = "Domain") -> DomainName:
    certificate = Certificate.from_certificate_arn(
        stack, f"{id}Cert", "arn:aws:acm:us-east-1:111111111111:certificate/x"
    )
    return DomainName(stack, id, domain_name="api.example.com", certificate=certificate)


def imported(stack: Stack, id: str, name: str) -> IDomainName:
    return DomainName.from_domain_name_attributes(
        stack,
        id,
        name=name,
        regional_domain_name="d-1.execute-api.us-east-1.amazonaws.com",
        regional_hosted_zone_id="Z1",
    )


def map_http(stack: Stack, id: str, domain_name: IDomainName, key: str | None = None) -> ApiMapping:
    return ApiMapping(stack, id, api=HttpApi(stack, f"{id}Api"), domain_name=domain_name, api_mapping_key=key)


def map_websocket(stack: Stack, id: str, domain_name: IDomainName, key: str | None = None) -> ApiMapping:
    api = WebSocketApi(stack, f"{id}Api")
    stage = WebSocketStage(stack, f"{id}Stage", web_socket_api=api, stage_name="live")
    return ApiMapping(stack, id, api=api, domain_name=domain_name, stage=stage, api_mapping_key=key)


def synth_errors(app: App) -> str:
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    return str(caught.value)


def test_websocket_mapping_after_an_http_mapping_is_reported_at_synth(app: App, stack: Stack) -> None:
    name = domain(stack)
    map_http(stack, "Books", name, "books")
    map_websocket(stack, "Events", name, "events")
    assert synth_errors(app) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Events: domain_name=<DomainName Test/Domain> maps a WebSocket API here, but Test/Books maps an "
        "HTTP API to it, and API Gateway keeps WebSocket APIs and HTTP or REST APIs on separate custom domain "
        "names; map this WebSocket API to a domain name of its own"
    )


def test_http_mapping_after_a_websocket_mapping_is_reported_at_synth(app: App, stack: Stack) -> None:
    name = domain(stack)
    map_websocket(stack, "Events", name)
    map_http(stack, "Books", name, "books")
    assert synth_errors(app) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Books: domain_name=<DomainName Test/Domain> maps an HTTP API here, but Test/Events maps a "
        "WebSocket API to it, and API Gateway keeps WebSocket APIs and HTTP or REST APIs on separate custom "
        "domain names; map this HTTP API to a domain name of its own"
    )


def test_each_mapping_of_the_other_kind_names_the_first_mapping(app: App, stack: Stack) -> None:
    name = domain(stack)
    map_http(stack, "Books", name, "books")
    map_websocket(stack, "Events", name, "events")
    map_http(stack, "Orders", name, "orders")
    map_websocket(stack, "Chat", name, "chat")
    problem = (
        "maps a WebSocket API here, but Test/Books maps an HTTP API to it, and API Gateway keeps WebSocket APIs "
        "and HTTP or REST APIs on separate custom domain names; map this WebSocket API to a domain name of its "
        "own"
    )
    assert synth_errors(app) == (
        "synthesis failed with 2 validation errors:\n"
        f"  Test/Events: domain_name=<DomainName Test/Domain> {problem}\n"
        f"  Test/Chat: domain_name=<DomainName Test/Domain> {problem}"
    )


def test_stage_domain_mappings_count(app: App, stack: Stack) -> None:
    name = domain(stack)
    HttpApi(
        stack, "Books", default_domain_mapping=DomainMappingOptions(domain_name=name, mapping_key="books")
    )
    WebSocketStage(
        stack,
        "EventsStage",
        web_socket_api=WebSocketApi(stack, "Events"),
        stage_name="live",
        domain_mapping=DomainMappingOptions(domain_name=name, mapping_key="events"),
    )
    assert synth_errors(app) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/EventsStage/Test--Domainevents: domain_name=<DomainName Test/Domain> maps a WebSocket API here, "
        "but Test/Books/DefaultStage/Test--Domainbooks maps an HTTP API to it, and API Gateway keeps WebSocket "
        "APIs and HTTP or REST APIs on separate custom domain names; map this WebSocket API to a domain name of "
        "its own"
    )


def test_two_imports_of_one_domain_name_are_one_domain(app: App) -> None:
    first = Stack(app, "First")
    second = Stack(app, "Second")
    map_http(first, "Books", imported(first, "Domain", "api.example.com"), "books")
    map_websocket(second, "Events", imported(second, "Domain", "API.example.com"), "events")
    assert synth_errors(app) == (
        "synthesis failed with 1 validation error:\n"
        "  Second/Events: domain_name='API.example.com' maps a WebSocket API here, but First/Books maps an HTTP "
        "API to it, and API Gateway keeps WebSocket APIs and HTTP or REST APIs on separate custom domain names; "
        "map this WebSocket API to a domain name of its own"
    )


def test_imported_domain_with_an_unresolved_name_is_its_construct(app: App, stack: Stack) -> None:
    name = imported(stack, "Domain", Fn.import_value("DomainName"))
    other = imported(stack, "Other", Fn.import_value("DomainName"))
    map_http(stack, "Books", name)
    map_websocket(stack, "Events", other)
    map_websocket(stack, "Chat", name, "chat")
    assert synth_errors(app) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Chat: domain_name=<DomainName Test/Domain> maps a WebSocket API here, but Test/Books maps "
        "an HTTP API to it, and API Gateway keeps WebSocket APIs and HTTP or REST APIs on separate custom domain "
        "names; map this WebSocket API to a domain name of its own"
    )


def test_websocket_and_http_apis_on_separate_domain_names_are_accepted(app: App, stack: Stack) -> None:
    map_http(stack, "Books", imported(stack, "Api", "api.example.com"), "books")
    map_http(stack, "Orders", imported(stack, "Api2", "api.example.com"), "orders")
    map_websocket(stack, "Events", imported(stack, "Ws", "ws.example.com"), "events")
    map_websocket(stack, "Chat", imported(stack, "Ws2", "ws.example.com"), "chat")
    (artifact,) = app.synth().stacks
    mappings = [
        r for r in artifact.template["Resources"].values() if r["Type"] == "AWS::ApiGatewayV2::ApiMapping"
    ]
    assert [m["Properties"]["DomainName"] for m in mappings] == [
        "api.example.com",
        "api.example.com",
        "ws.example.com",
        "ws.example.com",
    ]


def test_one_domain_name_in_two_apps_is_two_domains() -> None:
    http_app = App()
    http_stack = Stack(http_app, "Http")
    map_http(http_stack, "Books", imported(http_stack, "Domain", "api.example.com"))
    websocket_app = App()
    websocket_stack = Stack(websocket_app, "Ws")
    map_websocket(websocket_stack, "Events", imported(websocket_stack, "Domain", "api.example.com"))
    assert websocket_stack.node.find_child("Events").node.validate() == []
