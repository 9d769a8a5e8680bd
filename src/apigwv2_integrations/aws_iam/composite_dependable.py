"""CompositeDependable: several dependables depended on as one."""

from __future__ import annotations

from ..core.construct import DependencyGroup, IDependable


class CompositeDependable(DependencyGroup):
    """Depending on it means depending on each of `dependables` (constructs, grants, groups)."""

    def __init__(self, *dependables: IDependable) -> None:
        super().__init__(*dependables)
