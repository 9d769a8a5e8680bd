"""What targets given by address share: both kinds of target group register them the same way."""

from __future__ import annotations

from ..aws_elasticloadbalancingv2 import LoadBalancerTargetProps
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


class _AddressTarget:
    """A target given by its address (an IP or an instance id); subclasses say how it renders."""

    def attach_to_application_target_group(self, target_group: Any) -> LoadBalancerTargetProps:
        """Register with an ALB target group."""
        return self._attach()

    def attach_to_network_target_group(self, target_group: Any) -> LoadBalancerTargetProps:
        """Register with an NLB target group."""
        return self._attach()

    def _attach(self) -> LoadBalancerTargetProps:
        raise NotImplementedError
