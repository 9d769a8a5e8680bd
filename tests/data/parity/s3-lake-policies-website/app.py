import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct


class DataLakeStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "LakeKey")
        logs = s3.Bucket(
            self,
            "AccessLogs",
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
            lifecycle_rules=[s3.LifecycleRule(expiration=cdk.Duration.days(365), tag_filters={"class": "log"})],
        )
        raw = s3.Bucket(
            self,
            "Raw",
            bucket_name="acme-lake-raw",
            encryption=s3.BucketEncryption.KMS,
            encryption_key=key,
            enforce_ssl=True,
            minimum_tls_version=1.2,
            server_access_logs_bucket=logs,
            server_access_logs_prefix="raw/",
            target_object_key_format=s3.TargetObjectKeyFormat.partitioned_prefix(s3.PartitionDateSource.EVENT_TIME),
            intelligent_tiering_configurations=[
                s3.IntelligentTieringConfiguration(
                    name="archive",
                    prefix="cold/",
                    archive_access_tier_time=cdk.Duration.days(90),
                    deep_archive_access_tier_time=cdk.Duration.days(180),
                )
            ],
            cors=[
                s3.CorsRule(
                    allowed_methods=[s3.HttpMethods.GET, s3.HttpMethods.HEAD],
                    allowed_origins=["https://app.example.com"],
                    allowed_headers=["*"],
                    exposed_headers=["ETag"],
                    max_age=3000,
                    id="app",
                )
            ],
            versioned=True,
            object_lock_enabled=True,
            object_lock_default_retention=s3.ObjectLockRetention.governance(cdk.Duration.days(30)),
            transfer_acceleration=True,
        )
        raw.add_cors_rule(allowed_methods=[s3.HttpMethods.PUT], allowed_origins=["https://upload.example.com"])
        raw.add_lifecycle_rule(
            id="noncurrent",
            noncurrent_version_transitions=[
                s3.NoncurrentVersionTransition(
                    storage_class=s3.StorageClass.GLACIER, transition_after=cdk.Duration.days(30), noncurrent_versions_to_retain=2
                )
            ],
            object_size_greater_than=1024,
        )
        raw.add_metric(id="all")
        analyst = iam.Role(self, "Analyst", assumed_by=iam.AccountRootPrincipal())
        raw.grant_read(analyst, "curated/*")
        raw.grant_write(analyst, "scratch/*", ["s3:PutObject"])
        raw.grant_delete(analyst, "scratch/*")
        raw.grant_put_acl(analyst)
        raw.grant_read_write(iam.AccountPrincipal("444455556666"))
        raw.grant_read(iam.ArnPrincipal("arn:aws:iam::777788889999:role/reader"))
        raw.add_to_resource_policy(
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                actions=["s3:DeleteBucket"],
                principals=[iam.AnyPrincipal()],
                resources=[raw.bucket_arn],
            )
        )
        site = s3.Bucket(
            self,
            "Site",
            website_index_document="index.html",
            website_error_document="404.html",
            website_routing_rules=[
                s3.RoutingRule(
                    condition=s3.RoutingRuleCondition(key_prefix_equals="docs/"),
                    replace_key=s3.ReplaceKey.prefix_with("documents/"),
                    http_redirect_code="301",
                ),
                s3.RoutingRule(host_name="example.com", protocol=s3.RedirectProtocol.HTTPS, replace_key=s3.ReplaceKey.with_("index.html")),
            ],
            block_public_access=s3.BlockPublicAccess(
                block_public_acls=True, ignore_public_acls=True, block_public_policy=False, restrict_public_buckets=False
            ),
            public_read_access=True,
        )
        site.grant_public_access("assets/*", "s3:GetObject")
        policy = s3.BucketPolicy(self, "ExternalPolicy", bucket=s3.Bucket.from_bucket_name(self, "Ext", "partner-drop"), removal_policy=cdk.RemovalPolicy.RETAIN)
        policy.document.add_statements(
            iam.PolicyStatement(actions=["s3:PutObject"], principals=[iam.AccountPrincipal("123456789012")], resources=["arn:aws:s3:::partner-drop/*"])
        )
        cdk.CfnOutput(self, "SiteUrl", value=site.bucket_website_url)
        cdk.CfnOutput(self, "RawRegional", value=raw.bucket_regional_domain_name)
        cdk.CfnOutput(self, "Accel", value=raw.transfer_acceleration_url_for_object("a.txt"))


app = cdk.App()
DataLakeStack(app, "DataLakeStack", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
