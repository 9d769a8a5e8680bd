"""Queues of each encryption kind, FIFO throughput options, a dead-letter queue that allows chosen sources,
SSL enforcement, and one role consuming all of them."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs

app = App()
stack = Stack(app, "integ-data-queue-kinds")

orders = sqs.Queue(stack, "Orders")
refunds = sqs.Queue(stack, "Refunds")
parking = sqs.Queue(
    stack,
    "Parking",
    redrive_allow_policy=sqs.RedriveAllowPolicy(
        source_queues=[orders, refunds], redrive_permission=sqs.RedrivePermission.BY_QUEUE
    ),
)
retrying = sqs.Queue(
    stack, "Retrying", dead_letter_queue=sqs.DeadLetterQueue(queue=parking, max_receive_count=3)
)
ledger_key = kms.Key(stack, "LedgerKey", removal_policy=RemovalPolicy.DESTROY)
ledger = sqs.Queue(stack, "Ledger", fifo=True, encryption_master_key=ledger_key)
bursts = sqs.Queue(
    stack,
    "Bursts",
    fifo=True,
    fifo_throughput_limit=sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
    deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
)
managed = sqs.Queue(stack, "Managed", encryption=sqs.QueueEncryption.KMS_MANAGED)
plain = sqs.Queue(stack, "Plain", encryption=sqs.QueueEncryption.UNENCRYPTED)
strict = sqs.Queue(stack, "Strict", enforce_ssl=True)

worker = iam.Role(stack, "Worker", assumed_by=iam.AccountRootPrincipal())
for queue in (orders, refunds, parking, retrying, ledger, bursts, managed, plain, strict):
    queue.grant_consume_messages(worker)

CfnOutput(stack, "RetryingUrl", value=retrying.queue_url)
app.synth()
