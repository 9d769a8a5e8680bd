"""A data lake: three KMS-encrypted zone buckets (object lock, intelligent tiering, inventories, metrics, lifecycle), notifications to SQS and SNS, EventBridge rules, deny policies, a website bucket and BucketGrants.replication_permission."""
import aws_cdk as cdk
from aws_cdk import (
    aws_events as events,
    aws_events_targets as targets,
    aws_iam as iam,
    aws_kms as kms,
    aws_lambda as lambda_,
    aws_s3 as s3,
    aws_s3_notifications as s3n,
    aws_sns as sns,
    aws_sqs as sqs,
)
from constructs import Construct


class LakeStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "LakeKey", alias="alias/lake", enable_key_rotation=True,
                      removal_policy=cdk.RemovalPolicy.DESTROY)
        inventory = s3.Bucket(self, "Inventory", encryption=s3.BucketEncryption.S3_MANAGED,
                              removal_policy=cdk.RemovalPolicy.DESTROY)
        zones = {}
        for zone in ("raw", "curated", "published"):
            zones[zone] = s3.Bucket(
                self, f"{zone.title()}Zone",
                bucket_name=f"acme-lake-{zone}-{self.account}",
                encryption=s3.BucketEncryption.KMS,
                encryption_key=key,
                bucket_key_enabled=True,
                enforce_ssl=True,
                minimum_tls_version=1.2,
                versioned=zone != "raw",
                object_lock_enabled=zone == "published",
                object_lock_default_retention=s3.ObjectLockRetention.governance(cdk.Duration.days(30)) if zone == "published" else None,
                intelligent_tiering_configurations=[s3.IntelligentTieringConfiguration(
                    name="archive", archive_access_tier_time=cdk.Duration.days(90),
                    deep_archive_access_tier_time=cdk.Duration.days(180), prefix="history/")] if zone == "curated" else None,
                inventories=[s3.Inventory(destination=s3.InventoryDestination(bucket=inventory, prefix=zone),
                                          frequency=s3.InventoryFrequency.WEEKLY,
                                          include_object_versions=s3.InventoryObjectVersion.CURRENT,
                                          optional_fields=["Size", "LastModifiedDate"])],
                metrics=[s3.BucketMetrics(id="all"), s3.BucketMetrics(id="landing", prefix="landing/")],
                event_bridge_enabled=zone == "curated",
                lifecycle_rules=[s3.LifecycleRule(
                    id=f"{zone}-expire-noncurrent", noncurrent_version_expiration=cdk.Duration.days(60),
                    noncurrent_versions_to_retain=3,
                    noncurrent_version_transitions=[s3.NoncurrentVersionTransition(
                        storage_class=s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
                        transition_after=cdk.Duration.days(30))],
                    expired_object_delete_marker=False)] if zone != "raw" else [
                    s3.LifecycleRule(expiration=cdk.Duration.days(14), prefix="landing/")],
                transfer_acceleration=zone == "raw",
                removal_policy=cdk.RemovalPolicy.RETAIN,
            )

        raw = zones["raw"]
        landing_queue = sqs.Queue(self, "Landing", encryption=sqs.QueueEncryption.KMS_MANAGED,
                                  redrive_allow_policy=sqs.RedriveAllowPolicy(
                                      redrive_permission=sqs.RedrivePermission.DENY_ALL))
        raw.add_event_notification(s3.EventType.OBJECT_CREATED, s3n.SqsDestination(landing_queue),
                                   s3.NotificationKeyFilter(prefix="landing/"))
        raw.add_event_notification(s3.EventType.OBJECT_RESTORE_COMPLETED, s3n.SqsDestination(landing_queue))
        topic = sns.Topic(self, "Published", master_key=kms.Key(self, "TopicKey"))
        zones["published"].add_object_created_notification(s3n.SnsDestination(topic))
        zones["published"].add_object_removed_notification(s3n.SnsDestination(topic), s3.NotificationKeyFilter(suffix=".parquet"))

        compactor = lambda_.Function(self, "Compactor", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                     code=lambda_.Code.from_inline("def handler(e, c):\n    pass\n"),
                                     memory_size=3008, timeout=cdk.Duration.minutes(15))
        zones["curated"].grant_read_write(compactor)
        raw.grant_read(compactor)
        raw.grant_delete(compactor, "landing/*")
        zones["published"].grant_write(compactor, "tables/*", ["s3:PutObjectRetention"])
        events.Rule(self, "CuratedObjects",
                    event_pattern=events.EventPattern(source=["aws.s3"], detail_type=["Object Created"],
                                                      detail={"bucket": {"name": [zones["curated"].bucket_name]},
                                                              "object": {"key": events.Match.suffix(".csv")}}),
                    targets=[targets.LambdaFunction(compactor)])

        analysts = iam.Role(self, "Analysts", assumed_by=iam.AccountPrincipal("444455556666"),
                            role_name="lake-analysts")
        zones["published"].grant_read(analysts)
        zones["published"].add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.DENY, actions=["s3:DeleteObject*"], principals=[iam.AnyPrincipal()],
            resources=[zones["published"].arn_for_objects("*")],
            conditions={"StringNotEquals": {"aws:PrincipalArn": analysts.role_arn}}))
        raw.grant_put_acl(compactor)
        zones["curated"].grant_public_access("public/*", "s3:GetObject") if False else None

        replica = s3.Bucket(self, "CuratedReplica", versioned=True, encryption_key=kms.Key(self, "ReplicaKey"))
        replication_role = iam.Role(self, "ReplicationRole", assumed_by=iam.ServicePrincipal("s3.amazonaws.com"))
        zones["curated"].grants.replication_permission(
            replication_role,
            destinations=[s3.GrantReplicationPermissionDestinationProps(bucket=replica, encryption_key=replica.encryption_key)],
            source_decryption_key=key)

        site = s3.Bucket(self, "Docs", website_index_document="index.html", website_error_document="404.html",
                         public_read_access=True, block_public_access=s3.BlockPublicAccess(
                             block_public_acls=False, block_public_policy=False,
                             ignore_public_acls=False, restrict_public_buckets=False),
                         removal_policy=cdk.RemovalPolicy.DESTROY)
        cdk.CfnOutput(self, "DocsUrl", value=site.bucket_website_url)
        cdk.CfnOutput(self, "RawDomain", value=raw.bucket_regional_domain_name)
        cdk.CfnOutput(self, "CuratedS3Url", value=zones["curated"].s3_url_for_object("data/"))


app = cdk.App()
LakeStack(app, "DataLake", env=cdk.Environment(account="123456789012", region="eu-west-2"))
app.synth()
