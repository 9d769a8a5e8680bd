"""Succeed: ends the execution (or branch) successfully."""

from __future__ import annotations

from typing import Any

from ...core.construct import Construct
from ...core.struct import lazy_frozen
from ..types import INextable, QueryLanguage
from .state import State, state_options


@lazy_frozen(kw_only=True)
class SucceedProps:
    """Properties of a Succeed state."""

    comment: str | None = None
    """A comment on the state. Default: none."""
    query_language: QueryLanguage | None = None
    """The state's query language. Default: the state machine's."""
    state_name: str | None = None
    """The state's name in the definition. Default: the construct id."""
    input_path: str | None = None
    """The part of the input the state sees. Default: `$`."""
    output_path: str | None = None
    """The part of the output passed on. Default: `$`."""
    outputs: Any = None
    """The JSONata output. Default: the state's result."""


class Succeed(State):
    """A state that ends the execution successfully."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = SucceedProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        )
        super().__init__(scope, id, **state_options(props))

    @staticmethod
    def json_path(scope: Construct, id: str, **props: Any) -> Succeed:
        """A Succeed state that uses JSONPath."""
        return Succeed(scope, id, **props)

    @staticmethod
    def jsonata(scope: Construct, id: str, **props: Any) -> Succeed:
        """A Succeed state that uses JSONata."""
        return Succeed(scope, id, **props, query_language=QueryLanguage.JSONATA)

    @property
    def end_states(self) -> list[INextable]:
        """None: a Succeed state is final."""
        return []

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Succeed"}
        rendered.update(self._render_query_language(query_language))
        rendered["Comment"] = self.comment
        rendered.update(self._render_input_output())
        return rendered
