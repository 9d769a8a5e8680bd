"""IWidget and ConcreteWidget: a dashboard widget, its size and its place on the 24-column grid."""

from __future__ import annotations

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from typing import Any

GRID_WIDTH = 24


@runtime_checkable
class IWidget(Protocol):
    """A dashboard widget."""

    @property
    def width(self) -> float:
        """Width in grid units."""
        ...

    @property
    def height(self) -> float:
        """Height in grid units."""
        ...

    def position(self, x: float, y: float) -> None:
        """Place the widget at a grid position."""
        ...

    def to_json(self) -> list[Any]:
        """The widget's JSON, as a list of widget objects."""
        ...


class ConcreteWidget:
    """A widget with a position of its own."""

    def __init__(self, width: float, height: float) -> None:
        if width > GRID_WIDTH:
            raise ValidationError(None, f"width={width!r} is too wide; use at most {GRID_WIDTH} grid units")
        self.width = width
        self.height = height
        self.x: float | None = None
        self.y: float | None = None
        self.warnings: list[str] = []
        self.warnings_v2: dict[str, str] = {}

    def position(self, x: float, y: float) -> None:
        """Place the widget at a grid position."""
        self.x = x
        self.y = y

    def to_json(self) -> list[Any]:
        """The widget's JSON, as a list of widget objects."""
        raise NotImplementedError

    def _widget_json(self, widget_type: str, properties: dict[str, Any]) -> list[Any]:
        """The dashboard JSON of this widget: its type, size, position and properties."""
        return [
            {
                "type": widget_type,
                "width": self.width,
                "height": self.height,
                "x": self.x,
                "y": self.y,
                "properties": properties,
            }
        ]

    def _copy_metric_warnings(self, *metrics: Any) -> None:
        for metric in metrics:
            self.warnings_v2.update(getattr(metric, "warnings_v2", None) or {})
