"""SingletonFunction, CodeSigningConfig, FunctionVersionUpgrade and the new Lambda structs."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from constructs import Construct

try:
    from aws_cdk.aws_signer import ISigningProfile
except ImportError:  # a construct library without aws_signer takes any object with the profile's ARN
    ISigningProfile = object


@jsii.implements(ISigningProfile)
class ImportedSigningProfile(cdk.Resource):
    """A signing profile of AWS Signer, by name and version (in the stack's account and region)."""

    def __init__(self, scope, id, name, version):
        super().__init__(scope, id)
        self._name = name
        self._version = version

    @property
    def signing_profile_name(self):
        return self._name

    @property
    def signing_profile_profile_version(self):
        return self._version

    @property
    def signing_profile_arn(self):
        return cdk.Stack.of(self).format_arn(
            service="signer", resource="", resource_name=f"/signing-profiles/{self._name}"
        )

    @property
    def signing_profile_version_arn(self):
        return f"{self.signing_profile_arn}/{self._version}"


app = cdk.App()
stack = cdk.Stack(app, "lambda-singleton")
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}\n")

profile = ImportedSigningProfile(stack, "Profile", "Release", "v1")
literal_profile = ImportedSigningProfile(stack, "LiteralProfile", "Nightly", "v7")
signing = lambda_.CodeSigningConfig(
    stack,
    "Signing",
    signing_profiles=[profile, literal_profile],
    description="Release builds only",
    untrusted_artifact_on_deployment=lambda_.UntrustedArtifactOnDeployment.ENFORCE,
)
default_signing = lambda_.CodeSigningConfig(stack, "DefaultSigning", signing_profiles=[profile])
imported_signing = lambda_.CodeSigningConfig.from_code_signing_config_arn(
    stack, "ImportedSigning", "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0a1b2c3d4e5f67890"
)

# Two declarations of one function: the second one's props are ignored.
provider = lambda_.SingletonFunction(
    stack,
    "Provider",
    uuid="f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc",
    code=code,
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    timeout=cdk.Duration.seconds(30),
    environment={"STAGE": "prod"},
    code_signing_config=signing,
)
users = Construct(stack, "Users")
again = lambda_.SingletonFunction(
    users,
    "Provider",
    uuid="f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc",
    code=code,
    handler="index.other",
    runtime=lambda_.Runtime.NODEJS_22_X,
    memory_size=1024,
)
again.add_environment("TABLE_NAME", "books", remove_in_edge=True)

# Another uuid with a purpose, and a third with S3 code read in place.
bucket = s3.Bucket.from_bucket_name(stack, "Artifacts", "artifacts-bucket")
purposed = lambda_.SingletonFunction(
    stack,
    "Purposed",
    uuid="1e3a4c52-0000-4000-8000-00000000beef",
    lambda_purpose="Cleanup",
    code=lambda_.Code.from_bucket_v2(
        bucket,
        "cleanup.zip",
        object_version="3HL4kqtJlcpXroDTDmJ",
        s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE,
    ),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    description="Removes stale objects",
    code_signing_config=imported_signing,
)
copied = lambda_.SingletonFunction(
    users,
    "Copied",
    uuid="copy-1",
    code=lambda_.Code.from_bucket_v2(
        bucket, "copy.zip", s3_object_storage_mode=lambda_.S3ObjectStorageMode.COPY
    ),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    code_signing_config=default_signing,
    log_format=lambda_.LogFormat.JSON.value,
)

# A layer with its runtimes: part of the version hash under recognizeLayerVersion.
layer = lambda_.LayerVersion.from_layer_version_attributes(
    stack,
    "SharedLayer",
    layer_version_arn="arn:aws:lambda:us-east-1:123456789012:layer:shared:4",
    compatible_runtimes=[lambda_.Runtime.PYTHON_3_12, lambda_.Runtime.PYTHON_3_13],
)
purposed.add_layers(layer)

# Grants, permissions and role policy through either declaration.
invoker = iam.Role(stack, "Invoker", assumed_by=iam.AccountRootPrincipal())
provider.grant_invoke(invoker)
again.grant_invoke(invoker)
provider.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
again.add_permission("FromSns", principal=iam.ServicePrincipal("sns.amazonaws.com"), source_account="123456789012")
provider.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.arn_for_objects("*")]))
purposed.add_to_role_policy(iam.PolicyStatement(actions=["s3:DeleteObject"], resources=[bucket.arn_for_objects("*")]))

# Dependencies both ways.
first = sqs.Queue(stack, "First")
provider.add_dependency(first)
after = sqs.Queue(stack, "After")
purposed.depend_on(after)

# Asynchronous invocation and a version with an alias.
again.configure_async_invoke(retry_attempts=0)
live = lambda_.Alias(stack, "Live", alias_name="live", version=provider.current_version)

# Version upgrades: the first acts under the cdk init flags, the second without them.
legacy = Construct(stack, "Legacy")
legacy_fn = lambda_.Function(
    legacy,
    "Fn",
    code=code,
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    description="Legacy handler",
)
legacy_fn.current_version
cdk.Aspects.of(stack).add(lambda_.FunctionVersionUpgrade("@aws-cdk/aws-lambda:recognizeLayerVersion"))
cdk.Aspects.of(legacy).add(lambda_.FunctionVersionUpgrade("@aws-cdk/aws-lambda:recognizeLayerVersion", False))

cdk.CfnOutput(stack, "ProviderArn", value=provider.function_arn)
cdk.CfnOutput(stack, "ProviderName", value=again.function_name)
cdk.CfnOutput(stack, "ProviderConstruct", value=again.construct_name)
cdk.CfnOutput(stack, "PurposedConstruct", value=purposed.construct_name)
cdk.CfnOutput(stack, "PurposedRole", value=purposed.role.role_arn)
cdk.CfnOutput(stack, "ProviderVersion", value=again.current_version.version)
cdk.CfnOutput(stack, "AliasArn", value=live.function_arn)
cdk.CfnOutput(stack, "SigningArn", value=signing.code_signing_config_arn)
cdk.CfnOutput(stack, "SigningId", value=signing.code_signing_config_id)
cdk.CfnOutput(stack, "ImportedSigningId", value=imported_signing.code_signing_config_id)
cdk.CfnOutput(stack, "Runtime", value=again.runtime.name)
app.synth()
