"""SnapStart: snapshots of initialized execution environments, taken when a version is published."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, ClassVar


class SnapStartConf:
    """When SnapStart applies; use `SnapStartConf.ON_PUBLISHED_VERSIONS`."""

    ON_PUBLISHED_VERSIONS: ClassVar[SnapStartConf]

    def __init__(self, apply_on: str) -> None:
        self._apply_on = apply_on

    def _to_snap_start_property(self) -> dict[str, Any]:
        return {"apply_on": self._apply_on}

    def __repr__(self) -> str:
        return (
            "SnapStartConf.ON_PUBLISHED_VERSIONS"
            if self._apply_on == "PublishedVersions"
            else (f"SnapStartConf({self._apply_on!r})")
        )


SnapStartConf.ON_PUBLISHED_VERSIONS = SnapStartConf("PublishedVersions")
