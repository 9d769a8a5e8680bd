"""CloudFront origins: where a distribution's behaviors send requests."""

import typing as _typing

from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .http_origin import HttpOrigin
else:
    __getattr__, __dir__ = _lazy_exports(__name__, {"HttpOrigin": ".http_origin"})


__all__ = ["HttpOrigin"]
