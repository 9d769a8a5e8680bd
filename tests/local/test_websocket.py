"""WebSocket APIs through LocalApi: $connect and its authorizer, route selection, two-way routes,
mock integrations, $disconnect and the @connections API."""

from __future__ import annotations

import re
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_authorizers as authorizers
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations.local import ConnectionRejected, GoneError, LocalApi, PayloadTooLargeError

from .conftest import python_function

ISO_TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"
ECHO = (
    "import json\n"
    "def handler(event, context):\n"
    "    ctx = event['requestContext']\n"
    "    return {'statusCode': 200, 'body': json.dumps({'route': ctx['routeKey'], 'body': event.get('body')})}\n"
)


def chat_api(stack: Stack, **props: Any) -> tuple[apigwv2.WebSocketApi, Any]:
    fn = python_function(stack, "Fn", ECHO)
    api = apigwv2.WebSocketApi(
        stack,
        "Chat",
        connect_route_options=apigwv2.WebSocketRouteOptions(
            integration=integrations.WebSocketLambdaIntegration("Connect", fn)
        ),
        disconnect_route_options=apigwv2.WebSocketRouteOptions(
            integration=integrations.WebSocketLambdaIntegration("Disconnect", fn)
        ),
        **props,
    )
    api.add_route(
        "sendmessage", integration=integrations.WebSocketLambdaIntegration("Send", fn), return_response=True
    )
    api.add_route("oneway", integration=integrations.WebSocketLambdaIntegration("OneWay", fn))
    apigwv2.WebSocketStage(stack, "Dev", web_socket_api=api, stage_name="dev", auto_deploy=True)
    return api, fn


def test_messages_are_routed_by_action_and_two_way_routes_answer(stack: Stack) -> None:
    api, _ = chat_api(stack)
    local = LocalApi(api)
    connection = local.connect()
    connection.send({"action": "sendmessage", "data": "hi"})
    connection.send({"action": "oneway"})
    assert connection.received_json() == [
        {"route": "sendmessage", "body": '{"action": "sendmessage", "data": "hi"}'}
    ]


def test_no_matching_route_and_no_default_is_forbidden(stack: Stack) -> None:
    api, _ = chat_api(stack)
    connection = LocalApi(api).connect()
    connection.send("not json")
    (answer,) = connection.received_json()
    assert (answer["message"], answer["connectionId"]) == ("Forbidden", connection.connection_id)


def test_default_route_takes_unknown_actions_and_non_json(stack: Stack) -> None:
    api, fn = chat_api(stack)
    api.add_route(
        "$default",
        integration=integrations.WebSocketLambdaIntegration("DefaultIntegration", fn),
        return_response=True,
    )
    connection = LocalApi(api).connect()
    connection.send({"action": "unknown"})
    connection.send(b"raw bytes")
    assert [m["route"] for m in connection.received_json()] == ["$default", "$default"]


def test_nested_route_selection_expression(stack: Stack) -> None:
    api, _ = chat_api(stack, route_selection_expression="$request.body.meta.type")
    connection = LocalApi(api).connect()
    connection.send({"meta": {"type": "sendmessage"}})
    assert connection.received_json()[0]["route"] == "sendmessage"


def test_connect_disconnect_and_message_events(stack: Stack) -> None:
    api, fn = chat_api(stack)
    local = LocalApi(api)
    events: list[Any] = []
    local.handler(fn, lambda event, context: events.append(event) or {"statusCode": 200})
    connection = local.connect(headers={"User-Agent": "tests"}, query={"room": "r1"})
    connection.send({"action": "oneway"})
    connection.close()
    connect, message, disconnect = events
    assert connect["queryStringParameters"] == {"room": "r1"}
    # Header names as the client sent them, with what API Gateway adds (the authorizer guide's example).
    assert connect["headers"] == {
        "Host": local.domain_name,
        "User-Agent": "tests",
        "X-Amzn-Trace-Id": connect["headers"]["X-Amzn-Trace-Id"],
        "X-Forwarded-For": "127.0.0.1",
        "X-Forwarded-Port": "443",
        "X-Forwarded-Proto": "https",
    }
    assert connect["multiValueHeaders"]["User-Agent"] == ["tests"]
    assert connect["requestContext"]["identity"] == {"userAgent": "tests", "sourceIp": "127.0.0.1"}
    assert [e["requestContext"]["eventType"] for e in events] == ["CONNECT", "MESSAGE", "DISCONNECT"]
    context = message["requestContext"]
    assert {k: context[k] for k in ("routeKey", "stage", "connectionId", "apiId", "messageDirection")} == {
        "routeKey": "oneway",
        "stage": "dev",
        "connectionId": connection.connection_id,
        "apiId": local.model.api_id,
        "messageDirection": "IN",
    }
    assert message["body"] == '{"action": "oneway"}'
    assert disconnect["requestContext"]["disconnectStatusCode"] == 1000
    assert local.connections == {}
    with pytest.raises(GoneError):
        connection.send("late")


def test_message_over_128_kb_closes_the_connection_with_1009(stack: Stack) -> None:
    api, fn = chat_api(stack)
    local = LocalApi(api)
    events: list[Any] = []
    local.handler(fn, lambda event, context: events.append(event) or {"statusCode": 200})
    connection = local.connect()
    connection.send({"action": "oneway", "data": "x" * (128 * 1024 - 32)})  # 128 KB exactly is allowed
    connection.send({"action": "oneway", "data": "x" * (128 * 1024)})
    assert [e["requestContext"]["eventType"] for e in events] == ["CONNECT", "MESSAGE", "DISCONNECT"]
    assert events[-1]["requestContext"]["disconnectStatusCode"] == 1009
    assert (connection.is_open, local.connections) == (False, {})


def test_connect_route_that_answers_an_error_rejects_the_connection(stack: Stack) -> None:
    api, fn = chat_api(stack)
    local = LocalApi(api)
    local.handler(fn, lambda event, context: {"statusCode": 403})
    with pytest.raises(ConnectionRejected) as caught:
        local.connect()
    assert caught.value.status == 403


def test_connect_authorizer_allows_denies_and_passes_its_context(stack: Stack) -> None:
    fn = python_function(stack, "Fn", ECHO)
    auth_fn = python_function(stack, "AuthFn", "def handler(event, context):\n    return None\n")
    api = apigwv2.WebSocketApi(
        stack,
        "Chat",
        connect_route_options=apigwv2.WebSocketRouteOptions(
            integration=integrations.WebSocketLambdaIntegration("Connect", fn),
            authorizer=authorizers.WebSocketLambdaAuthorizer(
                "Auth", auth_fn, identity_source=["route.request.querystring.token"]
            ),
        ),
    )
    api.add_route(
        "whoami", integration=integrations.WebSocketLambdaIntegration("WhoAmI", fn), return_response=True
    )
    apigwv2.WebSocketStage(stack, "Dev", web_socket_api=api, stage_name="dev", auto_deploy=True)
    local = LocalApi(api)
    seen: list[Any] = []

    def decide(event: Any, context: Any) -> Any:
        seen.append(event)
        effect = "Allow" if event["queryStringParameters"]["token"] == "good" else "Deny"
        return {
            "principalId": "ada",
            "policyDocument": {
                "Statement": [
                    {"Action": "execute-api:Invoke", "Effect": effect, "Resource": event["methodArn"]}
                ]
            },
            "context": {"room": "r1"},
        }

    local.handler(auth_fn, decide)
    messages: list[Any] = []
    local.handler(fn, lambda event, context: messages.append(event) or {"statusCode": 200})
    with pytest.raises(ConnectionRejected) as missing:
        local.connect()
    assert (missing.value.status, seen) == (401, [])
    with pytest.raises(ConnectionRejected) as denied:
        local.connect(query={"token": "bad"})
    assert denied.value.status == 403
    connection = local.connect(query={"token": "good"})
    assert seen[-1]["methodArn"].endswith(f"{local.model.api_id}/dev/$connect")
    assert seen[-1]["type"] == "REQUEST"
    connection.send({"action": "whoami"})
    assert messages[-1]["requestContext"]["authorizer"] == {
        "room": "r1",
        "principalId": "ada",
        "integrationLatency": 0,
    }


def test_mock_integration_answers_its_response_template(stack: Stack) -> None:
    api = apigwv2.WebSocketApi(stack, "Chat")
    api.add_route("ping", integration=integrations.WebSocketMockIntegration("Ping"), return_response=True)
    apigwv2.WebSocketStage(stack, "Dev", web_socket_api=api, stage_name="dev", auto_deploy=True)
    route_integration = api.node.find_child("ping-Route").node.find_child("Ping").node.default_child
    apigwv2.CfnIntegrationResponse(
        stack,
        "PingResponse",
        api_id=api.api_id,
        integration_id=route_integration.ref,
        integration_response_key="$default",
        response_templates={"$default": '{"pong": true}'},
    )
    connection = LocalApi(api).connect()
    connection.send({"action": "ping"})
    assert connection.received_json() == [{"pong": True}]


def test_handler_error_sends_internal_server_error_to_the_client(stack: Stack) -> None:
    api, fn = chat_api(stack)
    local = LocalApi(api)
    connection = local.connect()

    def broken(event: Any, context: Any) -> Any:
        raise KeyError("missing")

    local.handler(fn, broken)
    connection.send({"action": "sendmessage"})
    (answer,) = connection.received_json()
    assert answer["message"] == "Internal server error"


def test_connections_management_api(stack: Stack) -> None:
    api, fn = chat_api(stack)
    local = LocalApi(api)
    first = local.connect(headers={"user-agent": "one"})
    second = local.connect()
    local.handler(
        fn,
        lambda event, context: (
            local.post_to_connection(second.connection_id, {"from": "first"}) or {"statusCode": 200}
        ),
    )
    first.send({"action": "oneway"})
    assert second.received_json() == [{"from": "first"}]
    description = local.get_connection(first.connection_id)
    assert description["identity"] == {"sourceIp": "127.0.0.1", "userAgent": "one"}
    # The API's timestamps are ISO 8601 date-times (2026-12-05T15:44:48.123Z), not epoch numbers.
    assert re.fullmatch(ISO_TIME, description["connectedAt"]), description
    assert re.fullmatch(ISO_TIME, description["lastActiveAt"]), description
    assert description["connectedAt"] <= description["lastActiveAt"]
    with pytest.raises(PayloadTooLargeError) as caught:
        local.post_to_connection(first.connection_id, b"x" * (128 * 1024 + 1))
    assert str(caught.value) == "the data has 131073 bytes; @connections POST takes 131072 at most"
    local.post_to_connection(first.connection_id, b"x" * (128 * 1024))
    assert len(first.received[-1]) == 128 * 1024
    local.delete_connection(second.connection_id)
    assert (second.is_open, sorted(local.connections)) == (False, [first.connection_id])
    with pytest.raises(GoneError):
        local.post_to_connection(second.connection_id, "x")
    with pytest.raises(GoneError):
        local.get_connection("nope")


def test_request_is_refused_on_websocket_apis(stack: Stack) -> None:
    api, _ = chat_api(stack)
    with pytest.raises(TypeError) as caught:
        LocalApi(api).request("GET", "/")
    assert str(caught.value) == "Test/Chat: request() is for HTTP APIs; use connect() for WebSocket APIs"
