"""Map: runs an item processor (or iterator) for each item of an array."""

from __future__ import annotations

from collections.abc import Mapping

from ...core.construct import Construct
from ...core.converters import optional_dict
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, field, fields_of, lazy_frozen
from .._json_path import render_object
from ..state_graph import StateGraph
from ..types import (
    IChainable,
    ProcessorConfig,
    ProcessorMode,
    ProcessorType,
    QueryLanguage,
)
from ._nextable_state import _RetriableState
from .map_base import (
    MapBase,
    MapBaseJsonataOptions,
    MapBaseJsonPathOptions,
    MapBaseOptions,
    MapBaseProps,
    ProvideItems,
)
from .state import StateBaseProps

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class MapProps(MapBaseProps, metaclass=LazyAttrsMeta):
    """Properties of a Map state."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """Each item's input, built from JSON paths (older form of item_selector). Default: none."""


@lazy_frozen(kw_only=True)
class MapJsonPathProps(StateBaseProps, MapBaseOptions, MapBaseJsonPathOptions, metaclass=LazyAttrsMeta):
    """Properties of a Map state that uses JSONPath."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input."""


@lazy_frozen(kw_only=True)
class MapJsonataProps(StateBaseProps, MapBaseOptions, MapBaseJsonataOptions, metaclass=LazyAttrsMeta):
    """Properties of a Map state that uses JSONata."""

    parameters: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The state's input, built from JSON paths. Default: the input."""


class Map(_RetriableState, MapBase):  # the private base first, so its methods are checked as Map's
    """A state that runs the same steps for each item of an array, inline."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, Any] | None = None,
        item_selector: Mapping[str, Any] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: float | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        items: ProvideItems | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = MapProps(
            parameters=parameters,
            item_selector=item_selector,
            jsonata_item_selector=jsonata_item_selector,
            jsonata_max_concurrency=jsonata_max_concurrency,
            max_concurrency=max_concurrency,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            items_path=items_path,
            max_concurrency_path=max_concurrency_path,
            result_path=result_path,
            result_selector=result_selector,
            items=items,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        )
        super().__init__(
            scope, id, **{attribute.name: getattr(props, attribute.name) for attribute in fields_of(MapProps)}
        )
        self.processor_mode = ProcessorMode.INLINE

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        item_selector: Mapping[str, Any] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: float | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> Map:
        """A Map state that uses JSONPath."""
        props = MapJsonPathProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            item_selector=item_selector,
            jsonata_item_selector=jsonata_item_selector,
            jsonata_max_concurrency=jsonata_max_concurrency,
            max_concurrency=max_concurrency,
            input_path=input_path,
            output_path=output_path,
            items_path=items_path,
            max_concurrency_path=max_concurrency_path,
            result_path=result_path,
            result_selector=result_selector,
            parameters=parameters,
        )
        return Map(scope, id, **as_dict(props))

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        item_selector: Mapping[str, Any] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: float | None = None,
        outputs: Any = None,
        items: ProvideItems | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> Map:
        """A Map state that uses JSONata."""
        props = MapJsonataProps(
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            item_selector=item_selector,
            jsonata_item_selector=jsonata_item_selector,
            jsonata_max_concurrency=jsonata_max_concurrency,
            max_concurrency=max_concurrency,
            outputs=outputs,
            items=items,
            parameters=parameters,
        )
        return Map(scope, id, **{**as_dict(props), "query_language": QueryLanguage.JSONATA})

    def iterator(self, iterator: IChainable) -> Map:
        """The steps for each item (the older form of item_processor)."""
        self._add_iterator(StateGraph(iterator.start_state, f"Map {self.state_id} Iterator"))
        return self

    def item_processor(
        self,
        processor: IChainable,
        *,
        execution_type: ProcessorType | None = None,
        mode: ProcessorMode | None = None,
    ) -> Map:
        """The steps for each item."""
        graph = StateGraph(processor.start_state, f"Map {self.state_id} Item Processor")
        self._add_item_processor(graph, ProcessorConfig(execution_type=execution_type, mode=mode))
        return self

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered = super()._render_state(query_language)
        if self.parameters is not None:
            rendered.update(render_object({"Parameters": self.parameters}) or {})
        rendered.update(self._render_iterator())
        return rendered

    def _validate_state(self) -> list[str]:
        problems = super()._validate_state()
        if self.iteration is None and self.processor is None:
            problems.append("a Map state needs an item processor; call item_processor(...)")
        if self.iteration is not None and self.processor is not None:
            problems.append(
                "a Map state cannot have both an iterator and an item processor; keep item_processor"
            )
        if self.parameters and (self.item_selector or self.jsonata_item_selector):
            problems.append(
                "a Map state cannot have both parameters and an item selector; keep item_selector"
            )
        return problems
