import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "docex-s3-abac-blocked-encryption")

# Attribute-based access control, turned on and off.
s3.Bucket(stack, "TaggedAccess", abac_status=True)
s3.Bucket(stack, "UntaggedAccess", abac_status=False)

# Blocked encryption types alone, next to each kind of default encryption, and the NONE type.
s3.Bucket(stack, "NoCustomerKeys", blocked_encryption_types=[s3.BlockedEncryptionType.SSE_C])
s3.Bucket(
    stack,
    "ManagedNoCustomerKeys",
    encryption=s3.BucketEncryption.S3_MANAGED,
    blocked_encryption_types=[s3.BlockedEncryptionType.SSE_C],
)
s3.Bucket(
    stack,
    "KmsNoCustomerKeys",
    encryption=s3.BucketEncryption.KMS,
    bucket_key_enabled=True,
    blocked_encryption_types=[s3.BlockedEncryptionType.custom("SSE-C")],
)
s3.Bucket(stack, "AnyEncryption", blocked_encryption_types=[s3.BlockedEncryptionType.NONE])

app.synth()
