"""HttpOrigin: an origin reached over HTTP(S) by domain name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudfront.distribution import OriginProtocolPolicy, OriginSslPolicy
from ..aws_cloudfront.origin import OriginBase, _check_seconds
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


class HttpOrigin(OriginBase):
    """An origin reached over HTTP(S): a website, a load balancer, an API's execute-api domain."""

    def __init__(
        self,
        domain_name: str,
        *,
        connection_attempts: int | None = None,
        connection_timeout: Duration | None = None,
        custom_headers: Mapping[str, str] | None = None,
        http_port: int | None = None,
        https_port: int | None = None,
        keepalive_timeout: Duration | None = None,
        origin_access_control_id: str | None = None,
        origin_id: str | None = None,
        origin_path: str | None = None,
        origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None,
        protocol_policy: OriginProtocolPolicy | None = None,
        read_timeout: Duration | None = None,
        **unsupported: Any,
    ) -> None:
        super().__init__(
            domain_name,
            connection_attempts=connection_attempts,
            connection_timeout=connection_timeout,
            custom_headers=custom_headers,
            origin_access_control_id=origin_access_control_id,
            origin_id=origin_id,
            origin_path=origin_path,
            **unsupported,
        )
        self._http_port = http_port
        self._https_port = https_port
        self._keepalive_timeout = keepalive_timeout
        self._origin_ssl_protocols = list(origin_ssl_protocols) if origin_ssl_protocols else None
        self._protocol_policy = protocol_policy
        self._read_timeout = read_timeout

    def _render_origin_config(self, scope: Construct) -> dict[str, Any]:
        protocols = self._origin_ssl_protocols or [OriginSslPolicy.TLS_V1_2]
        # In aws-cdk-lib's order, which tree.json shows (the template sorts the names).
        config = {
            "OriginSSLProtocols": [protocol.value for protocol in protocols],
            "OriginProtocolPolicy": (self._protocol_policy or OriginProtocolPolicy.HTTPS_ONLY).value,
            "HTTPPort": self._http_port,
            "HTTPSPort": self._https_port,
            "OriginReadTimeout": _check_seconds(scope, "read_timeout", self._read_timeout, 1, 180),
            "OriginKeepaliveTimeout": _check_seconds(
                scope, "keepalive_timeout", self._keepalive_timeout, 1, 180
            ),
        }
        return {"CustomOriginConfig": {key: value for key, value in config.items() if value is not None}}
