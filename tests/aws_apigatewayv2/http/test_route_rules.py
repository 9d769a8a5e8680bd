"""Deploy-time rules of HTTP routes: one route per key on an API, the route quota."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod, HttpRoute, HttpRouteKey
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError


def test_two_routes_with_one_key_on_an_api_are_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    key = HttpRouteKey.with_("/books", HttpMethod.GET)
    HttpRoute(stack, "First", http_api=api, route_key=key, integration=HttpUrlIntegration("A", "https://a"))
    with pytest.raises(ValidationError) as caught:
        HttpRoute(
            stack, "Second", http_api=api, route_key=key, integration=HttpUrlIntegration("B", "https://b")
        )
    assert str(caught.value) == (
        "Test/Second: route_key='GET /books' is already the key of Test/First on the same API; each route "
        "key may appear once per API"
    )


def test_one_key_on_two_apis_is_accepted(stack: Stack) -> None:
    key = HttpRouteKey.with_("/books", HttpMethod.GET)
    first = HttpRoute(
        stack,
        "First",
        http_api=HttpApi(stack, "One"),
        route_key=key,
        integration=HttpUrlIntegration("A", "https://a"),
    )
    second = HttpRoute(
        stack,
        "Second",
        http_api=HttpApi(stack, "Two"),
        route_key=key,
        integration=HttpUrlIntegration("B", "https://b"),
    )
    assert first.path == second.path == "/books"


def test_more_routes_than_the_default_quota_is_a_warning(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    integration = HttpUrlIntegration("A", "https://a")
    routes = [api.add_routes(path=f"/r{n}", integration=integration)[0] for n in range(301)]
    assert [entry.data for entry in routes[-1].node.metadata] == [
        "the API has more than 300 routes, API Gateway's default quota; ask for a quota increase before "
        "deploying [ack: apigwv2:route-quota]"
    ]
    assert routes[299].node.metadata == []


def test_more_than_ten_authorization_scopes_on_a_route_are_rejected(stack: Stack) -> None:
    from apigwv2_integrations.aws_apigatewayv2_authorizers import HttpJwtAuthorizer

    api = HttpApi(stack, "Api")
    authorizer = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    scopes = [f"s{n}" for n in range(11)]
    with pytest.raises(ValidationError) as caught:
        api.add_routes(
            path="/books",
            integration=HttpUrlIntegration("A", "https://a"),
            authorizer=authorizer,
            authorization_scopes=scopes,
        )
    assert str(caught.value) == (
        f"Test/Api/ANY--books: authorization_scopes has 11 scopes {scopes!r}; API Gateway allows at most 10 "
        "per route"
    )
