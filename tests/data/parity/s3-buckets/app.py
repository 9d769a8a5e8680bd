import aws_cdk as cdk
from aws_cdk import aws_s3 as s3, aws_iam as iam, aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "S3Buckets")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

plain = s3.Bucket(stack, "Plain")
full = s3.Bucket(
    stack,
    "Full",
    bucket_name="my-full-bucket",
    versioned=True,
    encryption=s3.BucketEncryption.KMS,
    bucket_key_enabled=True,
    block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
    enforce_ssl=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    lifecycle_rules=[
        s3.LifecycleRule(
            id="archive",
            prefix="logs/",
            expiration=cdk.Duration.days(365),
            transitions=[s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=cdk.Duration.days(30))],
            noncurrent_version_transitions=[
                s3.NoncurrentVersionTransition(storage_class=s3.StorageClass.INFREQUENT_ACCESS, transition_after=cdk.Duration.days(30), noncurrent_versions_to_retain=2)
            ],
            noncurrent_version_expiration=cdk.Duration.days(90),
            abort_incomplete_multipart_upload_after=cdk.Duration.days(7),
        ),
        s3.LifecycleRule(tag_filters={"a": "b"}, object_size_greater_than=10, enabled=False, expiration=cdk.Duration.days(5)), s3.LifecycleRule(expired_object_delete_marker=True),
    ],
    cors=[s3.CorsRule(allowed_methods=[s3.HttpMethods.GET, s3.HttpMethods.PUT], allowed_origins=["*"], allowed_headers=["*"], exposed_headers=["ETag"], max_age=300, id="c1")],
    object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    minimum_tls_version=1.2,
    transfer_acceleration=True,
    server_access_logs_bucket=plain,
    server_access_logs_prefix="access/",
    intelligent_tiering_configurations=[s3.IntelligentTieringConfiguration(name="it", prefix="p/", archive_access_tier_time=cdk.Duration.days(90), deep_archive_access_tier_time=cdk.Duration.days(180), tags=[s3.Tag(key="k", value="v")])],
)
site = s3.Bucket(
    stack,
    "Site",
    website_index_document="index.html",
    website_error_document="error.html",
    website_routing_rules=[s3.RoutingRule(condition=s3.RoutingRuleCondition(key_prefix_equals="docs/"), replace_key=s3.ReplaceKey.prefix_with("documents/"), host_name="example.com", http_redirect_code="301", protocol=s3.RedirectProtocol.HTTPS)],
    public_read_access=True,
    block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
    encryption=s3.BucketEncryption.S3_MANAGED,
)
redir = s3.Bucket(stack, "Redirect", website_redirect=s3.RedirectTarget(host_name="example.com", protocol=s3.RedirectProtocol.HTTPS), access_control=s3.BucketAccessControl.LOG_DELIVERY_WRITE, encryption=s3.BucketEncryption.KMS_MANAGED)
dsse = s3.Bucket(stack, "Dsse", encryption=s3.BucketEncryption.DSSE_MANAGED, block_public_access=s3.BlockPublicAccess(block_public_policy=True, restrict_public_buckets=False))
key = kms.Key(stack, "Key")
keyed = s3.Bucket(stack, "Keyed", encryption_key=key)
dssek = s3.Bucket(stack, "DsseK", encryption=s3.BucketEncryption.DSSE)

full.grant_read(role)
full.grant_write(role, "uploads/*")
plain.grant_put(role)
plain.grant_delete(role)
site.grant_read_write(role)
site.grant_public_access("pub/*", "s3:GetObject")
keyed.grant_read_write(role)
plain.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=[plain.arn_for_objects("*")], principals=[iam.AccountRootPrincipal()]))

imp1 = s3.Bucket.from_bucket_name(stack, "ImpName", "imported-bucket")
imp2 = s3.Bucket.from_bucket_arn(stack, "ImpArn", "arn:aws:s3:::imported-arn")
imp3 = s3.Bucket.from_bucket_attributes(stack, "ImpAttrs", bucket_name="attrs-bucket", region="eu-west-1")
imp1.grant_read(role)
for i, b in enumerate([plain, full, site, imp1, imp2, imp3]):
    cdk.CfnOutput(stack, f"Arn{i}", value=b.bucket_arn)
    cdk.CfnOutput(stack, f"Name{i}", value=b.bucket_name)
    cdk.CfnOutput(stack, f"Domain{i}", value=b.bucket_domain_name)
    cdk.CfnOutput(stack, f"Regional{i}", value=b.bucket_regional_domain_name)
    cdk.CfnOutput(stack, f"Dual{i}", value=b.bucket_dual_stack_domain_name)
    if i not in (3, 4):
        cdk.CfnOutput(stack, f"WebUrl{i}", value=b.bucket_website_url)
        cdk.CfnOutput(stack, f"WebDomain{i}", value=b.bucket_website_domain_name)
    cdk.CfnOutput(stack, f"Url{i}", value=b.url_for_object("a/b.txt"))
    cdk.CfnOutput(stack, f"UrlNone{i}", value=b.url_for_object())
    cdk.CfnOutput(stack, f"S3Url{i}", value=b.s3_url_for_object("k"))
    cdk.CfnOutput(stack, f"VUrl{i}", value=b.virtual_hosted_url_for_object("k"))
    cdk.CfnOutput(stack, f"VUrlR{i}", value=b.virtual_hosted_url_for_object("k", regional=False))
pol = s3.BucketPolicy(stack, "ExtraPolicy", bucket=imp1)
pol.document.add_statements(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"], principals=[iam.AnyPrincipal()]))
app.synth()
