"""IQueue and QueueBase: what queues defined here and imported queues share (grants, policy, metrics)."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_cloudwatch.metric import MathExpression, Metric, MetricOptions, metric_of, metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import ResourcePolicyChecks
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..aws_kms import IKey
from ..cfn.aws_sqs import QueueReference
from ..core.duration import Duration
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from .policy import QueuePolicy
from .sqs_grants import QueueGrants

if TYPE_CHECKING:
    from typing import Any


class QueueEncryption(SimpleEnum):
    """How a queue's messages are encrypted at rest."""

    UNENCRYPTED = "NONE"
    KMS_MANAGED = "KMS_MANAGED"
    KMS = "KMS"
    SQS_MANAGED = "SQS_MANAGED"


@runtime_checkable
class IQueue(IResource, Protocol):
    """An SQS queue, defined in this app or imported."""

    @property
    def queue_arn(self) -> str:
        """The queue's ARN."""
        ...

    @property
    def queue_url(self) -> str:
        """The queue's URL."""
        ...

    @property
    def queue_name(self) -> str:
        """The queue's name."""
        ...

    @property
    def queue_ref(self) -> QueueReference:
        """A reference to the queue: its URL and ARN."""
        ...

    @property
    def fifo(self) -> bool:
        """Whether the queue is a FIFO queue."""
        ...

    def grant_consume_messages(self, grantee: IGrantable) -> Grant:
        """Let `grantee` receive, change the visibility of and delete messages."""
        ...

    def grant_send_messages(self, grantee: IGrantable) -> Grant:
        """Let `grantee` send messages."""
        ...


class GrantOnKeyResult:
    """The grant made on a queue's key, if it has one."""

    def __init__(self, grant: Grant | None) -> None:
        self.grant = grant


class QueueBase(Resource):
    """Grants, resource policy and metrics of queues."""

    queue_arn: str
    queue_url: str
    queue_name: str
    fifo: bool
    encryption_master_key: IKey | None = None
    encryption_type: QueueEncryption | None = None
    _auto_create_policy: bool = True

    def __init__(self, scope: Any, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.policy: QueuePolicy | None = None
        self.grants = QueueGrants.from_queue(self)
        self.node.add_validation(ResourcePolicyChecks(self))

    @property
    def queue_ref(self) -> QueueReference:
        """The queue's URL and ARN."""
        return QueueReference(queue_arn=self.queue_arn, queue_url=self.queue_url)

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the queue's policy, created on first use (imported queues have none)."""
        if self.policy is None and self._auto_create_policy:
            self.policy = QueuePolicy(self, "Policy", queues=[self])
        if self.policy is None:
            return AddToResourcePolicyResult(statement_added=False)
        self.policy.document.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Give `grantee` `actions` on the queue's key, if it has one."""
        key = self.encryption_master_key
        return GrantOnKeyResult(key.grant(grantee, *actions) if key is not None else None)

    def grant_consume_messages(self, grantee: IGrantable) -> Grant:
        """Let `grantee` receive, change the visibility of and delete messages."""
        return self.grants.consume_messages(grantee)

    def grant_send_messages(self, grantee: IGrantable) -> Grant:
        """Let `grantee` send messages."""
        return self.grants.send_messages(grantee)

    def grant_purge(self, grantee: IGrantable) -> Grant:
        """Let `grantee` purge the queue."""
        return self.grants.purge(grantee)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the queue."""
        return self.grants.actions(grantee, actions)

    def _queue_metric(self, metric_name: str, statistic: str | None, options: MetricOptions) -> Metric:
        return metric_of(
            namespace="AWS/SQS",
            metric_name=metric_name,
            dimensions_map={"QueueName": self.queue_name},
            statistic=statistic,
            options=options,
            scope=self,
        )

    def _outstanding(self, options: MetricOptions) -> MathExpression:
        return MathExpression(
            expression="visible + notVisible",
            using_metrics={
                "visible": self._queue_metric("ApproximateNumberOfMessagesVisible", "Maximum", options),
                "notVisible": self._queue_metric("ApproximateNumberOfMessagesNotVisible", "Maximum", options),
            },
            label=options.label
            if options.label is not None
            else "Approximate number of messages outstanding",
            color=options.color,
            period=options.period,
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
        """A metric of this queue (AWS/SQS, by QueueName). Default: Average over 5 minutes."""
        return self._queue_metric(metric_name, None, metric_options(locals()))

    def metric_approximate_age_of_oldest_message(
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
        """Age of the oldest message. Default: Maximum over 5 minutes."""
        return self._queue_metric("ApproximateAgeOfOldestMessage", "Maximum", metric_options(locals()))

    def metric_approximate_number_of_messages_delayed(
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
        """Messages delayed and not yet available. Default: Maximum over 5 minutes."""
        return self._queue_metric("ApproximateNumberOfMessagesDelayed", "Maximum", metric_options(locals()))

    def metric_approximate_number_of_messages_not_visible(
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
        """Messages in flight. Default: Maximum over 5 minutes."""
        return self._queue_metric(
            "ApproximateNumberOfMessagesNotVisible", "Maximum", metric_options(locals())
        )

    def metric_approximate_number_of_messages_visible(
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
        """Messages available to receive. Default: Maximum over 5 minutes."""
        return self._queue_metric("ApproximateNumberOfMessagesVisible", "Maximum", metric_options(locals()))

    def metric_number_of_empty_receives(
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
        """ReceiveMessage calls that returned nothing. Default: Sum over 5 minutes."""
        return self._queue_metric("NumberOfEmptyReceives", "Sum", metric_options(locals()))

    def metric_number_of_messages_deleted(
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
        """Messages deleted. Default: Sum over 5 minutes."""
        return self._queue_metric("NumberOfMessagesDeleted", "Sum", metric_options(locals()))

    def metric_number_of_messages_received(
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
        """Messages received. Default: Sum over 5 minutes."""
        return self._queue_metric("NumberOfMessagesReceived", "Sum", metric_options(locals()))

    def metric_number_of_messages_sent(
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
        """Messages sent. Default: Sum over 5 minutes."""
        return self._queue_metric("NumberOfMessagesSent", "Sum", metric_options(locals()))

    def metric_sent_message_size(
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
        """Size of the messages sent. Default: Average over 5 minutes."""
        return self._queue_metric("SentMessageSize", "Average", metric_options(locals()))

    def metric_approximate_number_of_messages_outstanding(
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
    ) -> MathExpression:
        """Messages visible and in flight (a math expression). Default: Maximum over 5 minutes."""
        return self._outstanding(metric_options(locals()))
