"""EventBus.archive without a description (aws-cdk-lib's default names the bus), with a description and on an imported bus; a standalone Archive; CloudWatchLogGroup rule targets (defaults, `log_event` from `from_object_v2`, the deprecated `event` from `LogGroupTargetInput.from_object`, a dead-letter queue with retries and `install_latest_aws_sdk=False`, an imported log group), whose log group resource policies are custom resources sharing one handler function."""
import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "events-archive-targets")
bus = events.EventBus(stack, "Orders", event_bus_name="orders")
bus.archive("Everything", event_pattern=events.EventPattern(source=["shop"]))
bus.archive(
    "Kept",
    event_pattern=events.EventPattern(source=["shop"], detail_type=["OrderPlaced"]),
    archive_name="kept-orders",
    description="orders kept for a week",
    retention=cdk.Duration.days(7),
)
imported = events.EventBus.from_event_bus_name(stack, "Imported", "partner-bus")
imported.archive("OfImported", event_pattern=events.EventPattern(source=["partner"]))
events.Archive(stack, "Standalone", source_event_bus=bus, event_pattern=events.EventPattern(account=["123456789012"]))

group = logs.LogGroup(stack, "OrderLog", log_group_name="/aws/events/orders")
dlq = sqs.Queue(stack, "LogDlq")
events.Rule(
    stack,
    "LogAll",
    event_bus=bus,
    event_pattern=events.EventPattern(source=["shop"]),
    targets=[targets.CloudWatchLogGroup(group)],
)
events.Rule(
    stack,
    "LogShaped",
    event_pattern=events.EventPattern(source=["shop"], detail_type=["OrderPlaced"]),
    targets=[
        targets.CloudWatchLogGroup(
            group,
            log_event=targets.LogGroupTargetInput.from_object_v2(
                message=events.EventField.from_path("$.detail.orderId")
            ),
            dead_letter_queue=dlq,
            retry_attempts=3,
            max_event_age=cdk.Duration.hours(2),
            install_latest_aws_sdk=False,
        )
    ],
)
events.Rule(
    stack,
    "LogScheduled",
    schedule=events.Schedule.rate(cdk.Duration.hours(1)),
    targets=[
        targets.CloudWatchLogGroup(
            group,
            event=targets.LogGroupTargetInput.from_object(
                {"message": "tick", "timestamp": events.EventField.time}
            ),
        )
    ],
)
events.Rule(
    stack,
    "LogImported",
    event_pattern=events.EventPattern(source=["audit"]),
    targets=[targets.CloudWatchLogGroup(logs.LogGroup.from_log_group_name(stack, "AuditLog", "audit-log"))],
)
app.synth()
