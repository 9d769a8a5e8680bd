"""CustomState: a state given as raw Amazon States Language JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ...core.annotations import Annotations
from ...core.construct import Construct
from ...core.duration import Duration
from ...core.struct import lazy_frozen
from ..chain import Chain
from ..types import CatchProps, IChainable, INextable, JitterType, QueryLanguage, RetryProps
from .state import State


def _to_state_json(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


@lazy_frozen(kw_only=True)
class CustomStateProps:
    """Properties of a CustomState."""

    state_json: dict[str, Any] = attrs.field(converter=_to_state_json)
    """The state's Amazon States Language JSON."""


class CustomState(State):
    """A state whose JSON is given as is; `Next`/`End`, retries and catches are added to it."""

    def __init__(self, scope: Construct, id: str, *, state_json: Mapping[str, Any]) -> None:
        super().__init__(scope, id)
        self.state_json = CustomStateProps(state_json=state_json).state_json

    @property
    def end_states(self) -> list[INextable]:
        """The state itself."""
        return [self]

    def add_retry(
        self,
        *,
        backoff_rate: float | None = None,
        errors: Sequence[str] | None = None,
        interval: Duration | None = None,
        jitter_strategy: JitterType | None = None,
        max_attempts: float | None = None,
        max_delay: Duration | None = None,
    ) -> CustomState:
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
        self,
        handler: IChainable,
        *,
        assign: Mapping[str, Any] | None = None,
        errors: Sequence[str] | None = None,
        outputs: Any = None,
        result_path: str | None = None,
    ) -> CustomState:
        """Go to `handler` on errors."""
        props = CatchProps(assign=assign, errors=errors, outputs=outputs, result_path=result_path)
        self._add_catch(handler.start_state, props)
        return self

    def next(self, next: IChainable) -> Chain:  # noqa: A002 - aws_cdk's keyword
        """Continue with `next`."""
        self._make_next(next.start_state)
        return Chain.sequence(self, next)

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {}
        rendered.update(self._render_query_language(query_language))
        rendered.update(self._render_next_end())
        rendered.update(self.state_json)
        rendered.update(self._render_retry_catch(None))
        # Retries and catches from add_retry()/add_catch() come first, then those of state_json.
        for key, warning in (("Retry", "multipleRetrySources"), ("Catch", "multipleCatchSources")):
            own = self.state_json.get(key)
            if not isinstance(own, list):
                continue
            added = rendered.get(key) or []
            if added and own:
                Annotations.of(self).add_warning_v2(
                    f"@aws-cdk/aws-stepfunctions:{warning}",
                    f"this CustomState has {key} entries in state_json and from add_{key.lower()}(); "
                    f"the definition lists those of add_{key.lower()}() first",
                )
            rendered[key] = [*added, *own]
        return rendered
