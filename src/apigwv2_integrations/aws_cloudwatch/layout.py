"""Row, Column and Spacer: widgets laid out next to and under each other."""

from __future__ import annotations

from ..core.errors import ArgumentTypeError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .widget import GRID_WIDTH, IWidget

if TYPE_CHECKING:
    from typing import Any


def _widget_json(widget: IWidget) -> list[Any]:
    """What `widget.to_json()` returned: a list of widget objects (an app's own IWidget may return
    anything, and aws_cdk accepts only a list)."""
    answer = widget.to_json()
    if isinstance(answer, (list, tuple)):
        return list(answer)
    raise ArgumentTypeError(
        f"{type(widget).__name__}.to_json() returned {answer!r}; return a list of widget dicts, such as "
        "[{'type': 'text', 'x': 0, 'y': 0, 'width': 6, 'height': 2, 'properties': {'markdown': '...'}}]"
    )


class Row:
    """Widgets side by side, wrapping onto a new line at the grid's width."""

    def __init__(self, *widgets: IWidget) -> None:
        self.widgets: list[IWidget] = list(widgets)
        self._offsets: list[tuple[float, float]] = []
        self._width: float = 0
        self._height: float = 0
        x: float = 0
        y: float = 0
        for widget in self.widgets:
            if x + widget.width > GRID_WIDTH:
                y = self._height
                x = 0
            self._update_dimensions(x, y, widget)
            x += widget.width

    @property
    def width(self) -> float:
        """Width in grid units."""
        return self._width

    @property
    def height(self) -> float:
        """Height in grid units."""
        return self._height

    def _update_dimensions(self, x: float, y: float, widget: IWidget) -> None:
        self._offsets.append((x, y))
        self._width = max(self._width, x + widget.width)
        self._height = max(self._height, y + widget.height)

    def add_widget(self, w: IWidget) -> None:
        """Add a widget at the end of the row."""
        self.widgets.append(w)
        x, y = self._width, self._height
        if x + w.width > GRID_WIDTH:
            y = self._height
            x = 0
        self._update_dimensions(x, y, w)

    def position(self, x: float, y: float) -> None:
        """Place the row at a grid position."""
        for widget, (dx, dy) in zip(self.widgets, self._offsets, strict=True):
            widget.position(x + dx, y + dy)

    def to_json(self) -> list[Any]:
        """The JSON of every widget of the row."""
        return [item for widget in self.widgets for item in _widget_json(widget)]


class Column:
    """Widgets one under the other."""

    def __init__(self, *widgets: IWidget) -> None:
        self.widgets: list[IWidget] = list(widgets)
        self._width: float = max((w.width for w in self.widgets), default=0)
        self._height: float = sum(w.height for w in self.widgets)

    @property
    def width(self) -> float:
        """Width in grid units."""
        return self._width

    @property
    def height(self) -> float:
        """Height in grid units."""
        return self._height

    def add_widget(self, w: IWidget) -> None:
        """Add a widget at the bottom of the column."""
        self.widgets.append(w)
        self._width = max(self._width, w.width)
        self._height += w.height

    def position(self, x: float, y: float) -> None:
        """Place the column at a grid position."""
        widget_y = y
        for widget in self.widgets:
            widget.position(x, widget_y)
            widget_y += widget.height

    def to_json(self) -> list[Any]:
        """The JSON of every widget of the column."""
        return [item for widget in self.widgets for item in _widget_json(widget)]


@lazy_frozen(kw_only=True)
class SpacerProps(metaclass=LazyAttrsMeta):
    """Properties of a Spacer."""

    height: float | None = None
    """Height in grid units. Default: 1."""
    width: float | None = None
    """Width in grid units. Default: 1."""


class Spacer:
    """Empty space in a row or column."""

    def __init__(self, *, height: float | None = None, width: float | None = None) -> None:
        props = SpacerProps(height=height, width=width)
        self.width: float = props.width or 1
        self.height: float = props.height or 1

    def position(self, x: float, y: float) -> None:
        """Spacers render nothing, so their position does not matter."""

    def to_json(self) -> list[Any]:
        """Nothing."""
        return []
