"""Assets: local files and folders (built by bundling when asked) published to the bootstrap bucket."""

from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for what it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from .asset import Asset, AssetOptions, AssetProps
else:
    __getattr__, __dir__ = _lazy_exports(
        __name__, dict.fromkeys(("Asset", "AssetOptions", "AssetProps"), ".asset")
    )

__all__ = ["Asset", "AssetOptions", "AssetProps"]
