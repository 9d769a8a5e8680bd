"""The vocabulary several modules of `common/` and the API modules share, in a leaf module of `common/`.

`http/api.py` and `websocket/api.py` take an `ip_address_type` without loading `domain_name.py`, which an
API without a custom domain never needs; `stage.py` and `api_mapping.py` both use `IStage`, and
`stage.py` imports `api_mapping.py` (when a stage is mapped to a domain), never the other way.
"""

from __future__ import annotations

from ...cfn.aws_apigatewayv2 import StageReference
from ...core.resource_types import IResource
from ...core.runtime_typing import Protocol, runtime_checkable
from ...core.simple_enum import SimpleEnum
from ._metrics import MetricSource


class IpAddressType(SimpleEnum):
    """IP address types an API accepts."""

    IPV4 = "ipv4"
    DUAL_STACK = "dualstack"


@runtime_checkable
class IStage(IResource, MetricSource, Protocol):
    """A stage of an API."""

    @property
    def stage_ref(self) -> StageReference:
        """A reference to this stage (`StageReference`)."""
        ...

    @property
    def stage_name(self) -> str:
        """The name of the stage."""
        ...

    @property
    def url(self) -> str:
        """The URL of the stage."""
        ...

    def add_stage_variable(self, name: str, value: str) -> None:
        """Add a stage variable."""
        ...
