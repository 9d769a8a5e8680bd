"""Forwarding a request to an HTTP backend, as HTTP proxy and private integrations do."""

from __future__ import annotations

import http.client
import urllib.parse
from collections.abc import Sequence

from ..core.struct import LazyAttrsMeta, lazy_frozen

# Hop-by-hop headers never cross a proxy.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
    }
)


@lazy_frozen
class BackendResponse(metaclass=LazyAttrsMeta):
    """The backend's answer; status 503/504 stand for a refused connection or a timeout."""

    status: int
    headers: Sequence[tuple[str, str]]
    body: bytes
    error: str | None = None


def forward(
    url: str,
    method: str,
    headers: Sequence[tuple[str, str]],
    body: bytes,
    timeout_s: float,
    *,
    host: str | None = None,
) -> BackendResponse:
    """Send one request without following redirects, with the URL's host as `Host` unless `host` is
    given (a parameter mapping that sets the header)."""
    parts = urllib.parse.urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(parts.netloc, timeout=timeout_s)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    sent = [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP and k.lower() != "host"]
    try:
        connection.putrequest(method, target, skip_accept_encoding=True)
        connection.putheader("Host", host if host is not None else parts.netloc)
        for key, value in sent:
            connection.putheader(key, value)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body or None)
        response = connection.getresponse()
        content = response.read()
        items = [(k.lower(), v) for k, v in response.getheaders() if k.lower() not in HOP_BY_HOP]
        return BackendResponse(status=response.status, headers=items, body=content)
    except TimeoutError:
        return BackendResponse(
            status=504, headers=[], body=b"", error=f"{url} timed out after {timeout_s:g} s"
        )
    except OSError as error:
        return BackendResponse(status=503, headers=[], body=b"", error=f"{url}: {error}")
    finally:
        connection.close()
