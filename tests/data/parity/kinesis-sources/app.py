import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "KinesisSources")


def function(name: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    )


stream = kinesis.Stream(stack, "Clicks")
reader = function("Reader")
failures = sqs.Queue(stack, "Failures")
reader.add_event_source(
    sources.KinesisEventSource(
        stream,
        starting_position=lambda_.StartingPosition.LATEST,
        batch_size=500,
        max_batching_window=cdk.Duration.seconds(10),
        parallelization_factor=2,
        retry_attempts=3,
        bisect_batch_on_error=True,
        report_batch_item_failures=True,
        on_failure=sources.SqsDlq(failures),
        tumbling_window=cdk.Duration.seconds(30),
    )
)
at_time = function("AtTime")
at_time.add_event_source(
    sources.KinesisEventSource(
        stream,
        starting_position=lambda_.StartingPosition.AT_TIMESTAMP,
        starting_position_timestamp=1700000000,
    )
)
consumer = kinesis.StreamConsumer(stack, "Fanout", stream=stream, stream_consumer_name="fanout")
fan = function("Fan")
fan.add_event_source(
    sources.KinesisConsumerEventSource(consumer, starting_position=lambda_.StartingPosition.TRIM_HORIZON)
)
imported = kinesis.Stream.from_stream_arn(stack, "Imported", "arn:aws:kinesis:us-east-1:123456789012:stream/other")
function("FromImported").add_event_source(
    sources.KinesisEventSource(imported, starting_position=lambda_.StartingPosition.LATEST)
)

rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["my.app"]))
rule.add_target(targets.KinesisStream(stream))
rule.add_target(
    targets.KinesisStream(
        stream,
        partition_key_path="$.detail.id",
        message=events.RuleTargetInput.from_event_path("$.detail"),
        retry_attempts=1,
    )
)
app.synth()
