"""WebSocket APIs locally: connections, route selection, two-way routes and the @connections API."""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Sequence

from ..core.runtime_typing import TYPE_CHECKING
from ._authorizers import Decision
from ._events import joined, multi
from ._forward import forward
from ._lambda import function_arn_in
from ._model import IntegrationModel, RouteModel, StageModel
from ._selection import RequestView, body_value
from ._services import ServiceCall, service_answer
from .response import RequestRecord

if TYPE_CHECKING:
    from typing import Any

    from .api import LocalApi

logger = logging.getLogger("apigwv2_integrations.local")

MAX_MESSAGE_BYTES = 128 * 1024
"""The WebSocket message payload quota; a larger message closes the connection with code 1009."""


class ConnectionRejected(Exception):
    """API Gateway refused the WebSocket connection (the authorizer or `$connect` said no)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"connection rejected with {status}: {reason}")
        self.status = status
        self.reason = reason


class GoneError(Exception):
    """The connection is closed or never existed (`@connections` answers 410 Gone)."""


class PayloadTooLargeError(Exception):
    """The data of an `@connections` POST is over 128 KB (`@connections` answers 413)."""


def _iso_time(epoch_ms: int) -> str:
    """An ISO 8601 time in UTC with milliseconds, as the `@connections` API writes its timestamps."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch_ms // 1000)) + f".{epoch_ms % 1000:03d}Z"


def _header_value(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    """A header's values comma-joined, whatever the case of its name; None when absent."""
    values = [value for key, value in headers if key.lower() == name.lower()]
    return ",".join(values) if values else None


def _with_gateway_headers(
    headers: Sequence[tuple[str, str]], domain_name: str, source_ip: str
) -> list[tuple[str, str]]:
    """The `$connect` headers as API Gateway passes them on: names as the client sent them, with
    `Host`, `X-Amzn-Trace-Id` and `X-Forwarded-*` added when absent (the authorizer guide's example)."""
    seconds = int(time.time())
    added = [
        ("X-Amzn-Trace-Id", f"Root=1-{seconds:08x}-{uuid.uuid4().hex[:24]}"),
        ("X-Forwarded-For", source_ip),
        ("X-Forwarded-Port", "443"),
        ("X-Forwarded-Proto", "https"),
    ]
    names = {key.lower() for key, _ in headers}
    host = [] if "host" in names else [("Host", domain_name)]
    return host + list(headers) + [item for item in added if item[0].lower() not in names]


def _size_of(data: Any) -> int:
    return len(data) if isinstance(data, bytes) else len(_message_text(data).encode("utf-8"))


def _connection_id() -> str:
    # Like API Gateway's ids (`L0SM9cOFvHcCIhw=`), without `/` and `+`, so they fit in URL paths as they are.
    return base64.b64encode(uuid.uuid4().bytes[:10], altchars=b"Ab").decode("ascii")


def _message_text(message: Any) -> str:
    if isinstance(message, bytes):
        return message.decode("utf-8", errors="replace")
    if isinstance(message, str):
        return message
    return json.dumps(message)


class LocalConnection:
    """An open WebSocket connection: `send()`, `received`, `close()`."""

    def __init__(
        self,
        side: WebSocketSide,
        *,
        connection_id: str,
        stage: StageModel,
        headers: Sequence[tuple[str, str]],
        source_ip: str,
    ) -> None:
        self._side = side
        self.connection_id = connection_id
        self.stage = stage
        self.headers = list(headers)
        self.source_ip = source_ip
        self.connected_at = int(time.time() * 1000)
        self.last_active_at = self.connected_at
        self.authorizer: dict[str, Any] | None = None
        self.received: list[str] = []
        """Messages sent to this client: route responses and @connections posts, oldest first."""
        self.is_open = True
        self.on_message: Callable[[str], None] | None = None
        """Called with each message sent to the client (the local server writes it to the socket)."""
        self.on_close: Callable[[], None] | None = None
        """Called when API Gateway closes the connection (@connections DELETE)."""

    def send(self, message: str | bytes | Any) -> None:
        """Send a message from the client: a str, bytes, or a JSON-able value.

        A message over 128 KB closes the connection with code 1009, as API Gateway does.
        """
        if not self.is_open:
            raise GoneError(f"connection {self.connection_id} is closed")
        size = _size_of(message)
        if size > MAX_MESSAGE_BYTES:
            logger.warning(
                "connection %s: a %d-byte message is over the 128 KB quota; closing with 1009",
                self.connection_id,
                size,
            )
            self._side.disconnect(self, status_code=1009, reason="")
            if self.on_close is not None:
                self.on_close()
            return
        self._side.message(self, _message_text(message))

    def received_json(self) -> list[Any]:
        """`received`, each message parsed as JSON."""
        return [json.loads(message) for message in self.received]

    def close(self) -> None:
        """Close from the client side: the `$disconnect` route runs."""
        if self.is_open:
            self._side.disconnect(self, status_code=1000, reason="")

    def deliver(self, message: str) -> None:
        """Hand a message to the client."""
        self.received.append(message)
        if self.on_message is not None:
            self.on_message(message)

    def __repr__(self) -> str:
        return f"LocalConnection({self.connection_id!r}, open={self.is_open})"


class WebSocketSide:
    """The WebSocket half of a LocalApi."""

    def __init__(self, api: LocalApi) -> None:
        self.api = api
        self.connections: dict[str, LocalConnection] = {}
        self._lock = threading.RLock()

    def _route(self, key: str) -> RouteModel | None:
        return next((route for route in self.api.model.routes if route.route_key == key), None)

    def _context(
        self, connection: LocalConnection, *, route_key: str, event_type: str, request_id: str
    ) -> dict[str, Any]:
        epoch_ms = int(time.time() * 1000)
        context: dict[str, Any] = {
            "routeKey": route_key,
            "eventType": event_type,
            "extendedRequestId": request_id,
            "requestTime": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(epoch_ms / 1000)),
            "messageDirection": "IN",
            "stage": connection.stage.name,
            "connectedAt": connection.connected_at,
            "requestTimeEpoch": epoch_ms,
            "identity": {
                "userAgent": _header_value(connection.headers, "user-agent") or "",
                "sourceIp": connection.source_ip,
            },
            "requestId": request_id,
            "domainName": self.api.domain_name,
            "connectionId": connection.connection_id,
            "apiId": self.api.model.api_id,
        }
        if connection.authorizer is not None:
            context["authorizer"] = dict(connection.authorizer)
        return context

    def _record(self, route_key: str | None, integration: str | None, status: int, started: float) -> None:
        self.api._record(
            RequestRecord(
                method="WS",
                path=f"/{self.api.stage.name}",
                route_key=route_key,
                integration=integration,
                status=status,
                milliseconds=(time.perf_counter() - started) * 1000,
            )
        )

    def connect(
        self,
        headers: list[tuple[str, str]],
        query: list[tuple[str, str]],
        stage: StageModel,
        *,
        source_ip: str = "127.0.0.1",
    ) -> LocalConnection:
        """Run the `$connect` authorizer and route; the new connection, or ConnectionRejected."""
        started = time.perf_counter()
        request_id = _connection_id()
        headers = _with_gateway_headers(headers, self.api.domain_name, source_ip)
        connection = LocalConnection(
            self, connection_id=_connection_id(), stage=stage, headers=headers, source_ip=source_ip
        )
        route = self._route("$connect")
        connect_event: dict[str, Any] = {
            "headers": joined(headers),
            "multiValueHeaders": multi(headers),
        }
        if query:
            connect_event["queryStringParameters"] = joined(query)
            connect_event["multiValueQueryStringParameters"] = multi(query)
        if route is not None and route.authorizer is not None and route.authorization_type == "CUSTOM":
            decision = self._authorize(route, connection, headers, query, connect_event, request_id)
            if not decision.is_allowed:
                self._record("$connect", None, int(decision.status or 403), started)
                raise ConnectionRejected(int(decision.status or 403), decision.reason)
            connection.authorizer = dict(decision.authorizer_1_0 or {})
        elif route is not None and route.authorization_type == "AWS_IAM":
            view = RequestView(
                path="/",
                headers=headers,
                query=query,
                body=b"",
                path_parameters={},
                context={},
                stage_variables={},
            )
            decision = self.api.authorizers.iam_authorizer(view, self.api._deployment.account)
            if not decision.is_allowed:
                self._record("$connect", None, 403, started)
                raise ConnectionRejected(403, decision.reason)
            connection.authorizer = dict(decision.authorizer_1_0 or {})
        if route is not None and route.integration is not None:
            event = {
                **connect_event,
                "requestContext": self._context(
                    connection, route_key="$connect", event_type="CONNECT", request_id=request_id
                ),
                "isBase64Encoded": False,
            }
            status, _ = self._integrate(route.integration, connection, event, None, "$connect")
            self._record("$connect", route.integration.name, status, started)
            if not 200 <= status < 300:
                raise ConnectionRejected(
                    status, f"$connect integration {route.integration.name} answered {status}"
                )
        else:
            self._record("$connect", None, 200, started)
        with self._lock:
            self.connections[connection.connection_id] = connection
        return connection

    def _authorize(
        self,
        route: RouteModel,
        connection: LocalConnection,
        headers: list[tuple[str, str]],
        query: list[tuple[str, str]],
        connect_event: dict[str, Any],
        request_id: str,
    ) -> Decision:
        authorizer = route.authorizer
        if authorizer is None:
            return Decision(reason="no authorizer")
        view = RequestView(
            path="/",
            headers=headers,
            query=query,
            body=b"",
            path_parameters={},
            context={"connectionId": connection.connection_id, "stage": connection.stage.name},
            stage_variables=connection.stage.variables,
        )
        method_arn = (
            f"arn:aws:execute-api:{self.api._deployment.region}:{self.api._deployment.account}:"
            f"{self.api.model.api_id}/{connection.stage.name}/$connect"
        )

        def event_for(identity: list[str]) -> dict[str, Any]:
            return {
                "type": "REQUEST",
                "methodArn": method_arn,
                **connect_event,
                "stageVariables": dict(connection.stage.variables),
                "requestContext": self._context(
                    connection, route_key="$connect", event_type="CONNECT", request_id=request_id
                ),
            }

        return self.api.authorizers.lambda_authorizer(
            authorizer, view, resource_arn=method_arn, event_for=event_for, websocket=True
        )

    def select_route(self, text: str) -> RouteModel | None:
        """The route for a message by the route selection expression, else `$default`, else None."""
        expression = self.api.model.route_selection_expression or "$request.body.action"
        expression = expression.strip()
        if expression.startswith("${") and expression.endswith("}"):
            expression = "$" + expression[2:-1]
        key: str | None = None
        if expression.startswith("$request.body."):
            value = body_value(text.encode("utf-8"), expression.removeprefix("$request.body."))
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                key = str(value)
        elif not expression.startswith("$"):
            key = expression
        if key is not None and key not in ("$connect", "$disconnect"):
            route = self._route(key)
            if route is not None:
                return route
        return self._route("$default")

    def message(self, connection: LocalConnection, text: str) -> None:
        """A message from the client: select the route, run its integration, answer two-way routes."""
        started = time.perf_counter()
        connection.last_active_at = int(time.time() * 1000)
        request_id = _connection_id()
        route = self.select_route(text)
        if route is None or route.integration is None:
            # No matching route and no $default: API Gateway answers the client itself.
            self._record(None, None, 403, started)
            connection.deliver(
                json.dumps(
                    {
                        "message": "Forbidden",
                        "connectionId": connection.connection_id,
                        "requestId": request_id,
                    }
                )
            )
            return
        context = self._context(
            connection, route_key=route.route_key, event_type="MESSAGE", request_id=request_id
        )
        context["messageId"] = _connection_id()
        event = {"requestContext": context, "body": text, "isBase64Encoded": False}
        status, reply = self._integrate(route.integration, connection, event, text, route.route_key)
        self._record(route.route_key, route.integration.name, status, started)
        if status >= 500:
            connection.deliver(
                json.dumps(
                    {
                        "message": "Internal server error",
                        "connectionId": connection.connection_id,
                        "requestId": request_id,
                    }
                )
            )
        elif route.has_route_response and reply is not None:
            connection.deliver(reply)

    def _integrate(
        self,
        integration: IntegrationModel,
        connection: LocalConnection,
        event: dict[str, Any],
        body: str | None,
        route_key: str,
    ) -> tuple[int, str | None]:
        """Run an integration; its status and the text a two-way route would send back."""
        if integration.type == "AWS_PROXY":
            invocation = self.api.functions.invoke(function_arn_in(str(integration.uri)), event)
            if invocation.error is not None:
                return 500, None
            value = invocation.value
            if isinstance(value, dict) and "statusCode" in value:
                status = value.get("statusCode")
                reply = value.get("body")
                return (int(status) if isinstance(status, int) else 200), (
                    None if reply is None else _message_text(reply)
                )
            return 200, None if value is None else _message_text(value)
        if integration.type == "MOCK":
            templates = integration.response_templates
            reply = templates.get("$default") or next(iter(templates.values()), None)
            return 200, reply
        if integration.type == "AWS":
            call = ServiceCall(
                action=str(integration.uri),
                parameters={
                    "body": body,
                    "requestTemplates": dict(integration.request_templates),
                    "requestParameters": dict(integration.request_parameters),
                },
                route_key=route_key,
                request_id=str(event["requestContext"]["requestId"]),
                integration=integration.name,
            )
            self.api.calls.append(call)
            handler = self.api._services.get(integration.logical_id) or self.api._services.get(call.action)
            answer = handler(call) if handler is not None else service_answer(call)
            return 200, _message_text(answer)
        if integration.type in ("HTTP_PROXY", "HTTP"):
            url = str(integration.uri)
            override = self.api._backends.get(integration.logical_id)
            if override is not None:
                parts = urllib.parse.urlsplit(url)
                url = override + parts.path + (f"?{parts.query}" if parts.query else "")
            result = forward(
                url,
                integration.method or "POST",
                [("content-type", "application/json")],
                (body or "").encode("utf-8"),
                integration.timeout_ms / 1000,
            )
            return result.status, result.body.decode("utf-8", errors="replace")
        return 500, None

    def disconnect(self, connection: LocalConnection, *, status_code: int, reason: str) -> None:
        """Close a connection and run `$disconnect`."""
        started = time.perf_counter()
        with self._lock:
            if not connection.is_open:
                return
            connection.is_open = False
            self.connections.pop(connection.connection_id, None)
        route = self._route("$disconnect")
        if route is not None and route.integration is not None:
            context = self._context(
                connection,
                route_key="$disconnect",
                event_type="DISCONNECT",
                request_id=_connection_id(),
            )
            context["disconnectStatusCode"] = status_code
            context["disconnectReason"] = reason
            event = {
                "headers": {
                    "Host": self.api.domain_name,
                    "x-api-key": "",
                    "X-Forwarded-For": "",
                    "x-restapi": "",
                },
                "multiValueHeaders": {
                    "Host": [self.api.domain_name],
                    "x-api-key": [""],
                    "X-Forwarded-For": [""],
                    "x-restapi": [""],
                },
                "requestContext": context,
                "isBase64Encoded": False,
            }
            status, _ = self._integrate(route.integration, connection, event, None, "$disconnect")
            self._record("$disconnect", route.integration.name, status, started)

    def _open(self, connection_id: str) -> LocalConnection:
        connection = self.connections.get(connection_id)
        if connection is None or not connection.is_open:
            raise GoneError(f"connection {connection_id!r} is gone")
        return connection

    def post(self, connection_id: str, data: Any) -> None:
        """@connections POST; its data may be up to 128 KB (the API's `Data` length limit)."""
        connection = self._open(connection_id)
        size = _size_of(data)
        if size > MAX_MESSAGE_BYTES:
            raise PayloadTooLargeError(f"the data has {size} bytes; @connections POST takes 131072 at most")
        connection.deliver(_message_text(data))

    def describe(self, connection_id: str) -> dict[str, Any]:
        """@connections GET, with its timestamps in ISO 8601 as the API writes them."""
        connection = self._open(connection_id)
        return {
            "connectedAt": _iso_time(connection.connected_at),
            "identity": {
                "sourceIp": connection.source_ip,
                "userAgent": _header_value(connection.headers, "user-agent") or "",
            },
            "lastActiveAt": _iso_time(connection.last_active_at),
        }

    def delete(self, connection_id: str) -> None:
        """@connections DELETE: close the connection as API Gateway does (status 1000)."""
        connection = self._open(connection_id)
        self.disconnect(connection, status_code=1000, reason="Connection deleted via @connections API")
        if connection.on_close is not None:
            connection.on_close()
