"""Amazon CloudFront: distributions, behaviors, origins, the managed policies, and every `Cfn*` class."""

from ..cfn.aws_cloudfront import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_cloudfront import *  # noqa: F403
    from .cache_policy import CachePolicy, ICachePolicy
    from .distribution import (
        AddBehaviorOptions,
        AllowedMethods,
        BehaviorOptions,
        CachedMethods,
        Distribution,
        DistributionProps,
        ErrorResponse,
        HttpVersion,
        OriginProtocolPolicy,
        OriginSslPolicy,
        PriceClass,
        SecurityPolicyProtocol,
        SSLMethod,
        ViewerProtocolPolicy,
    )
    from .function import (
        Function,
        FunctionAssociation,
        FunctionCode,
        FunctionEventType,
        FunctionRuntime,
        IFunction,
    )
    from .origin import IOrigin, OriginBase, OriginBindConfig, OriginBindOptions
    from .origin_access_control import (
        AccessLevel,
        IOriginAccessControl,
        OriginAccessControlOriginType,
        S3OriginAccessControl,
        Signing,
        SigningBehavior,
        SigningProtocol,
    )
    from .origin_request_policy import IOriginRequestPolicy, OriginRequestPolicy
    from .response_headers_policy import IResponseHeadersPolicy, ResponseHeadersPolicy
else:
    _L2_SOURCES = {
        ".cache_policy": ("CachePolicy", "ICachePolicy"),
        ".distribution": (
            "AddBehaviorOptions",
            "AllowedMethods",
            "BehaviorOptions",
            "CachedMethods",
            "Distribution",
            "DistributionProps",
            "ErrorResponse",
            "HttpVersion",
            "OriginProtocolPolicy",
            "OriginSslPolicy",
            "PriceClass",
            "SSLMethod",
            "SecurityPolicyProtocol",
            "ViewerProtocolPolicy",
        ),
        ".function": (
            "Function",
            "FunctionAssociation",
            "FunctionCode",
            "FunctionEventType",
            "FunctionRuntime",
            "IFunction",
        ),
        ".origin": ("IOrigin", "OriginBase", "OriginBindConfig", "OriginBindOptions"),
        ".origin_access_control": (
            "AccessLevel",
            "IOriginAccessControl",
            "OriginAccessControlOriginType",
            "S3OriginAccessControl",
            "Signing",
            "SigningBehavior",
            "SigningProtocol",
        ),
        ".origin_request_policy": ("IOriginRequestPolicy", "OriginRequestPolicy"),
        ".response_headers_policy": ("IResponseHeadersPolicy", "ResponseHeadersPolicy"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_cloudfront"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "AccessLevel",
    "AddBehaviorOptions",
    "AllowedMethods",
    "BehaviorOptions",
    "CachePolicy",
    "CachedMethods",
    "Distribution",
    "DistributionProps",
    "ErrorResponse",
    "Function",
    "FunctionAssociation",
    "FunctionCode",
    "FunctionEventType",
    "FunctionRuntime",
    "HttpVersion",
    "ICachePolicy",
    "IFunction",
    "IOrigin",
    "IOriginAccessControl",
    "IOriginRequestPolicy",
    "IResponseHeadersPolicy",
    "OriginAccessControlOriginType",
    "OriginBase",
    "OriginBindConfig",
    "OriginBindOptions",
    "OriginProtocolPolicy",
    "OriginRequestPolicy",
    "OriginSslPolicy",
    "PriceClass",
    "ResponseHeadersPolicy",
    "S3OriginAccessControl",
    "SSLMethod",
    "SecurityPolicyProtocol",
    "Signing",
    "SigningBehavior",
    "SigningProtocol",
    "ViewerProtocolPolicy",
]
