"""ItemBatcher: how a DistributedMap groups its items into batches for the child executions."""

from __future__ import annotations

from collections.abc import Mapping

from ....core.converters import optional_dict
from ....core.runtime_typing import TYPE_CHECKING
from ....core.struct import LazyAttrsMeta, field, lazy_frozen
from ..state import compact

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class ItemBatcherProps(metaclass=LazyAttrsMeta):
    """How many items, or how many bytes of items, go into one batch."""

    batch_input: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """A fixed JSON input added to every batch. Default: none."""
    max_input_bytes_per_batch: float | None = None
    """The largest batch in bytes (up to 256 KiB). Default: no byte limit."""
    max_input_bytes_per_batch_path: str | None = None
    """A JSON path to the largest batch in bytes. Default: none."""
    max_items_per_batch: float | None = None
    """The most items in a batch. Default: no item limit."""
    max_items_per_batch_path: str | None = None
    """A JSON path to the most items in a batch. Default: none."""


class ItemBatcher:
    """Groups the items of a DistributedMap into batches; at least one limit must be set."""

    def __init__(
        self,
        *,
        batch_input: Mapping[str, Any] | None = None,
        max_input_bytes_per_batch: float | None = None,
        max_input_bytes_per_batch_path: str | None = None,
        max_items_per_batch: float | None = None,
        max_items_per_batch_path: str | None = None,
    ) -> None:
        self._props = ItemBatcherProps(
            batch_input=batch_input,
            max_input_bytes_per_batch=max_input_bytes_per_batch,
            max_input_bytes_per_batch_path=max_input_bytes_per_batch_path,
            max_items_per_batch=max_items_per_batch,
            max_items_per_batch_path=max_items_per_batch_path,
        )

    def render(self) -> Any:
        """The `ItemBatcher` field of the state (unset and zero limits left out)."""
        props = self._props
        return compact(
            {
                "MaxItemsPerBatch": props.max_items_per_batch or None,
                "MaxItemsPerBatchPath": props.max_items_per_batch_path or None,
                "MaxInputBytesPerBatch": props.max_input_bytes_per_batch or None,
                "MaxInputBytesPerBatchPath": props.max_input_bytes_per_batch_path or None,
                "BatchInput": props.batch_input,
            }
        )

    def validate_item_batcher(self) -> list[str]:
        """The problems of the batcher's settings."""
        props = self._props
        problems: list[str] = []
        limits = (
            props.max_items_per_batch,
            props.max_items_per_batch_path,
            props.max_input_bytes_per_batch,
            props.max_input_bytes_per_batch_path,
        )
        if not any(limits):
            problems.append(
                "no batch limit is set; set max_items_per_batch, max_input_bytes_per_batch "
                "or one of their _path forms"
            )
        if props.max_items_per_batch and props.max_items_per_batch_path:
            problems.append("max_items_per_batch and max_items_per_batch_path are both set; set only one")
        if props.max_input_bytes_per_batch and props.max_input_bytes_per_batch_path:
            problems.append(
                "max_input_bytes_per_batch and max_input_bytes_per_batch_path are both set; set only one"
            )
        return problems
