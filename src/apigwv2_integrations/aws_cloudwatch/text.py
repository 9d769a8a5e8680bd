"""TextWidget: Markdown text on a dashboard."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen
from .widget import ConcreteWidget

if TYPE_CHECKING:
    from typing import Any


class TextWidgetBackground(SimpleEnum):
    """The background of a text widget."""

    SOLID = "solid"
    TRANSPARENT = "transparent"


@lazy_frozen(kw_only=True)
class TextWidgetProps(metaclass=LazyAttrsMeta):
    """Properties of a TextWidget."""

    markdown: str
    """The text, in Markdown."""
    background: TextWidgetBackground | None = None
    """The background. Default: SOLID."""
    height: float | None = None
    """Height in grid units. Default: 2."""
    width: float | None = None
    """Width in grid units. Default: 6."""


class TextWidget(ConcreteWidget):
    """Markdown text on a dashboard."""

    def __init__(
        self,
        *,
        markdown: str,
        background: TextWidgetBackground | None = None,
        height: float | None = None,
        width: float | None = None,
    ) -> None:
        props = TextWidgetProps(markdown=markdown, background=background, height=height, width=width)
        super().__init__(props.width or 6, props.height or 2)
        self.markdown = props.markdown
        self.background = props.background

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        return self._widget_json(
            "text",
            {
                "markdown": self.markdown,
                "background": self.background.value if self.background else None,
            },
        )
