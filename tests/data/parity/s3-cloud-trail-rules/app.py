import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "S3CloudTrailRules")

uploads = s3.Bucket(stack, "Uploads", versioned=True)
queue = sqs.Queue(stack, "Q")
topic = sns.Topic(stack, "T")

uploads.on_cloud_trail_event("AnyCall", target=targets.SnsTopic(topic), description="any api call")
uploads.on_cloud_trail_put_object(
    "Put", target=targets.SqsQueue(queue), paths=["incoming/a.csv", "incoming/b.csv"], rule_name="uploads-put"
)
write = uploads.on_cloud_trail_write_object(
    "Write",
    paths=["x/y"],
    event_pattern=events.EventPattern(
        account=["123456789012"], detail={"userIdentity": {"type": ["IAMUser"]}}
    ),
)
write.add_target(
    targets.SqsQueue(queue, message=events.RuleTargetInput.from_event_path("$.detail.requestParameters"))
)
uploads.on_cloud_trail_write_object("WriteAll", target=targets.SnsTopic(topic))

legacy = s3.Bucket.from_bucket_name(stack, "Imp", "legacy-bucket")
legacy.on_cloud_trail_put_object("ImpPut", target=targets.SqsQueue(queue))

cdk.CfnOutput(stack, "RuleArn", value=write.rule_arn)

app.synth()
