"""Billing: on-demand or provisioned billing of a TableV2."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING
from .capacity import Capacity
from .shared import BillingMode

if TYPE_CHECKING:
    from typing import Any


class Billing:
    """How a TableV2 pays for reads and writes."""

    def __init__(
        self,
        mode: BillingMode,
        *,
        read_capacity: Capacity | None = None,
        write_capacity: Capacity | None = None,
        max_read_request_units: float | None = None,
        max_write_request_units: float | None = None,
    ) -> None:
        self.mode = mode
        self._read_capacity = read_capacity
        self._write_capacity = write_capacity
        self._max_read = max_read_request_units
        self._max_write = max_write_request_units

    @staticmethod
    def on_demand(
        *, max_read_request_units: float | None = None, max_write_request_units: float | None = None
    ) -> Billing:
        """Pay per request, optionally with a ceiling of request units."""
        return Billing(
            BillingMode.PAY_PER_REQUEST,
            max_read_request_units=max_read_request_units,
            max_write_request_units=max_write_request_units,
        )

    @staticmethod
    def provisioned(*, read_capacity: Capacity, write_capacity: Capacity) -> Billing:
        """Pay for provisioned capacity."""
        return Billing(BillingMode.PROVISIONED, read_capacity=read_capacity, write_capacity=write_capacity)

    def render_read_capacity(self) -> Any:
        """Read settings: request units on demand, else the read capacity."""
        if self.mode is BillingMode.PAY_PER_REQUEST:
            return self._max_read
        return self._read_capacity.render_read_capacity() if self._read_capacity else None

    def render_write_capacity(self) -> Any:
        """Write settings: request units on demand, else the write capacity."""
        if self.mode is BillingMode.PAY_PER_REQUEST:
            return self._max_write
        return self._write_capacity.render_write_capacity() if self._write_capacity else None
