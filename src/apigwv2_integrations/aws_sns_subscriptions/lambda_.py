"""LambdaSubscription: a topic invokes a Lambda function."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_iam.principals import ServicePrincipal
from ..aws_lambda import IFunction, Permission
from ..aws_sns import (
    FilterOrPolicy,
    ITopic,
    SubscriptionFilter,
    SubscriptionProtocol,
    Topic,
    TopicSubscriptionConfig,
)
from ..aws_sqs import IQueue
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from .subscription import SubscriptionProps, region_from_arn


@lazy_frozen(kw_only=True)
class LambdaSubscriptionProps(SubscriptionProps, metaclass=LazyAttrsMeta):
    """Options of a LambdaSubscription."""


class LambdaSubscription:
    """Subscribes a Lambda function to a topic, with the permission SNS needs to invoke it."""

    def __init__(
        self,
        fn: IFunction,
        *,
        dead_letter_queue: IQueue | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
    ) -> None:
        self.fn = fn
        self.props = LambdaSubscriptionProps(
            dead_letter_queue=dead_letter_queue,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
        )

    def bind(self, topic: ITopic) -> TopicSubscriptionConfig:
        """Grant SNS the invoke permission and return the subscription's configuration."""
        fn = self.fn
        if not isinstance(fn, Construct):
            raise ValidationError(
                topic, f"fn={fn!r} is not a construct; pass a Function or an imported function"
            )
        call_with_struct(
            fn.add_permission,
            Permission,
            f"AllowInvoke:{Names.node_unique_id(topic.node)}",
            source_arn=topic.topic_arn,
            principal=ServicePrincipal("sns.amazonaws.com"),
        )
        if isinstance(topic, Topic) and topic.stack is not fn.stack:
            fn.stack.add_dependency(topic.stack)
        return TopicSubscriptionConfig(
            subscriber_scope=fn,
            subscriber_id=topic.node.id,
            endpoint=fn.function_arn,
            protocol=SubscriptionProtocol.LAMBDA,
            filter_policy=self.props.filter_policy,
            filter_policy_with_message_body=self.props.filter_policy_with_message_body,
            dead_letter_queue=self.props.dead_letter_queue,
            region=region_from_arn(topic, fn),
        )
