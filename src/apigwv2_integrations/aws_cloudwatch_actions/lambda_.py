"""LambdaAction: an alarm invokes a Lambda function, version or alias."""

from __future__ import annotations

from ..aws_cloudwatch import AlarmActionConfig, IAlarm
from ..aws_iam import ServicePrincipal
from ..aws_lambda import IAlias, IFunction, IVersion, Permission
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.names import Names
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.struct_callbacks import call_with_struct

_PERMISSION_ID_OF_ALARM = "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction"


@lazy_frozen(kw_only=True)
class LambdaActionProps(metaclass=LazyAttrsMeta):
    """Options of a LambdaAction."""

    use_unique_permission_id: bool | None = None
    """Name the invoke permission after the alarm, so that several alarms may invoke the function.
    Default: False: the permission is named after the alarm's id under the feature flag
    `changeLambdaPermissionLogicalIdForLambdaAction`, else it is `AlarmPermission`, made for the first alarm
    only (as in aws-cdk-lib, binding a second alarm with the same permission id raises)."""


class LambdaAction:
    """Invoke a function (or a version or alias) when the alarm changes state; CloudWatch may invoke it."""

    def __init__(
        self, lambda_function: IFunction | IVersion | IAlias, *, use_unique_permission_id: bool | None = None
    ) -> None:
        self.lambda_function = lambda_function
        self.props = LambdaActionProps(use_unique_permission_id=use_unique_permission_id)

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """Let CloudWatch invoke the function for this alarm; return the function's ARN."""
        function = self.lambda_function
        if self.props.use_unique_permission_id:
            permission_id = f"{Names.node_unique_id(alarm.node)}AlarmPermission"
        elif FeatureFlags.of(scope).is_enabled(_PERMISSION_ID_OF_ALARM):
            permission_id = f"{alarm.node.id}AlarmPermission"
        else:
            permission_id = "AlarmPermission"
        existing = function.permissions_node.try_find_child(permission_id)  # type: ignore[union-attr]
        # The same alarm bound twice reuses its permission; another alarm cannot take the same id.
        if getattr(existing, "source_arn", None) != alarm.alarm_arn:
            if existing is not None:
                raise ValidationError(
                    alarm,
                    f"cannot invoke {function.node.path} through the permission {permission_id!r}, which "
                    "another alarm already uses; pass use_unique_permission_id=True to LambdaAction",
                )
            call_with_struct(
                function.add_permission,
                Permission,
                permission_id,
                source_account=Stack.of(scope).account,
                action="lambda:InvokeFunction",
                source_arn=alarm.alarm_arn,
                principal=ServicePrincipal("lambda.alarms.cloudwatch.amazonaws.com"),
            )
        return AlarmActionConfig(alarm_action_arn=function.function_arn)
