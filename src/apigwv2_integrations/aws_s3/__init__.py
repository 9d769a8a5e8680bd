"""Amazon S3: buckets (defined or imported) and their notifications, and every `Cfn*` class of the service."""

import typing as _typing

from ..cfn.aws_s3 import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_s3 import *  # noqa: F403
    from .bucket import (
        BlockPublicAccess,
        BlockPublicAccessOptions,
        Bucket,
        BucketAccessControl,
        BucketAttributes,
        BucketBase,
        BucketEncryption,
        BucketProps,
        CorsRule,
        EventType,
        HttpMethods,
        IBucket,
        IntelligentTieringConfiguration,
        NotificationKeyFilter,
        ObjectOwnership,
        PartitionDateSource,
        RedirectProtocol,
        RedirectTarget,
        ReplaceKey,
        RoutingRule,
        RoutingRuleCondition,
        Tag,
        TargetObjectKeyFormat,
        TransferAccelerationUrlOptions,
        VirtualHostedStyleUrlOptions,
    )
    from .bucket_grants import BucketGrants
    from .bucket_policy import BucketPolicy, BucketPolicyProps
    from .destination import (
        BucketNotificationDestinationConfig,
        BucketNotificationDestinationType,
        IBucketNotificationDestination,
    )
    from .rule import LifecycleRule, NoncurrentVersionTransition, StorageClass, Transition
else:
    _L2_SOURCES = {
        ".bucket": (
            "BlockPublicAccess",
            "BlockPublicAccessOptions",
            "Bucket",
            "BucketAccessControl",
            "BucketAttributes",
            "BucketBase",
            "BucketEncryption",
            "BucketProps",
            "CorsRule",
            "EventType",
            "PartitionDateSource",
            "TargetObjectKeyFormat",
            "TransferAccelerationUrlOptions",
            "VirtualHostedStyleUrlOptions",
            "HttpMethods",
            "IBucket",
            "IntelligentTieringConfiguration",
            "NotificationKeyFilter",
            "ObjectOwnership",
            "RedirectProtocol",
            "RedirectTarget",
            "ReplaceKey",
            "RoutingRule",
            "RoutingRuleCondition",
            "Tag",
        ),
        ".bucket_grants": ("BucketGrants",),
        ".bucket_policy": ("BucketPolicy", "BucketPolicyProps"),
        ".destination": (
            "BucketNotificationDestinationConfig",
            "BucketNotificationDestinationType",
            "IBucketNotificationDestination",
        ),
        ".rule": ("LifecycleRule", "NoncurrentVersionTransition", "StorageClass", "Transition"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_s3"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "BlockPublicAccess",
    "BlockPublicAccessOptions",
    "Bucket",
    "BucketAccessControl",
    "BucketAttributes",
    "BucketBase",
    "BucketEncryption",
    "BucketGrants",
    "BucketNotificationDestinationConfig",
    "BucketNotificationDestinationType",
    "BucketPolicy",
    "BucketPolicyProps",
    "BucketProps",
    "CorsRule",
    "EventType",
    "PartitionDateSource",
    "TargetObjectKeyFormat",
    "TransferAccelerationUrlOptions",
    "VirtualHostedStyleUrlOptions",
    "HttpMethods",
    "IBucket",
    "IBucketNotificationDestination",
    "IntelligentTieringConfiguration",
    "LifecycleRule",
    "NoncurrentVersionTransition",
    "NotificationKeyFilter",
    "ObjectOwnership",
    "RedirectProtocol",
    "RedirectTarget",
    "ReplaceKey",
    "RoutingRule",
    "RoutingRuleCondition",
    "StorageClass",
    "Tag",
    "Transition",
]
