"""CliCredentialsStackSynthesizer: the bootstrap's asset bucket and repository, used with the credentials
the `cdk` CLI runs with."""

from __future__ import annotations

from ..asset_types import (
    DockerImageAssetLocation,
    DockerImageAssetSource,
    FileAssetLocation,
    FileAssetSource,
)
from ..runtime_typing import TYPE_CHECKING
from ..struct import LazyAttrsMeta, lazy_frozen
from .synthesizers import DefaultStackSynthesizer, StackArtifactParts, _AssetKeywords, _shallow_copy

if TYPE_CHECKING:
    from typing import Any

    from ..stack import Stack


class _RolelessSynthesizer(DefaultStackSynthesizer):
    """The asset locations of the modern bootstrap, published with whatever credentials the CLI has."""

    def _destination(
        self, location: dict[str, Any], role: str, assume: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        return super()._destination(location, "", {})

    def template_additions(self, stack: Stack) -> dict[str, dict[str, Any]]:
        return {}


@lazy_frozen(kw_only=True)
class CliCredentialsStackSynthesizerProps(metaclass=LazyAttrsMeta):
    """Properties of a CliCredentialsStackSynthesizer."""

    bucket_prefix: str | None = None
    """A prefix of the object keys of file assets. Default: none."""
    docker_tag_prefix: str | None = None
    """A prefix of the tags of image assets. Default: none."""
    file_assets_bucket_name: str | None = None
    """The bucket of file assets (placeholders allowed). Default: the bootstrap bucket,
    `cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}`."""
    image_assets_repository_name: str | None = None
    """The ECR repository of image assets. Default: the bootstrap repository."""
    qualifier: str | None = None
    """The bootstrap qualifier of the default bucket and repository. Default: the
    `@aws-cdk/core:bootstrapQualifier` context, else `hnb659fds`."""


class CliCredentialsStackSynthesizer(_AssetKeywords):
    """Assets in the bootstrap bucket and repository, but deployed and published with the credentials the
    `cdk` CLI runs with (no bootstrap roles, and no bootstrap version check)."""

    def __init__(
        self,
        *,
        bucket_prefix: str | None = None,
        docker_tag_prefix: str | None = None,
        file_assets_bucket_name: str | None = None,
        image_assets_repository_name: str | None = None,
        qualifier: str | None = None,
    ) -> None:
        props = CliCredentialsStackSynthesizerProps(
            bucket_prefix=bucket_prefix,
            docker_tag_prefix=docker_tag_prefix,
            file_assets_bucket_name=file_assets_bucket_name,
            image_assets_repository_name=image_assets_repository_name,
            qualifier=qualifier,
        )
        self._locations = _RolelessSynthesizer(
            qualifier=props.qualifier,
            file_assets_bucket_name=props.file_assets_bucket_name,
            bucket_prefix=props.bucket_prefix,
            image_assets_repository_name=props.image_assets_repository_name,
            docker_tag_prefix=props.docker_tag_prefix,
        )

    def bind(self, stack: Stack) -> None:
        self._locations.bind(stack)

    def reusable_bind(self, stack: Stack) -> CliCredentialsStackSynthesizer:
        """A copy of this synthesizer bound to `stack` (see `DefaultStackSynthesizer.reusable_bind`)."""
        bound = _shallow_copy(self)
        bound._locations = self._locations._unbound_copy()
        bound.bind(stack)
        return bound

    @property
    def qualifier(self) -> str:
        """The bootstrap qualifier of the default bucket and repository."""
        return self._locations.qualifier

    # As in aws-cdk-lib: no bootstrap roles, and no qualifier reported for them.
    bootstrap_qualifier: str | None = None
    cloud_formation_execution_role: str | None = None
    lookup_role: str | None = None

    def _add_file_asset(self, asset: FileAssetSource) -> FileAssetLocation:
        return self._locations._add_file_asset(asset)

    def _add_docker_image_asset(self, asset: DockerImageAssetSource) -> DockerImageAssetLocation:
        return self._locations._add_docker_image_asset(asset)

    def template_additions(self, stack: Stack) -> dict[str, dict[str, Any]]:
        return {}

    def stack_artifact(self, stack: Stack, template_hash: str) -> StackArtifactParts:
        parts = self._locations.stack_artifact(stack, template_hash)
        url = parts.properties["stackTemplateAssetObjectUrl"]
        return StackArtifactParts(
            properties={"stackTemplateAssetObjectUrl": url}, asset_manifest=parts.asset_manifest
        )
