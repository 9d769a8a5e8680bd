"""IInspectable and TreeInspector: the attributes a construct reports about itself."""

from __future__ import annotations

from .runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from typing import Any

__all__ = ["IInspectable", "TreeInspector"]


class TreeInspector:
    """Collects the attributes a construct reports in `inspect`."""

    def __init__(self) -> None:
        self.attributes: dict[str, Any] = {}
        """The attributes reported so far, by key."""

    def add_attribute(self, key: str, value: Any) -> None:
        """Report `value` under `key` (such as `aws:cdk:cloudformation:type`)."""
        self.attributes[key] = value


@runtime_checkable
class IInspectable(Protocol):
    """A construct that reports attributes about itself."""

    def inspect(self, inspector: TreeInspector) -> None:
        """Report this construct's attributes to `inspector`."""
        ...
