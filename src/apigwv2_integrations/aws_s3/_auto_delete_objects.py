"""`Custom::S3AutoDeleteObjects`: the custom resource that empties a bucket before it is deleted."""

from __future__ import annotations

from pathlib import Path

from ..core.construct import Construct
from ..core.custom_resource import CustomResource
from ..core.custom_resource_provider import CustomResourceProviderBase
from ..core.stack import Stack

RESOURCE_TYPE = "Custom::S3AutoDeleteObjects"
AUTO_DELETE_OBJECTS_TAG = "aws-cdk:auto-delete-objects"
_PROVIDER_ID = "Custom::S3AutoDeleteObjectsCustomResourceProvider"
_HANDLER_DIRECTORY = Path(__file__).parent / "_auto_delete_objects_handler"


class _AutoDeleteObjectsProvider(CustomResourceProviderBase):
    """One Lambda function and role per stack, shared by every bucket that deletes its objects."""

    def __init__(self, stack: Stack, first_bucket_name: str) -> None:
        super().__init__(
            stack,
            _PROVIDER_ID,
            code_directory=_HANDLER_DIRECTORY,
            handler="index.handler",
            # aws-cdk-lib names the bucket that first asked for the shared provider.
            description=f"Lambda function for auto-deleting objects in {first_bucket_name} S3 bucket.",
        )

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
