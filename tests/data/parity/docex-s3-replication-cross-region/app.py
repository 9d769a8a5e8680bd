import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
replica_stack = cdk.Stack(app, "docex-s3-replication-replicas", env=cdk.Environment(account="111111111111", region="eu-west-1"))
generated = s3.Bucket(replica_stack, "Generated", versioned=True, bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
named = s3.Bucket(replica_stack, "Named", versioned=True, bucket_name="docex-replicas-eu-west-1")
source_stack = cdk.Stack(app, "docex-s3-replication-cross-region", env=cdk.Environment(account="111111111111", region="us-east-1"))
source = s3.Bucket(source_stack, "Source", versioned=True, replication_rules=[
    s3.ReplicationRule(destination=generated, priority=1, delete_marker_replication=False),
    s3.ReplicationRule(destination=named, priority=2, storage_class=s3.StorageClass.ONE_ZONE_INFREQUENT_ACCESS),
])
cdk.CfnOutput(source_stack, "SourceArn", value=source.bucket_arn)
app.synth()
