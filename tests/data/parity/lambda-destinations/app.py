import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "LambdaDestinations")


def function(name: str, **props: object) -> lambda_.Function:
    return lambda_.Function(
        stack,
        name,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
        **props,
    )


queue = sqs.Queue(stack, "Failures")
topic = sns.Topic(stack, "Successes")
bus = events.EventBus(stack, "Bus")
bucket = s3.Bucket(stack, "Archive")
next_step = function("Next")
response_step = function("ResponseOnly")

function(
    "Orders",
    on_success=destinations.SnsDestination(topic),
    on_failure=destinations.SqsDestination(queue),
    max_event_age=cdk.Duration.hours(1),
    retry_attempts=1,
)
function("ToBus", on_success=destinations.EventBridgeDestination(bus), on_failure=destinations.EventBridgeDestination())
function("Chained", on_success=destinations.LambdaDestination(next_step))
function(
    "Responses",
    on_success=destinations.LambdaDestination(response_step, response_only=True),
    on_failure=destinations.LambdaDestination(response_step, response_only=True),
)
function("ToBucket", on_failure=destinations.S3Destination(bucket))
configured = function("Configured")
configured.configure_async_invoke(on_failure=destinations.SqsDestination(queue), retry_attempts=0)
app.synth()
