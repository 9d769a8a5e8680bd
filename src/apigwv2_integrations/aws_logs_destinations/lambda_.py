"""LambdaDestination: a Lambda function receives the events of a subscription filter."""

from __future__ import annotations

from ..aws_iam import ServicePrincipal
from ..aws_lambda import IFunction, Permission
from ..aws_logs import LogSubscriptionDestinationConfig
from ..core.construct import Construct
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..interfaces.aws_logs import ILogGroupRef

_PERMISSION_ID = "CanInvokeLambda"


@lazy_frozen(kw_only=True)
class LambdaDestinationOptions(metaclass=LazyAttrsMeta):
    """Options of a LambdaDestination."""

    add_permissions: bool | None = None
    """Let CloudWatch Logs invoke the function (a permission the filter depends on). Default: True."""


class LambdaDestination:
    """Invoke a function with the log events a subscription filter sends."""

    def __init__(self, fn: IFunction, *, add_permissions: bool | None = None) -> None:
        self.fn = fn
        self.options = LambdaDestinationOptions(add_permissions=add_permissions)

    def bind(self, scope: Construct, source_log_group: ILogGroupRef) -> LogSubscriptionDestinationConfig:
        """Let CloudWatch Logs invoke the function for the log group; return the function's ARN."""
        if self.options.add_permissions is not False:
            call_with_struct(
                self.fn.add_permission,
                Permission,
                _PERMISSION_ID,
                principal=ServicePrincipal("logs.amazonaws.com"),
                source_arn=source_log_group.log_group_ref.log_group_arn,
                scope=scope,
            )
            permission = scope.node.try_find_child(_PERMISSION_ID)
            if permission is not None:
                scope.node.add_dependency(permission)
        return LogSubscriptionDestinationConfig(arn=self.fn.function_arn)
