"""Lambda proxy events of HTTP APIs (payload formats 1.0 and 2.0) and the rules for reading responses."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence

from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

_TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript", "+json", "+xml")
_FORM_TYPE = "application/x-www-form-urlencoded"


@lazy_frozen
class HttpCall(metaclass=LazyAttrsMeta):
    """One HTTP request as a route sees it, with what API Gateway adds (ids, times, authorizer)."""

    method: str
    raw_path: str
    """The path as sent, with the stage for named stages."""
    raw_query: str
    headers: Sequence[tuple[str, str]]
    query: Sequence[tuple[str, str]]
    body: bytes
    route_key: str
    resource_path: str
    path_parameters: Mapping[str, str]
    stage: str
    stage_variables: Mapping[str, str]
    account_id: str
    api_id: str
    domain_name: str
    request_id: str
    request_time: str
    request_time_epoch: int
    source_ip: str
    authorizer: Mapping[str, Any] | None = None


def is_text(content_type: str | None) -> bool:
    """Whether API Gateway passes a body of this content type as text rather than base64."""
    if not content_type:
        return True
    lowered = content_type.lower()
    return any(marker in lowered for marker in _TEXT_TYPES) or lowered.startswith(_FORM_TYPE)


def encoded_body(body: bytes, content_type: str | None) -> tuple[str | None, bool]:
    """The `body` and `isBase64Encoded` of an event."""
    if not body:
        return None, False
    if is_text(content_type):
        try:
            return body.decode("utf-8"), False
        except UnicodeDecodeError:
            pass
    return base64.b64encode(body).decode("ascii"), True


def joined(items: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Repeated names comma-joined, as in payload format 2.0."""
    result: dict[str, str] = {}
    for key, value in items:
        result[key] = f"{result[key]},{value}" if key in result else value
    return result


def multi(items: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """Repeated names as lists, as in payload format 1.0's multiValue* fields."""
    result: dict[str, list[str]] = {}
    for key, value in items:
        result.setdefault(key, []).append(value)
    return result


def request_context_2_0(call: HttpCall, *, with_authorizer: bool) -> dict[str, Any]:
    """The `requestContext` of a 2.0 event."""
    headers = joined(call.headers)
    context: dict[str, Any] = {
        "accountId": call.account_id,
        "apiId": call.api_id,
        "domainName": call.domain_name,
        "domainPrefix": call.domain_name.split(".", 1)[0],
        "http": {
            "method": call.method,
            "path": call.raw_path,
            "protocol": "HTTP/1.1",
            "sourceIp": call.source_ip,
            "userAgent": headers.get("user-agent", ""),
        },
        "requestId": call.request_id,
        "routeKey": call.route_key,
        "stage": call.stage,
        "time": call.request_time,
        "timeEpoch": call.request_time_epoch,
    }
    if with_authorizer and call.authorizer is not None:
        context["authorizer"] = dict(call.authorizer)
    return context


def event_2_0(call: HttpCall) -> dict[str, Any]:
    """A payload format 2.0 event."""
    cookies = [
        part.strip()
        for key, value in call.headers
        if key == "cookie"
        for part in value.split(";")
        if part.strip()
    ]
    headers = joined([(key, value) for key, value in call.headers if key != "cookie"])
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": call.route_key,
        "rawPath": call.raw_path,
        "rawQueryString": call.raw_query,
    }
    if cookies:
        event["cookies"] = cookies
    event["headers"] = headers
    if call.query:
        event["queryStringParameters"] = joined(call.query)
    event["requestContext"] = request_context_2_0(call, with_authorizer=True)
    body, is_base64 = encoded_body(call.body, headers.get("content-type"))
    if body is not None:
        event["body"] = body
    if call.path_parameters:
        event["pathParameters"] = dict(call.path_parameters)
    event["isBase64Encoded"] = is_base64
    if call.stage_variables:
        event["stageVariables"] = dict(call.stage_variables)
    return event


def request_context_1_0(call: HttpCall) -> dict[str, Any]:
    """The `requestContext` of a 1.0 event."""
    headers = joined(call.headers)
    return {
        "accountId": call.account_id,
        "apiId": call.api_id,
        # Without an authorizer the developer guide's 1.0 event shows empty JWT fields, not null.
        "authorizer": dict(call.authorizer)
        if call.authorizer is not None
        else {"claims": None, "scopes": None},
        "domainName": call.domain_name,
        "domainPrefix": call.domain_name.split(".", 1)[0],
        "extendedRequestId": call.request_id,
        "httpMethod": call.method,
        "identity": {
            "accessKey": None,
            "accountId": None,
            "caller": None,
            "cognitoAuthenticationProvider": None,
            "cognitoAuthenticationType": None,
            "cognitoIdentityId": None,
            "cognitoIdentityPoolId": None,
            "principalOrgId": None,
            "sourceIp": call.source_ip,
            "user": None,
            "userAgent": headers.get("user-agent", ""),
            "userArn": None,
        },
        "path": call.raw_path,
        "protocol": "HTTP/1.1",
        "requestId": call.request_id,
        "requestTime": call.request_time,
        "requestTimeEpoch": call.request_time_epoch,
        "resourceId": None,
        "resourcePath": call.resource_path,
        "stage": call.stage,
    }


def event_1_0(call: HttpCall) -> dict[str, Any]:
    """A payload format 1.0 event."""
    headers = dict(call.headers)
    body, is_base64 = encoded_body(call.body, joined(call.headers).get("content-type"))
    return {
        "version": "1.0",
        "resource": call.resource_path,
        "path": call.raw_path,
        "httpMethod": call.method,
        "headers": headers,
        "multiValueHeaders": multi(call.headers),
        "queryStringParameters": dict(call.query) or None,
        "multiValueQueryStringParameters": multi(call.query) or None,
        "requestContext": request_context_1_0(call),
        "pathParameters": dict(call.path_parameters) or None,
        "stageVariables": dict(call.stage_variables) or None,
        "body": body,
        "isBase64Encoded": is_base64,
    }


class MalformedResponse(Exception):
    """A Lambda response API Gateway cannot turn into an HTTP response."""


@lazy_frozen
class ProxyResponse(metaclass=LazyAttrsMeta):
    """An HTTP response read from a Lambda proxy result."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes


def _body_bytes(result: Mapping[str, Any]) -> bytes:
    body = result.get("body")
    if body is None:
        return b""
    if not isinstance(body, str):
        raise MalformedResponse(f"body is a {type(body).__name__}; it must be a string (use json.dumps)")
    if result.get("isBase64Encoded"):
        try:
            return base64.b64decode(body, validate=True)
        except ValueError as error:
            raise MalformedResponse("isBase64Encoded is true but body is not base64") from error
    return body.encode("utf-8")


def _status(result: Mapping[str, Any]) -> int:
    status = result.get("statusCode")
    if isinstance(status, str) and status.isdigit():
        status = int(status)
    if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
        raise MalformedResponse(f"statusCode={status!r} is not an HTTP status code")
    return status


def _header_text(value: Any) -> str:
    # The function's result reaches API Gateway as JSON: a non-string value is its JSON text (`true`, `1`).
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _header_items(result: Mapping[str, Any], *, multi_values: bool) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    headers = result.get("headers") or {}
    if not isinstance(headers, Mapping):
        raise MalformedResponse("headers must be an object")
    multi_headers = (result.get("multiValueHeaders") or {}) if multi_values else {}
    for key, value in headers.items():
        if str(key).lower() not in {str(name).lower() for name in multi_headers}:
            items.append((str(key).lower(), _header_text(value)))
    for key, values in multi_headers.items():
        for value in values if isinstance(values, list) else [values]:
            items.append((str(key).lower(), _header_text(value)))
    return items


def response_2_0(result: Any) -> ProxyResponse:
    """Read a 2.0 response: a bare value means 200 application/json; else statusCode, headers, cookies."""
    if not isinstance(result, Mapping) or "statusCode" not in result:
        body = result if isinstance(result, str) else json.dumps(result)
        return ProxyResponse(status=200, headers=[("content-type", "application/json")], body=body.encode())
    items = _header_items(result, multi_values=False)
    for cookie in result.get("cookies") or []:
        items.append(("set-cookie", str(cookie)))
    return ProxyResponse(status=_status(result), headers=items, body=_body_bytes(result))


def response_1_0(result: Any) -> ProxyResponse:
    """Read a 1.0 response: statusCode is required; headers and multiValueHeaders are merged."""
    if not isinstance(result, Mapping):
        raise MalformedResponse(
            f"the response is a {type(result).__name__}; it must be an object with statusCode"
        )
    if "statusCode" not in result:
        raise MalformedResponse("the response has no statusCode")
    return ProxyResponse(
        status=_status(result), headers=_header_items(result, multi_values=True), body=_body_bytes(result)
    )
