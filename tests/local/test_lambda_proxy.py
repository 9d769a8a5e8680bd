"""Lambda proxy integrations through LocalApi: events 2.0 and 1.0, the response rules, running the code."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.local import LambdaContext, LocalApi

from .conftest import DATA, python_function

RETURN_EVENT = "def handler(event, context):\n    return event\n"


def api_for(stack: Stack, fn: lambda_.IFunction, path: str = "/books/{id}", **props: Any) -> apigwv2.HttpApi:
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(path=path, integration=integrations.HttpLambdaIntegration("Books", fn, **props))
    return api


def test_payload_2_0_event_has_every_documented_field(stack: Stack) -> None:
    local = LocalApi(api_for(stack, python_function(stack, "Fn", RETURN_EVENT)))
    event = local.request(
        "POST",
        "/books/42?a=1&a=2&b=x",
        headers=[("X-Multi", "one"), ("x-multi", "two"), ("Cookie", "c1=v1; c2=v2"), ("User-Agent", "tests")],
        json={"title": "Dune"},
    ).json()
    context = event.pop("requestContext")
    assert event == {
        "version": "2.0",
        "routeKey": "ANY /books/{id}",
        "rawPath": "/books/42",
        "rawQueryString": "a=1&a=2&b=x",
        "cookies": ["c1=v1", "c2=v2"],
        "headers": {
            "host": local.domain_name,
            "x-multi": "one,two",
            "user-agent": "tests",
            "content-type": "application/json",
            "content-length": "17",
            "x-amzn-trace-id": event["headers"]["x-amzn-trace-id"],
            "x-forwarded-for": "127.0.0.1",
            "x-forwarded-port": "443",
            "x-forwarded-proto": "https",
        },
        "queryStringParameters": {"a": "1,2", "b": "x"},
        "body": '{"title": "Dune"}',
        "pathParameters": {"id": "42"},
        "isBase64Encoded": False,
    }
    assert context == {
        "accountId": "123456789012",
        "apiId": local.model.api_id,
        "domainName": local.domain_name,
        "domainPrefix": local.model.api_id,
        "http": {
            "method": "POST",
            "path": "/books/42",
            "protocol": "HTTP/1.1",
            "sourceIp": "127.0.0.1",
            "userAgent": "tests",
        },
        "requestId": context["requestId"],
        "routeKey": "ANY /books/{id}",
        "stage": "$default",
        "time": context["time"],
        "timeEpoch": context["timeEpoch"],
    }
    assert local.domain_name == f"{local.model.api_id}.execute-api.us-east-1.amazonaws.com"


def test_binary_body_is_base64_encoded(stack: Stack) -> None:
    local = LocalApi(api_for(stack, python_function(stack, "Fn", RETURN_EVENT)))
    event = local.request(
        "PUT", "/books/1", headers={"content-type": "application/octet-stream"}, body=b"\x00\xff"
    ).json()
    assert (event["body"], event["isBase64Encoded"]) == (base64.b64encode(b"\x00\xff").decode(), True)


def test_payload_1_0_event(stack: Stack) -> None:
    fn = python_function(
        stack,
        "Fn",
        "import json\ndef handler(event, context):\n    return {'statusCode': 200, 'body': json.dumps(event)}\n",
    )
    local = LocalApi(api_for(stack, fn, payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0))
    event = local.request("GET", "/books/7?a=1&a=2", headers=[("x-h", "1"), ("x-h", "2")]).json()
    assert {k: event[k] for k in ("version", "resource", "path", "httpMethod", "pathParameters")} == {
        "version": "1.0",
        "resource": "/books/{id}",
        "path": "/books/7",
        "httpMethod": "GET",
        "pathParameters": {"id": "7"},
    }
    assert event["headers"]["x-h"] == "2"
    assert event["multiValueHeaders"]["x-h"] == ["1", "2"]
    assert event["queryStringParameters"] == {"a": "2"}
    assert event["multiValueQueryStringParameters"] == {"a": ["1", "2"]}
    assert (event["body"], event["isBase64Encoded"], event["stageVariables"]) == (None, False, None)
    context = event["requestContext"]
    assert (context["resourcePath"], context["resourceId"]) == ("/books/{id}", None)
    assert context["authorizer"] == {"claims": None, "scopes": None}  # as the developer guide's example
    assert context["identity"]["sourceIp"] == "127.0.0.1"


@pytest.mark.parametrize(
    ("returned", "status", "content_type", "body"),
    [
        ("{'books': [1, 2]}", 200, "application/json", b'{"books": [1, 2]}'),
        ("'plain words'", 200, "application/json", b"plain words"),
        ("[1, 2]", 200, "application/json", b"[1, 2]"),
        (
            "{'statusCode': 201, 'headers': {'Content-Type': 'text/plain'}, 'body': 'made'}",
            201,
            "text/plain",
            b"made",
        ),
        (
            "{'statusCode': 200, 'body': 'AP8=', 'isBase64Encoded': True, 'headers': {'content-type': 'x/y'}}",
            200,
            "x/y",
            b"\x00\xff",
        ),
    ],
)
def test_payload_2_0_response_rules(
    stack: Stack, returned: str, status: int, content_type: str, body: bytes
) -> None:
    fn = python_function(stack, "Fn", f"def handler(event, context):\n    return {returned}\n")
    response = LocalApi(api_for(stack, fn)).request("GET", "/books/1")
    assert (response.status, response.headers["content-type"], response.body) == (status, content_type, body)


def test_payload_2_0_cookies_become_set_cookie_headers(stack: Stack) -> None:
    fn = python_function(
        stack,
        "Fn",
        "def handler(event, context):\n    return {'statusCode': 200, 'cookies': ['a=1', 'b=2']}\n",
    )
    assert LocalApi(api_for(stack, fn)).request("GET", "/books/1").cookies == ["a=1", "b=2"]


def test_payload_1_0_response_merges_multi_value_headers(stack: Stack) -> None:
    fn = python_function(
        stack,
        "Fn",
        "def handler(event, context):\n"
        "    return {'statusCode': 202, 'headers': {'x-one': '1'}, 'multiValueHeaders': {'x-two': ['a', 'b']},"
        " 'body': 'ok'}\n",
    )
    local = LocalApi(api_for(stack, fn, payload_format_version=apigwv2.PayloadFormatVersion.VERSION_1_0))
    response = local.request("GET", "/books/1")
    assert (response.status, response.text) == (202, "ok")
    assert [item for item in response.header_items if item[0].startswith("x-")] == [
        ("x-one", "1"),
        ("x-two", "a"),
        ("x-two", "b"),
    ]


def test_non_string_header_values_are_written_as_json_text(stack: Stack) -> None:
    fn = python_function(
        stack,
        "Fn",
        "def handler(event, context):\n"
        "    return {'statusCode': 200, 'headers': {'x-flag': True, 'x-count': 2}, 'multiValueHeaders': {}}\n",
    )
    response = LocalApi(api_for(stack, fn)).request("GET", "/books/1")
    assert [item for item in response.header_items if item[0].startswith("x-")] == [
        ("x-flag", "true"),
        ("x-count", "2"),
    ]


@pytest.mark.parametrize(
    ("returned", "version", "reason"),
    [
        (
            "{'statusCode': 200, 'body': {'a': 1}}",
            "2.0",
            "body is a dict; it must be a string (use json.dumps)",
        ),
        ("{'body': 'x'}", "1.0", "the response has no statusCode"),
        ("{'statusCode': 'abc'}", "2.0", "statusCode='abc' is not an HTTP status code"),
    ],
)
def test_malformed_response_is_500_with_the_reason(
    stack: Stack, returned: str, version: str, reason: str
) -> None:
    fn = python_function(stack, "Fn", f"def handler(event, context):\n    return {returned}\n")
    local = LocalApi(api_for(stack, fn, payload_format_version=apigwv2.PayloadFormatVersion.custom(version)))
    response = local.request("GET", "/books/1")
    assert (response.status, response.json()) == (500, {"message": "Internal Server Error"})
    assert response.error == f"function Fn9270CBC0 returned a malformed response: {reason}"


def test_handler_that_raises_gives_500_and_its_traceback(
    stack: Stack, caplog: pytest.LogCaptureFixture
) -> None:
    fn = python_function(stack, "Fn", "def handler(event, context):\n    raise ValueError('no such book')\n")
    response = LocalApi(api_for(stack, fn)).request("GET", "/books/1")
    assert (response.status, response.json()) == (500, {"message": "Internal Server Error"})
    assert response.error is not None
    assert "raise ValueError('no such book')" in response.error
    assert response.error.rstrip().endswith("ValueError: no such book")
    assert "ValueError: no such book" in caplog.text


def test_context_object_and_environment(stack: Stack) -> None:
    fn = python_function(
        stack,
        "Fn",
        "import os\n"
        "def handler(event, context):\n"
        "    return {'name': context.function_name, 'arn': context.invoked_function_arn,\n"
        "            'memory': context.memory_limit_in_mb, 'version': context.function_version,\n"
        "            'group': context.log_group_name, 'left': context.get_remaining_time_in_millis() > 0,\n"
        "            'table': os.environ['TABLE'], 'region': os.environ['AWS_REGION']}\n",
        environment={"TABLE": "books"},
        memory_size=256,
    )
    body = LocalApi(api_for(stack, fn)).request("GET", "/books/1").json()
    assert body == {
        "name": "Fn9270CBC0",
        "arn": "arn:aws:lambda:us-east-1:123456789012:function:Fn9270CBC0",
        "memory": "256",
        "version": "$LATEST",
        "group": "/aws/lambda/Fn9270CBC0",
        "left": True,
        "table": "books",
        "region": "us-east-1",
    }


def test_environment_is_set_only_for_the_call(stack: Stack) -> None:
    import os

    fn = python_function(
        stack, "Fn", "def handler(event, context):\n    return 1\n", environment={"ONLY_IN_CALL": "1"}
    )
    LocalApi(api_for(stack, fn)).request("GET", "/books/1")
    assert "ONLY_IN_CALL" not in os.environ


def test_python_asset_folder_runs_with_siblings_importable(stack: Stack) -> None:
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="app.handler",
        code=lambda_.Code.from_asset(str(DATA / "python_asset")),
        environment={"TABLE": "books"},
    )
    body = LocalApi(api_for(stack, fn, path="/hello/{name}")).request("GET", "/hello/ada").json()
    assert body == {"message": "hello ada", "table": "books", "function": "Fn9270CBC0"}


def test_node_function_runs_with_node(stack: Stack) -> None:
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_asset(str(DATA / "node_asset")),
        environment={"TABLE": "books"},
    )
    response = LocalApi(api_for(stack, fn)).request("GET", "/books/1")
    assert (response.status, response.headers["x-runtime"]) == (201, "node")
    assert response.json() == {"path": "/books/1", "table": "books", "fn": "Fn9270CBC0"}


def test_any_function_can_be_replaced_by_a_callable(stack: Stack) -> None:
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.JAVA_21,
        handler="books.Handler",
        code=lambda_.Code.from_asset(str(DATA / "python_asset")),
    )
    local = LocalApi(api_for(stack, fn))
    assert local.request("GET", "/books/1").status == 500
    seen: list[Any] = []

    def replacement(event: Any, context: LambdaContext) -> Any:
        seen.append(context.function_name)
        return {"id": event["pathParameters"]["id"]}

    local.handler(fn, replacement)
    assert local.request("GET", "/books/9").json() == {"id": "9"}
    assert seen == ["Fn9270CBC0"]


def test_imported_function_needs_a_replacement(stack: Stack) -> None:
    fn = lambda_.Function.from_function_arn(
        stack, "Imported", "arn:aws:lambda:us-east-1:111111111111:function:elsewhere"
    )
    local = LocalApi(api_for(stack, fn))
    response = local.request("GET", "/books/1")
    assert response.status == 500
    assert response.error is not None
    assert (
        "LookupError: function 'arn:aws:lambda:us-east-1:111111111111:function:elsewhere' is not defined in this "
        "app; replace it with local.handler(function, callable)"
    ) in response.error
    local.handler(fn, lambda event, context: "ok")
    assert local.request("GET", "/books/1").text == "ok"


def test_asset_path_is_read_from_the_function(stack: Stack) -> None:
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="app.handler",
        code=lambda_.Code.from_asset(str(DATA / "python_asset")),
    )
    assert isinstance(fn.code, lambda_.AssetCode)
    assert Path(fn.code.path) == DATA / "python_asset"
