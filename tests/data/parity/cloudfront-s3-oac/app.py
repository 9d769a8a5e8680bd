"""A website bucket and an HTTP API behind one distribution: S3 origins with origin access control (the default one per distribution, a shared custom one with SigV4 no-override signing, read/write/delete/list levels with the LIST warning, a KMS-encrypted bucket's key policy with its wildcard warning, an S3-managed-key bucket, an imported bucket with its warning, one origin object in two distributions), an S3 origin with bucket defaults, cache and origin request policies imported by ID, and the distribution's domain name as an output."""
import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-s3-oac")

site = s3.Bucket(stack, "Site", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
site_origin = origins.S3BucketOrigin.with_origin_access_control(site, origin_path="www/")
uploads_key = kms.Key(stack, "UploadsKey")
uploads = s3.Bucket(stack, "Uploads", encryption_key=uploads_key)
signing = cloudfront.S3OriginAccessControl(
    stack,
    "UploadsAccess",
    signing=cloudfront.Signing.SIGV4_NO_OVERRIDE,
    description="uploads",
)
uploads_origin = origins.S3BucketOrigin.with_origin_access_control(
    uploads,
    origin_access_control=signing,
    origin_access_levels=[
        cloudfront.AccessLevel.READ,
        cloudfront.AccessLevel.WRITE,
        cloudfront.AccessLevel.DELETE,
        cloudfront.AccessLevel.LIST,
    ],
    custom_headers={"X-From": "cloudfront"},
)
managed = s3.Bucket(stack, "Managed", encryption=s3.BucketEncryption.S3_MANAGED)
archive = s3.Bucket(stack, "Archive", encryption=s3.BucketEncryption.KMS)
imported = s3.Bucket.from_bucket_name(stack, "Imported", "shared-assets-bucket")
api_origin = origins.HttpOrigin(
    f"abcdef1234.execute-api.{stack.region}.amazonaws.com", origin_id="api"
)

api_cache = cloudfront.CachePolicy.from_cache_policy_id(stack, "ApiCache", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad")
api_forwarding = cloudfront.OriginRequestPolicy.from_origin_request_policy_id(
    stack, "ApiForwarding", "b689b0a8-53d0-40ab-baf2-68738e2966ac"
)
headers = cloudfront.ResponseHeadersPolicy.from_response_headers_policy_id(
    stack, "Headers", "67f7725c-6f97-4210-82d7-5512b31e9d03"
)

distribution = cloudfront.Distribution(
    stack,
    "Distribution",
    default_behavior=cloudfront.BehaviorOptions(
        origin=site_origin,
        viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        response_headers_policy=headers,
    ),
    additional_behaviors={
        "/api/*": cloudfront.BehaviorOptions(
            origin=api_origin,
            allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
            cache_policy=api_cache,
            origin_request_policy=api_forwarding,
        ),
        "/uploads/*": cloudfront.BehaviorOptions(
            origin=uploads_origin, allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL
        ),
        "/managed/*": cloudfront.BehaviorOptions(
            origin=origins.S3BucketOrigin.with_origin_access_control(managed)
        ),
        "/archive/*": cloudfront.BehaviorOptions(
            origin=origins.S3BucketOrigin.with_origin_access_control(
                archive, origin_access_levels=[cloudfront.AccessLevel.READ, cloudfront.AccessLevel.READ_VERSIONED]
            )
        ),
        "/shared/*": cloudfront.BehaviorOptions(
            origin=origins.S3BucketOrigin.with_origin_access_control(imported)
        ),
        "/public/*": cloudfront.BehaviorOptions(
            origin=origins.S3BucketOrigin.with_bucket_defaults(
                imported, origin_id="public", connection_attempts=2
            )
        ),
    },
    default_root_object="index.html",
)
distribution.add_behavior("/www/*", site_origin)

preview = cloudfront.Distribution(
    stack,
    "Preview",
    default_behavior=cloudfront.BehaviorOptions(origin=site_origin),
    comment="preview of the same site",
)

cdk.CfnOutput(stack, "DomainName", value=distribution.distribution_domain_name)
cdk.CfnOutput(stack, "PreviewId", value=preview.distribution_id)

app.synth()
