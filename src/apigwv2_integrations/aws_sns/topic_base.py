"""ITopic and TopicBase: what defined and imported topics share (subscriptions, policy, grants, metrics)."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_cloudwatch.metric import Metric, MetricOptions, metric_of, metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import ResourcePolicyChecks
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..aws_kms import IKey
from ..aws_sqs.queue_base import GrantOnKeyResult
from ..cfn.aws_sns import TopicReference
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct_callbacks import struct_returned_by
from ..core.tokens.token import Token
from .policy import TopicPolicy
from .sns_grants import TopicGrants
from .subscriber import ITopicSubscription, TopicSubscriptionConfig
from .subscription import Subscription

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class ITopic(IResource, Protocol):
    """An SNS topic, defined in this app or imported."""

    @property
    def topic_arn(self) -> str:
        """The topic's ARN."""
        ...

    @property
    def topic_name(self) -> str:
        """The topic's name."""
        ...

    @property
    def fifo(self) -> bool:
        """Whether the topic is a FIFO topic."""
        ...

    @property
    def content_based_deduplication(self) -> bool:
        """Whether content-based deduplication is on."""
        ...

    @property
    def topic_ref(self) -> TopicReference:
        """A reference to the topic: its ARN."""
        ...

    @property
    def master_key(self) -> IKey | None:
        """The key that encrypts the topic's messages, when known."""
        ...

    def add_subscription(self, topic_subscription: ITopicSubscription) -> Subscription:
        """Subscribe an endpoint to the topic."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the topic's policy."""
        ...

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Let `grantee` publish to the topic."""
        ...

    def grant_subscribe(self, grantee: IGrantable) -> Grant:
        """Let `grantee` subscribe to the topic."""
        ...


class TopicBase(Resource):
    """Subscriptions, resource policy, grants and metrics of topics."""

    topic_arn: str
    topic_name: str
    fifo: bool = False
    content_based_deduplication: bool = False
    master_key: IKey | None = None
    _auto_create_policy: bool = True

    def __init__(self, scope: Any, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.policy: TopicPolicy | None = None
        self.grants = TopicGrants.from_topic(self)
        self._token_subscriptions = 0
        self.node.add_validation(ResourcePolicyChecks(self))

    @property
    def topic_ref(self) -> TopicReference:
        """The topic's ARN."""
        return TopicReference(topic_arn=self.topic_arn)

    def add_subscription(self, topic_subscription: ITopicSubscription) -> Subscription:
        """Subscribe an endpoint (see aws_sns_subscriptions) to the topic."""
        config = struct_returned_by(
            topic_subscription.bind(self),
            TopicSubscriptionConfig,
            where=self.node.path,
            method=f"{type(topic_subscription).__name__}.bind",
        )
        scope = config.subscriber_scope or self
        subscriber_id = config.subscriber_id
        if Token.is_unresolved(subscriber_id):
            self._token_subscriptions += 1
            subscriber_id = f"TokenSubscription:{self._token_subscriptions}"
        if scope.node.try_find_child(subscriber_id) is not None:
            raise ValidationError(
                self,
                f"a subscription with id {subscriber_id!r} already exists under {scope.node.path!r}; "
                "subscribe each endpoint once",
            )
        subscription = Subscription(
            scope,
            subscriber_id,
            topic=self,
            endpoint=config.endpoint,
            protocol=config.protocol,
            dead_letter_queue=config.dead_letter_queue,
            delivery_policy=config.delivery_policy,
            filter_policy=config.filter_policy,
            filter_policy_with_message_body=config.filter_policy_with_message_body,
            raw_message_delivery=config.raw_message_delivery,
            region=config.region,
            subscription_role_arn=config.subscription_role_arn,
        )
        if config.subscription_dependency is not None:
            subscription.node.add_dependency(config.subscription_dependency)
        return subscription

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the topic's policy, created on first use (imported topics have none)."""
        if self.policy is None and self._auto_create_policy:
            self.policy = TopicPolicy(self, "Policy", topics=[self])
        if self.policy is None:
            return AddToResourcePolicyResult(statement_added=False)
        self.policy.document.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Let `grantee` publish to the topic (and use its key, when it has one)."""
        return self.grants.publish(grantee)

    def grant_subscribe(self, grantee: IGrantable) -> Grant:
        """Let `grantee` subscribe to the topic."""
        return self.grants.subscribe(grantee)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Give `grantee` `actions` on the topic's key, if it has one."""
        key = self.master_key
        return GrantOnKeyResult(key.grant(grantee, *actions) if key is not None else None)

    def _topic_metric(self, metric_name: str, statistic: str | None, options: MetricOptions) -> Metric:
        return metric_of(
            namespace="AWS/SNS",
            metric_name=metric_name,
            dimensions_map={"TopicName": self.topic_name},
            statistic=statistic,
            options=options,
            scope=self,
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
        """A metric of this topic (AWS/SNS, by TopicName). Default: Average over 5 minutes."""
        return self._topic_metric(metric_name, None, metric_options(locals()))

    def metric_number_of_messages_published(
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
        """Messages published. Default: Sum over 5 minutes."""
        return self._topic_metric("NumberOfMessagesPublished", "Sum", metric_options(locals()))

    def metric_number_of_notifications_delivered(
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
        """Messages delivered. Default: Sum over 5 minutes."""
        return self._topic_metric("NumberOfNotificationsDelivered", "Sum", metric_options(locals()))

    def metric_number_of_notifications_failed(
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
        """Messages SNS failed to deliver. Default: Sum over 5 minutes."""
        return self._topic_metric("NumberOfNotificationsFailed", "Sum", metric_options(locals()))

    def metric_number_of_notifications_filtered_out(
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
        """Messages rejected by subscription filter policies. Default: Sum over 5 minutes."""
        return self._topic_metric("NumberOfNotificationsFilteredOut", "Sum", metric_options(locals()))

    def metric_publish_size(
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
        """Size of the messages published. Default: Average over 5 minutes."""
        return self._topic_metric("PublishSize", "Average", metric_options(locals()))

    def metric_number_of_notifications_filtered_out_invalid_attributes(
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
        """Messages rejected because their attributes are invalid. Default: Sum over 5 minutes."""
        return self._topic_metric(
            "NumberOfNotificationsFilteredOut-InvalidAttributes", "Sum", metric_options(locals())
        )

    def metric_number_of_notifications_filtered_out_no_message_attributes(
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
        """Messages rejected because they have no attributes. Default: Sum over 5 minutes."""
        return self._topic_metric(
            "NumberOfNotificationsFilteredOut-NoMessageAttributes", "Sum", metric_options(locals())
        )

    def metric_sms_month_to_date_spent_usd(
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
        """SMS charges this month, in USD. Default: Maximum over 5 minutes."""
        return self._topic_metric("SMSMonthToDateSpentUSD", "Maximum", metric_options(locals()))

    def metric_sms_success_rate(
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
        """Rate of successful SMS deliveries. Default: Sum over 5 minutes."""
        return self._topic_metric("SMSSuccessRate", "Sum", metric_options(locals()))
