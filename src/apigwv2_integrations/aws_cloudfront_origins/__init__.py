"""CloudFront origins: where a distribution's behaviors send requests."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .function_url_origin import FunctionUrlOrigin
    from .http_origin import HttpOrigin
    from .load_balancer_origin import LoadBalancerV2Origin
    from .s3_bucket_origin import S3BucketOrigin
    from .s3_static_website_origin import S3StaticWebsiteOrigin
else:
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            "FunctionUrlOrigin": ".function_url_origin",
            "HttpOrigin": ".http_origin",
            "LoadBalancerV2Origin": ".load_balancer_origin",
            "S3BucketOrigin": ".s3_bucket_origin",
            "S3StaticWebsiteOrigin": ".s3_static_website_origin",
        },
    )


__all__ = [
    "FunctionUrlOrigin",
    "HttpOrigin",
    "LoadBalancerV2Origin",
    "S3BucketOrigin",
    "S3StaticWebsiteOrigin",
]
