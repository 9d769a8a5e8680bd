"""Choice: branches on conditions, with an optional default (otherwise) state."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, lazy_frozen
from ..chain import Chain
from ..condition import Condition
from ..types import AfterwardsOptions, ChoiceTransitionOptions, IChainable, INextable, QueryLanguage
from .state import (
    AssignableStateOptions,
    JsonataCommonOptions,
    JsonPathCommonOptions,
    State,
    StateBaseProps,
    state_options,
)

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class ChoiceProps(
    StateBaseProps,
    AssignableStateOptions,
    JsonPathCommonOptions,
    JsonataCommonOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a Choice state."""


@lazy_frozen(kw_only=True)
class ChoiceJsonPathProps(
    StateBaseProps, AssignableStateOptions, JsonPathCommonOptions, metaclass=LazyAttrsMeta
):
    """Properties of a Choice state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class ChoiceJsonataProps(
    StateBaseProps, AssignableStateOptions, JsonataCommonOptions, metaclass=LazyAttrsMeta
):
    """Properties of a Choice state that uses JSONata."""


class Choice(State):
    """A state that picks the next state by the first matching condition."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = ChoiceProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
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
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Choice:
        """A Choice state that uses JSONPath."""
        props = ChoiceJsonPathProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
        )
        return Choice(scope, id, **as_dict(props))

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
    ) -> Choice:
        """A Choice state that uses JSONata."""
        props = ChoiceJsonataProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            outputs=outputs,
        )
        return Choice(scope, id, **{**as_dict(props), "query_language": QueryLanguage.JSONATA})

    @property
    def end_states(self) -> list[INextable]:
        """None: continue after a Choice with `afterwards()`."""
        return []

    def when(
        self,
        condition: Condition,
        next: IChainable,  # noqa: A002 - aws_cdk's keyword
        *,
        assign: Mapping[str, Any] | None = None,
        comment: str | None = None,
        outputs: Any = None,
    ) -> Choice:
        """Go to `next` when `condition` holds."""
        options = ChoiceTransitionOptions(assign=assign, comment=comment, outputs=outputs)
        self._add_choice(condition, next.start_state, options)
        return self

    def otherwise(self, def_: IChainable) -> Choice:
        """Go to `def_` when no condition holds."""
        self._make_default(def_.start_state)
        return self

    def afterwards(
        self, *, include_error_handlers: bool | None = None, include_otherwise: bool | None = None
    ) -> Chain:
        """A chain that continues from every branch's end state."""
        options = AfterwardsOptions(
            include_error_handlers=include_error_handlers, include_otherwise=include_otherwise
        )
        ends = State.filter_nextables(
            State.find_reachable_end_states(self, include_error_handlers=options.include_error_handlers)
        )
        if options.include_otherwise and self.default_choice is not None:
            raise ValidationError(
                self,
                f"include_otherwise=True but choice {self.state_id!r} already has an otherwise() transition; "
                "leave include_otherwise unset",
            )
        if options.include_otherwise:
            ends.append(_DefaultAsNext(self))
        return Chain.custom(self, ends, self)

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Choice"}
        rendered.update(self._render_query_language(query_language))
        rendered["Comment"] = self.comment
        rendered.update(self._render_input_output())
        # aws-cdk-lib renders the rules with the top-level query language left unset.
        rendered.update(self._render_choices(None))
        rendered.update(self._render_assign(query_language))
        return rendered


class _DefaultAsNext:
    def __init__(self, choice: Choice) -> None:
        self._choice = choice

    def next(self, state: IChainable) -> Chain:
        self._choice.otherwise(state)
        return Chain.sequence(self._choice, state)
