"""Amazon Kinesis: data streams, stream consumers, resource policies and grants, and every `Cfn*` class."""

from ..cfn.aws_kinesis import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_kinesis import *  # noqa: F403
    from ._types import IStream, IStreamConsumer
    from .resource_policy import ResourcePolicy, ResourcePolicyProps
    from .stream import (
        ShardLevelMetrics,
        Stream,
        StreamAttributes,
        StreamEncryption,
        StreamMode,
        StreamProps,
    )
    from .stream_consumer import StreamConsumer, StreamConsumerAttributes, StreamConsumerProps
else:
    _L2_SOURCES = {
        "._types": ("IStream", "IStreamConsumer"),
        ".resource_policy": ("ResourcePolicy", "ResourcePolicyProps"),
        ".stream": (
            "ShardLevelMetrics",
            "Stream",
            "StreamAttributes",
            "StreamEncryption",
            "StreamMode",
            "StreamProps",
        ),
        ".stream_consumer": ("StreamConsumer", "StreamConsumerAttributes", "StreamConsumerProps"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_kinesis"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "IStream",
    "IStreamConsumer",
    "ResourcePolicy",
    "ResourcePolicyProps",
    "ShardLevelMetrics",
    "Stream",
    "StreamAttributes",
    "StreamConsumer",
    "StreamConsumerAttributes",
    "StreamConsumerProps",
    "StreamEncryption",
    "StreamMode",
    "StreamProps",
]
