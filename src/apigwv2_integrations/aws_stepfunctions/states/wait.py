"""Wait: pauses for a time or until a timestamp; WaitTime."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.duration import Duration
from ...core.struct import field, lazy_frozen
from ..types import QueryLanguage
from ._nextable_state import _NextableState
from .state import state_options


class WaitTime:
    """How long a Wait state waits."""

    def __init__(self, json: dict[str, Any]) -> None:
        self._json = json

    @staticmethod
    def duration(duration: Duration) -> WaitTime:
        """A fixed duration."""
        return WaitTime({"Seconds": duration.to_seconds()})

    @staticmethod
    def seconds(seconds: str) -> WaitTime:
        """A JSONata expression giving the number of seconds, such as `{% $waitSeconds %}`."""
        return WaitTime({"Seconds": seconds})

    @staticmethod
    def timestamp(timestamp: str) -> WaitTime:
        """Until an ISO 8601 timestamp."""
        return WaitTime({"Timestamp": timestamp})

    @staticmethod
    def seconds_path(path: str) -> WaitTime:
        """The number of seconds at a JSON path of the input."""
        return WaitTime({"SecondsPath": path})

    @staticmethod
    def timestamp_path(path: str) -> WaitTime:
        """Until the timestamp at a JSON path of the input."""
        return WaitTime({"TimestampPath": path})

    def __repr__(self) -> str:
        ((key, value),) = self._json.items()
        return f"WaitTime({key}={value!r})"


@lazy_frozen(kw_only=True)
class WaitProps:
    """Properties of a Wait state."""

    time: WaitTime
    """How long to wait."""
    comment: str | None = None
    """A comment on the state. Default: none."""
    query_language: QueryLanguage | None = None
    """The state's query language. Default: the state machine's."""
    state_name: str | None = None
    """The state's name in the definition. Default: the construct id."""
    assign: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """Workflow variables to set. Default: none."""


class Wait(_NextableState):
    """A state that waits before continuing."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        time: WaitTime,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
    ) -> None:
        props = WaitProps(
            time=time, comment=comment, query_language=query_language, state_name=state_name, assign=assign
        )
        super().__init__(scope, id, **state_options(props))
        self.time = time

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> Wait:
        """A Wait state that uses JSONPath."""
        return Wait(scope, id, **props)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> Wait:
        """A Wait state that uses JSONata."""
        return Wait(scope, id, **props, query_language=QueryLanguage.JSONATA)

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Wait"}
        rendered.update(self._render_query_language(query_language))
        rendered["Comment"] = self.comment
        rendered.update(self.time._json)
        rendered.update(self._render_input_output())
        rendered.update(self._render_next_end())
        rendered.update(self._render_assign(query_language))
        return rendered
