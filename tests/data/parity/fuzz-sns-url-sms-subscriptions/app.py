import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "fuzz-sns-url-sms-subscriptions")
topic = sns.Topic(stack, "Alerts")

# A literal URL's scheme decides the protocol; the protocol given beside it is not read.
topic.add_subscription(
    subs.UrlSubscription("https://hooks.example.com/a", protocol=sns.SubscriptionProtocol.HTTP)
)
topic.add_subscription(
    subs.UrlSubscription("http://hooks.example.com/b", protocol=sns.SubscriptionProtocol.HTTPS)
)

# A URL from a parameter takes the protocol as given.
endpoint = cdk.CfnParameter(stack, "Endpoint", default="https://hooks.example.com/c")
topic.add_subscription(
    subs.UrlSubscription(endpoint.value_as_string, protocol=sns.SubscriptionProtocol.HTTPS)
)

# An SMS subscription takes a dead-letter queue but gets no redrive policy, and the queue no policy.
topic.add_subscription(
    subs.SmsSubscription(
        "+15551231234",
        dead_letter_queue=sqs.Queue(stack, "SmsDeadLetters"),
        filter_policy={"severity": sns.SubscriptionFilter.string_filter(allowlist=["high"])},
    )
)
# An email subscription's dead-letter queue is wired, for contrast.
topic.add_subscription(
    subs.EmailSubscription("ops@example.com", dead_letter_queue=sqs.Queue(stack, "EmailDeadLetters"))
)

app.synth()
