"""`HttpApi.add_routes`: an empty list of methods adds no route, and a path held in a token is refused at the
call, since the route's construct is named after the path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError


def _route_keys(template: dict[str, Any]) -> list[str]:
    return sorted(
        resource["Properties"]["RouteKey"]
        for resource in template["Resources"].values()
        if resource["Type"] == "AWS::ApiGatewayV2::Route"
    )


def test_add_routes_with_an_empty_list_of_methods_adds_no_route(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    api = HttpApi(stack, "Api")
    assert api.add_routes(path="/books", integration=HttpUrlIntegration("Url", "https://a"), methods=[]) == []
    assert _route_keys(template(stack)) == []


def test_add_routes_without_methods_adds_an_any_route(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    api = HttpApi(stack, "Api")
    api.add_routes(path="/books", integration=HttpUrlIntegration("Url", "https://a"))
    assert _route_keys(template(stack)) == ["ANY /books"]


def test_an_empty_list_of_methods_leaves_the_path_free_for_later_routes(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    api = HttpApi(stack, "Api")
    api.add_routes(path="/books", integration=HttpUrlIntegration("Url", "https://a"), methods=[])
    api.add_routes(
        path="/books", integration=HttpUrlIntegration("Url2", "https://a"), methods=[HttpMethod.GET]
    )
    assert _route_keys(template(stack)) == ["GET /books"]


def test_add_routes_refuses_a_path_that_is_a_token(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    path = CfnParameter(stack, "Path").value_as_string
    with pytest.raises(ValidationError) as caught:
        api.add_routes(path=path, integration=HttpUrlIntegration("Url", "https://a"))
    assert str(caught.value) == (
        f"Test/Api: path={path!r} holds a value known only at deployment, but add_routes names each route's "
        "construct after its path; use a literal path, or an HttpRoute with an id of your own"
    )


def test_add_routes_refuses_a_path_that_holds_a_token(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    path = "/books/" + CfnParameter(stack, "Section").value_as_string
    with pytest.raises(ValidationError) as caught:
        api.add_routes(path=path, integration=HttpUrlIntegration("Url", "https://a"))
    assert str(caught.value) == (
        f"Test/Api: path={path!r} holds a value known only at deployment, but add_routes names each route's "
        "construct after its path; use a literal path, or an HttpRoute with an id of your own"
    )
