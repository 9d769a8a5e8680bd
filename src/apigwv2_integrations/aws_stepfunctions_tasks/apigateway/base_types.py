"""What the API Gateway task states share: the HTTP method, the authorization and the request options."""

from __future__ import annotations

from ...aws_stepfunctions import (
    TaskInput,
    TaskStateBaseProps,
    TaskStateJsonataBaseProps,
    TaskStateJsonPathBaseProps,
)
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen


class HttpMethod(SimpleEnum):
    """The HTTP method of the request."""

    GET = "GET"
    """GET."""
    POST = "POST"
    """POST."""
    PUT = "PUT"
    """PUT."""
    DELETE = "DELETE"
    """DELETE."""
    PATCH = "PATCH"
    """PATCH."""
    HEAD = "HEAD"
    """HEAD."""
    OPTIONS = "OPTIONS"
    """OPTIONS."""


class AuthType(SimpleEnum):
    """How the request is authorized."""

    NO_AUTH = "NO_AUTH"
    """Not at all."""
    IAM_ROLE = "IAM_ROLE"
    """Signed with the state machine's role (Signature Version 4)."""
    RESOURCE_POLICY = "RESOURCE_POLICY"
    """By the API's resource policy, which must allow the state machine."""


@lazy_frozen(kw_only=True)
class CallApiGatewayEndpointBaseOptions(metaclass=LazyAttrsMeta):
    """The request an API Gateway task sends."""

    method: HttpMethod
    """The HTTP method."""
    api_path: str | None = None
    """The resource path (`/books/1`). Default: the root."""
    auth_type: AuthType | None = None
    """How the request is authorized. Default: NO_AUTH."""
    headers: TaskInput | None = None
    """The request's headers, as an object of lists of strings. Default: none."""
    query_parameters: TaskInput | None = None
    """The query string, as an object of lists of strings. Default: none."""
    request_body: TaskInput | None = None
    """The request body. Default: none."""


@lazy_frozen(kw_only=True)
class CallApiGatewayEndpointBaseProps(
    TaskStateBaseProps, CallApiGatewayEndpointBaseOptions, metaclass=LazyAttrsMeta
):
    """Properties of an API Gateway task state."""


@lazy_frozen(kw_only=True)
class CallApiGatewayEndpointJsonPathBaseProps(
    TaskStateJsonPathBaseProps, CallApiGatewayEndpointBaseOptions, metaclass=LazyAttrsMeta
):
    """Properties of an API Gateway task state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class CallApiGatewayEndpointJsonataBaseProps(
    TaskStateJsonataBaseProps, CallApiGatewayEndpointBaseOptions, metaclass=LazyAttrsMeta
):
    """Properties of an API Gateway task state that uses JSONata."""
