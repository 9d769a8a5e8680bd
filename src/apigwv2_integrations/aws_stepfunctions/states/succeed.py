"""Succeed: ends the execution (or branch) successfully."""

from __future__ import annotations

from ...core.construct import Construct
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, lazy_frozen
from ..types import INextable, QueryLanguage
from .state import (
    JsonataCommonOptions,
    JsonPathCommonOptions,
    State,
    StateBaseProps,
    state_options,
)

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class SucceedProps(StateBaseProps, JsonPathCommonOptions, JsonataCommonOptions, metaclass=LazyAttrsMeta):
    """Properties of a Succeed state."""


@lazy_frozen(kw_only=True)
class SucceedJsonPathProps(StateBaseProps, JsonPathCommonOptions, metaclass=LazyAttrsMeta):
    """Properties of a Succeed state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class SucceedJsonataProps(StateBaseProps, JsonataCommonOptions, metaclass=LazyAttrsMeta):
    """Properties of a Succeed state that uses JSONata."""


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
    def json_path(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Succeed:
        """A Succeed state that uses JSONPath."""
        props = SucceedJsonPathProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            input_path=input_path,
            output_path=output_path,
        )
        return Succeed(scope, id, **as_dict(props))

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        outputs: Any = None,
    ) -> Succeed:
        """A Succeed state that uses JSONata."""
        props = SucceedJsonataProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            outputs=outputs,
        )
        return Succeed(scope, id, **{**as_dict(props), "query_language": QueryLanguage.JSONATA})

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
