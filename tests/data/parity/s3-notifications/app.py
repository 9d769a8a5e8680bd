import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs


def function(scope, id):
    return lambda_.Function(
        scope,
        id,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    )


app = cdk.App()

# Every kind of destination, filters, several events and buckets, imported buckets, EventBridge.
stack = cdk.Stack(app, "S3Notifications")
fn = function(stack, "Fn")
queue = sqs.Queue(stack, "Queue")
queue_key = kms.Key(stack, "QueueKey")
encrypted_queue = sqs.Queue(
    stack, "EncryptedQueue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=queue_key
)
topic = sns.Topic(stack, "Topic")
encrypted_topic = sns.Topic(stack, "EncryptedTopic", master_key=kms.Key(stack, "TopicKey"))

bucket = s3.Bucket(stack, "Bucket")
bucket.add_event_notification(
    s3.EventType.OBJECT_CREATED,
    s3n.LambdaDestination(fn),
    s3.NotificationKeyFilter(prefix="images/", suffix=".jpg"),
)
bucket.add_object_removed_notification(s3n.SqsDestination(queue))
bucket.add_event_notification(
    s3.EventType.OBJECT_RESTORE_COMPLETED, s3n.SnsDestination(topic), s3.NotificationKeyFilter(suffix=".txt")
)
bucket.add_event_notification(
    s3.EventType.OBJECT_CREATED_PUT,
    s3n.SqsDestination(encrypted_queue),
    s3.NotificationKeyFilter(prefix="a/"),
    s3.NotificationKeyFilter(suffix=".csv"),
)
bucket.add_event_notification(s3.EventType.OBJECT_TAGGING, s3n.SnsDestination(encrypted_topic))
bucket.add_event_notification(s3.EventType.LIFECYCLE_TRANSITION, s3n.LambdaDestination(fn))

second = s3.Bucket(stack, "Second", event_bridge_enabled=True, notifications_skip_destination_validation=True)
second.add_object_created_notification(s3n.LambdaDestination(fn), s3.NotificationKeyFilter(prefix="x/"))
alias = lambda_.Alias(stack, "Live", alias_name="live", version=fn.current_version)
second.add_event_notification(s3.EventType.OBJECT_ACL_PUT, s3n.LambdaDestination(alias))
other_account_fn = lambda_.Function.from_function_arn(
    stack, "OtherAccountFn", "arn:aws:lambda:us-east-1:123456789012:function:elsewhere"
)
second.add_event_notification(s3.EventType.REPLICATION, s3n.LambdaDestination(other_account_fn))

s3.Bucket(stack, "OnlyEventBridge", event_bridge_enabled=True)

secured = s3.Bucket(stack, "Secured", enforce_ssl=True, versioned=True)
secured.add_object_created_notification(s3n.SqsDestination(queue), s3.NotificationKeyFilter(prefix="in/"))
late_policy = s3.Bucket(stack, "LatePolicy")
late_policy.add_object_created_notification(s3n.SnsDestination(topic))
late_policy.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["s3:GetObject"],
        resources=[late_policy.arn_for_objects("*")],
        principals=[iam.AccountRootPrincipal()],
    )
)

imported = s3.Bucket.from_bucket_name(stack, "Imported", "existing-bucket")
imported.add_event_notification(s3.EventType.OBJECT_CREATED, s3n.SqsDestination(queue))
imported.add_object_removed_notification(s3n.LambdaDestination(fn), s3.NotificationKeyFilter(suffix=".log"))
s3.Bucket.from_bucket_arn(stack, "ImportedByArn", "arn:aws:s3:::events-bucket").enable_event_bridge_notification()
s3.Bucket.from_cfn_bucket(s3.CfnBucket(stack, "L1Bucket")).add_object_created_notification(
    s3n.SqsDestination(queue)
)

source_bucket = s3.Bucket(stack, "SourceBucket")
fn.add_event_source(
    sources.S3EventSource(
        source_bucket,
        events=[s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
        filters=[s3.NotificationKeyFilter(prefix="in/", suffix=".json")],
    )
)
fn.add_event_source(
    sources.S3EventSourceV2(
        s3.Bucket.from_bucket_name(stack, "ImportedSource", "imported-source"),
        events=[s3.EventType.OBJECT_CREATED_COPY],
    )
)

# A handler role of the app's own (with a statement), given by the stack's first bucket.
role_stack = cdk.Stack(app, "S3NotificationsRole")
handler_role = iam.Role(role_stack, "HandlerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
handler_role.add_to_policy(iam.PolicyStatement(actions=["logs:CreateLogGroup"], resources=["*"]))
s3.Bucket(role_stack, "WithRole", event_bridge_enabled=True, notifications_handler_role=handler_role)
s3.Bucket(role_stack, "SharesTheRole").add_object_removed_notification(
    s3n.SqsDestination(sqs.Queue(role_stack, "RoleQueue"))
)

# A bucket notifying a function of another stack (an export), and a function of that stack on an imported
# bucket.
buckets = cdk.Stack(app, "S3NotificationsBuckets")
shared_bucket = s3.Bucket(buckets, "Shared")
functions = cdk.Stack(app, "S3NotificationsFunctions")
remote_fn = function(functions, "Remote")
shared_bucket.add_object_created_notification(s3n.LambdaDestination(remote_fn))
remote_fn.add_event_source(
    sources.S3EventSourceV2(
        s3.Bucket.from_bucket_name(functions, "Uploads", "uploads-bucket"),
        events=[s3.EventType.OBJECT_CREATED],
        filters=[s3.NotificationKeyFilter(prefix="new/")],
    )
)

app.synth()
