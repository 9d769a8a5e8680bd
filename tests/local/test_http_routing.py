"""HTTP APIs through LocalApi: stages, route selection, 404, CORS, stage variables."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_authorizers as authorizers
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations.local import LocalApi

from .conftest import python_function

ECHO_ROUTE = "def handler(event, context):\n    return {'route': event['routeKey'], 'params': event.get('pathParameters')}\n"


def routed_api(stack: Stack, paths: list[tuple[str, apigwv2.HttpMethod]], **props: Any) -> apigwv2.HttpApi:
    fn = python_function(stack, "Fn", ECHO_ROUTE)
    api = apigwv2.HttpApi(stack, "Api", **props)
    for index, (path, method) in enumerate(paths):
        api.add_routes(
            path=path, methods=[method], integration=integrations.HttpLambdaIntegration(f"I{index}", fn)
        )
    return api


def test_exact_route_beats_parameter_and_greedy_routes(stack: Stack) -> None:
    api = routed_api(
        stack,
        [
            ("/books/{id}", apigwv2.HttpMethod.GET),
            ("/books/{proxy+}", apigwv2.HttpMethod.GET),
            ("/books/latest", apigwv2.HttpMethod.GET),
        ],
    )
    local = LocalApi(api)
    assert local.request("GET", "/books/latest").json() == {"route": "GET /books/latest", "params": None}
    assert local.request("GET", "/books/42").json() == {"route": "GET /books/{id}", "params": {"id": "42"}}
    assert local.request("GET", "/books/42/pages/7").json() == {
        "route": "GET /books/{proxy+}",
        "params": {"proxy": "42/pages/7"},
    }


def test_full_match_beats_greedy_match_as_documented(stack: Stack) -> None:
    api = routed_api(
        stack,
        [
            ("/pets/dog/1", apigwv2.HttpMethod.GET),
            ("/pets/dog/{id}", apigwv2.HttpMethod.GET),
            ("/pets/{proxy+}", apigwv2.HttpMethod.GET),
            ("/{proxy+}", apigwv2.HttpMethod.ANY),
            ("/{kind}/cat/1", apigwv2.HttpMethod.GET),
        ],
    )
    local = LocalApi(api)
    routes = {path: local.request(method, path).json()["route"] for method, path in [
        ("GET", "/pets/dog/1"), ("GET", "/pets/dog/2"), ("GET", "/pets/cat/2"), ("POST", "/test/5")
    ]}  # fmt: skip
    assert routes == {
        "/pets/dog/1": "GET /pets/dog/1",
        "/pets/dog/2": "GET /pets/dog/{id}",
        "/pets/cat/2": "GET /pets/{proxy+}",
        "/test/5": "ANY /{proxy+}",
    }
    # A route without a greedy variable that matches the whole path wins over a greedy one.
    assert local.request("GET", "/pets/cat/1").json() == {
        "route": "GET /{kind}/cat/1",
        "params": {"kind": "pets"},
    }


def test_exact_method_beats_any_and_any_matches_other_methods(stack: Stack) -> None:
    api = routed_api(stack, [("/items", apigwv2.HttpMethod.ANY), ("/items", apigwv2.HttpMethod.POST)])
    local = LocalApi(api)
    assert local.request("POST", "/items").json()["route"] == "POST /items"
    assert local.request("DELETE", "/items").json()["route"] == "ANY /items"


def test_default_route_catches_what_no_route_matches(stack: Stack) -> None:
    fn = python_function(stack, "Fn", ECHO_ROUTE)
    api = apigwv2.HttpApi(
        stack, "Api", default_integration=integrations.HttpLambdaIntegration("DefaultIntegration", fn)
    )
    api.add_routes(path="/a", integration=integrations.HttpLambdaIntegration("A", fn))
    local = LocalApi(api)
    assert local.request("GET", "/a").json()["route"] == "ANY /a"
    assert local.request("GET", "/a/b").json()["route"] == "$default"


def test_unmatched_request_is_404_not_found(stack: Stack) -> None:
    local = LocalApi(routed_api(stack, [("/books", apigwv2.HttpMethod.GET)]))
    response = local.request("POST", "/books")
    assert (response.status, response.body, response.route_key) == (404, b'{"message":"Not Found"}', None)
    assert local.request("GET", "/books/1").status == 404


def test_greedy_variable_needs_at_least_one_segment(stack: Stack) -> None:
    local = LocalApi(routed_api(stack, [("/files/{proxy+}", apigwv2.HttpMethod.GET)]))
    assert local.request("GET", "/files").status == 404
    assert local.request("GET", "/files/a%20b").json()["params"] == {"proxy": "a b"}


def test_root_route(stack: Stack) -> None:
    local = LocalApi(routed_api(stack, [("/", apigwv2.HttpMethod.GET)]))
    assert local.request("GET", "/").json()["route"] == "GET /"


def test_stage_selection_and_stage_variables(stack: Stack) -> None:
    fn = python_function(
        stack,
        "Fn",
        "def handler(event, context):\n"
        "    return {'stage': event['requestContext']['stage'], 'rawPath': event['rawPath'],"
        " 'vars': event.get('stageVariables')}\n",
    )
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(path="/x", integration=integrations.HttpLambdaIntegration("X", fn))
    api.add_stage("Beta", stage_name="beta", stage_variables={"color": "blue"}, auto_deploy=True)
    assert LocalApi(api).request("GET", "/x").json() == {"stage": "$default", "rawPath": "/x", "vars": None}
    beta = LocalApi(api, stage="beta")
    assert beta.request("GET", "/x").json() == {
        "stage": "beta",
        "rawPath": "/beta/x",
        "vars": {"color": "blue"},
    }


def test_unknown_stage_is_refused(stack: Stack) -> None:
    api = routed_api(stack, [("/x", apigwv2.HttpMethod.GET)])
    with pytest.raises(ValueError) as caught:
        LocalApi(api, stage="prod")
    assert str(caught.value) == "Test/Api: stage='prod' is not a stage of this API; use one of ['$default']"


def test_local_api_refuses_something_that_is_not_an_api(stack: Stack) -> None:
    with pytest.raises(TypeError) as caught:
        LocalApi(stack)
    assert str(caught.value) == (
        "LocalApi: api=<Stack Test> is not an API defined in this app; pass an HttpApi or WebSocketApi"
    )


def cors_api(stack: Stack) -> apigwv2.HttpApi:
    return routed_api(
        stack,
        [("/books", apigwv2.HttpMethod.GET)],
        cors_preflight=apigwv2.CorsPreflightOptions(
            allow_origins=["https://app.example.com"],
            allow_methods=[apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST],
            allow_headers=["authorization"],
            expose_headers=["x-total"],
            allow_credentials=True,
            max_age=Duration.minutes(5),
        ),
    )


def test_cors_preflight_is_answered_by_the_api(stack: Stack) -> None:
    local = LocalApi(cors_api(stack))
    response = local.request(
        "OPTIONS",
        "/books",
        headers={"origin": "https://app.example.com", "access-control-request-method": "GET"},
    )
    assert response.status == 204
    assert {k: v for k, v in response.headers.items() if k.startswith("access-control-")} == {
        "access-control-allow-origin": "https://app.example.com",
        "access-control-allow-credentials": "true",
        "access-control-allow-methods": "GET,POST",
        "access-control-allow-headers": "authorization",
        "access-control-max-age": "300",
    }


PREFLIGHT = {"origin": "https://app.example.com", "access-control-request-method": "GET"}


def test_cors_preflight_goes_to_a_route_that_takes_options(stack: Stack) -> None:
    api = cors_api(stack)
    fn = python_function(stack, "OptionsFn", "def handler(event, context):\n    return {'statusCode': 200}\n")
    api.add_routes(
        path="/books",
        methods=[apigwv2.HttpMethod.OPTIONS],
        integration=integrations.HttpLambdaIntegration("Options", fn),
    )
    response = LocalApi(api).request("OPTIONS", "/books", headers=PREFLIGHT)
    assert (response.status, response.route_key) == (200, "OPTIONS /books")
    assert {k: v for k, v in response.headers.items() if k.startswith("access-control-")} == {
        "access-control-allow-origin": "https://app.example.com",
        "access-control-allow-credentials": "true",
        "access-control-allow-methods": "GET,POST",
        "access-control-allow-headers": "authorization",
        "access-control-max-age": "300",
    }


def test_cors_preflight_goes_to_the_default_route_and_its_authorizer(stack: Stack) -> None:
    fn = python_function(stack, "Fn", ECHO_ROUTE)
    authorizer_fn = python_function(
        stack, "AuthFn", "def handler(event, context):\n    return {'isAuthorized': True}\n"
    )
    api = apigwv2.HttpApi(
        stack,
        "Api",
        cors_preflight=apigwv2.CorsPreflightOptions(
            allow_origins=["*"], allow_methods=[apigwv2.CorsHttpMethod.ANY]
        ),
        default_integration=integrations.HttpLambdaIntegration("DefaultIntegration", fn),
        default_authorizer=authorizers.HttpLambdaAuthorizer(
            "Auth", authorizer_fn, response_types=[authorizers.HttpLambdaResponseType.SIMPLE]
        ),
    )
    response = LocalApi(api).request("OPTIONS", "/books", headers=PREFLIGHT)
    assert (response.status, response.body, response.route_key) == (
        401,
        b'{"message":"Unauthorized"}',
        "$default",
    )
    assert response.headers["access-control-allow-origin"] == "*"


def test_cors_headers_on_responses_for_allowed_origins_only(stack: Stack) -> None:
    local = LocalApi(cors_api(stack))
    allowed = local.request("GET", "/books", headers={"origin": "https://app.example.com"})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example.com"
    assert allowed.headers["access-control-expose-headers"] == "x-total"
    other = local.request("GET", "/books", headers={"origin": "https://evil.example.com"})
    assert not [k for k in other.headers if k.startswith("access-control-")]


def test_request_log_records_route_integration_and_status(stack: Stack) -> None:
    local = LocalApi(routed_api(stack, [("/books/{id}", apigwv2.HttpMethod.GET)]))
    local.request("GET", "/books/1?x=1")
    local.request("GET", "/nothing")
    lines = [str(record).rsplit(" ", 2)[0] for record in local.records]
    assert lines == ["GET /books/1?x=1 -> GET /books/{id} [I0] 200", "GET /nothing -> - [-] 404"]


def test_body_over_the_10_mb_quota_is_refused_with_413(stack: Stack) -> None:
    local = LocalApi(routed_api(stack, [("/upload", apigwv2.HttpMethod.POST)]))
    assert local.request("POST", "/upload", body=b"x" * (10 * 1024 * 1024)).status == 200
    response = local.request("POST", "/upload", body=b"x" * (10 * 1024 * 1024 + 1))
    assert (response.status, response.body, response.route_key) == (
        413,
        b'{"message":"Request Entity Too Large"}',
        None,
    )


def test_integration_cors_headers_are_ignored_when_the_api_configures_cors(stack: Stack) -> None:
    fn = python_function(
        stack,
        "Fn",
        "def handler(event, context):\n"
        "    return {'statusCode': 200, 'headers': {'Access-Control-Allow-Origin': '*', 'x-kept': '1'}}\n",
    )
    api = apigwv2.HttpApi(
        stack, "Api", cors_preflight=apigwv2.CorsPreflightOptions(allow_origins=["https://app.example.com"])
    )
    api.add_routes(path="/books", integration=integrations.HttpLambdaIntegration("Books", fn))
    local = LocalApi(api)
    for headers in ({}, {"origin": "https://evil.example.com"}):
        response = local.request("GET", "/books", headers=headers)
        assert [k for k in response.headers if k.startswith(("access-control-", "x-"))] == ["x-kept"]
    allowed = local.request("GET", "/books", headers={"origin": "https://app.example.com"})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example.com"
