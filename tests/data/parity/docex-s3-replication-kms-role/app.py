import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "docex-s3-replication-kms-role")
replica_key = kms.Key(stack, "ReplicaKey")
replicas = s3.Bucket(stack, "Replicas", versioned=True, encryption_key=replica_key)
plain_replicas = s3.Bucket(stack, "PlainReplicas", versioned=True)
# A new role each, with KMS permissions: encrypting replicas, decrypting the source.
s3.Bucket(stack, "KmsSource", versioned=True, encryption=s3.BucketEncryption.KMS, replication_rules=[
    s3.ReplicationRule(destination=replicas, kms_key=replica_key, sse_kms_encrypted_objects=True),
])
s3.Bucket(stack, "ManagedSource", versioned=True, encryption=s3.BucketEncryption.KMS_MANAGED,
          replication_rules=[s3.ReplicationRule(destination=plain_replicas)])
# A role of the app's own, given its permissions explicitly.
role = iam.Role(stack, "Replicator", assumed_by=iam.ServicePrincipal("s3.amazonaws.com"))
source_key = kms.Key(stack, "SourceKey")
source = s3.Bucket(stack, "Source", versioned=True, encryption_key=source_key, replication_role=role, replication_rules=[
    s3.ReplicationRule(destination=plain_replicas, priority=1),
    s3.ReplicationRule(destination=replicas, priority=2, kms_key=replica_key),
])
source.grant_replication_permission(role, source_decryption_key=source_key, destinations=[
    s3.GrantReplicationPermissionDestinationProps(bucket=plain_replicas),
    s3.GrantReplicationPermissionDestinationProps(bucket=replicas, encryption_key=replica_key),
])
existing = iam.Role.from_role_arn(stack, "Existing", "arn:aws:iam::123456789012:role/replicator")
s3.Bucket(stack, "ExistingRoleSource", versioned=True, replication_role=existing,
          replication_rules=[s3.ReplicationRule(destination=plain_replicas)])
cdk.CfnOutput(stack, "RoleArn", value=source.replication_role_arn)
app.synth()
