"""Container image assets: the platform an image asset is built for."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for what it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .image_asset import Platform
else:
    __getattr__, __dir__ = _lazy_exports(__name__, {"Platform": ".image_asset"})

__all__ = ["Platform"]
