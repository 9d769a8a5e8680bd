"""Test helpers for synthesized templates, as `aws_cdk.assertions`."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ._matcher import MatchCapture, Matcher, MatchFailure, MatchResult
    from .annotations import Annotations
    from .capture import Capture
    from .match import Match
    from .tags import Tags
    from .template import Template, TemplateParsingOptions
else:
    _SOURCES = {
        "._matcher": ("MatchCapture", "Matcher", "MatchFailure", "MatchResult"),
        ".annotations": ("Annotations",),
        ".capture": ("Capture",),
        ".match": ("Match",),
        ".tags": ("Tags",),
        ".template": ("Template", "TemplateParsingOptions"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__, {name: module for module, names in _SOURCES.items() for name in names}
    )

__all__ = [
    "Annotations",
    "Capture",
    "Match",
    "MatchCapture",
    "MatchFailure",
    "MatchResult",
    "Matcher",
    "Tags",
    "Template",
    "TemplateParsingOptions",
]
