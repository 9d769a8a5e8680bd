"""JWT verification with the standard library."""

from __future__ import annotations

import time

import pytest

from apigwv2_integrations.local._jwt import JwtError, claims_as_strings, token_scopes, verify

from .conftest import PUBLIC_KEY, sign_jwt

ISSUER = "https://issuer.example.com"


def test_a_valid_token_gives_its_claims() -> None:
    token = sign_jwt({"iss": ISSUER, "client_id": "app", "exp": time.time() + 86400, "nbf": time.time() - 1})
    assert verify(token, issuer=ISSUER, audience=["app"], keys=[PUBLIC_KEY])["client_id"] == "app"


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("abc", "the token is not a JWT"),
        ("a.b.c", "the token is not a JWT"),
        (
            sign_jwt({"iss": ISSUER, "aud": "app", "exp": time.time() + 86400}, kid="other"),
            "signature is invalid",
        ),
        (sign_jwt({"iss": ISSUER, "aud": "app"}), "the token has no exp claim"),
        (
            sign_jwt({"iss": ISSUER, "aud": "app", "exp": time.time() + 86400, "nbf": time.time() + 86400}),
            "the token is not valid yet (nbf)",
        ),
    ],
)
def test_bad_tokens_are_refused_with_the_reason(token: str, reason: str) -> None:
    with pytest.raises(JwtError) as caught:
        verify(token, issuer=ISSUER, audience=["app"], keys=[PUBLIC_KEY])
    assert str(caught.value) == reason


def test_client_id_is_read_only_when_the_token_has_no_aud() -> None:
    expires = time.time() + 86400
    access_token = sign_jwt({"iss": ISSUER, "client_id": "app", "exp": expires})
    assert verify(access_token, issuer=ISSUER, audience=["app"], keys=[PUBLIC_KEY])["client_id"] == "app"
    with pytest.raises(JwtError) as caught:
        verify(access_token, issuer=ISSUER, audience=["api"], keys=[PUBLIC_KEY])
    assert (
        str(caught.value) == "the token has no aud, and its client_id is not among the authorizer's audiences"
    )
    both = sign_jwt({"iss": ISSUER, "aud": "api", "client_id": "app", "exp": expires})
    assert verify(both, issuer=ISSUER, audience=["api"], keys=[PUBLIC_KEY])["aud"] == "api"
    with pytest.raises(JwtError) as caught:
        verify(both, issuer=ISSUER, audience=["app"], keys=[PUBLIC_KEY])
    assert str(caught.value) == "the token's aud is not among the authorizer's audiences"


def test_scopes_and_string_claims() -> None:
    assert token_scopes({"scope": "a b"}) == ["a", "b"]
    assert token_scopes({"scp": ["c"]}) == ["c"]
    assert token_scopes({}) == []
    assert claims_as_strings({"n": 1.0, "ok": True, "list": [1, "x"], "obj": {"a": 1}}) == {
        "n": "1",
        "ok": "true",
        "list": "[1 x]",
        "obj": '{"a":1}',
    }
