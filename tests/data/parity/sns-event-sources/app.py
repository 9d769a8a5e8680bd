import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "SnsSources")


def function(name: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    )


topic = sns.Topic(stack, "Orders")
plain = function("Plain")
plain.add_event_source(sources.SnsEventSource(topic))

filtered = function("Filtered")
dlq = sqs.Queue(stack, "SubscriptionDlq")
filtered.add_event_source(
    sources.SnsEventSource(
        topic,
        dead_letter_queue=dlq,
        filter_policy={
            "color": sns.SubscriptionFilter.string_filter(allowlist=["red", "green"]),
            "size": sns.SubscriptionFilter.numeric_filter(greater_than=10),
        },
    )
)
body = function("Body")
body.add_event_source(
    sources.SnsEventSource(
        topic,
        filter_policy_with_message_body={
            "kind": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.string_filter(allowlist=["x"]))
        },
    )
)
imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:other")
plain.add_event_source(sources.SnsEventSource(imported))

table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    stream=dynamodb.StreamViewType.NEW_IMAGE,
)
failures = sns.Topic(stack, "Failures")
streamer = function("Streamer")
streamer.add_event_source(
    sources.DynamoEventSource(
        table,
        starting_position=lambda_.StartingPosition.LATEST,
        on_failure=sources.SnsDlq(failures),
        retry_attempts=2,
    )
)
streamer2 = function("Streamer2")
streamer2.add_event_source(
    sources.DynamoEventSource(
        table, starting_position=lambda_.StartingPosition.TRIM_HORIZON, on_failure=sources.SnsDlq(imported)
    )
)

rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(5)))
rule.add_target(targets.SnsTopic(topic))
rule.add_target(
    targets.SnsTopic(
        failures,
        message=events.RuleTargetInput.from_text("hello"),
        dead_letter_queue=dlq,
        max_event_age=cdk.Duration.hours(2),
        retry_attempts=3,
    )
)
key = kms.Key(stack, "Key")
encrypted = sns.Topic(stack, "Encrypted", master_key=key)
other_rule = events.Rule(
    stack, "PatternRule", event_pattern=events.EventPattern(source=["my.app"], detail_type=["done"])
)
other_rule.add_target(targets.SnsTopic(encrypted, authorize_using_role=True))
role = iam.Role(stack, "PublishRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
other_rule.add_target(targets.SnsTopic(topic, role=role))
other_rule.add_target(targets.SnsTopic(imported))

consumer = cdk.Stack(app, "Consumer")
remote = lambda_.Function(
    consumer,
    "Remote",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
remote.add_event_source(sources.SnsEventSource(topic))
app.synth()
