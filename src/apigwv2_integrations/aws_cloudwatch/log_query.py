"""LogQueryWidget: the results of a CloudWatch Logs Insights query on a dashboard."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.converters import optional_tuple, to_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.pseudo import Aws
from .widget import ConcreteWidget

if TYPE_CHECKING:
    from typing import Any


class LogQueryVisualizationType(SimpleEnum):
    """How a log query widget shows its results."""

    TABLE = "TABLE"
    LINE = "LINE"
    STACKEDAREA = "STACKEDAREA"
    BAR = "BAR"
    PIE = "PIE"


class LogQueryLanguage(SimpleEnum):
    """The language of a log query."""

    LOGS_INSIGHTS = "Logs"
    SQL = "SQL"
    PPL = "PPL"


# The dashboard's `view` of each visualization, and whether a time series is stacked.
_VIEWS: dict[LogQueryVisualizationType, tuple[str, bool | None]] = {
    LogQueryVisualizationType.TABLE: ("table", None),
    LogQueryVisualizationType.LINE: ("timeSeries", False),
    LogQueryVisualizationType.STACKEDAREA: ("timeSeries", True),
    LogQueryVisualizationType.BAR: ("bar", None),
    LogQueryVisualizationType.PIE: ("pie", None),
}


@lazy_frozen(kw_only=True)
class LogQueryWidgetProps(metaclass=LazyAttrsMeta):
    """Properties of a LogQueryWidget."""

    log_group_names: Sequence[str] = field(converter=to_tuple)
    """The log groups queried (at least one)."""
    account_id: str | None = None
    """The account the log groups are in. Default: the dashboard's."""
    height: float | None = None
    """Height in grid units. Default: 6."""
    query_language: LogQueryLanguage | None = None
    """The query's language. Default: Logs Insights (not written)."""
    query_lines: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The query as lines, joined with `|`. Give this or `query_string`."""
    query_string: str | None = None
    """The query. Give this or `query_lines`."""
    region: str | None = None
    """The region the log groups are in. Default: the stack's."""
    title: str | None = None
    """The widget's title. Default: none."""
    view: LogQueryVisualizationType | None = None
    """How the results are shown. Default: TABLE."""
    width: float | None = None
    """Width in grid units. Default: 6."""


class LogQueryWidget(ConcreteWidget):
    """The results of a CloudWatch Logs Insights query on some log groups."""

    def __init__(
        self,
        *,
        log_group_names: Sequence[str],
        account_id: str | None = None,
        height: float | None = None,
        query_language: LogQueryLanguage | None = None,
        query_lines: Sequence[str] | None = None,
        query_string: str | None = None,
        region: str | None = None,
        title: str | None = None,
        view: LogQueryVisualizationType | None = None,
        width: float | None = None,
    ) -> None:
        props = LogQueryWidgetProps(
            log_group_names=log_group_names,
            account_id=account_id,
            height=height,
            query_language=query_language,
            query_lines=query_lines,
            query_string=query_string,
            region=region,
            title=title,
            view=view,
            width=width,
        )
        if not props.log_group_names:
            raise ValidationError(None, "log_group_names=[] is empty; name at least one log group")
        if (props.query_string is None) == (props.query_lines is None):
            raise ValidationError(
                None,
                f"query_string={props.query_string!r} and query_lines={props.query_lines!r}: give exactly "
                "one of them",
            )
        super().__init__(props.width or 6, props.height or 6)
        self.props = props

    def to_json(self) -> list[Any]:
        """The widget's JSON."""
        props = self.props
        sources = " | ".join(f"SOURCE '{name}'" for name in props.log_group_names)
        query = props.query_string if props.query_string is not None else "\n| ".join(props.query_lines or ())
        view, stacked = _VIEWS[props.view or LogQueryVisualizationType.TABLE]
        return self._widget_json(
            "log",
            {
                "view": view,
                "title": props.title,
                "region": props.region or Aws.REGION,
                "accountId": props.account_id,
                "query": f"{sources} | {query}",
                "queryLanguage": props.query_language.value if props.query_language else None,
                "stacked": stacked,
            },
        )
