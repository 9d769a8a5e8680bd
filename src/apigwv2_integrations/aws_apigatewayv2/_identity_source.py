"""Identity sources API Gateway accepts for each kind of authorizer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.tokens.token import Token

# HTTP Lambda authorizers read request parameters, context and stage variables.
_HTTP_LAMBDA_SOURCE = re.compile(r"^\$(request\.(header|querystring)|context|stageVariables)\.[^\s.][^\s]*$")
# JWT authorizers read the token from one header or query string parameter.
_HTTP_JWT_SOURCE = re.compile(r"^\$request\.(header|querystring)\.[^\s]+$")
# WebSocket Lambda authorizers read the $connect request's headers and query string (and, as the
# API Gateway documentation lists, stage variables and context variables).
_WEB_SOCKET_SOURCE = re.compile(r"^(route\.request\.(header|querystring)|stageVariables|context)\.[^\s]+$")


def _unresolved(sources: Sequence[str]) -> bool:
    return any(Token.is_unresolved(source) for source in sources)


def check_http_lambda_identity_source(scope: Construct, sources: Sequence[str]) -> None:
    """Raise unless each source reads a header, a query string parameter, context or a stage variable."""
    for index, source in enumerate(sources):
        if not Token.is_unresolved(source) and not _HTTP_LAMBDA_SOURCE.match(source):
            raise ValidationError(
                scope,
                f"identity_source[{index}]={source!r} is not a source API Gateway reads for a Lambda "
                "authorizer; use '$request.header.NAME', '$request.querystring.NAME', '$context.NAME' or "
                "'$stageVariables.NAME'",
            )


def check_http_jwt_identity_source(scope: Construct, sources: Sequence[str]) -> None:
    """Raise unless there is one source, `$request.header.X` or `$request.querystring.X`."""
    if _unresolved(sources):
        return
    if len(sources) != 1 or not _HTTP_JWT_SOURCE.match(sources[0]):
        raise ValidationError(
            scope,
            f"identity_source={list(sources)!r} is not a JWT source API Gateway accepts; use one entry, "
            "'$request.header.NAME' or '$request.querystring.NAME', e.g. ['$request.header.Authorization']",
        )


def check_web_socket_identity_source(scope: Construct, sources: Sequence[str]) -> None:
    """Raise unless each source reads a header or query string parameter of `$connect` (or a variable)."""
    for index, source in enumerate(sources):
        if not Token.is_unresolved(source) and not _WEB_SOCKET_SOURCE.match(source):
            raise ValidationError(
                scope,
                f"identity_source[{index}]={source!r} is not a source API Gateway reads for a WebSocket "
                "authorizer; use 'route.request.header.NAME' or 'route.request.querystring.NAME' (or "
                "'stageVariables.NAME', 'context.NAME')",
            )
