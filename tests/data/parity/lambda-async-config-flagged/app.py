"""Asynchronous invocation (EventInvokeConfig) on functions, versions and aliases, and SnapStart."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "lambda-async-config")
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}\n")


@jsii.implements(lambda_.IDestination)
class QueueArnDestination:
    """A destination given by ARN (aws_lambda_destinations would also grant access)."""

    def __init__(self, arn):
        self.arn = arn

    def bind(self, scope, fn, *, type=None):
        return lambda_.DestinationConfig(destination=self.arn)


def make(id, **kwargs):
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code, **kwargs)


make("Retries", retry_attempts=0, max_event_age=cdk.Duration.minutes(2))
configured = make("Configured")
configured.configure_async_invoke(retry_attempts=1, max_event_age=cdk.Duration.hours(6))
make(
    "Destinations",
    on_success=QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:succeeded"),
    on_failure=QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:failed"),
)
versioned = make("Versioned", current_version_options={"retry_attempts": 1, "max_event_age": cdk.Duration.seconds(60)})
lambda_.Alias(stack, "Live", alias_name="live", version=versioned.current_version, retry_attempts=2)
lambda_.Version(stack, "Pinned", lambda_=versioned, on_failure=QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:dlq"))
snap = make("Snap", snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS)
snap.add_alias("live", max_event_age=cdk.Duration.minutes(30))
app.synth()
