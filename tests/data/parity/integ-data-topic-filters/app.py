"""Subscriptions with message-body filter policies (nested policies, numeric, exists), a Lambda subscription
with attribute filters and a dead-letter queue, a URL subscription with a delivery policy, a topic policy
that enforces SSL, and a subscribe grant on an encrypted topic."""

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = App()
stack = Stack(app, "integ-data-topic-filters")

prices = sns.Topic(stack, "Prices")
cheap = sqs.Queue(stack, "Cheap")
rare = sqs.Queue(stack, "Rare")
prices.add_subscription(
    subs.SqsSubscription(
        cheap,
        raw_message_delivery=True,
        filter_policy_with_message_body={
            "item": sns.FilterOrPolicy.policy(
                {
                    "tint": sns.FilterOrPolicy.filter(
                        sns.SubscriptionFilter.string_filter(allowlist=["teal", "plum"])
                    )
                }
            ),
            "cost": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numeric_filter(allowlist=[5, 10])),
            "shop": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.exists_filter()),
        },
    )
)
prices.add_subscription(
    subs.SqsSubscription(
        rare,
        filter_policy_with_message_body={
            "cost": sns.FilterOrPolicy.filter(
                sns.SubscriptionFilter.numeric_filter(between_strict=sns.BetweenCondition(start=5, stop=10))
            ),
            "shop": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.not_exists_filter()),
        },
    )
)

auditor = lambda_.Function(
    stack,
    "Auditor",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
prices.add_subscription(
    subs.LambdaSubscription(
        auditor,
        dead_letter_queue=sqs.Queue(stack, "AuditorMisses"),
        filter_policy={
            "tint": sns.SubscriptionFilter.string_filter(match_prefixes=["te"], match_suffixes=["um"]),
            "size": sns.SubscriptionFilter.string_filter(denylist=["xl"]),
            "cost": sns.SubscriptionFilter.numeric_filter(between=sns.BetweenCondition(start=1, stop=9)),
        },
    )
)
prices.add_subscription(
    subs.UrlSubscription(
        "https://hooks.example.com/prices",
        delivery_policy=sns.DeliveryPolicy(
            healthy_retry_policy=sns.HealthyRetryPolicy(
                min_delay_target=Duration.seconds(5), max_delay_target=Duration.seconds(6), num_retries=4
            ),
            throttle_policy=sns.ThrottlePolicy(max_receives_per_second=3),
            request_policy=sns.RequestPolicy(header_content_type="application/json"),
        ),
    )
)

sns.TopicPolicy(
    stack,
    "PricesPolicy",
    topics=[prices],
    enforce_ssl=True,
    policy_document=iam.PolicyDocument(
        assign_sids=True,
        statements=[
            iam.PolicyStatement(
                actions=["sns:Publish"],
                principals=[iam.ServicePrincipal("events.amazonaws.com")],
                resources=[prices.topic_arn],
            )
        ],
    ),
)

vault_key = kms.Key(stack, "VaultKey", pending_window=Duration.days(9), removal_policy=RemovalPolicy.DESTROY)
vault = sns.Topic(stack, "Vault", master_key=vault_key, fifo=True, content_based_deduplication=True)
vault.grant_subscribe(iam.User(stack, "Reader"))
app.synth()
