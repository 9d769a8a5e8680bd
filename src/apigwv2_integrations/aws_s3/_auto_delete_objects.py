"""`Custom::S3AutoDeleteObjects`: the custom resource that empties a bucket before it is deleted."""

from __future__ import annotations

from pathlib import Path

from ..core.assets import FileAssetPackaging, fingerprint
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.custom_resource import CustomResource
from ..core.stack import Stack
from ..core.stand_in import StandIn
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token

RESOURCE_TYPE = "Custom::S3AutoDeleteObjects"
AUTO_DELETE_OBJECTS_TAG = "aws-cdk:auto-delete-objects"
_PROVIDER_ID = "Custom::S3AutoDeleteObjectsCustomResourceProvider"
_HANDLER_DIRECTORY = Path(__file__).parent / "_auto_delete_objects_handler"
# The runtime aws-cdk-lib 2.275.0 gives its custom resource provider functions.
_RUNTIME = "nodejs24.x"


class _AutoDeleteObjectsProvider(Construct):
    """One Lambda function and role per stack, shared by every bucket that deletes its objects."""

    _TREE_FQN = "aws-cdk-lib.CustomResourceProviderBase"

    def __init__(self, stack: Stack, first_bucket_name: str) -> None:
        super().__init__(stack, _PROVIDER_ID)
        # aws-cdk-lib marks its custom resource providers in the stack's metadata file.
        self.node.add_metadata("aws:cdk:is-custom-resource-handler-customResourceProvider", True)
        StandIn(self, "Staging", "aws-cdk-lib.AssetStaging")  # the node of aws-cdk-lib's code staging
        role = CfnResource(
            self,
            "Role",
            type="AWS::IAM::Role",
            properties={
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Action": "sts:AssumeRole",
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                        }
                    ],
                },
                "ManagedPolicyArns": [
                    Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
                ],
            },
        )
        asset_hash = fingerprint(str(_HANDLER_DIRECTORY))
        staged_name = f"asset.{asset_hash}"
        location = stack.synthesizer.add_file_asset(
            source_hash=asset_hash,
            file_name=staged_name,
            packaging=FileAssetPackaging.ZIP_DIRECTORY,
            display_name=f"{stack.node.path}/{_PROVIDER_ID} Code",
        )
        stage_asset = getattr(stack.node.root, "stage_asset", None)
        if callable(stage_asset):
            stage_asset(staged_name, str(_HANDLER_DIRECTORY))
        handler = CfnResource(
            self,
            "Handler",
            type="AWS::Lambda::Function",
            properties={
                "Code": {"S3Bucket": location.bucket_name, "S3Key": location.object_key},
                "Timeout": 900,
                "MemorySize": 128,
                "Handler": "index.handler",
                "Role": role.get_att("Arn"),
                "Runtime": _RUNTIME,
                # aws-cdk-lib names the bucket that first asked for the shared provider.
                "Description": f"Lambda function for auto-deleting objects in {first_bucket_name} S3 bucket.",
            },
        )
        handler.add_dependency(role)
        self.service_token: str = Token.as_string(handler.get_att("Arn"))
        self.role_arn: str = Token.as_string(role.get_att("Arn"))

    @staticmethod
    def of(stack: Stack, bucket_name: str) -> _AutoDeleteObjectsProvider:
        existing = stack.node.try_find_child(_PROVIDER_ID)
        if isinstance(existing, _AutoDeleteObjectsProvider):
            return existing
        return _AutoDeleteObjectsProvider(stack, bucket_name)


def auto_delete_objects_provider_role_arn(bucket: Construct, bucket_name: str) -> str:
    """The ARN of the role of the stack's auto-delete provider (created on first use)."""
    return _AutoDeleteObjectsProvider.of(Stack.of(bucket), bucket_name).role_arn


def add_auto_delete_objects(bucket: Construct, bucket_name: str) -> CustomResource:
    """The custom resource that empties the bucket named `bucket_name` when it is deleted."""
    provider = _AutoDeleteObjectsProvider.of(Stack.of(bucket), bucket_name)
    return CustomResource(
        bucket,
        "AutoDeleteObjectsCustomResource",
        resource_type=RESOURCE_TYPE,
        service_token=provider.service_token,
        properties={"BucketName": bucket_name},
    )
