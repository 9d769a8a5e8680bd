"""StateMachineFragment: a reusable piece of a state machine, as a construct with a start and end states."""

from __future__ import annotations

from typing import Any

from ..core.construct import Construct
from .chain import Chain
from .states.parallel import Parallel
from .states.state import State
from .types import IChainable, INextable


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
        self, *, prefix_states: str | None = None, state_id: str | None = None, **props: Any
    ) -> Parallel:
        """Wrap the fragment in a Parallel state with one branch (its states prefixed)."""
        single_id = state_id or self.id
        self.prefix_states(prefix_states or f"{single_id}: ")
        return Parallel(self, single_id, **props).branch(self)

    def next(self, next: IChainable) -> Chain:  # noqa: A002 - aws_cdk's keyword
        """Continue the fragment's end states with `next`."""
        return Chain.start(self).next(next)
