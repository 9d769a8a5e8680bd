"""Authorization of HTTP routes and WebSocket `$connect`: Lambda, JWT and IAM authorizers."""

from __future__ import annotations

import fnmatch
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence

from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ._jwt import JwtError, claims_as_strings, fetch_jwks, token_scopes, verify
from ._lambda import FunctionRunner, function_arn_in
from ._model import AuthorizerModel
from ._selection import RequestView, lookup

if TYPE_CHECKING:
    from typing import Any

# Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/execute-api/aws4_request,
#   SignedHeaders=host;x-amz-date, Signature=<64 hex>
_SIGV4 = re.compile(
    r"^AWS4-HMAC-SHA256\s+Credential=(?P<key>[A-Z0-9]{16,128})/(?P<date>\d{8})/(?P<region>[a-z0-9-]+)/"
    r"(?P<service>[a-z0-9-]+)/aws4_request,\s*SignedHeaders=(?P<headers>[a-z0-9;-]+),\s*"
    r"Signature=(?P<signature>[0-9a-f]{64})$"
)


@lazy_frozen
class Decision(metaclass=LazyAttrsMeta):
    """An authorizer's outcome: allowed with what it passes on, or refused with a status."""

    status: int | None = None
    """None when allowed; else 401, 403 or 500."""
    message: str = ""
    reason: str = ""
    """Why, for the request log."""
    authorizer_2_0: Mapping[str, Any] | None = None
    authorizer_1_0: Mapping[str, Any] | None = None
    context_variables: Mapping[str, str] = field(factory=dict)
    headers: Sequence[tuple[str, str]] = ()

    @property
    def is_allowed(self) -> bool:
        """True when the request may go on."""
        return self.status is None


def unauthorized(reason: str, headers: Sequence[tuple[str, str]] = ()) -> Decision:
    """401 Unauthorized."""
    return Decision(status=401, message="Unauthorized", reason=reason, headers=headers)


def forbidden(reason: str) -> Decision:
    """403 Forbidden."""
    return Decision(status=403, message="Forbidden", reason=reason)


def failed(reason: str) -> Decision:
    """500 Internal Server Error."""
    return Decision(status=500, message="Internal Server Error", reason=reason)


def identity_value(source: str, view: RequestView) -> str | None:
    """The value of one identity source (`$request.header.X`, `route.request.querystring.x`, ...)."""
    text = source.removeprefix("$").removeprefix("route.")
    if text.startswith("stage.variables."):
        text = "stageVariables." + text.removeprefix("stage.variables.")
    location, _, name = text.partition(".")
    if location == "request":
        return lookup("request", name, view)
    if location in ("context", "stageVariables"):
        return lookup(location, name, view)
    return None


def _policy_allows(policy: Any, resource_arn: str) -> bool:
    """Whether an IAM policy document allows execute-api:Invoke on `resource_arn` (an explicit Deny wins)."""
    statements = policy.get("Statement", []) if isinstance(policy, Mapping) else []
    if isinstance(statements, Mapping):
        statements = [statements]
    allowed = False
    for statement in statements:
        actions = statement.get("Action", [])
        resources = statement.get("Resource", [])
        actions = [actions] if isinstance(actions, str) else actions
        resources = [resources] if isinstance(resources, str) else resources
        if not any(fnmatch.fnmatchcase("execute-api:Invoke", a) or a == "*" for a in actions):
            continue
        if not any(fnmatch.fnmatchcase(resource_arn, r) for r in resources):
            continue
        if statement.get("Effect") == "Deny":
            return False
        if statement.get("Effect") == "Allow":
            allowed = True
    return allowed


def _context_text(value: Any) -> str:
    """A context value as `$context.authorizer.key` reads it: `true`, `1`, or the string itself."""
    # The developer guide documents strings, numbers and booleans; lists and maps are written as JSON.
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _string_context(context: Any) -> dict[str, str]:
    if not isinstance(context, Mapping):
        return {}
    return {f"authorizer.{key}": _context_text(value) for key, value in context.items()}


class Authorizers:
    """Runs authorizers, with Lambda results cached by identity for the authorizer's TTL."""

    def __init__(self, functions: FunctionRunner, clock: Callable[[], float] = time.time) -> None:
        self.functions = functions
        self.jwks: dict[str, list[Mapping[str, Any]]] = {}
        self._cache: dict[tuple[str, tuple[str, ...]], tuple[float, Any]] = {}
        self.clock = clock

    def lambda_authorizer(
        self,
        authorizer: AuthorizerModel,
        view: RequestView,
        *,
        resource_arn: str,
        event_for: Callable[[list[str]], dict[str, Any]],
        websocket: bool = False,
    ) -> Decision:
        """Run a REQUEST authorizer; `event_for(identity values)` builds its event."""
        values = [identity_value(source, view) for source in authorizer.identity_source]
        if any(value is None or value == "" for value in values):
            missing = [s for s, v in zip(authorizer.identity_source, values, strict=True) if not v]
            return unauthorized(f"identity source {', '.join(missing)} missing")
        identity = [str(value) for value in values]
        key = (authorizer.logical_id, tuple(identity))
        cached = self._cache.get(key) if authorizer.result_ttl_seconds > 0 and identity else None
        if cached is not None and cached[0] > self.clock():
            result = cached[1]
        else:
            if authorizer.uri is None:
                return failed(f"authorizer {authorizer.name} has no function")
            invocation = self.functions.invoke(function_arn_in(authorizer.uri), event_for(identity))
            if invocation.error is not None:
                return failed(f"authorizer {authorizer.name} raised")
            result = invocation.value
            if authorizer.result_ttl_seconds > 0 and identity:
                self._cache[key] = (self.clock() + authorizer.result_ttl_seconds, result)
        if not isinstance(result, Mapping):
            return failed(f"authorizer {authorizer.name} returned {type(result).__name__}, not an object")
        context = result.get("context") or {}
        simple = authorizer.enable_simple_responses and not websocket
        if simple and "isAuthorized" in result:
            if result.get("isAuthorized") is not True:
                return forbidden(f"authorizer {authorizer.name} returned isAuthorized false")
            return Decision(
                reason=f"authorizer {authorizer.name} allowed",
                authorizer_2_0={"lambda": dict(context)},
                authorizer_1_0={**context, "integrationLatency": 0},
                context_variables=_string_context(context),
            )
        if "policyDocument" not in result:
            return failed(f"authorizer {authorizer.name} returned neither isAuthorized nor policyDocument")
        if not _policy_allows(result["policyDocument"], resource_arn):
            return forbidden(f"authorizer {authorizer.name} policy does not allow {resource_arn}")
        principal = result.get("principalId")
        variables = _string_context(context)
        if principal is not None:
            variables["authorizer.principalId"] = str(principal)
        return Decision(
            reason=f"authorizer {authorizer.name} allowed",
            authorizer_2_0={"lambda": dict(context), "principalId": principal},
            authorizer_1_0={**context, "principalId": principal, "integrationLatency": 0},
            context_variables=variables,
        )

    def jwt_authorizer(
        self, authorizer: AuthorizerModel, view: RequestView, scopes: Sequence[str]
    ) -> Decision:
        """Check the token's signature, issuer, audience, expiry and the route's scopes."""
        sources = authorizer.identity_source or ("$request.header.Authorization",)
        token = identity_value(sources[0], view)
        if not token:
            return unauthorized(f"no token in {sources[0]}")
        token = token.strip()
        if token.lower().startswith("bearer "):
            token = token[7:].strip()
        issuer = str(authorizer.jwt_issuer)
        keys = self.jwks.get(issuer)
        if keys is None:
            try:
                keys = fetch_jwks(issuer)
            except (OSError, ValueError, KeyError) as error:
                return failed(f"could not fetch the JWKS of {issuer}: {error}; give keys with local.jwks()")
            self.jwks[issuer] = keys
        try:
            claims = verify(token, issuer=issuer, audience=authorizer.jwt_audience, keys=keys)
        except JwtError as error:
            challenge = f'Bearer scope="" error="invalid_token" error_description="{error}"'
            return unauthorized(str(error), headers=[("www-authenticate", challenge)])
        granted = token_scopes(claims)
        if scopes and not any(scope in granted for scope in scopes):
            return forbidden(f"token scopes {granted} include none of {list(scopes)}")
        as_strings = claims_as_strings(claims)
        return Decision(
            reason="JWT valid",
            authorizer_2_0={"jwt": {"claims": as_strings, "scopes": granted or None}},
            authorizer_1_0={"claims": as_strings, "scopes": granted or None},
            context_variables={f"authorizer.claims.{key}": value for key, value in as_strings.items()},
        )

    def iam_authorizer(self, view: RequestView, account_id: str) -> Decision:
        """Require a well-formed SigV4 Authorization header (the signature itself is not checked)."""
        header = view.header("authorization")
        if not header:
            return forbidden("IAM authorization needs a SigV4-signed request; no Authorization header")
        match = _SIGV4.match(header.strip())
        if match is None:
            return forbidden("the Authorization header is not a SigV4 signature")
        if match.group("service") != "execute-api":
            return forbidden(f"the request is signed for {match.group('service')!r}, not 'execute-api'")
        if view.header("x-amz-date") is None and view.header("date") is None:
            return forbidden("a SigV4-signed request needs an X-Amz-Date header")
        access_key = match.group("key")
        iam: dict[str, Any] = {
            "accessKey": access_key,
            "accountId": account_id,
            "callerId": access_key,
            "cognitoIdentity": None,
            "principalOrgId": None,
            "userArn": f"arn:aws:iam::{account_id}:user/local",
            "userId": access_key,
        }
        return Decision(
            reason="SigV4 header present",
            authorizer_2_0={"iam": iam},
            authorizer_1_0={"iam": iam},
            context_variables={
                "identity.accessKey": access_key,
                "identity.accountId": account_id,
                "identity.caller": access_key,
                "identity.user": access_key,
                "identity.userArn": str(iam["userArn"]),
            },
        )
