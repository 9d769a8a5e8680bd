"""RuntimeManagementMode: when Lambda updates a function's runtime."""

from __future__ import annotations

from ..cfn.aws_lambda import CfnFunction
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, ClassVar


class RuntimeManagementMode:
    """Runtime updates: automatic, with function updates, or pinned to a runtime version."""

    AUTO: ClassVar[RuntimeManagementMode]
    FUNCTION_UPDATE: ClassVar[RuntimeManagementMode]

    def __init__(self, mode: str, arn: str | None = None) -> None:
        self.mode = mode
        self.arn = arn
        self.runtime_management_config: Any = CfnFunction.RuntimeManagementConfigProperty(
            update_runtime_on=mode, runtime_version_arn=arn
        )

    @staticmethod
    def manual(arn: str) -> RuntimeManagementMode:
        """Pin the runtime to the version with this ARN."""
        return RuntimeManagementMode("Manual", arn)

    def __repr__(self) -> str:
        if self.arn is not None:
            return f"RuntimeManagementMode.manual({self.arn!r})"
        return (
            "RuntimeManagementMode.AUTO" if self.mode == "Auto" else "RuntimeManagementMode.FUNCTION_UPDATE"
        )


RuntimeManagementMode.AUTO = RuntimeManagementMode("Auto")
RuntimeManagementMode.FUNCTION_UPDATE = RuntimeManagementMode("FunctionUpdate")
