"""Tags.of reaches the handler functions of bucket notifications and log retention."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sqs as sqs

app = cdk.App()

uploads = cdk.Stack(app, "HandlerTags")
inbox = s3.Bucket(uploads, "Inbox")
inbox.add_event_notification(s3.EventType.OBJECT_REMOVED, s3n.SqsDestination(sqs.Queue(uploads, "Removed")))
lambda_.Function(
    uploads,
    "Worker",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    log_retention=logs.RetentionDays.ONE_WEEK,
)
logs.LogRetention(
    uploads, "AuditRetention", log_group_name="/audit/events", retention=logs.RetentionDays.ONE_DAY
)
cdk.Tags.of(uploads).add("cost-center", "42", exclude_resource_types=["AWS::SQS::Queue"])
cdk.Tags.of(uploads).add("functions-only", "yes", include_resource_types=["AWS::Lambda::Function"])

archive = cdk.Stack(app, "HandlerTagsArchive")
s3.Bucket(archive, "Archive").add_event_notification(
    s3.EventType.OBJECT_CREATED, s3n.SqsDestination(sqs.Queue(archive, "Created"))
)
cdk.Tags.of(archive).add("team", "data", priority=300)
cdk.Tags.of(archive).remove("team", include_resource_types=["AWS::SQS::Queue"])

cdk.Tags.of(app).add("app", "handler-tags")
app.synth()
