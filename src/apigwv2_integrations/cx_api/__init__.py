"""The cloud assembly a synth returns, and the messages of its stacks, as `aws_cdk.cx_api`."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562). mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..core.synthesis.assembly import (
        CloudAssembly,
        CloudFormationStackArtifact,
        MetadataEntryResult,
        NestedCloudAssemblyArtifact,
    )
    from ..core.synthesis.messages import SynthesisMessage, SynthesisMessageLevel
else:
    _SOURCES = {
        "..core.synthesis.assembly": (
            "CloudAssembly",
            "CloudFormationStackArtifact",
            "MetadataEntryResult",
            "NestedCloudAssemblyArtifact",
        ),
        "..core.synthesis.messages": ("SynthesisMessage", "SynthesisMessageLevel"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "CloudAssembly",
    "CloudFormationStackArtifact",
    "MetadataEntryResult",
    "NestedCloudAssemblyArtifact",
    "SynthesisMessage",
    "SynthesisMessageLevel",
]
