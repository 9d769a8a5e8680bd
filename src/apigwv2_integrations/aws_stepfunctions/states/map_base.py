"""MapBase: what the Map states share (items, concurrency, item selector) and its structs; ProvideItems."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from .._json_path import render_object
from ..types import ProcessorMode, QueryLanguage
from ._nextable_state import _NextableState
from .state import (
    AssignableStateOptions,
    JsonataCommonOptions,
    JsonPathCommonOptions,
    StateBaseProps,
    render_json_path,
)

if TYPE_CHECKING:
    from typing import Any

_MAX_SAFE_INTEGER = 2**53 - 1


class ProvideItems:
    """The items a Map state iterates over, given in the state instead of the input."""

    def __init__(self, items: Any) -> None:
        self.items = items

    @staticmethod
    def json_array(array: list[Any]) -> ProvideItems:
        """A JSON array."""
        return ProvideItems(list(array))

    @staticmethod
    def jsonata(jsonata_expression: str) -> ProvideItems:
        """A JSONata expression."""
        return ProvideItems(jsonata_expression)


def _is_jsonata(expression: str) -> bool:
    return expression.startswith("{%") and expression.endswith("%}")


def _is_positive_integer(value: float) -> bool:
    return float(value).is_integer() and 0 <= value <= _MAX_SAFE_INTEGER


@lazy_frozen(kw_only=True)
class MapBaseOptions(AssignableStateOptions, metaclass=LazyAttrsMeta):
    """What every Map state may have, in either query language: its item selector and concurrency."""

    item_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """Each item as the processor sees it, built from JSON paths. Default: the item."""
    jsonata_item_selector: str | None = None
    """A JSONata item selector. Default: none."""
    jsonata_max_concurrency: str | None = None
    """A JSONata concurrency limit. Default: none."""
    max_concurrency: float | None = None
    """How many items run at once. Default: no limit."""


@lazy_frozen(kw_only=True)
class MapBaseJsonPathOptions(JsonPathCommonOptions, metaclass=LazyAttrsMeta):
    """What a Map state that uses JSONPath may have: where its items are and where its result goes."""

    items_path: str | None = None
    """Where the items are in the input. Default: `$`."""
    max_concurrency_path: str | None = None
    """A JSON path to the concurrency limit. Default: none."""
    result_path: str | None = None
    """Where the result goes in the input. Default: `$`."""
    result_selector: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The result, built from JSON paths. Default: the result."""


@lazy_frozen(kw_only=True)
class MapBaseJsonataOptions(JsonataCommonOptions, metaclass=LazyAttrsMeta):
    """What a Map state that uses JSONata may have: its items."""

    items: ProvideItems | None = None
    """The items, given in the state. Default: read from items_path."""


@lazy_frozen(kw_only=True)
class MapBaseProps(
    StateBaseProps, MapBaseOptions, MapBaseJsonPathOptions, MapBaseJsonataOptions, metaclass=LazyAttrsMeta
):
    """Properties of a Map state (without parameters), in either query language."""


class MapBase(_NextableState):
    """The common part of Map and DistributedMap."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        item_selector: Mapping[str, Any] | None = None,
        items: ProvideItems | None = None,
        items_path: str | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: float | None = None,
        max_concurrency_path: str | None = None,
        **props: Any,
    ) -> None:
        super().__init__(scope, id, **props)
        self.item_selector = dict(item_selector) if item_selector is not None else None
        self.items = items
        self.items_path = items_path
        self.jsonata_item_selector = jsonata_item_selector
        self.jsonata_max_concurrency = jsonata_max_concurrency
        self.max_concurrency = max_concurrency
        self.max_concurrency_path = max_concurrency_path

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered: dict[str, Any] = {"Type": "Map"}
        rendered.update(self._render_query_language(query_language))
        rendered.update(
            {"Comment": self.comment, "ResultPath": render_json_path(self.result_path, self, "result_path")}
        )
        rendered.update(self._render_next_end())
        rendered.update(self._render_input_output())
        rendered.update(self._render_result_selector())
        # aws-cdk-lib renders retries and catches with the top-level query language left unset.
        rendered.update(self._render_retry_catch(None))
        rendered["Items"] = self.items.items if self.items is not None else None
        rendered["ItemsPath"] = render_json_path(self.items_path, self, "items_path")
        selector = self.item_selector if self.item_selector is not None else self.jsonata_item_selector
        if selector:
            rendered.update(render_object({"ItemSelector": selector}) or {})
        rendered.update(self._render_item_processor())
        if self.max_concurrency:
            rendered["MaxConcurrency"] = self.max_concurrency
        if self.max_concurrency_path:
            rendered["MaxConcurrencyPath"] = render_json_path(
                self.max_concurrency_path, self, "max_concurrency_path"
            )
        concurrency = self.max_concurrency if self.max_concurrency else self.jsonata_max_concurrency
        if concurrency:
            rendered.update(render_object({"MaxConcurrency": concurrency}) or {})
        rendered.update(self._render_assign(query_language))
        return rendered

    def _validate_state(self) -> list[str]:
        problems: list[str] = []
        config = self.processor_config
        if config is not None and config.mode is ProcessorMode.DISTRIBUTED and config.execution_type is None:
            problems.append(
                "item processor mode DISTRIBUTED needs an execution_type; "
                "pass execution_type= to item_processor()"
            )
        concurrency = self.max_concurrency
        if concurrency and not Token.is_unresolved(concurrency) and not _is_positive_integer(concurrency):
            problems.append(
                f"max_concurrency={concurrency!r} is not a positive integer; use a whole number >= 0"
            )
        if concurrency and self.max_concurrency_path:
            problems.append("max_concurrency and max_concurrency_path are both set; set only one")
        if self.jsonata_max_concurrency and concurrency:
            problems.append("max_concurrency and jsonata_max_concurrency are both set; set only one")
        if self.jsonata_max_concurrency and self.max_concurrency_path:
            problems.append("max_concurrency_path and jsonata_max_concurrency are both set; set only one")
        if self.jsonata_max_concurrency and not _is_jsonata(self.jsonata_max_concurrency):
            problems.append(
                f"jsonata_max_concurrency={self.jsonata_max_concurrency!r} is not a JSONata expression; "
                "write it as '{% ... %}'"
            )
        if self.item_selector and self.jsonata_item_selector:
            problems.append("item_selector and jsonata_item_selector are both set; set only one")
        if self.jsonata_item_selector and not _is_jsonata(self.jsonata_item_selector):
            problems.append(
                f"jsonata_item_selector={self.jsonata_item_selector!r} is not a JSONata expression; "
                "write it as '{% ... %}'"
            )
        return problems
