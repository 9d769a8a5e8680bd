"""DistributedMap: a Map state that runs its item processor as child workflow executions, on up to
millions of items read from S3; its props structs."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ....core.annotations import Annotations
from ....core.construct import Construct
from ....core.feature_flags import FeatureFlags
from ....core.runtime_typing import TYPE_CHECKING
from ....core.struct import LazyAttrsMeta, as_dict, fields_of, lazy_frozen
from ....core.tokens.token import Token
from ...state_graph import StateGraph
from ...state_machine import StateMachineType
from ...types import IChainable, ProcessorConfig, ProcessorMode, ProcessorType, QueryLanguage
from .._nextable_state import _RetriableState
from ..map_base import (
    MapBase,
    MapBaseJsonataOptions,
    MapBaseJsonPathOptions,
    MapBaseOptions,
    MapBaseProps,
    ProvideItems,
)
from ..state import StateBaseProps, actual_query_language
from .item_batcher import ItemBatcher
from .item_reader import IItemReader
from .result_writer import ResultWriter, ResultWriterV2

if TYPE_CHECKING:
    from typing import Any

USE_RESULT_WRITER_V2 = "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2"

_MAX_LABEL_LENGTH = 40
# Whitespace, the characters execution names may not hold, and control characters.
_LABEL_FORBIDDEN = re.compile(r"[\s?*<>{}\[\]:;,\\|^~$#%&`\"\u0000-\u001f\u007f-\u009f]")


@lazy_frozen(kw_only=True)
class _DistributedMapBaseOptions(metaclass=LazyAttrsMeta):
    """What a DistributedMap adds to a Map state, in either query language."""

    item_batcher: ItemBatcher | None = None
    """How items are grouped into batches. Default: no batching."""
    item_reader: IItemReader | None = None
    """Where the items are read from. Default: the state's input (items_path or items)."""
    label: str | None = None
    """A label put in the names of the child executions (up to 40 characters). Default: none."""
    map_execution_type: StateMachineType | None = None
    """The workflow type of the child executions. Default: StateMachineType.STANDARD."""
    result_writer: ResultWriter | None = None
    """Where the results are written (superseded by result_writer_v2). Default: not written."""
    result_writer_v2: ResultWriterV2 | None = None
    """Where and how the results are written (used under `useDistributedMapResultWriterV2`).
    Default: not written."""
    tolerated_failure_count: float | None = None
    """How many items may fail before the state fails. Default: none may fail."""
    tolerated_failure_percentage: float | None = None
    """What percentage of items may fail (0 to 100) before the state fails. Default: none may fail."""


@lazy_frozen(kw_only=True)
class _ToleratedFailurePathOptions(metaclass=LazyAttrsMeta):
    """The JSON path forms of the tolerated failures."""

    tolerated_failure_count_path: str | None = None
    """A JSON path to the tolerated failure count. Default: none."""
    tolerated_failure_percentage_path: str | None = None
    """A JSON path to the tolerated failure percentage. Default: none."""


@lazy_frozen(kw_only=True)
class DistributedMapProps(
    MapBaseProps, _DistributedMapBaseOptions, _ToleratedFailurePathOptions, metaclass=LazyAttrsMeta
):
    """Properties of a DistributedMap state, in either query language."""


@lazy_frozen(kw_only=True)
class DistributedMapJsonPathProps(
    StateBaseProps,
    MapBaseOptions,
    MapBaseJsonPathOptions,
    _DistributedMapBaseOptions,
    _ToleratedFailurePathOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a DistributedMap state that uses JSONPath."""


@lazy_frozen(kw_only=True)
class DistributedMapJsonataProps(
    StateBaseProps,
    MapBaseOptions,
    MapBaseJsonataOptions,
    _DistributedMapBaseOptions,
    metaclass=LazyAttrsMeta,
):
    """Properties of a DistributedMap state that uses JSONata."""


class DistributedMap(
    _RetriableState, MapBase
):  # the private base first, so its methods are checked as its own
    """A Map state in distributed mode: each item (or batch) runs as a child workflow execution."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        item_batcher: ItemBatcher | None = None,
        item_reader: IItemReader | None = None,
        label: str | None = None,
        map_execution_type: StateMachineType | None = None,
        result_writer: ResultWriter | None = None,
        result_writer_v2: ResultWriterV2 | None = None,
        tolerated_failure_count: float | None = None,
        tolerated_failure_count_path: str | None = None,
        tolerated_failure_percentage: float | None = None,
        tolerated_failure_percentage_path: str | None = None,
        item_selector: Mapping[str, Any] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: float | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        items: ProvideItems | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = DistributedMapProps(
            item_batcher=item_batcher,
            item_reader=item_reader,
            label=label,
            map_execution_type=map_execution_type,
            result_writer=result_writer,
            result_writer_v2=result_writer_v2,
            tolerated_failure_count=tolerated_failure_count,
            tolerated_failure_count_path=tolerated_failure_count_path,
            tolerated_failure_percentage=tolerated_failure_percentage,
            tolerated_failure_percentage_path=tolerated_failure_percentage_path,
            item_selector=item_selector,
            jsonata_item_selector=jsonata_item_selector,
            jsonata_max_concurrency=jsonata_max_concurrency,
            max_concurrency=max_concurrency,
            items_path=items_path,
            max_concurrency_path=max_concurrency_path,
            result_path=result_path,
            result_selector=result_selector,
            items=items,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
            outputs=outputs,
        )
        super().__init__(
            scope,
            id,
            **{attribute.name: getattr(props, attribute.name) for attribute in fields_of(MapBaseProps)},
        )
        self.item_batcher = props.item_batcher
        self.item_reader = props.item_reader
        self.label = props.label
        self.map_execution_type = props.map_execution_type
        self.result_writer = props.result_writer
        self.result_writer_v2 = props.result_writer_v2
        self.tolerated_failure_count = props.tolerated_failure_count
        self.tolerated_failure_count_path = props.tolerated_failure_count_path
        self.tolerated_failure_percentage = props.tolerated_failure_percentage
        self.tolerated_failure_percentage_path = props.tolerated_failure_percentage_path
        self.processor_mode = ProcessorMode.DISTRIBUTED

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        item_batcher: ItemBatcher | None = None,
        item_reader: IItemReader | None = None,
        label: str | None = None,
        map_execution_type: StateMachineType | None = None,
        result_writer: ResultWriter | None = None,
        result_writer_v2: ResultWriterV2 | None = None,
        tolerated_failure_count: float | None = None,
        tolerated_failure_count_path: str | None = None,
        tolerated_failure_percentage: float | None = None,
        tolerated_failure_percentage_path: str | None = None,
        item_selector: Mapping[str, Any] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: float | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> DistributedMap:
        """A DistributedMap state that uses JSONPath."""
        props = DistributedMapJsonPathProps(
            item_batcher=item_batcher,
            item_reader=item_reader,
            label=label,
            map_execution_type=map_execution_type,
            result_writer=result_writer,
            result_writer_v2=result_writer_v2,
            tolerated_failure_count=tolerated_failure_count,
            tolerated_failure_count_path=tolerated_failure_count_path,
            tolerated_failure_percentage=tolerated_failure_percentage,
            tolerated_failure_percentage_path=tolerated_failure_percentage_path,
            item_selector=item_selector,
            jsonata_item_selector=jsonata_item_selector,
            jsonata_max_concurrency=jsonata_max_concurrency,
            max_concurrency=max_concurrency,
            items_path=items_path,
            max_concurrency_path=max_concurrency_path,
            result_path=result_path,
            result_selector=result_selector,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            assign=assign,
            input_path=input_path,
            output_path=output_path,
        )
        return DistributedMap(scope, id, **as_dict(props))

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        item_batcher: ItemBatcher | None = None,
        item_reader: IItemReader | None = None,
        label: str | None = None,
        map_execution_type: StateMachineType | None = None,
        result_writer: ResultWriter | None = None,
        result_writer_v2: ResultWriterV2 | None = None,
        tolerated_failure_count: float | None = None,
        tolerated_failure_percentage: float | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        item_selector: Mapping[str, Any] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: float | None = None,
        items: ProvideItems | None = None,
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
    ) -> DistributedMap:
        """A DistributedMap state that uses JSONata."""
        props = DistributedMapJsonataProps(
            item_batcher=item_batcher,
            item_reader=item_reader,
            label=label,
            map_execution_type=map_execution_type,
            result_writer=result_writer,
            result_writer_v2=result_writer_v2,
            tolerated_failure_count=tolerated_failure_count,
            tolerated_failure_percentage=tolerated_failure_percentage,
            comment=comment,
            query_language=query_language,
            state_name=state_name,
            item_selector=item_selector,
            jsonata_item_selector=jsonata_item_selector,
            jsonata_max_concurrency=jsonata_max_concurrency,
            max_concurrency=max_concurrency,
            items=items,
            assign=assign,
            outputs=outputs,
        )
        return DistributedMap(scope, id, **{**as_dict(props), "query_language": QueryLanguage.JSONATA})

    @staticmethod
    def is_distributed_map(x: Any) -> bool:
        """True when `x` is a DistributedMap state."""
        return isinstance(x, DistributedMap)

    def item_processor(
        self,
        processor: IChainable,
        *,
        execution_type: ProcessorType | None = None,
        mode: ProcessorMode | None = None,
    ) -> DistributedMap:
        """The steps each child execution runs (its workflow type is map_execution_type)."""
        graph = StateGraph(processor.start_state, f"Map {self.state_id} Item Processor")
        self._add_item_processor(graph, ProcessorConfig(execution_type=execution_type, mode=mode))
        return self

    def _active_result_writer(self) -> ResultWriter | ResultWriterV2 | None:
        if FeatureFlags.of(self).is_enabled(USE_RESULT_WRITER_V2):
            return self.result_writer_v2
        return self.result_writer

    def _distributed_map_label(self) -> str | None:
        return self.label or "*"

    def _when_bound_to_graph(self, graph: StateGraph) -> None:
        super()._when_bound_to_graph(graph)
        writer = self._active_result_writer()
        for statement in writer.provide_policy_statements() if writer is not None else []:
            graph.register_policy_statement(statement)
        for statement in self.item_reader.provide_policy_statements() if self.item_reader is not None else []:
            graph.register_policy_statement(statement)

    def _render_processor_config(self) -> dict[str, Any]:
        # The child workflow type is map_execution_type, whatever item_processor() was given.
        if self.processor_config is not None and self.processor_config.execution_type is not None:
            # aws-cdk-lib's words, so that the metadata is the same.
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-stepfunctions:propertyIgnored",
                "Property 'ProcessorConfig.executionType' is ignored, use the 'mapExecutionType' in the "
                "'DistributedMap' class instead.",
            )
        execution_type = self.map_execution_type or StateMachineType.STANDARD
        return {
            "ProcessorConfig": {
                "Mode": ProcessorMode.DISTRIBUTED.value,
                "ExecutionType": execution_type.value,
            }
        }

    def _render_state(self, query_language: QueryLanguage | None) -> dict[str, Any]:
        rendered = super()._render_state(query_language)
        language = actual_query_language(query_language, self.query_language)
        if self.item_reader is not None:
            rendered["ItemReader"] = self.item_reader.render(language)
        if self.item_batcher is not None:
            rendered["ItemBatcher"] = self.item_batcher.render()
        # Zero and empty values are left out, as aws-cdk-lib does.
        rendered.update(
            {
                "ToleratedFailurePercentage": self.tolerated_failure_percentage or None,
                "ToleratedFailurePercentagePath": self.tolerated_failure_percentage_path or None,
                "ToleratedFailureCount": self.tolerated_failure_count or None,
                "ToleratedFailureCountPath": self.tolerated_failure_count_path or None,
                "Label": self.label or None,
            }
        )
        writer = self._active_result_writer()
        if writer is not None:
            rendered["ResultWriter"] = writer.render(language)
            if "Resource" not in rendered["ResultWriter"] and "WriterConfig" not in rendered["ResultWriter"]:
                # aws-cdk-lib's words, so that the metadata is the same.
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-stepfunctions:emptyResultWriter",
                    "ResultWriter should specify at least the WriterConfig or the Bucket and Prefix",
                )
        return rendered

    def _validate_state(self) -> list[str]:
        problems = super()._validate_state()
        if self.processor is None:
            problems.append("a DistributedMap state needs an item processor; call item_processor(...)")
        config = self.processor_config
        if config is not None and config.mode is ProcessorMode.INLINE:
            problems.append(
                "item_processor(mode=ProcessorMode.INLINE) does not fit a DistributedMap state; "
                "leave mode unset or use a Map state"
            )
        if self.items_path and self.item_reader is not None:
            problems.append("items_path and item_reader are both set; set only one")
        if self.item_reader is not None:
            problems.extend(f"item_reader: {p}" for p in self.item_reader.validate_item_reader())
        if self.item_batcher is not None:
            problems.extend(f"item_batcher: {p}" for p in self.item_batcher.validate_item_batcher())
        if self.result_writer_v2 is not None:
            problems.extend(f"result_writer_v2: {p}" for p in self.result_writer_v2.validate_result_writer())
        problems.extend(self._label_problems())
        problems.extend(self._tolerated_failure_problems())
        return problems

    def _label_problems(self) -> list[str]:
        label = self.label
        if not label or Token.is_unresolved(label):
            return []
        problems: list[str] = []
        if len(label) > _MAX_LABEL_LENGTH:
            problems.append(f"label={label!r} is longer than {_MAX_LABEL_LENGTH} characters; shorten it")
        if _LABEL_FORBIDDEN.search(label):
            problems.append(
                f"label={label!r} contains whitespace, a control character or one of "
                '? * < > { } [ ] : ; , \\ | ^ ~ $ # % & ` "; remove them'
            )
        return problems

    def _tolerated_failure_problems(self) -> list[str]:
        problems: list[str] = []
        percentage = self.tolerated_failure_percentage
        if percentage is not None and not Token.is_unresolved(percentage) and not 0 <= percentage <= 100:
            problems.append(f"tolerated_failure_percentage={percentage!r} is out of range; use 0 to 100")
        if percentage and self.tolerated_failure_percentage_path:
            problems.append(
                "tolerated_failure_percentage and tolerated_failure_percentage_path are both set; "
                "set only one"
            )
        if self.tolerated_failure_count and self.tolerated_failure_count_path:
            problems.append(
                "tolerated_failure_count and tolerated_failure_count_path are both set; set only one"
            )
        return problems
