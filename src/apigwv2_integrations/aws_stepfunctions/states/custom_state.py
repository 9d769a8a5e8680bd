"""CustomState: a state given as raw Amazon States Language JSON."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.annotations import Annotations
from ...core.construct import Construct
from ...core.converters import to_dict
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ..types import QueryLanguage
from ._nextable_state import _RetriableState

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class CustomStateProps(metaclass=LazyAttrsMeta):
    """Properties of a CustomState."""

    state_json: dict[str, Any] = field(converter=to_dict)
    """The state's Amazon States Language JSON."""


class CustomState(_RetriableState):
    """A state whose JSON is given as is; `Next`/`End`, retries and catches are added to it."""

    def __init__(self, scope: Construct, id: str, *, state_json: Mapping[str, Any]) -> None:
        super().__init__(scope, id)
        self.state_json = CustomStateProps(state_json=state_json).state_json

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {}
        rendered.update(self._render_query_language(query_language))
        rendered.update(self._render_next_end())
        rendered.update(self.state_json)
        rendered.update(self._render_retry_catch(None))
        # Retries and catches from add_retry()/add_catch() come first, then those of state_json.
        for key, warning, noun, method in (
            ("Retry", "multipleRetrySources", "retries", "addRetry()"),
            ("Catch", "multipleCatchSources", "catchers", "addCatch()"),
        ):
            own = self.state_json.get(key)
            if not isinstance(own, list):
                continue
            added = rendered.get(key) or []
            if added and own:
                # aws-cdk-lib's words (and line breaks), so that the metadata is the same.
                Annotations.of(self).add_warning_v2(
                    f"@aws-cdk/aws-stepfunctions:{warning}",
                    f"CustomState constructs can configure state {noun} using the stateJson property or by "
                    f"using the {method} function.\nWhen {noun} are configured using both of these, the "
                    f"state definition's {key} field is generated \nby first rendering {noun} from {method}, "
                    f"then rendering {noun} from the stateJson.",
                )
            rendered[key] = [*added, *own]
        return rendered
