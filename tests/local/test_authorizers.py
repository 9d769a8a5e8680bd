"""Lambda, JWT and IAM authorizers of HTTP APIs through LocalApi."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_authorizers as authorizers
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations.local import LocalApi

from .conftest import PUBLIC_KEY, python_function, sign_jwt

RETURN_AUTHORIZER = (
    "def handler(event, context):\n"
    "    return {'statusCode': 200, 'body': __import__('json').dumps(event['requestContext'].get('authorizer'))}\n"
)
SIGV4 = (
    "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/execute-api/aws4_request, "
    "SignedHeaders=host;x-amz-date, Signature=" + "a" * 64
)


def protected_api(
    stack: Stack, authorizer: Any, scopes: list[str] | None = None, version: str = "2.0"
) -> Any:
    fn = python_function(stack, "Fn", RETURN_AUTHORIZER)
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/books/{id}",
        methods=[apigwv2.HttpMethod.GET],
        integration=integrations.HttpLambdaIntegration(
            "Books", fn, payload_format_version=apigwv2.PayloadFormatVersion.custom(version)
        ),
        authorizer=authorizer,
        authorization_scopes=scopes,
    )
    return api


def simple_authorizer(stack: Stack, ttl: Duration | None = None) -> Any:
    fn = python_function(
        stack, "AuthFn", "def handler(event, context):\n    return {'isAuthorized': False}\n"
    )
    return fn, authorizers.HttpLambdaAuthorizer(
        "Auth",
        fn,
        response_types=[authorizers.HttpLambdaResponseType.SIMPLE],
        identity_source=["$request.header.Authorization", "$request.querystring.tenant"],
        results_cache_ttl=ttl or Duration.seconds(0),
    )


def test_simple_lambda_authorizer_allows_and_passes_its_context(stack: Stack) -> None:
    fn, authorizer = simple_authorizer(stack)
    local = LocalApi(protected_api(stack, authorizer))
    events: list[Any] = []

    def decide(event: Any, context: Any) -> Any:
        events.append(event)
        return {"isAuthorized": event["headers"]["authorization"] == "good", "context": {"user": "ada"}}

    local.handler(fn, decide)
    allowed = local.request("GET", "/books/1?tenant=t1", headers={"authorization": "good"})
    assert (allowed.status, allowed.json()) == (200, {"lambda": {"user": "ada"}})
    denied = local.request("GET", "/books/1?tenant=t1", headers={"authorization": "bad"})
    assert (denied.status, denied.json()) == (403, {"message": "Forbidden"})
    event = events[0]
    assert (event["version"], event["type"], event["identitySource"]) == ("2.0", "REQUEST", ["good", "t1"])
    assert (
        event["routeArn"]
        == f"arn:aws:execute-api:us-east-1:123456789012:{local.model.api_id}/$default/GET/books/1"
    )
    assert (event["routeKey"], event["pathParameters"]) == ("GET /books/{id}", {"id": "1"})


def test_missing_identity_source_is_401_without_calling_the_authorizer(stack: Stack) -> None:
    fn, authorizer = simple_authorizer(stack)
    local = LocalApi(protected_api(stack, authorizer))
    calls: list[Any] = []
    local.handler(fn, lambda event, context: calls.append(event) or {"isAuthorized": True})
    response = local.request("GET", "/books/1", headers={"authorization": "good"})
    assert (response.status, response.json(), calls) == (401, {"message": "Unauthorized"}, [])
    assert response.error == "identity source $request.querystring.tenant missing"


def test_authorizer_that_raises_is_500(stack: Stack) -> None:
    fn, authorizer = simple_authorizer(stack)
    local = LocalApi(protected_api(stack, authorizer))

    def broken(event: Any, context: Any) -> Any:
        raise RuntimeError("boom")

    local.handler(fn, broken)
    response = local.request("GET", "/books/1?tenant=t", headers={"authorization": "x"})
    assert (response.status, response.json()) == (500, {"message": "Internal Server Error"})


def test_results_are_cached_by_identity_for_the_ttl(stack: Stack) -> None:
    fn, authorizer = simple_authorizer(stack, ttl=Duration.seconds(60))
    local = LocalApi(protected_api(stack, authorizer))
    calls: list[list[str]] = []
    local.handler(fn, lambda event, context: calls.append(event["identitySource"]) or {"isAuthorized": True})
    now = [1000.0]
    local.authorizers.clock = lambda: now[0]
    for token in ["a", "a", "b", "a"]:
        assert local.request("GET", "/books/1?tenant=t", headers={"authorization": token}).status == 200
    assert calls == [["a", "t"], ["b", "t"]]
    now[0] += 61
    local.request("GET", "/books/1?tenant=t", headers={"authorization": "a"})
    assert calls[-1] == ["a", "t"] and len(calls) == 3


def test_iam_policy_response_and_payload_1_0_event(stack: Stack) -> None:
    fn = python_function(stack, "AuthFn", "def handler(event, context):\n    return None\n")
    authorizer = authorizers.HttpLambdaAuthorizer("Auth", fn, results_cache_ttl=Duration.seconds(0))
    local = LocalApi(protected_api(stack, authorizer, version="1.0"))
    events: list[Any] = []

    def policy(event: Any, context: Any) -> Any:
        events.append(event)
        effect = "Allow" if event["authorizationToken"] == "good" else "Deny"
        return {
            "principalId": "user-1",
            "policyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {"Action": "execute-api:Invoke", "Effect": effect, "Resource": event["methodArn"]}
                ],
            },
            "context": {"tier": "gold"},
        }

    local.handler(fn, policy)
    allowed = local.request("GET", "/books/2", headers={"authorization": "good"})
    assert (allowed.status, allowed.json()) == (
        200,
        {"tier": "gold", "principalId": "user-1", "integrationLatency": 0},
    )
    assert local.request("GET", "/books/2", headers={"authorization": "bad"}).status == 403
    event = events[0]
    assert (event["version"], event["type"], event["identitySource"]) == ("1.0", "REQUEST", "good")
    assert event["methodArn"].endswith(f"{local.model.api_id}/$default/GET/books/2")
    assert (event["resource"], event["httpMethod"]) == ("/books/{id}", "GET")
    assert "authorizer" not in event["requestContext"]


def test_payload_1_0_authorization_token_holds_every_identity_source(stack: Stack) -> None:
    fn = python_function(stack, "AuthFn", "def handler(event, context):\n    return None\n")
    authorizer = authorizers.HttpLambdaAuthorizer(
        "Auth",
        fn,
        identity_source=["$request.header.Authorization", "$request.querystring.tenant"],
        results_cache_ttl=Duration.seconds(0),
    )
    local = LocalApi(protected_api(stack, authorizer))
    events: list[Any] = []
    local.handler(fn, lambda event, context: events.append(event) or {"principalId": "p"})
    local.request("GET", "/books/2?tenant=t1", headers={"authorization": "good"})
    assert (events[0]["identitySource"], events[0]["authorizationToken"]) == ("good,t1", "good,t1")


def test_policy_that_does_not_name_the_route_is_403(stack: Stack) -> None:
    fn = python_function(stack, "AuthFn", "def handler(event, context):\n    return None\n")
    authorizer = authorizers.HttpLambdaAuthorizer("Auth", fn, results_cache_ttl=Duration.seconds(0))
    local = LocalApi(protected_api(stack, authorizer))
    local.handler(
        fn,
        lambda event, context: {
            "principalId": "u",
            "policyDocument": {
                "Statement": [
                    {
                        "Action": "execute-api:Invoke",
                        "Effect": "Allow",
                        "Resource": "arn:aws:execute-api:*:*:*/*/POST/*",
                    }
                ]
            },
        },
    )
    assert local.request("GET", "/books/2", headers={"authorization": "t"}).status == 403


ISSUER = "https://auth.example.com"


def jwt_api(stack: Stack, scopes: list[str] | None = None) -> LocalApi:
    authorizer = authorizers.HttpJwtAuthorizer("Jwt", ISSUER, jwt_audience=["books-api"])
    local = LocalApi(protected_api(stack, authorizer, scopes=scopes))
    local.jwks(ISSUER, {"keys": [PUBLIC_KEY]})
    return local


def claims(**overrides: Any) -> dict[str, Any]:
    return {"iss": ISSUER, "aud": "books-api", "sub": "ada", "exp": int(time.time()) + 600, **overrides}


def test_jwt_authorizer_accepts_a_valid_token_and_passes_claims(stack: Stack) -> None:
    local = jwt_api(stack)
    token = sign_jwt(claims(scope="books/read books/write", groups=["a", "b"]))
    response = local.request("GET", "/books/1", headers={"authorization": f"Bearer {token}"})
    assert response.status == 200
    passed = response.json()["jwt"]
    assert passed["scopes"] == ["books/read", "books/write"]
    assert {k: passed["claims"][k] for k in ("sub", "aud", "groups")} == {
        "sub": "ada",
        "aud": "books-api",
        "groups": "[a b]",
    }


@pytest.mark.parametrize(
    ("token_claims", "reason"),
    [
        ({"exp": int(time.time()) - 1}, "the token has expired"),
        ({"aud": "other"}, "the token's aud is not among the authorizer's audiences"),
        (
            {"aud": "other", "client_id": "books-api"},
            "the token's aud is not among the authorizer's audiences",
        ),
        (
            {"iss": "https://evil.example.com"},
            "the token's iss 'https://evil.example.com' is not the issuer 'https://auth.example.com'",
        ),
    ],
)
def test_jwt_authorizer_refuses_bad_tokens_with_401(
    stack: Stack, token_claims: dict[str, Any], reason: str
) -> None:
    local = jwt_api(stack)
    response = local.request("GET", "/books/1", headers={"authorization": sign_jwt(claims(**token_claims))})
    assert (response.status, response.json(), response.error) == (401, {"message": "Unauthorized"}, reason)
    assert (
        response.headers["www-authenticate"]
        == f'Bearer scope="" error="invalid_token" error_description="{reason}"'
    )


def test_jwt_authorizer_refuses_a_forged_signature_and_a_missing_token(stack: Stack) -> None:
    local = jwt_api(stack)
    header, _payload, signature = sign_jwt(claims()).split(".")
    forged_payload = sign_jwt(claims(sub="root")).split(".")[1]
    forged = local.request(
        "GET", "/books/1", headers={"authorization": f"{header}.{forged_payload}.{signature}"}
    )
    assert (forged.status, forged.error) == (401, "signature is invalid")
    assert local.request("GET", "/books/1").status == 401


def test_jwt_route_scopes_are_required(stack: Stack) -> None:
    local = jwt_api(stack, scopes=["books/admin"])
    token = sign_jwt(claims(scope="books/read"))
    response = local.request("GET", "/books/1", headers={"authorization": token})
    assert (response.status, response.json()) == (403, {"message": "Forbidden"})
    admin = sign_jwt(claims(scp=["books/admin"]))
    assert local.request("GET", "/books/1", headers={"authorization": admin}).status == 200


@pytest.fixture
def issuer_server() -> Iterator[str]:
    """An OpenID issuer on 127.0.0.1 serving its configuration and JWKS."""
    base: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            documents = {
                "/.well-known/openid-configuration": {"issuer": base[0], "jwks_uri": base[0] + "/keys"},
                "/keys": {"keys": [PUBLIC_KEY]},
            }
            payload = json.dumps(documents[self.path]).encode()
            self.send_response(200)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base.append(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_jwt_keys_are_fetched_from_the_issuer(stack: Stack, issuer_server: str) -> None:
    authorizer = authorizers.HttpJwtAuthorizer("Jwt", issuer_server, jwt_audience=["books-api"])
    local = LocalApi(protected_api(stack, authorizer))
    token = sign_jwt(claims(iss=issuer_server))
    assert local.request("GET", "/books/1", headers={"authorization": token}).status == 200


def test_iam_authorization_needs_a_sigv4_signed_request(stack: Stack) -> None:
    local = LocalApi(protected_api(stack, authorizers.HttpIamAuthorizer()))
    assert local.request("GET", "/books/1").json() == {"message": "Forbidden"}
    malformed = local.request(
        "GET", "/books/1", headers={"authorization": "Bearer x", "x-amz-date": "20260101T000000Z"}
    )
    assert (malformed.status, malformed.error) == (403, "the Authorization header is not a SigV4 signature")
    signed = local.request(
        "GET", "/books/1", headers={"authorization": SIGV4, "x-amz-date": "20260101T000000Z"}
    )
    assert signed.status == 200
    assert signed.json()["iam"]["accessKey"] == "AKIAIOSFODNN7EXAMPLE"


def test_authorizer_context_reaches_parameter_mappings_as_documented(stack: Stack, echo_backend: str) -> None:
    fn = python_function(
        stack,
        "AuthFn",
        "def handler(event, context):\n"
        "    return {'isAuthorized': True,"
        " 'context': {'key': 'value', 'numKey': 1, 'boolKey': True, 'listKey': ['a', 'b']}}\n",
    )
    authorizer = authorizers.HttpLambdaAuthorizer(
        "Auth",
        fn,
        response_types=[authorizers.HttpLambdaResponseType.SIMPLE],
        results_cache_ttl=Duration.seconds(0),
    )
    mapping = apigwv2.ParameterMapping()
    for key in ("key", "numKey", "boolKey", "listKey"):
        mapping.append_header(f"x-{key.lower()}", apigwv2.MappingValue.context_variable(f"authorizer.{key}"))
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/who",
        integration=integrations.HttpUrlIntegration("Backend", echo_backend, parameter_mapping=mapping),
        authorizer=authorizer,
    )
    headers = LocalApi(api).request("GET", "/who", headers={"authorization": "t"}).json()["headers"]
    assert {k: v for k, v in headers.items() if k.endswith("key")} == {
        "x-key": "value",
        "x-numkey": "1",
        "x-boolkey": "true",
        "x-listkey": '["a","b"]',
    }


def test_iam_identity_context_variables_reach_parameter_mappings(stack: Stack, echo_backend: str) -> None:
    mapping = apigwv2.ParameterMapping()
    for name in ("accessKey", "accountId", "caller", "user", "userArn"):
        mapping.append_header(f"x-{name.lower()}", apigwv2.MappingValue.context_variable(f"identity.{name}"))
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/who",
        integration=integrations.HttpUrlIntegration("Backend", echo_backend, parameter_mapping=mapping),
        authorizer=authorizers.HttpIamAuthorizer(),
    )
    response = LocalApi(api).request(
        "GET", "/who", headers={"authorization": SIGV4, "x-amz-date": "20260101T000000Z"}
    )
    headers = response.json()["headers"]
    assert {k: headers[k] for k in ("x-accesskey", "x-accountid", "x-caller", "x-user", "x-userarn")} == {
        "x-accesskey": "AKIAIOSFODNN7EXAMPLE",
        "x-accountid": "123456789012",
        "x-caller": "AKIAIOSFODNN7EXAMPLE",
        "x-user": "AKIAIOSFODNN7EXAMPLE",
        "x-userarn": "arn:aws:iam::123456789012:user/local",
    }
