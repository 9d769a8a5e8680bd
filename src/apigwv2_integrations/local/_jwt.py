"""JWT checks as an HTTP API JWT authorizer makes them; RS256/384/512 verified with the standard library."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import urllib.request
from collections.abc import Mapping, Sequence

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# DER prefixes of the PKCS#1 v1.5 DigestInfo for each hash (RFC 8017, section 9.2, note 1).
_DIGEST_INFO = {
    "RS256": ("sha256", bytes.fromhex("3031300d060960864801650304020105000420")),
    "RS384": ("sha384", bytes.fromhex("3041300d060960864801650304020205000430")),
    "RS512": ("sha512", bytes.fromhex("3051300d060960864801650304020305000440")),
}


class JwtError(Exception):
    """Why a token was refused (the text of API Gateway's `www-authenticate` error description)."""


def b64url_decode(text: str) -> bytes:
    """Decode base64url without padding."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _int_of(text: str) -> int:
    return int.from_bytes(b64url_decode(text), "big")


def rsa_verify(message: bytes, signature: bytes, jwk: Mapping[str, Any], algorithm: str) -> bool:
    """Check an RSASSA-PKCS1-v1_5 signature against an RSA JWK (`n`, `e`)."""
    hash_name, prefix = _DIGEST_INFO[algorithm]
    modulus, exponent = _int_of(str(jwk["n"])), _int_of(str(jwk["e"]))
    size = (modulus.bit_length() + 7) // 8
    if len(signature) != size:
        return False
    decoded = pow(int.from_bytes(signature, "big"), exponent, modulus).to_bytes(size, "big")
    digest = prefix + hashlib.new(hash_name, message).digest()
    expected = b"\x00\x01" + b"\xff" * (size - len(digest) - 3) + b"\x00" + digest
    return hmac.compare_digest(decoded, expected)


def fetch_jwks(issuer: str) -> list[Mapping[str, Any]]:
    """The issuer's keys, from `{issuer}/.well-known/openid-configuration` and its `jwks_uri`."""
    config_url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    with urllib.request.urlopen(config_url, timeout=10) as response:
        jwks_uri = json.load(response)["jwks_uri"]
    with urllib.request.urlopen(jwks_uri, timeout=10) as response:
        return list(json.load(response)["keys"])


def verify(
    token: str, *, issuer: str, audience: Sequence[str], keys: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """The claims of a valid token; JwtError when the signature, issuer, audience or times are wrong."""
    parts = token.split(".")
    if len(parts) != 3:
        raise JwtError("the token is not a JWT")
    try:
        header = json.loads(b64url_decode(parts[0]))
        claims = json.loads(b64url_decode(parts[1]))
        signature = b64url_decode(parts[2])
    except ValueError as error:
        raise JwtError("the token is not a JWT") from error
    algorithm = header.get("alg")
    if algorithm not in _DIGEST_INFO:
        raise JwtError(f"the token's alg {algorithm!r} is not supported; API Gateway accepts RS256/384/512")
    candidates = [key for key in keys if key.get("kty") == "RSA"]
    if header.get("kid") is not None:
        candidates = [key for key in candidates if key.get("kid") == header["kid"]]
    signed = f"{parts[0]}.{parts[1]}".encode("ascii")
    if not any(rsa_verify(signed, signature, key, algorithm) for key in candidates):
        raise JwtError("signature is invalid")
    if claims.get("iss") != issuer:
        raise JwtError(f"the token's iss {claims.get('iss')!r} is not the issuer {issuer!r}")
    # API Gateway reads client_id only when the token has no aud; with both, aud alone decides.
    if claims.get("aud") is not None:
        token_audience = claims["aud"]
        listed = token_audience if isinstance(token_audience, list) else [token_audience]
        if not any(item in audience for item in listed):
            raise JwtError("the token's aud is not among the authorizer's audiences")
    elif claims.get("client_id") not in audience:
        raise JwtError("the token has no aud, and its client_id is not among the authorizer's audiences")
    now = time.time()
    if "exp" not in claims:
        raise JwtError("the token has no exp claim")
    if float(claims["exp"]) <= now:
        raise JwtError("the token has expired")
    if "nbf" in claims and float(claims["nbf"]) > now:
        raise JwtError("the token is not valid yet (nbf)")
    if "iat" in claims and float(claims["iat"]) > now + 300:
        raise JwtError("the token was issued in the future (iat)")
    return dict(claims)


def token_scopes(claims: Mapping[str, Any]) -> list[str]:
    """The scopes of a token: `scope` (space-separated) or `scp` (a list or a string)."""
    for name in ("scope", "scp"):
        value = claims.get(name)
        if isinstance(value, str):
            return value.split()
        if isinstance(value, list):
            return [str(item) for item in value]
    return []


def claims_as_strings(claims: Mapping[str, Any]) -> dict[str, str]:
    """Claims as API Gateway passes them on: every value a string, lists as `[a b]`."""

    def text(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, list):
            return "[" + " ".join(text(item) for item in value) + "]"
        if isinstance(value, dict):
            return json.dumps(value, separators=(",", ":"))
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    return {key: text(value) for key, value in claims.items()}
