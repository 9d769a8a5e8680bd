"""Parallel: runs branches at the same time and collects their outputs in an array."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from .._json_path import render_object
from ..state_graph import StateGraph
from ..types import IChainable, QueryLanguage
from ._nextable_state import _RetriableState
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


@lazy_frozen(kw_only=True)
class ParallelProps(
    StateBaseProps,
    AssignableStateOptions,
    JsonPathCommonOptions,
    JsonataCommonOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a Parallel state."""

    arguments: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The JSONata arguments. Default: none."""
    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input."""
    result_path: str | None = None
    """Where the result goes in the input. Default: `$`."""
    result_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The result, built from JSON paths. Default: the result."""


@lazy_frozen(kw_only=True)
class ParallelJsonPathProps(
    StateBaseProps, AssignableStateOptions, JsonPathCommonOptions, metaclass=LazyAttrsMeta
):
    """Properties of a Parallel state that uses JSONPath."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input."""
    result_path: str | None = None
    """Where the result goes in the input. Default: `$`."""
    result_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The result, built from JSON paths. Default: the result."""


@lazy_frozen(kw_only=True)
class ParallelJsonataProps(
    StateBaseProps, AssignableStateOptions, JsonataCommonOptions, metaclass=LazyAttrsMeta
):
    """Properties of a Parallel state that uses JSONata."""

    arguments: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The JSONata arguments. Default: the input."""


class Parallel(_RetriableState):
    """A state that runs several branches in parallel."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        arguments: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = ParallelProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
            arguments=arguments,
            parameters=parameters,
            result_path=result_path,
            result_selector=result_selector,
        )
        super().__init__(scope, id, **state_options(props))
        self._pending_branches: list[IChainable] = []

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
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
    ) -> Parallel:
        """A Parallel state that uses JSONPath."""
        props = ParallelJsonPathProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            parameters=parameters,
            result_path=result_path,
            result_selector=result_selector,
        )
        return Parallel(scope, id, **as_dict(props))

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
        arguments: Mapping[str, Any] | None = None,
    ) -> Parallel:
        """A Parallel state that uses JSONata."""
        props = ParallelJsonataProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            outputs=outputs,
            arguments=arguments,
        )
        return Parallel(scope, id, **{**as_dict(props), "query_language": QueryLanguage.JSONATA})

    def branch(self, *branches: IChainable) -> Parallel:
        """Add branches; each runs from its start state."""
        self._pending_branches.extend(branches)
        return self

    def bind_to_graph(self, graph: StateGraph) -> None:
        """Make the state and its branches part of `graph`."""
        for branch in self._pending_branches:
            name = f"Parallel '{self.state_id}' branch {len(self.branches) + 1}"
            self._add_branch(StateGraph(branch.start_state, name))
        self._pending_branches.clear()
        super().bind_to_graph(graph)

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Parallel"}
        rendered.update(self._render_query_language(query_language))
        rendered.update(
            {"Comment": self.comment, "ResultPath": render_json_path(self.result_path, self, "result_path")}
        )
        rendered.update(self._render_next_end())
        rendered.update(self._render_input_output())
        # aws-cdk-lib renders retries and catches with the top-level query language left unset.
        rendered.update(self._render_retry_catch(None))
        rendered.update(self._render_branches())
        rendered.update(self._render_result_selector())
        if self.parameters is not None:
            rendered.update(render_object({"Parameters": self.parameters}) or {})
        rendered.update(self._render_assign(query_language))
        return rendered

    def _validate_state(self) -> list[str]:
        if not self.branches:
            return ["a Parallel state needs at least one branch; call branch(...)"]
        return []
