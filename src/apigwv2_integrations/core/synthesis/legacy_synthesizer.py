"""LegacyStackSynthesizer: the v1 way of deploying a stack, as aws-cdk-lib still offers it.

No bootstrap roles, version check or asset manifest: each file asset is three template parameters
(`AssetParameters<hash>S3Bucket...`, `...S3VersionKey...`, `...ArtifactHash...`) that the `cdk` CLI
fills when it deploys, announced by an `aws:cdk:asset` entry in the stack's metadata.
"""

from __future__ import annotations

from ..asset_types import (
    DockerImageAssetLocation,
    DockerImageAssetSource,
    FileAssetLocation,
    FileAssetSource,
)
from ..construct import Construct
from ..errors import ValidationError
from ..runtime_typing import TYPE_CHECKING
from ..tokens.fn import Fn
from ..tokens.pseudo import Aws
from .synthesizers import StackArtifactParts, _AssetKeywords

if TYPE_CHECKING:
    from typing import Any

    from ..stack import Stack

__all__ = ["LegacyStackSynthesizer"]

_ASSET_METADATA = "aws:cdk:asset"


class LegacyStackSynthesizer(_AssetKeywords):
    """Deploy with the CLI's credentials, file assets as template parameters (the v1 synthesis)."""

    def __init__(self) -> None:
        self._stack: Stack | None = None
        self._locations: dict[str, FileAssetLocation] = {}

    def bind(self, stack: Stack) -> None:
        self._stack = stack

    # As in aws-cdk-lib: no bootstrap, so no qualifier and no roles.
    bootstrap_qualifier: str | None = None
    cloud_formation_execution_role: str | None = None
    lookup_role: str | None = None

    def _add_file_asset(self, asset: FileAssetSource) -> FileAssetLocation:
        stack = self._bound()
        found = self._locations.get(asset.source_hash)
        if found is not None:
            return found
        if asset.file_name is None or asset.packaging is None:
            raise ValidationError(
                stack,
                f"add_file_asset(source_hash={asset.source_hash!r}) needs file_name and packaging: "
                "LegacyStackSynthesizer publishes staged files only, not the output of a command",
            )
        from ..cfn_parameter import CfnParameter  # deferred: only a legacy stack with assets needs it

        holder = stack.node.try_find_child("AssetParameters") or Construct(stack, "AssetParameters")
        scope = Construct(holder, asset.source_hash)
        bucket = CfnParameter(
            scope, "S3Bucket", type="String", description=f'S3 bucket for asset "{asset.source_hash}"'
        )
        key = CfnParameter(
            scope,
            "S3VersionKey",
            type="String",
            description=f'S3 key for asset version "{asset.source_hash}"',
        )
        artifact_hash = CfnParameter(
            scope, "ArtifactHash", type="String", description=f'Artifact hash for asset "{asset.source_hash}"'
        )
        stack.node.add_metadata(
            _ASSET_METADATA,
            {
                "path": asset.file_name,
                "id": asset.source_hash,
                "packaging": asset.packaging.value,
                "sourceHash": asset.source_hash,
                "s3BucketParameter": bucket.logical_id,
                "s3KeyParameter": key.logical_id,
                "artifactHashParameter": artifact_hash.logical_id,
            },
        )
        # The key parameter holds `<prefix>||<name>`, as the CLI fills it.
        versioned = Fn.split("||", key.value_as_string)
        object_key = f"{Fn.select(0, versioned)}{Fn.select(1, versioned)}"
        bucket_name = bucket.value_as_string
        location = FileAssetLocation(
            bucket_name=bucket_name,
            object_key=object_key,
            http_url=f"https://s3.{Aws.REGION}.{Aws.URL_SUFFIX}/{bucket_name}/{object_key}",
            s3_object_url=f"s3://{bucket_name}/{object_key}",
        )
        self._locations[asset.source_hash] = location
        return location

    def _add_docker_image_asset(self, asset: DockerImageAssetSource) -> DockerImageAssetLocation:
        raise ValidationError(
            self._bound(),
            "Docker image assets are not published by LegacyStackSynthesizer here; use "
            "DefaultStackSynthesizer, or an image already in a repository (DockerImageCode.from_ecr)",
        )

    def template_additions(self, stack: Stack) -> dict[str, dict[str, Any]]:
        return {}

    def stack_artifact(self, stack: Stack, template_hash: str) -> StackArtifactParts:
        return StackArtifactParts(properties={})

    def _bound(self) -> Stack:
        if self._stack is None:
            raise ValidationError(None, "LegacyStackSynthesizer is not bound to a stack; give it to a Stack")
        return self._stack
