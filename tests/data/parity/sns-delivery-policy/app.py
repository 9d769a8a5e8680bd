import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions

app = cdk.App()
stack = cdk.Stack(app, "SnsDeliveryPolicy")
topic = sns.Topic(stack, "Topic")

topic.add_subscription(
    subscriptions.UrlSubscription(
        "https://example.com/hook",
        delivery_policy=sns.DeliveryPolicy(
            healthy_retry_policy=sns.HealthyRetryPolicy(
                min_delay_target=cdk.Duration.seconds(5),
                max_delay_target=cdk.Duration.minutes(1),
                num_retries=6,
                num_no_delay_retries=1,
                num_min_delay_retries=1,
                num_max_delay_retries=2,
                backoff_function=sns.BackoffFunction.EXPONENTIAL,
            ),
            throttle_policy=sns.ThrottlePolicy(max_receives_per_second=10),
            request_policy=sns.RequestPolicy(header_content_type="application/json"),
        ),
    )
)
topic.add_subscription(
    subscriptions.UrlSubscription(
        "http://example.com/plain",
        delivery_policy=sns.DeliveryPolicy(),
        raw_message_delivery=True,
    )
)
endpoint = cdk.CfnParameter(stack, "Endpoint")
topic.add_subscription(
    subscriptions.UrlSubscription(
        endpoint.value_as_string,
        protocol=sns.SubscriptionProtocol.HTTPS,
        delivery_policy=sns.DeliveryPolicy(
            healthy_retry_policy=sns.HealthyRetryPolicy(backoff_function=sns.BackoffFunction.LINEAR),
            throttle_policy=sns.ThrottlePolicy(),
        ),
    )
)
sns.Subscription(
    stack,
    "Direct",
    topic=topic,
    endpoint="https://example.com/direct",
    protocol=sns.SubscriptionProtocol.HTTPS,
    delivery_policy=sns.DeliveryPolicy(
        healthy_retry_policy=sns.HealthyRetryPolicy(),
        request_policy=sns.RequestPolicy(),
    ),
)

app.synth()
