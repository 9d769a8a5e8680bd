"""Pass: passes its input to its output, optionally with a fixed result; Result."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from .._json_path import render_object
from ..types import QueryLanguage
from ._nextable_state import _NextableState
from .state import (
    AssignableStateOptions,
    JsonataCommonOptions,
    JsonPathCommonOptions,
    StateBaseProps,
    render_json_path,
    state_options,
)

if TYPE_CHECKING:
    from typing import Any


class Result:
    """The fixed result of a Pass state."""

    def __init__(self, value: Any) -> None:
        self.value = value

    @staticmethod
    def from_string(value: str) -> Result:
        """A string result."""
        return Result(value)

    @staticmethod
    def from_number(value: float) -> Result:
        """A number result."""
        return Result(value)

    @staticmethod
    def from_boolean(value: bool) -> Result:
        """A boolean result."""
        return Result(value)

    @staticmethod
    def from_object(value: Mapping[str, Any]) -> Result:
        """An object result."""
        return Result(dict(value))

    @staticmethod
    def from_array(value: Sequence[Any]) -> Result:
        """An array result."""
        return Result(list(value))

    def __repr__(self) -> str:
        return f"Result({self.value!r})"


@lazy_frozen(kw_only=True)
class PassProps(
    StateBaseProps,
    AssignableStateOptions,
    JsonPathCommonOptions,
    JsonataCommonOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a Pass state."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input."""
    result: Result | None = None
    """A fixed result. Default: the input."""
    result_path: str | None = None
    """Where the result goes in the input. Default: `$`."""


@lazy_frozen(kw_only=True)
class PassJsonPathProps(
    StateBaseProps, AssignableStateOptions, JsonPathCommonOptions, metaclass=LazyAttrsMeta
):
    """Properties of a Pass state that uses JSONPath."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input."""
    result: Result | None = None
    """A fixed result. Default: the input."""
    result_path: str | None = None
    """Where the result goes in the input. Default: `$`."""


@lazy_frozen(kw_only=True)
class PassJsonataProps(StateBaseProps, AssignableStateOptions, JsonataCommonOptions, metaclass=LazyAttrsMeta):
    """Properties of a Pass state that uses JSONata."""


class Pass(_NextableState):
    """A state that passes its input on, optionally replacing or adding a fixed result."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, Any] | None = None,
        result: Result | None = None,
        result_path: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = PassProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
            parameters=parameters,
            result=result,
            result_path=result_path,
        )
        super().__init__(scope, id, **state_options(props))
        self.result = result

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
        parameters: Mapping[str, Any] | None = None,
        result: Result | None = None,
        result_path: str | None = None,
    ) -> Pass:
        """A Pass state that uses JSONPath."""
        props = PassJsonPathProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            parameters=parameters,
            result=result,
            result_path=result_path,
        )
        return Pass(scope, id, **as_dict(props))

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
    ) -> Pass:
        """A Pass state that uses JSONata."""
        props = PassJsonataProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            outputs=outputs,
        )
        return Pass(scope, id, **{**as_dict(props), "query_language": QueryLanguage.JSONATA})

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Pass"}
        rendered.update(self._render_query_language(query_language))
        rendered.update(
            {
                "Comment": self.comment,
                "Result": self.result.value if self.result is not None else None,
                "ResultPath": render_json_path(self.result_path, self, "result_path"),
            }
        )
        rendered.update(self._render_input_output())
        rendered.update(render_object({"Parameters": self.parameters}) or {})
        rendered.update(self._render_next_end())
        rendered.update(self._render_assign(query_language))
        return rendered
