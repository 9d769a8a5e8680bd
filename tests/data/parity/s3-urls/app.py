import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "S3Urls")
b = s3.Bucket(stack, "B", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
i = s3.Bucket.from_bucket_name(stack, "I", "imp-b")
for n, x in [("B", b), ("I", i)]:
    cdk.CfnOutput(stack, f"Ta{n}", value=x.transfer_acceleration_url_for_object("k"))
    cdk.CfnOutput(stack, f"TaD{n}", value=x.transfer_acceleration_url_for_object("k", dual_stack=True))
    cdk.CfnOutput(stack, f"TaN{n}", value=x.transfer_acceleration_url_for_object())
s3.Bucket.validate_bucket_name("ok-name")
cb = s3.CfnBucket(stack, "Cfn")
fb = s3.Bucket.from_cfn_bucket(cb)
cdk.CfnOutput(stack, "FromCfn", value=fb.bucket_arn)
cdk.CfnOutput(stack, "FromCfnName", value=fb.bucket_name)
cdk.CfnOutput(stack, "FromCfnWeb", value=fb.bucket_website_url)
cdk.CfnOutput(stack, "FromCfnDomain", value=fb.bucket_regional_domain_name)
cdk.CfnOutput(stack, "FromCfnDomainAgain", value=s3.Bucket.from_cfn_bucket(cb).bucket_domain_name)
app.synth()
