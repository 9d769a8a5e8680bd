import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "docex-s3-replication-rules")
archive = s3.Bucket(stack, "Archive", versioned=True)
backup = s3.Bucket(stack, "Backup", versioned=True)
replica_key = kms.Key(stack, "ReplicaKey")
s3.Bucket(stack, "Simple", versioned=True, replication_rules=[s3.ReplicationRule(destination=archive)])
source = s3.Bucket(
    stack,
    "Source",
    versioned=True,
    replication_rules=[
        s3.ReplicationRule(
            destination=archive,
            priority=3,
            id="everything",
            kms_key=replica_key,
            storage_class=s3.StorageClass.GLACIER,
            replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
            metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
            sse_kms_encrypted_objects=True,
            replica_modifications=False,
            delete_marker_replication=True,
            filter=s3.Filter(prefix="logs/"),
        ),
        s3.ReplicationRule(destination=backup, priority=2, metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                           filter=s3.Filter(tags=[s3.Tag(key="team", value="data")])),
        s3.ReplicationRule(destination=backup, priority=1, storage_class=s3.StorageClass.DEEP_ARCHIVE,
                           filter={"prefix": "raw/", "tags": [{"key": "a", "value": "1"}, s3.Tag(key="b", value="2")]}),
        s3.ReplicationRule(destination=archive, priority=0, filter=s3.Filter()),
    ],
)
cdk.CfnOutput(stack, "ReplicationRoleArn", value=source.replication_role_arn)
app.synth()
