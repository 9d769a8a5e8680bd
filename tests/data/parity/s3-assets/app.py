"""aws_s3_assets.Asset: a folder and a file, readers and grant_read, exclude, the bucket imported by name,
and the asset's bucket, key and URLs in outputs."""

import os

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as assets

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

app = cdk.App()
stack = cdk.Stack(app, "s3-assets")
folder = assets.Asset(stack, "Folder", path=DATA)
single = assets.Asset(stack, "Single", path=os.path.join(DATA, "config.json"), display_name="config")
role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
single.grant_read(role)
assets.Asset(stack, "WithReaders", path=DATA, readers=[role], exclude=["*.md"])
for name, asset in (("Folder", folder), ("Single", single)):
    cdk.CfnOutput(stack, name + "Bucket", value=asset.s3_bucket_name)
    cdk.CfnOutput(stack, name + "Key", value=asset.s3_object_key)
    cdk.CfnOutput(stack, name + "Url", value=asset.s3_object_url)
    cdk.CfnOutput(stack, name + "Http", value=asset.http_url)
cdk.CfnOutput(stack, "ImportedBucketArn", value=folder.bucket.bucket_arn)
queue = cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
folder.add_resource_metadata(queue, "Code")
app.synth()
