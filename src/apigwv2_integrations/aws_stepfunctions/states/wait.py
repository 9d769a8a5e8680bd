"""Wait: pauses for a time or until a timestamp; WaitTime."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, lazy_frozen
from ..types import QueryLanguage
from ._nextable_state import _NextableState
from .state import (
    AssignableStateOptions,
    JsonataCommonOptions,
    JsonPathCommonOptions,
    StateBaseProps,
    state_options,
)

if TYPE_CHECKING:
    from typing import Any


class WaitTime:
    """How long a Wait state waits."""

    def __init__(self, json: dict[str, Any]) -> None:
        self._json = json

    @staticmethod
    def duration(duration: Duration) -> WaitTime:
        """A fixed duration, in whole seconds."""
        if not duration.is_unresolved() and not float(duration.to_seconds(integral=False)).is_integer():
            raise ValidationError(
                None, f"WaitTime.duration({duration!r}) is not a whole number of seconds; use whole seconds"
            )
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
class WaitProps(StateBaseProps, AssignableStateOptions, metaclass=LazyAttrsMeta):
    """Properties of a Wait state."""

    time: WaitTime
    """How long to wait."""


@lazy_frozen(kw_only=True)
class WaitJsonPathProps(
    StateBaseProps, AssignableStateOptions, JsonPathCommonOptions, metaclass=LazyAttrsMeta
):
    """Properties of a Wait state that uses JSONPath."""

    time: WaitTime
    """How long to wait."""


@lazy_frozen(kw_only=True)
class WaitJsonataProps(StateBaseProps, AssignableStateOptions, JsonataCommonOptions, metaclass=LazyAttrsMeta):
    """Properties of a Wait state that uses JSONata."""

    time: WaitTime
    """How long to wait."""


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
    def json_path(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        time: WaitTime,
    ) -> Wait:
        """A Wait state that uses JSONPath."""
        props = WaitJsonPathProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            time=time,
        )
        keywords = as_dict(props)
        input_path_value = keywords.pop("input_path")
        output_path_value = keywords.pop("output_path")
        state = Wait(scope, id, **keywords)
        # Wait's constructor has no input and output keywords; its factories set them.
        state.input_path = input_path_value
        state.output_path = output_path_value
        return state

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
        time: WaitTime,
    ) -> Wait:
        """A Wait state that uses JSONata."""
        props = WaitJsonataProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            outputs=outputs,
            time=time,
        )
        keywords = {**as_dict(props), "query_language": QueryLanguage.JSONATA}
        outputs_value = keywords.pop("outputs")
        state = Wait(scope, id, **keywords)
        # Wait's constructor has no input and output keywords; its factories set them.
        state.outputs = outputs_value
        return state

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Wait"}
        rendered.update(self._render_query_language(query_language))
        rendered["Comment"] = self.comment
        rendered.update(self.time._json)
        rendered.update(self._render_input_output())
        rendered.update(self._render_next_end())
        rendered.update(self._render_assign(query_language))
        return rendered
