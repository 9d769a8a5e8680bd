"""A topic with every kind of subscriber, a secret read by a function: whole templates, cfn-lint clean."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.aws_secretsmanager import Secret
from apigwv2_integrations.aws_sns import SubscriptionFilter, Topic
from apigwv2_integrations.aws_sns_subscriptions import (
    EmailSubscription,
    LambdaSubscription,
    SmsSubscription,
    SqsSubscription,
    UrlSubscription,
)
from apigwv2_integrations.aws_sqs import Queue, QueueEncryption
from tests.cfn_lint import assert_cfn_lint_clean

Render = Callable[[Stack], dict[str, Any]]


def test_subscribers_template(stack: Stack, template: Render, snapshot_json: SnapshotAssertion) -> None:
    key = Key(stack, "Key")
    topic = Topic(stack, "Orders", master_key=key, enforce_ssl=True)
    secret = Secret(stack, "Secret", encryption_key=key)
    fn = Function(
        stack,
        "Handler",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return event\n"),
        environment={"TOKEN": secret.secret_value_from_json("token").unsafe_unwrap()},
    )
    secret.grant_read(fn)
    topic.grant_publish(fn)
    queue = Queue(stack, "Queue", encryption=QueueEncryption.KMS, encryption_master_key=key)
    topic.add_subscription(LambdaSubscription(fn))
    topic.add_subscription(
        SqsSubscription(
            queue,
            raw_message_delivery=True,
            filter_policy={"kind": SubscriptionFilter.string_filter(allowlist=["a"])},
        )
    )
    topic.add_subscription(EmailSubscription("ops@example.com"))
    topic.add_subscription(UrlSubscription("https://example.com/hook"))
    topic.add_subscription(SmsSubscription("+15555550100"))
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    assert rendered == snapshot_json
