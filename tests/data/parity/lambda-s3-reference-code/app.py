import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_s3 as s3, aws_kms as kms, aws_iam as iam
from constructs import Construct


class CodeStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "ArtifactKey")
        artifacts = s3.Bucket(self, "Artifacts", encryption=s3.BucketEncryption.KMS, encryption_key=key, versioned=True)
        lambda_.Function(self, "Api", runtime=lambda_.Runtime.PYTHON_3_12, handler="app.handler",
                         code=lambda_.Code.from_bucket_v2(artifacts, "api/v1.zip", object_version="v1", s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE),
                         function_name="orders-api")
        lambda_.Function(self, "Worker", runtime=lambda_.Runtime.PYTHON_3_12, handler="app.handler",
                         code=lambda_.Code.from_bucket_v2(artifacts, "worker/v1.zip", object_version="abc",
                                                          s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE))
        lambda_.LayerVersion(self, "Deps", code=lambda_.Code.from_bucket_v2(artifacts, "layers/deps.zip", object_version="d1",
                             s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE),
                             compatible_runtimes=[lambda_.Runtime.PYTHON_3_12])
        shared = s3.Bucket.from_bucket_attributes(self, "Shared", bucket_name="shared-artifacts",
                                                  encryption_key=kms.Key.from_key_arn(self, "SharedKey", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
        lambda_.Function(self, "Legacy", runtime=lambda_.Runtime.PYTHON_3_12, handler="app.handler", function_name="legacy",
                         code=lambda_.Code.from_bucket_v2(shared, "legacy.zip", object_version="l1", s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE))


app = cdk.App()
CodeStack(app, "Code", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
