"""SQS: a dead-letter queue behind HttpSqsIntegration, encryption choices, FIFO throughput settings, enforce_ssl, imports, grants and metric alarms."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_apigatewayv2_integrations import HttpSqsIntegration

app = cdk.App()
stack = cdk.Stack(app, "sqs-dlq")

dlq = sqs.Queue(stack, "DeadLetters", retention_period=cdk.Duration.days(14), encryption=sqs.QueueEncryption.SQS_MANAGED)
orders = sqs.Queue(
    stack,
    "Orders",
    dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=3),
    encryption=sqs.QueueEncryption.KMS_MANAGED,
    enforce_ssl=True,
    visibility_timeout=cdk.Duration.seconds(60),
)
key = kms.Key(stack, "QueueKey", description="orders fifo key")
fifo = sqs.Queue(
    stack,
    "Fifo",
    fifo=True,
    fifo_throughput_limit=sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
    deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
    encryption=sqs.QueueEncryption.KMS,
    encryption_master_key=key,
    data_key_reuse=cdk.Duration.minutes(10),
)
auto_key = sqs.Queue(stack, "AutoKey", encryption=sqs.QueueEncryption.KMS)
plain = sqs.Queue(stack, "Plain", encryption=sqs.QueueEncryption.UNENCRYPTED, redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL))

api = apigwv2.HttpApi(stack, "HttpApi")
api.add_routes(path="/orders", methods=[apigwv2.HttpMethod.POST], integration=HttpSqsIntegration("SendOrder", queue=orders))

worker = iam.Role(stack, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
orders.grant_consume_messages(worker)
dlq.grant_purge(worker)
fifo.grant_send_messages(worker)
auto_key.grant_consume_messages(worker)
plain.grant(worker, "sqs:GetQueueAttributes")

imported = sqs.Queue.from_queue_attributes(
    stack, "Imported", queue_arn="arn:aws:sqs:us-east-1:123456789012:imported", key_arn="arn:aws:kms:us-east-1:123456789012:key/abc"
)
imported.grant_send_messages(worker)
imported_fifo = sqs.Queue.from_queue_attributes(stack, "ImportedFifo", queue_arn=cdk.Stack.of(stack).format_arn(service="sqs", resource="jobs.fifo"), fifo=True)
imported_fifo.grant_consume_messages(worker)

orders.metric_approximate_number_of_messages_visible().create_alarm(stack, "Backlog", threshold=100, evaluation_periods=3)
dlq.metric_approximate_number_of_messages_visible(period=cdk.Duration.minutes(1)).create_alarm(
    stack, "DeadLettersArrived", threshold=1, evaluation_periods=1
)
orders.metric_approximate_age_of_oldest_message().create_alarm(stack, "OldMessages", threshold=600, evaluation_periods=2)

cdk.CfnOutput(stack, "ImportedUrl", value=imported_fifo.queue_url)
cdk.CfnOutput(stack, "ImportedArn", value=imported_fifo.queue_arn)
cdk.CfnOutput(stack, "FifoName", value=fifo.queue_name)

app.synth()
