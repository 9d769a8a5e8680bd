import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "sns-topic-subscriptions")

topic = sns.Topic(stack, "Orders", topic_name="orders", display_name="Orders")
fn = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
queue = sqs.Queue(stack, "Queue")
topic.add_subscription(subs.LambdaSubscription(fn))
topic.add_subscription(
    subs.SqsSubscription(
        queue,
        raw_message_delivery=True,
        filter_policy={
            "color": sns.SubscriptionFilter.string_filter(allowlist=["red", "green"]),
            "size": sns.SubscriptionFilter.numeric_filter(greater_than=10),
        },
    )
)
dead_letters = sqs.Queue(stack, "DeadLetters")
topic.add_subscription(subs.EmailSubscription("ops@example.com", json=True, dead_letter_queue=dead_letters))
topic.add_subscription(subs.UrlSubscription("https://example.com/hook"))
topic.add_subscription(subs.SmsSubscription("+15555550100"))

publisher = iam.Role(stack, "Publisher", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
topic.grant_publish(publisher)
topic.grant_subscribe(publisher)
topic.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["sns:Publish"],
        principals=[iam.ServicePrincipal("events.amazonaws.com")],
        resources=[topic.topic_arn],
    )
)

key = kms.Key(stack, "Key")
fifo = sns.Topic(
    stack,
    "Fifo",
    fifo=True,
    content_based_deduplication=True,
    master_key=key,
    enforce_ssl=True,
    signature_version="2",
)
fifo.grant_publish(publisher)
encrypted_queue = sqs.Queue(
    stack, "EncryptedQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key
)
topic.add_subscription(subs.SqsSubscription(encrypted_queue))
imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:other")
imported.grant_publish(publisher)
sns.Subscription(
    stack,
    "Direct",
    topic=imported,
    endpoint="https://example.com/direct",
    protocol=sns.SubscriptionProtocol.HTTPS,
)
cdk.CfnOutput(stack, "TopicArn", value=topic.topic_arn)
cdk.CfnOutput(stack, "TopicName", value=topic.topic_name)
cdk.CfnOutput(stack, "ImportedName", value=imported.topic_name)
cloudwatch.Alarm(
    stack, "Published", metric=topic.metric_number_of_messages_published(), threshold=1, evaluation_periods=1
)
cloudwatch.Alarm(
    stack,
    "Failed",
    metric=topic.metric_number_of_notifications_failed(period=cdk.Duration.minutes(1)),
    threshold=1,
    evaluation_periods=1,
)
app.synth()
