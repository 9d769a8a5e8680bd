"""Amazon ECR: repositories, their lifecycle rules and resource policies, imported repositories, grants and
image URIs, and every `Cfn*` class."""

from ..cfn.aws_ecr import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_ecr import *  # noqa: F403
    from .image_tag_mutability_exclusion_filter import ImageTagMutabilityExclusionFilter
    from .lifecycle import LifecycleRule, TagStatus
    from .repository import (
        IRepository,
        Repository,
        RepositoryAttributes,
        RepositoryBase,
        RepositoryEncryption,
        RepositoryProps,
        TagMutability,
    )
else:
    _L2_SOURCES = {
        ".image_tag_mutability_exclusion_filter": ("ImageTagMutabilityExclusionFilter",),
        ".lifecycle": ("LifecycleRule", "TagStatus"),
        ".repository": (
            "IRepository",
            "Repository",
            "RepositoryAttributes",
            "RepositoryBase",
            "RepositoryEncryption",
            "RepositoryProps",
            "TagMutability",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_ecr"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [
    *_cfn_all,
    "IRepository",
    "ImageTagMutabilityExclusionFilter",
    "LifecycleRule",
    "Repository",
    "RepositoryAttributes",
    "RepositoryBase",
    "RepositoryEncryption",
    "RepositoryProps",
    "TagMutability",
    "TagStatus",
]
