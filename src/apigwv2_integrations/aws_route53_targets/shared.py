"""Options shared by alias targets."""

from __future__ import annotations

from ..core.runtime_typing import Protocol, runtime_checkable


@runtime_checkable
class IAliasRecordTargetProps(Protocol):
    """Options of an alias target."""

    @property
    def hosted_zone_id(self) -> str | None:
        """The hosted zone of the target, where a target needs one. Default: the target's own."""
        ...

    @property
    def evaluate_target_health(self) -> bool | None:
        """Whether Route 53 checks the target's health. Default: no health check."""
        ...
