import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "S3InventoryMetrics")

reports = s3.Bucket(stack, "Reports")
data = s3.Bucket(
    stack,
    "Data",
    inventories=[
        s3.Inventory(destination=s3.InventoryDestination(bucket=reports)),
        s3.Inventory(
            destination=s3.InventoryDestination(bucket=reports, prefix="daily/", bucket_owner="123456789012"),
            enabled=False,
            format=s3.InventoryFormat.PARQUET,
            frequency=s3.InventoryFrequency.DAILY,
            include_object_versions=s3.InventoryObjectVersion.CURRENT,
            inventory_id="daily-parquet",
            objects_prefix="logs/",
            optional_fields=["Size", "LastModifiedDate", "ETag"],
        ),
    ],
    metrics=[
        s3.BucketMetrics(id="EntireBucket"),
        s3.BucketMetrics(id="Logs", prefix="logs/", tag_filters={"team": "data", "tier": "hot"}),
    ],
    lifecycle_rules=[s3.LifecycleRule(expiration=cdk.Duration.days(365))],
    transition_default_minimum_object_size=s3.TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
)
data.add_inventory(
    destination=s3.InventoryDestination(bucket=s3.Bucket.from_bucket_name(stack, "Imported", "central-reports")),
    format=s3.InventoryFormat.ORC,
)
data.add_metric(id="Tagged", tag_filters={"owner": "ops"})

s3.Bucket(
    stack,
    "Governed",
    versioned=True,
    object_lock_default_retention=s3.ObjectLockRetention.governance(cdk.Duration.days(30)),
)
s3.Bucket(
    stack,
    "Compliant",
    object_lock_enabled=True,
    object_lock_default_retention=s3.ObjectLockRetention.compliance(cdk.Duration.days(365 * 7)),
)
s3.Bucket(stack, "LockOnly", object_lock_enabled=True)
s3.Bucket(stack, "LockOff", object_lock_enabled=False)
s3.Bucket(
    stack,
    "AccountRegional",
    bucket_name_prefix="team-data",
    bucket_namespace=s3.BucketNamespace.ACCOUNT_REGIONAL,
)
s3.Bucket(stack, "GlobalNamed", bucket_name="team-data-global", bucket_namespace=s3.BucketNamespace.GLOBAL)

app.synth()
