import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class DlqStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.dlq = sqs.Queue(self, "Dlq", retention_period=cdk.Duration.days(14))


class WorkStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, dlq: sqs.IQueue, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "Key")
        source = sqs.Queue(
            self,
            "Source",
            dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=5),
            encryption=sqs.QueueEncryption.KMS,
            encryption_master_key=key,
            data_key_reuse=cdk.Duration.hours(1),
            enforce_ssl=True,
        )
        guarded = sqs.Queue(
            self,
            "Guarded",
            redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.BY_QUEUE, source_queues=[source]),
        )
        sqs.Queue(self, "Closed", redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL))
        sqs.Queue(self, "Implicit", redrive_allow_policy=sqs.RedriveAllowPolicy(source_queues=[source, guarded]))
        imported = sqs.Queue.from_queue_attributes(
            self, "Ext", queue_arn="arn:aws:sqs:us-east-1:123456789012:ext.fifo", key_arn="arn:aws:kms:us-east-1:123456789012:key/k"
        )
        worker = iam.Role(self, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        imported.grant_send_messages(worker)
        imported.grant_consume_messages(worker)
        source.grant_purge(worker)
        source.grant(worker, "sqs:ListQueueTags")
        policy = sqs.QueuePolicy(self, "SharedPolicy", queues=[guarded, source])
        policy.document.add_statements(
            iam.PolicyStatement(actions=["sqs:SendMessage"], principals=[iam.ServicePrincipal("sns.amazonaws.com")], resources=[guarded.queue_arn])
        )
        cdk.CfnOutput(self, "Fifo", value=str(imported.fifo))


app = cdk.App()
env = cdk.Environment(account="123456789012", region="us-east-1")
d = DlqStack(app, "Dlq", env=env)
WorkStack(app, "Work", dlq=d.dlq, env=env)
app.synth()
