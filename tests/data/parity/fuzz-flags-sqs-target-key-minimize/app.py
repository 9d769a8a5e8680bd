import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/aws-iam:minimizePolicies": True})
stack = cdk.Stack(app, "fuzz-flags-sqs-target-key-minimize")

# One key for an encrypted queue and an encrypted topic, both targets of a rule: the service principal
# each target grants is made with other options, so their key statements stay apart even when minimized.
key = kms.Key(stack, "Key")
queue = sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.KMS, encryption_master_key=key)
topic = sns.Topic(stack, "Topic", master_key=key)
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
rule.add_target(targets.SqsQueue(queue))
rule.add_target(targets.SnsTopic(topic))

# Grants to principals made alike merge.
key.grant(iam.ServicePrincipal("lambda.amazonaws.com"), "kms:Decrypt")
key.grant(iam.ServicePrincipal("lambda.amazonaws.com"), "kms:Encrypt")
key.grant(iam.ServicePrincipal("states.amazonaws.com", conditions={}), "kms:Decrypt")
key.grant(iam.ServicePrincipal("states.amazonaws.com"), "kms:Encrypt")

app.synth()
