"""Activity: work done by a worker that polls Step Functions; IActivity for imports."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_cloudwatch import Metric
from ..aws_cloudwatch.metric import MetricOptions, metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..aws_iam import Grant, IGrantable, PolicyStatement, ServicePrincipal
from ..cfn.aws_stepfunctions import ActivityReference, CfnActivity
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.names import Names
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from ._states_metric import states_metric
from .encryption_configuration import (
    CustomerManagedEncryptionConfiguration,
    EncryptionConfiguration,
    render_encryption_configuration,
)

if TYPE_CHECKING:
    from typing import Any

_MAX_NAME_LENGTH = 80


@runtime_checkable
class IActivity(IResource, Protocol):
    """An activity, defined in this app or imported."""

    @property
    def activity_arn(self) -> str:
        """The activity's ARN."""
        ...

    @property
    def activity_name(self) -> str:
        """The activity's name."""
        ...

    @property
    def activity_ref(self) -> ActivityReference:
        """A reference to the activity: its ARN."""
        ...

    @property
    def encryption_configuration(self) -> EncryptionConfiguration | None:
        """How the activity's inputs are encrypted (None: with a key AWS owns, or not known)."""
        ...


@lazy_frozen(kw_only=True)
class ActivityProps(metaclass=LazyAttrsMeta):
    """Properties of an Activity."""

    activity_name: str | None = None
    """The activity's name. Default: the construct's unique id (at most 80 characters)."""
    encryption_configuration: EncryptionConfiguration | None = None
    """How the activity's inputs are encrypted. Default: with a key AWS owns (nothing rendered)."""


class Activity(Resource):
    """A Step Functions activity (`AWS::StepFunctions::Activity`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        activity_name: str | None = None,
        encryption_configuration: EncryptionConfiguration | None = None,
    ) -> None:
        props = ActivityProps(activity_name=activity_name, encryption_configuration=encryption_configuration)
        name = props.activity_name or Lazy.string(lambda: self._generate_name())
        super().__init__(scope, id, physical_name=name)
        self.encryption_configuration: EncryptionConfiguration | None = props.encryption_configuration
        encryption = props.encryption_configuration
        if isinstance(encryption, CustomerManagedEncryptionConfiguration):
            # Step Functions encrypts and decrypts the inputs with the key, in this activity's context.
            activity_arn = self.stack.format_arn(
                service="states",
                resource="activity",
                resource_name=self.physical_name,
                arn_format=ArnFormat.COLON_RESOURCE_NAME,
            )
            encryption.kms_key.add_to_resource_policy(
                PolicyStatement(
                    resources=["*"],
                    actions=["kms:Decrypt", "kms:GenerateDataKey"],
                    principals=[ServicePrincipal("states.amazonaws.com")],
                    conditions={
                        "StringEquals": {"kms:EncryptionContext:aws:states:activityArn": activity_arn}
                    },
                )
            )
        resource = CfnActivity(
            self,
            "Resource",
            name=name,
            encryption_configuration=render_encryption_configuration(
                encryption, CfnActivity.EncryptionConfigurationProperty
            ),
        )
        self.activity_arn: str = resource.ref
        self.activity_name: str = resource.attr_name

    def _generate_name(self) -> str:
        name = Names.unique_id(self)
        if len(name) > _MAX_NAME_LENGTH:
            return name[:40] + name[-40:]
        return name

    @property
    def activity_ref(self) -> ActivityReference:
        """The activity's ARN, as other constructs reference it."""
        return ActivityReference(activity_arn=self.activity_arn)

    @staticmethod
    def from_activity_arn(scope: Construct, id: str, activity_arn: str) -> IActivity:
        """An existing activity, by ARN."""
        return _ImportedActivity(scope, id, activity_arn)

    @staticmethod
    def from_activity_name(scope: Construct, id: str, activity_name: str) -> IActivity:
        """An existing activity of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(
            service="states",
            resource="activity",
            resource_name=activity_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return _ImportedActivity(scope, id, arn)

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Let `identity` perform `actions` on the activity."""
        return Grant.add_to_principal(
            grantee=identity, actions=list(actions), resource_arns=[self.activity_arn]
        )

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this activity in AWS/States. Default: Sum over 5 minutes."""
        return self._activity_metric(metric_name, "Sum", metric_options(locals()))

    def metric_run_time(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Time the activity ran. Default: Average over 5 minutes."""
        return self._activity_metric("ActivityRunTime", "Average", metric_options(locals()))

    def metric_schedule_time(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Time the activity waited to be scheduled. Default: Average over 5 minutes."""
        return self._activity_metric("ActivityScheduleTime", "Average", metric_options(locals()))

    def metric_time(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Time from scheduling to the end. Default: Average over 5 minutes."""
        return self._activity_metric("ActivityTime", "Average", metric_options(locals()))

    def metric_scheduled(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Activities scheduled. Default: Sum over 5 minutes."""
        return self._activity_metric("ActivitiesScheduled", "Sum", metric_options(locals()))

    def metric_timed_out(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Activities timed out. Default: Sum over 5 minutes."""
        return self._activity_metric("ActivitiesTimedOut", "Sum", metric_options(locals()))

    def metric_started(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Activities started. Default: Sum over 5 minutes."""
        return self._activity_metric("ActivitiesStarted", "Sum", metric_options(locals()))

    def metric_succeeded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Activities succeeded. Default: Sum over 5 minutes."""
        return self._activity_metric("ActivitiesSucceeded", "Sum", metric_options(locals()))

    def metric_failed(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Activities failed. Default: Sum over 5 minutes."""
        return self._activity_metric("ActivitiesFailed", "Sum", metric_options(locals()))

    def metric_heartbeat_timed_out(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Activities whose heartbeat timed out. Default: Sum over 5 minutes."""
        return self._activity_metric("ActivitiesHeartbeatTimedOut", "Sum", metric_options(locals()))

    def _activity_metric(self, metric_name: str, statistic: str, options: MetricOptions) -> Metric:
        return states_metric({"ActivityArn": self.activity_arn}, metric_name, statistic, options)


class _ImportedActivity(Resource):
    def __init__(self, scope: Construct, id: str, activity_arn: str) -> None:
        super().__init__(scope, id)
        self.activity_arn = activity_arn
        self.encryption_configuration: EncryptionConfiguration | None = None
        self.activity_name = (
            Stack.of(scope).split_arn(activity_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name or ""
        )

    @property
    def activity_ref(self) -> ActivityReference:
        """The activity's ARN, as other constructs reference it."""
        return ActivityReference(activity_arn=self.activity_arn)
