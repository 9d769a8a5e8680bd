"""Activity: work done by a worker that polls Step Functions; IActivity for imports."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from ..aws_cloudwatch import Metric
from ..aws_iam import Grant, IGrantable
from ..cfn.aws_stepfunctions import CfnActivity
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.names import Names
from ..core.resource import Resource
from ..core.stack import Stack
from ..core.struct import lazy_frozen
from ..core.tokens.lazy import Lazy

_MAX_NAME_LENGTH = 80


@runtime_checkable
class IActivity(Protocol):
    """An activity, defined in this app or imported."""

    @property
    def activity_arn(self) -> str:
        """The activity's ARN."""
        ...

    @property
    def activity_name(self) -> str:
        """The activity's name."""
        ...


@lazy_frozen(kw_only=True)
class ActivityProps:
    """Properties of an Activity."""

    activity_name: str | None = None
    """The activity's name. Default: the construct's unique id (at most 80 characters)."""


@lazy_frozen(kw_only=True)
class _ActivityReference:
    activity_arn: str


class Activity(Resource):
    """A Step Functions activity (`AWS::StepFunctions::Activity`)."""

    def __init__(self, scope: Construct, id: str, *, activity_name: str | None = None) -> None:
        props = ActivityProps(activity_name=activity_name)
        name = props.activity_name or Lazy.string(lambda: self._generate_name())
        super().__init__(scope, id, physical_name=name)
        resource = CfnActivity(self, "Resource", name=name)
        self.activity_arn: str = resource.ref
        self.activity_name: str = resource.attr_name

    def _generate_name(self) -> str:
        name = Names.unique_id(self)
        if len(name) > _MAX_NAME_LENGTH:
            return name[:40] + name[-40:]
        return name

    @property
    def activity_ref(self) -> Any:
        """The activity's ARN, as other constructs reference it."""
        return _ActivityReference(activity_arn=self.activity_arn)

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

    def metric(self, metric_name: str, **props: Any) -> Metric:
        """A metric of this activity in AWS/States. Default: Sum over 5 minutes."""
        metric = Metric(
            namespace="AWS/States",
            metric_name=metric_name,
            dimensions_map={"ActivityArn": self.activity_arn},
            statistic="Sum",
        )
        return metric.with_(**props) if props else metric

    def metric_run_time(self, **props: Any) -> Metric:
        """Time the activity ran (Average)."""
        return self.metric("ActivityRunTime", **{"statistic": "Average", **props})

    def metric_schedule_time(self, **props: Any) -> Metric:
        """Time the activity waited to be scheduled (Average)."""
        return self.metric("ActivityScheduleTime", **{"statistic": "Average", **props})

    def metric_time(self, **props: Any) -> Metric:
        """Time from scheduling to the end (Average)."""
        return self.metric("ActivityTime", **{"statistic": "Average", **props})

    def metric_scheduled(self, **props: Any) -> Metric:
        """Activities scheduled (Sum)."""
        return self.metric("ActivitiesScheduled", **props)

    def metric_timed_out(self, **props: Any) -> Metric:
        """Activities timed out (Sum)."""
        return self.metric("ActivitiesTimedOut", **props)

    def metric_started(self, **props: Any) -> Metric:
        """Activities started (Sum)."""
        return self.metric("ActivitiesStarted", **props)

    def metric_succeeded(self, **props: Any) -> Metric:
        """Activities succeeded (Sum)."""
        return self.metric("ActivitiesSucceeded", **props)

    def metric_failed(self, **props: Any) -> Metric:
        """Activities failed (Sum)."""
        return self.metric("ActivitiesFailed", **props)

    def metric_heartbeat_timed_out(self, **props: Any) -> Metric:
        """Activities whose heartbeat timed out (Sum)."""
        return self.metric("ActivitiesHeartbeatTimedOut", **props)


class _ImportedActivity(Resource):
    def __init__(self, scope: Construct, id: str, activity_arn: str) -> None:
        super().__init__(scope, id)
        self.activity_arn = activity_arn
        self.activity_name = (
            Stack.of(scope).split_arn(activity_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name or ""
        )

    @property
    def activity_ref(self) -> Any:
        """The activity's ARN, as other constructs reference it."""
        return _ActivityReference(activity_arn=self.activity_arn)
