"""S3StaticWebsiteOrigin: the website endpoint of an S3 bucket as an origin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudfront.distribution import OriginProtocolPolicy, OriginSslPolicy
from ..core.duration import Duration
from ..core.errors import ArgumentTypeError
from ..core.runtime_typing import TYPE_CHECKING
from .http_origin import HttpOrigin

if TYPE_CHECKING:
    from typing import Any

    from ..aws_s3.bucket import IBucket


class S3StaticWebsiteOrigin(HttpOrigin):
    """The website endpoint of a bucket configured as a website, reached over HTTP (S3 website endpoints
    do not serve HTTPS)."""

    def __init__(
        self,
        bucket: IBucket,
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
        domain_name = getattr(bucket, "bucket_website_domain_name", None)
        if domain_name is None:
            raise ArgumentTypeError(
                f"S3StaticWebsiteOrigin: bucket={bucket!r} is a {type(bucket).__name__}; use an IBucket, "
                "e.g. s3.Bucket(self, 'Site', website_index_document='index.html')"
            )
        super().__init__(
            domain_name,
            connection_attempts=connection_attempts,
            connection_timeout=connection_timeout,
            custom_headers=custom_headers,
            http_port=http_port,
            https_port=https_port,
            keepalive_timeout=keepalive_timeout,
            origin_access_control_id=origin_access_control_id,
            origin_id=origin_id,
            origin_path=origin_path,
            origin_ssl_protocols=origin_ssl_protocols,
            protocol_policy=protocol_policy or OriginProtocolPolicy.HTTP_ONLY,
            read_timeout=read_timeout,
            **unsupported,
        )
