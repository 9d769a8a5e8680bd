"""Subscription: one endpoint subscribed to a topic (`AWS::SNS::Subscription`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import ServicePrincipal
from ..aws_sqs import IQueue, QueueBase
from ..cfn.aws_sns import CfnSubscription
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from .delivery_policy import (
    DeliveryPolicy,
    delivery_policy_problems,
    render_delivery_policy,
    to_delivery_policy,
)
from .subscription_filter import (
    Filter,
    FilterOrPolicy,
    Policy,
    SubscriptionFilter,
    render_body_filter_policy,
    render_filter_policy,
)

if TYPE_CHECKING:
    from typing import Any

# SNS accepts at most five attributes in a filter policy, and at most 150 combinations of their values.
_MAX_FILTER_ATTRIBUTES = 5
_MAX_FILTER_COMBINATIONS = 150


def _attribute_combinations(policy: Mapping[str, SubscriptionFilter]) -> int:
    total = 1
    for subscription_filter in policy.values():
        total *= len(subscription_filter.conditions)
    return total


def _body_combinations(
    policy: Mapping[str, FilterOrPolicy], check: Callable[[int], None], depth: int = 1, total: int = 1
) -> int:
    """The count of value combinations of a message-body policy, checked as each nested policy ends.

    aws-cdk-lib weighs each filter's values by the depth of its policy and checks the running count as
    it leaves each level, so a nested policy can fail before its parent is counted.
    """
    for entry in policy.values():
        if isinstance(entry, Policy):
            total = _body_combinations(entry.policy_doc, check, depth + 1, total)
        elif isinstance(entry, Filter):
            total *= len(entry.filter_doc.conditions) * depth
    check(total)
    return total


class SubscriptionProtocol(SimpleEnum):
    """The protocol an endpoint is reached with."""

    HTTP = "http"
    HTTPS = "https"
    EMAIL = "email"
    EMAIL_JSON = "email-json"
    SMS = "sms"
    SQS = "sqs"
    APPLICATION = "application"
    LAMBDA = "lambda"
    FIREHOSE = "firehose"


_RAW_DELIVERY_PROTOCOLS = (
    SubscriptionProtocol.HTTP,
    SubscriptionProtocol.HTTPS,
    SubscriptionProtocol.SQS,
    SubscriptionProtocol.FIREHOSE,
)


def _to_filter_policy(
    value: Mapping[str, SubscriptionFilter] | None,
) -> Mapping[str, SubscriptionFilter] | None:
    return dict(value) if isinstance(value, Mapping) else value


def _to_body_filter_policy(value: Mapping[str, FilterOrPolicy] | None) -> Mapping[str, FilterOrPolicy] | None:
    return dict(value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class SubscriptionOptions(metaclass=LazyAttrsMeta):
    """Options of a subscription, whatever its topic."""

    protocol: SubscriptionProtocol
    """How the endpoint is reached."""
    endpoint: str
    """The endpoint: a URL, an e-mail address, a phone number or an ARN."""
    dead_letter_queue: IQueue | None = None
    """The queue that receives the messages SNS fails to deliver. Default: none."""
    delivery_policy: DeliveryPolicy | None = field(default=None, converter=to_delivery_policy)
    """Retries, throttling and requests of deliveries (HTTP and HTTPS only). Default: SNS's."""
    filter_policy: Mapping[str, SubscriptionFilter] | None = field(default=None, converter=_to_filter_policy)
    """Attribute name -> the conditions a message's attribute must meet. Default: every message."""
    filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = field(
        default=None, converter=_to_body_filter_policy
    )
    """Attribute name -> conditions on the message body (instead of `filter_policy`). Default: none."""
    raw_message_delivery: bool | None = None
    """Whether to deliver the message without its JSON envelope (HTTP(S), SQS, Firehose). Default: False."""
    region: str | None = None
    """The region of the endpoint, when it differs from the topic's. Default: the stack's region."""
    subscription_role_arn: str | None = None
    """The role SNS assumes to deliver to Firehose. Default: none."""


@lazy_frozen(kw_only=True)
class SubscriptionProps(SubscriptionOptions, metaclass=LazyAttrsMeta):
    """Properties of a Subscription."""

    topic: Any
    """The topic to subscribe to (an ITopic)."""


class Subscription(Resource):
    """A subscription of an endpoint to a topic."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        topic: Any,
        endpoint: str,
        protocol: SubscriptionProtocol,
        dead_letter_queue: IQueue | None = None,
        delivery_policy: DeliveryPolicy | Mapping[str, Any] | None = None,
        filter_policy: Mapping[str, SubscriptionFilter] | None = None,
        filter_policy_with_message_body: Mapping[str, FilterOrPolicy] | None = None,
        raw_message_delivery: bool | None = None,
        region: str | None = None,
        subscription_role_arn: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = SubscriptionProps(
            topic=topic,
            endpoint=endpoint,
            protocol=protocol,
            dead_letter_queue=dead_letter_queue,
            delivery_policy=delivery_policy,
            filter_policy=filter_policy,
            filter_policy_with_message_body=filter_policy_with_message_body,
            raw_message_delivery=raw_message_delivery,
            region=region,
            subscription_role_arn=subscription_role_arn,
        )
        delivery = props.delivery_policy
        if delivery is not None:
            if props.protocol not in (SubscriptionProtocol.HTTP, SubscriptionProtocol.HTTPS):
                raise ValidationError(
                    self,
                    f"delivery_policy is given with protocol={props.protocol}; only HTTP and HTTPS "
                    "subscriptions take one",
                )
            problems = delivery_policy_problems(delivery)
            if problems:
                raise ValidationError(self, "delivery_policy: " + "; ".join(problems))
        if props.raw_message_delivery and props.protocol not in _RAW_DELIVERY_PROTOCOLS:
            raise ValidationError(
                self,
                f"raw_message_delivery=True is not supported with protocol={props.protocol}; "
                "use it with HTTP, HTTPS, SQS or FIREHOSE",
            )
        if props.protocol is SubscriptionProtocol.FIREHOSE and props.subscription_role_arn is None:
            raise ValidationError(
                self,
                "subscription_role_arn=None with protocol=SubscriptionProtocol.FIREHOSE; pass the role's ARN",
            )
        policy = props.filter_policy
        if policy is not None and not Token.is_unresolved(policy) and len(policy) > _MAX_FILTER_ATTRIBUTES:
            raise ValidationError(
                self,
                f"filter_policy has {len(policy)} attributes ({', '.join(sorted(policy))}); "
                f"use at most {_MAX_FILTER_ATTRIBUTES}",
            )
        if policy is not None and not Token.is_unresolved(policy):
            self._check_combinations("filter_policy", _attribute_combinations(policy))
        body_policy = props.filter_policy_with_message_body
        if policy is None and body_policy is not None and len(body_policy) > _MAX_FILTER_ATTRIBUTES:
            raise ValidationError(
                self,
                f"filter_policy_with_message_body has {len(body_policy)} attributes "
                f"({', '.join(sorted(body_policy))}); use at most {_MAX_FILTER_ATTRIBUTES}",
            )
        if policy is None and body_policy is not None:
            _body_combinations(
                body_policy, lambda total: self._check_combinations("filter_policy_with_message_body", total)
            )
        if policy is not None and body_policy is not None:
            # Differs from aws-cdk-lib, which silently drops the message-body policy when both are given.
            raise ValidationError(
                self,
                "filter_policy and filter_policy_with_message_body are both set; "
                "a subscription filters on attributes or on the body, set only one",
            )
        self.filter_policy = policy
        self.filter_policy_with_message_body = body_policy
        self.dead_letter_queue: IQueue | None = props.dead_letter_queue
        self._resource = CfnSubscription(
            self,
            "Resource",
            endpoint=props.endpoint,
            protocol=props.protocol.value,
            topic_arn=props.topic.topic_arn,
            raw_message_delivery=props.raw_message_delivery,
            filter_policy=render_filter_policy(policy)
            if body_policy is None
            else render_body_filter_policy(body_policy),
            filter_policy_scope="MessageBody" if body_policy is not None else None,
            region=props.region,
            subscription_role_arn=props.subscription_role_arn,
            redrive_policy=self._redrive_policy(props),
            delivery_policy=render_delivery_policy(delivery) if delivery is not None else None,
        )

    def _check_combinations(self, name: str, total: int) -> None:
        if total > _MAX_FILTER_COMBINATIONS:
            raise ValidationError(
                self,
                f"{name} has {total} combinations of values (the product of the numbers of values of "
                f"its attributes); use at most {_MAX_FILTER_COMBINATIONS}",
            )

    def _redrive_policy(self, props: SubscriptionProps) -> dict[str, Any] | None:
        queue = props.dead_letter_queue
        if queue is None:
            return None
        if isinstance(queue, QueueBase):
            queue.add_to_resource_policy(
                PolicyStatement(
                    resources=[queue.queue_arn],
                    actions=["sqs:SendMessage"],
                    principals=[ServicePrincipal("sns.amazonaws.com")],
                    conditions={"ArnEquals": {"aws:SourceArn": props.topic.topic_arn}},
                )
            )
        return {"deadLetterTargetArn": queue.queue_arn}

    @property
    def subscription_arn(self) -> str:
        """The subscription's ARN."""
        return self._resource.ref
