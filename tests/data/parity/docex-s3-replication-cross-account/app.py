import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
dest_stack = cdk.Stack(app, "docex-s3-replication-dest", env=cdk.Environment(account="222222222222", region="us-east-1"))
destination = s3.Bucket(dest_stack, "Destination", versioned=True, bucket_name="docex-replication-destination")
imported_dest = s3.Bucket.from_bucket_name(dest_stack, "Referenced", "docex-referenced-bucket")
source_stack = cdk.Stack(app, "docex-s3-replication-cross-account", env=cdk.Environment(account="111111111111", region="us-east-1"))
same_account = s3.Bucket.from_bucket_name(source_stack, "SameAccount", "docex-same-account-bucket")
other_account = s3.Bucket.from_bucket_attributes(
    source_stack, "OtherAccount", bucket_arn="arn:aws:s3:::docex-other-account-bucket", account="333333333333", region="eu-central-1"
)
other_key = kms.Key.from_key_arn(
    source_stack, "OtherKey", "arn:aws:kms:eu-central-1:333333333333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
)
source = s3.Bucket(source_stack, "Source", versioned=True, replication_rules=[
    s3.ReplicationRule(destination=destination, priority=3, access_control_transition=True),
    s3.ReplicationRule(destination=same_account, priority=2),
    s3.ReplicationRule(destination=other_account, priority=1, access_control_transition=True, kms_key=other_key,
                       sse_kms_encrypted_objects=True),
])
destination.add_replication_policy(source.replication_role_arn, True, "111111111111")
imported_dest.add_replication_policy("arn:aws:iam::111111111111:role/docex-replicator")
app.synth()
