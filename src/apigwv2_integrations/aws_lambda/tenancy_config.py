"""TenancyConfig: per-tenant isolation of a function's execution environments."""

from __future__ import annotations

from ..cfn.aws_lambda import CfnFunction
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, ClassVar


class TenancyConfig:
    """How a function's execution environments are shared between tenants."""

    PER_TENANT: ClassVar[TenancyConfig]

    def __init__(self, mode: str) -> None:
        self.tenancy_config_property: Any = CfnFunction.TenancyConfigProperty(tenant_isolation_mode=mode)
        self._mode = mode

    def __repr__(self) -> str:
        return f"TenancyConfig({self._mode!r})"


TenancyConfig.PER_TENANT = TenancyConfig("PER_TENANT")
