"""Chain: a sequence of states built with `next`, with one start state and its end states."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, cast
from .types import INextable

if TYPE_CHECKING:
    from typing import Any

    from .states.parallel import Parallel
    from .states.state import State
    from .types import IChainable, QueryLanguage


class Chain:
    """States joined one after another."""

    def __init__(self, start_state: State, end_states: list[INextable], last_added: IChainable) -> None:
        self._last_added = last_added
        self.id: str = last_added.id
        self.start_state = start_state
        self.end_states = end_states

    @staticmethod
    def start(state: IChainable) -> Chain:
        """A chain that starts (and ends) with `state`."""
        return Chain(state.start_state, state.end_states, state)

    @staticmethod
    def sequence(start: IChainable, next: IChainable) -> Chain:  # noqa: A002 - aws_cdk's keyword
        """A chain from `start` to the end states of `next` (already joined)."""
        return Chain(start.start_state, next.end_states, next)

    @staticmethod
    def custom(start_state: State, end_states: Sequence[INextable | State], last_added: IChainable) -> Chain:
        """A chain with the given start and end states."""
        # aws-cdk-lib takes any state here (a Succeed or Fail end too) and only fails when `next` is called.
        return Chain(start_state, cast("list[INextable]", list(end_states)), last_added)

    def next(self, next: IChainable) -> Chain:  # noqa: A002 - aws_cdk's keyword
        """Continue every end state with `next`."""
        if not self.end_states:
            raise ValidationError(
                None,
                f"cannot continue the chain: its last state ({self._last_added.id}) "
                "does not allow a next state",
            )
        for end_state in self.end_states:
            if not isinstance(end_state, INextable):
                raise ValidationError(
                    None,
                    f"cannot continue the chain: its end state {end_state!r} does not allow a next state; "
                    "end the chain with a state that has `next`",
                )
            end_state.next(next)
        return Chain(self.start_state, next.end_states, next)

    def to_single_state(
        self,
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
    ) -> Parallel:
        """Wrap the chain in a Parallel state with one branch, so it can be retried and caught as one."""
        # Deferred: Parallel's module imports this one (every state's `next` returns a Chain).
        from .states.parallel import Parallel

        return Parallel(
            self.start_state,
            id,
            arguments=arguments,
            parameters=parameters,
            result_path=result_path,
            result_selector=result_selector,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        ).branch(self)

    def __repr__(self) -> str:
        return f"Chain({self.start_state.state_id!r} ... {self.id!r})"
