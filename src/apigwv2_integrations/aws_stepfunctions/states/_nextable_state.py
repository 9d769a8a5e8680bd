"""The bases of the states that continue with `next`, and of those that also retry and catch errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING, TypeVar
from ..chain import Chain
from ..types import CatchProps, IChainable, INextable, JitterType, RetryProps
from .state import State

if TYPE_CHECKING:
    from typing import Any

_RetriableT = TypeVar("_RetriableT", bound="_RetriableState")


class _NextableState(State):
    """A state that is its own end state and continues with `next`."""

    @property
    def end_states(self) -> list[INextable]:
        """The state itself."""
        return [self]

    def next(self, next: IChainable) -> Chain:  # noqa: A002 - aws_cdk's keyword
        """Continue with `next`."""
        self._make_next(next.start_state)
        return Chain.sequence(self, next)


class _RetriableState(_NextableState):
    """A state that can also retry on errors and go to a handler on errors (Parallel, Map, CustomState)."""

    def add_retry(
        self: _RetriableT,
        *,
        backoff_rate: float | None = None,
        errors: Sequence[str] | None = None,
        interval: Duration | None = None,
        jitter_strategy: JitterType | None = None,
        max_attempts: float | None = None,
        max_delay: Duration | None = None,
    ) -> _RetriableT:
        """Retry the state on errors."""
        self._add_retry(
            RetryProps(
                backoff_rate=backoff_rate,
                errors=errors,
                interval=interval,
                jitter_strategy=jitter_strategy,
                max_attempts=max_attempts,
                max_delay=max_delay,
            )
        )
        return self

    def add_catch(
        self: _RetriableT,
        handler: IChainable,
        *,
        assign: Mapping[str, Any] | None = None,
        errors: Sequence[str] | None = None,
        outputs: Any = None,
        result_path: str | None = None,
    ) -> _RetriableT:
        """Go to `handler` on errors."""
        props = CatchProps(assign=assign, errors=errors, outputs=outputs, result_path=result_path)
        self._add_catch(handler.start_state, props)
        return self
