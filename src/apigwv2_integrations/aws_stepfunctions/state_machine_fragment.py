"""StateMachineFragment: a reusable piece of a state machine, as a construct with a start and end states;
SingleStateOptions."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, fields_of, lazy_frozen
from .chain import Chain
from .states.parallel import Parallel, ParallelProps
from .states.state import State
from .types import IChainable, INextable, QueryLanguage

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class SingleStateOptions(ParallelProps, metaclass=LazyAttrsMeta):
    """How a fragment becomes a single Parallel state: its id and the prefix of the fragment's states."""

    prefix_states: str | None = None
    """The prefix of the fragment's state names. Default: `<state_id>: `."""
    state_id: str | None = None
    """The id of the Parallel state. Default: the fragment's id."""


class StateMachineFragment(Construct):
    """A group of states, defined in a construct, that chains like a single state."""

    @property
    def id(self) -> str:
        """The construct id."""
        return self.node.id

    # Subclasses set these (as attributes or properties): the first state and the states `next` continues.
    start_state: State
    end_states: list[INextable]

    def prefix_states(self, prefix: str | None = None) -> StateMachineFragment:
        """Put `prefix` (default: `<id>: `) in front of the names of the fragment's states."""
        State.prefix_states(self, prefix or f"{self.id}: ")
        return self

    def to_single_state(
        self,
        *,
        prefix_states: str | None = None,
        state_id: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
        arguments: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
    ) -> Parallel:
        """Wrap the fragment in a Parallel state with one branch (its states prefixed)."""
        options = SingleStateOptions(
            prefix_states=prefix_states,
            state_id=state_id,
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
        single_id = options.state_id or self.id
        self.prefix_states(options.prefix_states or f"{single_id}: ")
        parallel_props = {a.name: getattr(options, a.name) for a in fields_of(ParallelProps)}
        return Parallel(self, single_id, **parallel_props).branch(self)

    def next(self, next: IChainable) -> Chain:  # noqa: A002 - aws_cdk's keyword
        """Continue the fragment's end states with `next`."""
        return Chain.start(self).next(next)
