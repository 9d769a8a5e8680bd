"""Helpers of the local-run tests: Python functions, an echoing HTTP backend, signed JWTs."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_lambda as lambda_

DATA = Path(__file__).parent / "data"
TEST_KEY: dict[str, str] = json.loads((DATA / "rsa_test_key.json").read_text())
PUBLIC_KEY = {k: v for k, v in TEST_KEY.items() if k != "d"}
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


def python_function(stack: Stack, id: str, code: str, **props: Any) -> lambda_.Function:
    """A Python 3.12 function with inline code and handler `index.handler`."""
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline(code),
        **props,
    )


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _int(text: str) -> int:
    return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")


def sign_jwt(claims: dict[str, Any], *, kid: str = "test-key") -> str:
    """An RS256 JWT signed with the test key."""
    header = _b64url(json.dumps({"alg": "RS256", "kid": kid, "typ": "JWT"}).encode())
    payload = _b64url(json.dumps(claims).encode())
    signed = f"{header}.{payload}".encode()
    modulus, private = _int(TEST_KEY["n"]), _int(TEST_KEY["d"])
    size = (modulus.bit_length() + 7) // 8
    digest = SHA256_DIGEST_INFO + hashlib.sha256(signed).digest()
    padded = b"\x00\x01" + b"\xff" * (size - len(digest) - 3) + b"\x00" + digest
    signature = pow(int.from_bytes(padded, "big"), private, modulus).to_bytes(size, "big")
    return f"{header}.{payload}.{_b64url(signature)}"


class _EchoHandler(BaseHTTPRequestHandler):
    """Answers every request with JSON describing it."""

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        payload = json.dumps(
            {
                "method": self.command,
                "path": self.path,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body,
            }
        ).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("x-backend", "echo")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        return None


@pytest.fixture
def echo_backend() -> Iterator[str]:
    """The URL of an HTTP server on 127.0.0.1 that echoes each request as JSON."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
