"""LocalApi: an HTTP or WebSocket API of a built app, run in-process."""

from __future__ import annotations

import base64
import fnmatch
import json as json_module
import logging
import time
import urllib.parse
import uuid
from collections.abc import Callable, Mapping, Sequence

from ..cfn.aws_apigatewayv2 import CfnApi
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import evolve
from ..core.tokens.token import Token
from ._authorizers import Authorizers, Decision
from ._deployment import Deployment
from ._events import (
    HttpCall,
    MalformedResponse,
    ProxyResponse,
    event_1_0,
    event_2_0,
    joined,
    request_context_2_0,
    response_1_0,
    response_2_0,
)
from ._forward import forward
from ._lambda import FunctionRunner, function_arn_in, read_function
from ._model import ApiModel, IntegrationModel, RouteModel, StageModel, read_api
from ._selection import MappedRequest, RequestView, apply_mappings, apply_response_mappings, evaluate
from ._services import ServiceCall, answer_body, missing_parameters, service_answer
from ._websocket import LocalConnection, WebSocketSide
from .response import LocalResponse, RequestRecord, message_response

if TYPE_CHECKING:
    from typing import Any

logger = logging.getLogger("apigwv2_integrations.local")

MAX_PAYLOAD_BYTES = 10 * 1024 * 1024
"""The HTTP API payload quota (10 MB); a larger request body is refused with 413."""

HeadersLike = Mapping[str, str] | Sequence[tuple[str, str]]
"""Headers as a mapping or as (name, value) pairs (to repeat a name)."""


def header_pairs(headers: HeadersLike | None) -> list[tuple[str, str]]:
    """Headers as lower-cased (name, value) pairs."""
    if headers is None:
        return []
    items = headers.items() if isinstance(headers, Mapping) else headers
    return [(str(key).lower(), str(value)) for key, value in items]


def request_time(epoch_ms: int) -> str:
    """API Gateway's `requestTime` format: `04/Dec/2026:19:50:47 +0000`."""
    return time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(epoch_ms / 1000))


def _segment_kind(segment: str) -> int:
    if segment.startswith("{") and segment.endswith("+}"):
        return 2
    if segment.startswith("{") and segment.endswith("}"):
        return 1
    return 0


def match_route_path(route_path: str, path: str) -> dict[str, str] | None:
    """The path parameters when `path` matches `route_path` (`/books/{id}`, `/files/{proxy+}`), else None."""
    route_segments = route_path.strip("/").split("/") if route_path != "/" else []
    segments = path[1:].split("/") if path not in ("", "/") else []
    parameters: dict[str, str] = {}
    for index, pattern in enumerate(route_segments):
        kind = _segment_kind(pattern)
        if kind == 2:
            rest = "/".join(segments[index:])
            if not rest:
                return None
            parameters[pattern[1:-2]] = urllib.parse.unquote(rest)
            return parameters
        if index >= len(segments) or segments[index] == "":
            return None
        if kind == 1:
            parameters[pattern[1:-1]] = urllib.parse.unquote(segments[index])
        elif pattern != segments[index]:
            return None
    return parameters if len(segments) == len(route_segments) else None


def select_route(
    routes: Sequence[RouteModel], method: str, path: str
) -> tuple[RouteModel, dict[str, str]] | None:
    """The most specific route for the method and path, then `$default`; None when nothing matches.

    As API Gateway documents it, a full match (literal segments and `{param}`) beats a match by a greedy
    `{proxy+}` variable, which beats `$default`. Among those, literal segments beat `{param}`, which beats
    `{proxy+}`, segment by segment from the left; an exact method beats ANY.
    """
    candidates = []
    for route in routes:
        if route.path is None or route.method not in (method, "ANY"):
            continue
        parameters = match_route_path(route.path, path)
        if parameters is not None:
            kinds = tuple(_segment_kind(s) for s in route.path.strip("/").split("/") if s)
            candidates.append(((2 in kinds, kinds, route.method == "ANY"), route, parameters))
    if candidates:
        candidates.sort(key=lambda item: item[0])
        return candidates[0][1], candidates[0][2]
    for route in routes:
        if route.route_key == "$default":
            return route, {}
    return None


class LocalApi:
    """Run an HttpApi or WebSocketApi of a built app in-process: no AWS account, no Docker.

    It reads the construct tree (through the stack's template) and never changes it.
    """

    def __init__(self, api: Construct, *, stage: str | None = None) -> None:
        resource = api.node.default_child if isinstance(api, Construct) else None
        if not isinstance(resource, CfnApi):
            raise TypeError(
                f"LocalApi: api={api!r} is not an API defined in this app; pass an HttpApi or WebSocketApi"
            )
        self.api = api
        self._deployment = Deployment(Stack.of(api))
        self.model: ApiModel = read_api(self._deployment, resource.logical_id)
        self.functions = FunctionRunner()
        for logical_id in self._deployment.of_type("AWS::Lambda::Function"):
            spec = read_function(self._deployment, logical_id)
            if spec is not None:
                self.functions.add(spec)
        self.authorizers = Authorizers(self.functions)
        self.calls: list[ServiceCall] = []
        """Calls AWS service integrations made, in order."""
        self.records: list[RequestRecord] = []
        """The request log, oldest first (the last 1000)."""
        self.on_request: Callable[[RequestRecord], None] | None = None
        """Called with each request's log record (the local server prints it)."""
        self.domain_name = f"{self.model.api_id}.execute-api.{self._deployment.region}.amazonaws.com"
        self._backends: dict[str, str] = {}
        self._services: dict[str, Callable[[ServiceCall], Any]] = {}
        self.stage: StageModel = self._choose_stage(stage)
        self._websocket = WebSocketSide(self)

    # --- configuration -----------------------------------------------------------------------------

    @property
    def is_websocket(self) -> bool:
        """True for a WebSocket API."""
        return self.model.protocol == "WEBSOCKET"

    @property
    def stages(self) -> list[str]:
        """The names of the API's stages."""
        return [stage.name for stage in self.model.stages]

    def _choose_stage(self, name: str | None) -> StageModel:
        stages = {stage.name: stage for stage in self.model.stages}
        if name is not None:
            if name not in stages:
                raise ValueError(
                    f"{self.api.node.path}: stage={name!r} is not a stage of this API; "
                    f"use one of {sorted(stages) or ['(none: add a stage)']}"
                )
            return stages[name]
        if "$default" in stages:
            return stages["$default"]
        if self.model.stages:
            return self.model.stages[0]
        # Differs from API Gateway: an API without a stage cannot be called there; locally it gets `$default`.
        return StageModel(name="$default", variables={})

    def stage_named(self, name: str) -> StageModel | None:
        """The stage with this name, or None."""
        return next((stage for stage in self.model.stages if stage.name == name), None)

    def _key_of(self, target: Any) -> str:
        """The logical ID an integration, construct or resource stands for (or a URL, as given)."""
        if isinstance(target, str) and not Token.is_unresolved(target):
            return target.rstrip("/")
        bound = getattr(target, "bound_integration", None)
        if bound is not None:
            target = bound
        logical_id = self._deployment.logical_id_of(target)
        if logical_id is None:
            for attribute in ("listener_arn", "service_arn", "function_arn", "queue_arn"):
                value = getattr(target, attribute, None)
                if isinstance(value, str):
                    return self._deployment.evaluate_token(value)  # type: ignore[no-any-return]
            raise TypeError(f"{target!r} is not an integration, listener, service or resource of this app")
        return logical_id

    def backend(self, target: Any, url: str) -> None:
        """Send the requests of an integration to `url`, such as `http://127.0.0.1:8081`.

        `target` is an integration, a listener or Cloud Map service (every integration in front of it),
        or the URL of HTTP URL integrations.
        """
        self._backends[self._key_of(target)] = url.rstrip("/")

    def handler(self, function: Any, handler: Callable[[Any, Any], Any]) -> None:
        """Call `handler(event, context)` instead of the function's code."""
        arn = getattr(function, "function_arn", None)
        if not isinstance(arn, str):
            raise TypeError(f"handler: function={function!r} is not a Lambda function; pass a Function")
        self.functions.replacements[str(self._deployment.evaluate_token(arn))] = handler

    def service(self, target: Any, handler: Callable[[ServiceCall], Any]) -> None:
        """Answer AWS service integration calls with `handler(call)` (a JSON-able result).

        `target` is an action such as `"SQS-SendMessage"`, an integration, or the queue, event bus or
        state machine the integration calls.
        """
        key = target if isinstance(target, str) else self._key_of(target)
        self._services[key] = handler

    def jwks(self, issuer: str, keys: Sequence[Mapping[str, Any]] | Mapping[str, Any]) -> None:
        """Use these JSON Web Keys (a list, or a JWKS `{"keys": [...]}`) for tokens of `issuer`."""
        listed = keys.get("keys", []) if isinstance(keys, Mapping) else keys
        self.authorizers.jwks[issuer] = [dict(key) for key in listed]

    def _record(self, record: RequestRecord) -> None:
        self.records.append(record)
        del self.records[:-1000]
        logger.debug("%s", record)
        if self.on_request is not None:
            self.on_request(record)

    # --- HTTP --------------------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: HeadersLike | None = None,
        body: str | bytes | None = None,
        json: Any = None,
    ) -> LocalResponse:
        """Send one request to the chosen stage; `path` may carry a query string (`/books?x=1`)."""
        if self.is_websocket:
            raise TypeError(
                f"{self.api.node.path}: request() is for HTTP APIs; use connect() for WebSocket APIs"
            )
        pairs = header_pairs(headers)
        data = body.encode("utf-8") if isinstance(body, str) else (body or b"")
        if json is not None:
            data = json_module.dumps(json).encode("utf-8")
            if not any(key == "content-type" for key, _ in pairs):
                pairs.append(("content-type", "application/json"))
        if data and not any(key == "content-length" for key, _ in pairs):
            pairs.append(("content-length", str(len(data))))
        raw_path, _, raw_query = path.partition("?")
        return self.handle_http(
            method.upper(),
            self.stage,
            "/" + raw_path.lstrip("/"),
            raw_query,
            pairs,
            data,
            source_ip="127.0.0.1",
        )

    def handle_http(
        self,
        method: str,
        stage: StageModel,
        path: str,
        raw_query: str,
        headers: Sequence[tuple[str, str]],
        body: bytes,
        *,
        source_ip: str,
        domain_name: str | None = None,
    ) -> LocalResponse:
        """Serve one request of `stage`; `path` is relative to the stage."""
        started = time.perf_counter()
        raw_path = path if stage.name == "$default" else f"/{stage.name}{path}"
        response = self._serve(
            method, stage, path, raw_path, raw_query, list(headers), body, source_ip, domain_name
        )
        shown = raw_path + (f"?{raw_query}" if raw_query else "")
        self._record(
            RequestRecord(
                method=method,
                path=shown,
                route_key=response.route_key,
                integration=response.integration,
                status=response.status,
                milliseconds=(time.perf_counter() - started) * 1000,
            )
        )
        return response

    def _cors_origin(self, headers: Sequence[tuple[str, str]]) -> str | None:
        """The allowed origin to echo, or None when CORS does not apply to this request."""
        cors = self.model.cors
        origin = joined(headers).get("origin")
        if not cors or origin is None:
            return None
        allowed = cors.get("AllowOrigins") or []
        if "*" in allowed:
            return "*"
        return origin if any(fnmatch.fnmatchcase(origin, pattern) for pattern in allowed) else None

    def _cors_headers(self, origin: str, *, preflight: bool) -> list[tuple[str, str]]:
        cors = self.model.cors or {}
        items = [("access-control-allow-origin", origin)]
        if cors.get("AllowCredentials"):
            items.append(("access-control-allow-credentials", "true"))
        if preflight:
            if cors.get("AllowMethods"):
                items.append(("access-control-allow-methods", ",".join(cors["AllowMethods"])))
            if cors.get("AllowHeaders"):
                items.append(("access-control-allow-headers", ",".join(cors["AllowHeaders"])))
            if cors.get("MaxAge") is not None:
                items.append(("access-control-max-age", str(cors["MaxAge"])))
        elif cors.get("ExposeHeaders"):
            items.append(("access-control-expose-headers", ",".join(cors["ExposeHeaders"])))
        return items

    def _serve(
        self,
        method: str,
        stage: StageModel,
        path: str,
        raw_path: str,
        raw_query: str,
        headers: list[tuple[str, str]],
        body: bytes,
        source_ip: str,
        domain_name: str | None,
    ) -> LocalResponse:
        request_id = base64.b32encode(uuid.uuid4().bytes[:10]).decode("ascii").rstrip("=")
        origin = self._cors_origin(headers)
        names = {key for key, _ in headers}
        is_preflight = (
            bool(self.model.cors)
            and method == "OPTIONS"
            and "access-control-request-method" in names
            and "origin" in names
        )
        if len(body) > MAX_PAYLOAD_BYTES:
            response = message_response(
                413, "Request Entity Too Large", error=f"the body has {len(body)} bytes; HTTP APIs take 10 MB"
            )
            response.header_items.append(("apigw-requestid", request_id))
            return response
        selected = select_route(self.model.routes, method, path)
        if is_preflight and selected is None:
            # API Gateway answers a CORS preflight itself when no route takes it; an OPTIONS, ANY or
            # `$default` route that matches gets the request, authorizer included (the CORS guide).
            cors_headers = self._cors_headers(origin, preflight=True) if origin else []
            return LocalResponse(204, [*cors_headers, ("apigw-requestid", request_id)], b"")
        if selected is None:
            response = message_response(404, "Not Found")
        else:
            route, parameters = selected
            response = self._serve_route(
                route, parameters, method, stage, path, raw_path, raw_query, headers, body,
                source_ip, domain_name or self.domain_name, request_id,
            )  # fmt: skip
        if self.model.cors:
            # With CORS configured, API Gateway ignores the integration's CORS headers, whatever the origin.
            kept = [(k, v) for k, v in response.header_items if not k.startswith("access-control-")]
            cors_headers = self._cors_headers(origin, preflight=is_preflight) if origin is not None else []
            response.header_items = kept + cors_headers
        response.header_items.append(("apigw-requestid", request_id))
        return response

    def _serve_route(
        self,
        route: RouteModel,
        parameters: dict[str, str],
        method: str,
        stage: StageModel,
        path: str,
        raw_path: str,
        raw_query: str,
        headers: list[tuple[str, str]],
        body: bytes,
        source_ip: str,
        domain_name: str,
        request_id: str,
    ) -> LocalResponse:
        epoch_ms = int(time.time() * 1000)
        query = urllib.parse.parse_qsl(raw_query, keep_blank_values=True)
        forwarded = [
            ("x-amzn-trace-id", f"Root=1-{epoch_ms // 1000:08x}-{uuid.uuid4().hex[:24]}"),
            ("x-forwarded-for", source_ip),
            ("x-forwarded-port", "443"),
            ("x-forwarded-proto", "https"),
        ]
        # API Gateway adds these; a value the client sent is kept first.
        event_headers = [("host", domain_name)] if "host" not in {k for k, _ in headers} else []
        event_headers += headers + [item for item in forwarded if item[0] not in {k for k, _ in headers}]
        context_variables = {
            "accountId": self._deployment.account,
            "apiId": self.model.api_id,
            "domainName": domain_name,
            "domainPrefix": domain_name.split(".", 1)[0],
            "httpMethod": method,
            "path": raw_path,
            "protocol": "HTTP/1.1",
            "requestId": request_id,
            "extendedRequestId": request_id,
            "requestTime": request_time(epoch_ms),
            "requestTimeEpoch": str(epoch_ms),
            "routeKey": route.route_key,
            "stage": stage.name,
            "identity.sourceIp": source_ip,
            "identity.userAgent": joined(headers).get("user-agent", ""),
        }
        view = RequestView(
            path=path,
            headers=event_headers,
            query=query,
            body=body,
            path_parameters=parameters,
            context=context_variables,
            stage_variables=stage.variables,
        )
        call = HttpCall(
            method=method,
            raw_path=raw_path,
            raw_query=raw_query,
            headers=event_headers,
            query=query,
            body=body,
            route_key=route.route_key,
            resource_path=route.path or "$default",
            path_parameters=parameters,
            stage=stage.name,
            stage_variables=stage.variables,
            account_id=self._deployment.account,
            api_id=self.model.api_id,
            domain_name=domain_name,
            request_id=request_id,
            request_time=request_time(epoch_ms),
            request_time_epoch=epoch_ms,
            source_ip=source_ip,
        )
        integration = route.integration
        label = integration.name if integration is not None else None
        decision = self._authorize(route, view, call)
        if not decision.is_allowed:
            logger.info("%s %s refused: %s", method, raw_path, decision.reason)
            refused = message_response(
                int(decision.status or 403), decision.message, route_key=route.route_key
            )
            refused.header_items.extend(decision.headers)
            refused.error = decision.reason
            return refused
        if decision.context_variables:
            view = evolve(view, context={**view.context, **decision.context_variables})
        if integration is None:
            return message_response(
                500, "Internal Server Error", route_key=route.route_key, error="no integration"
            )
        response = self._integrate(integration, route, call, view, decision)
        mappings = integration.response_parameters.get(str(response.status))
        if mappings and response.error is None:
            # Response parameters of HTTP APIs change what the integration answered, by its status code.
            response.status, response.header_items = apply_response_mappings(
                mappings, view, response.status, response.header_items, response.body
            )
        response.route_key = route.route_key
        response.integration = label
        return response

    def _authorize(self, route: RouteModel, view: RequestView, call: HttpCall) -> Decision:
        if route.authorization_type == "AWS_IAM":
            return self.authorizers.iam_authorizer(view, self._deployment.account)
        authorizer = route.authorizer
        if route.authorization_type == "JWT" and authorizer is not None:
            return self.authorizers.jwt_authorizer(authorizer, view, route.authorization_scopes)
        if route.authorization_type == "CUSTOM" and authorizer is not None:
            route_arn = (
                f"arn:aws:execute-api:{self._deployment.region}:{self._deployment.account}:"
                f"{self.model.api_id}/{call.stage}/{call.method}{view.path}"
            )

            def event_for(identity: list[str]) -> dict[str, Any]:
                if authorizer.payload_format_version == "2.0":
                    v2 = event_2_0(call)
                    return {
                        "version": "2.0",
                        "type": "REQUEST",
                        "routeArn": route_arn,
                        "identitySource": identity,
                        "routeKey": call.route_key,
                        "rawPath": call.raw_path,
                        "rawQueryString": call.raw_query,
                        **{k: v2[k] for k in ("cookies", "headers", "queryStringParameters") if k in v2},
                        "requestContext": request_context_2_0(call, with_authorizer=False),
                        **{k: v2[k] for k in ("pathParameters", "stageVariables") if k in v2},
                    }
                v1 = event_1_0(call)
                return {
                    "version": "1.0",
                    "type": "REQUEST",
                    "methodArn": route_arn,
                    "identitySource": ",".join(identity),
                    "authorizationToken": ",".join(identity),
                    "resource": v1["resource"],
                    "path": v1["path"],
                    "httpMethod": v1["httpMethod"],
                    "headers": v1["headers"],
                    "queryStringParameters": v1["queryStringParameters"],
                    # The authorizer's own event has no `authorizer` in its requestContext.
                    "requestContext": {k: v for k, v in v1["requestContext"].items() if k != "authorizer"},
                    "pathParameters": v1["pathParameters"],
                    "stageVariables": v1["stageVariables"],
                }

            return self.authorizers.lambda_authorizer(
                authorizer, view, resource_arn=route_arn, event_for=event_for
            )
        return Decision(reason="no authorization")

    def _integrate(
        self,
        integration: IntegrationModel,
        route: RouteModel,
        call: HttpCall,
        view: RequestView,
        decision: Decision,
    ) -> LocalResponse:
        if integration.type == "AWS_PROXY" and integration.subtype:
            return self._call_service(integration, route, call, view)
        if integration.type == "AWS_PROXY":
            return self._call_lambda(integration, call, decision)
        if integration.type == "HTTP_PROXY":
            return self._call_backend(integration, call, view)
        return message_response(
            500, "Internal Server Error", error=f"integration type {integration.type} is not run locally"
        )

    def _call_lambda(
        self, integration: IntegrationModel, call: HttpCall, decision: Decision
    ) -> LocalResponse:
        arn = function_arn_in(str(integration.uri))
        if integration.payload_format_version == "2.0":
            event = event_2_0(evolve(call, authorizer=decision.authorizer_2_0))
        else:
            event = event_1_0(evolve(call, authorizer=decision.authorizer_1_0))
        invocation = self.functions.invoke(arn, event)
        if invocation.error is not None:
            return message_response(500, "Internal Server Error", error=invocation.error)
        try:
            proxy: ProxyResponse = (
                response_2_0(invocation.value)
                if integration.payload_format_version == "2.0"
                else response_1_0(invocation.value)
            )
        except MalformedResponse as error:
            reason = f"function {self.functions.label(arn)} returned a malformed response: {error}"
            logger.error("%s", reason)
            return message_response(500, "Internal Server Error", error=reason)
        return LocalResponse(proxy.status, proxy.headers, proxy.body)

    def _call_service(
        self, integration: IntegrationModel, route: RouteModel, call: HttpCall, view: RequestView
    ) -> LocalResponse:
        parameters = {key: evaluate(value, view) for key, value in integration.request_parameters.items()}
        service_call = ServiceCall(
            action=str(integration.subtype),
            parameters={key: value for key, value in parameters.items() if value is not None},
            route_key=route.route_key,
            request_id=call.request_id,
            integration=integration.name,
        )
        self.calls.append(service_call)
        missing = missing_parameters(service_call)
        if missing:
            reason = (
                f"integration {integration.name} ({service_call.action}) has no value for "
                f"{', '.join(missing)}; check its parameter mapping and the request"
            )
            logger.error("%s", reason)
            return message_response(400, "Bad Request", error=reason)
        handler = (
            self._services.get(integration.logical_id)
            or (self._services.get(integration.uri_logical_id) if integration.uri_logical_id else None)
            or self._services.get(service_call.action)
        )
        try:
            answer = handler(service_call) if handler is not None else service_answer(service_call)
        except Exception as error:
            logger.exception("service handler for %s raised", service_call.action)
            return message_response(500, "Internal Server Error", error=repr(error))
        return LocalResponse(200, [("content-type", "application/json")], answer_body(answer))

    def _backend_url(self, integration: IntegrationModel, parameters: Mapping[str, str]) -> str | None:
        override = self._backends.get(integration.logical_id) or (
            self._backends.get(integration.uri_logical_id) if integration.uri_logical_id else None
        )
        if override is None and integration.uri is not None:
            override = self._backends.get(integration.uri.rstrip("/"))
        if integration.connection_type == "VPC_LINK":
            return override
        uri = str(integration.uri or "")
        for name, value in parameters.items():
            uri = uri.replace("{" + name + "}", urllib.parse.quote(value, safe="/")).replace(
                "{" + name + "+}", urllib.parse.quote(value, safe="/")
            )
        if override is None:
            return uri
        parts = urllib.parse.urlsplit(uri)
        base = urllib.parse.urlsplit(override)
        return urllib.parse.urlunsplit((base.scheme, base.netloc, base.path + parts.path, parts.query, ""))

    def _call_backend(
        self, integration: IntegrationModel, call: HttpCall, view: RequestView
    ) -> LocalResponse:
        url = self._backend_url(integration, call.path_parameters)
        if not url:
            reason = (
                f"integration {integration.name} reaches its backend through a VPC link; "
                "map it with local.backend(integration_or_listener, 'http://127.0.0.1:PORT')"
            )
            logger.error("%s", reason)
            return message_response(500, "Internal Server Error", error=reason)
        parts = urllib.parse.urlsplit(url)
        private = integration.connection_type == "VPC_LINK"
        # Private integrations pass the request path on with the stage of a named stage (the private
        # integration guide; `overwrite:path` = `$request.path` drops it), and so does the `$default`
        # route (the routes guide: "the full request path"). Other URL integrations call their URL as it is.
        passes_path = private or call.route_key == "$default"
        base_path = (parts.path.rstrip("/") + call.raw_path) if passes_path else (parts.path or "/")
        query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True) + list(call.query)
        mapped = apply_mappings(
            integration.request_parameters,
            view,
            MappedRequest(path=base_path, headers=list(call.headers), query=query),
        )
        if "overwrite:path" in integration.request_parameters and passes_path and parts.path.rstrip("/"):
            mapped.path = parts.path.rstrip("/") + mapped.path
        target = urllib.parse.urlunsplit(
            (parts.scheme, parts.netloc, mapped.path, urllib.parse.urlencode(mapped.query), "")
        )
        method = integration.method if integration.method not in (None, "ANY") else call.method
        # The client's Host is replaced by the backend's, unless a mapping sets the header.
        maps_host = any(key.lower().endswith(":header.host") for key in integration.request_parameters)
        host = next((v for k, v in mapped.headers if k.lower() == "host"), None) if maps_host else None
        result = forward(
            target, str(method), mapped.headers, call.body, integration.timeout_ms / 1000, host=host
        )
        if result.error is not None:
            logger.error("integration %s: %s", integration.name, result.error)
            # An HTTP API answers a refused connection and an integration timeout alike (observed, as
            # for Lambda integrations that outlast the timeout): 503 Service Unavailable.
            return message_response(503, "Service Unavailable", error=result.error)
        return LocalResponse(result.status, list(result.headers), result.body)

    # --- WebSocket ---------------------------------------------------------------------------------

    def connect(
        self, *, headers: HeadersLike | None = None, query: Mapping[str, str] | None = None
    ) -> LocalConnection:
        """Open a WebSocket connection: runs the `$connect` authorizer and route.

        Raises ConnectionRejected with API Gateway's status when the connection is refused.
        """
        # WebSocket APIs pass header names on as the client sent them.
        items = headers.items() if isinstance(headers, Mapping) else (headers or [])
        pairs = [(str(key), str(value)) for key, value in items]
        return self._websocket.connect(pairs, list((query or {}).items()), self.stage)

    @property
    def connections(self) -> dict[str, LocalConnection]:
        """Open WebSocket connections by connection id."""
        return dict(self._websocket.connections)

    def post_to_connection(self, connection_id: str, data: str | bytes | Any) -> None:
        """`@connections` POST: send `data` to a connection.

        Raises GoneError when it is closed, PayloadTooLargeError for data over 128 KB.
        """
        self._websocket.post(connection_id, data)

    def get_connection(self, connection_id: str) -> dict[str, Any]:
        """`@connections` GET: `connectedAt`, `identity` and `lastActiveAt` (ISO 8601) of a connection."""
        return self._websocket.describe(connection_id)

    def delete_connection(self, connection_id: str) -> None:
        """`@connections` DELETE: close a connection (its `$disconnect` route runs)."""
        self._websocket.delete(connection_id)
