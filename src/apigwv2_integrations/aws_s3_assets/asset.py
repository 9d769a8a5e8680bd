"""Asset: a local file or folder (or the output of bundling it), staged into the cloud assembly and
published to the bootstrap bucket."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from ..aws_iam import Grant, IGrantable
from ..aws_s3.bucket_grants import READ_ACTIONS
from ..core.asset_types import AssetHashType, FileAssetPackaging, IgnoreMode, SymlinkFollowMode
from ..core.assets import (
    add_asset_metadata,
    as_bundling_options,
    assembly_folder_inside,
    custom_or_source_hash,
    fingerprint,
)
from ..core.cfn_resource import CfnResource
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.stage import staged_asset_path
from ..core.stand_in import StandIn
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey
    from ..aws_s3 import IBucket
    from ..core.bundling import BundlingOptions


@lazy_frozen(kw_only=True)
class AssetOptions(metaclass=LazyAttrsMeta):
    """How an asset is hashed, built and published."""

    deploy_time: bool | None = None
    """The asset is needed only while deploying (accepted; it changes nothing here). Default: False."""
    display_name: str | None = None
    """The asset's name in the CLI's output. Default: its construct path in the stack."""
    readers: tuple[IGrantable, ...] | None = field(default=None, converter=optional_tuple)
    """Principals that may read the asset bucket. Default: none."""
    source_kms_key: IKey | None = None
    """The KMS key that encrypts the code package in Lambda (for Lambda code). Default: none."""
    asset_hash: str | None = None
    """A hash of your own (its SHA-256 names the asset). Default: the hash of the files."""
    asset_hash_type: AssetHashType | None = None
    """What the hash is computed from: SOURCE, OUTPUT (with bundling), or CUSTOM with `asset_hash`.
    Default: OUTPUT with bundling, else SOURCE; CUSTOM when `asset_hash` is given."""
    bundling: BundlingOptions | None = field(default=None, converter=as_bundling_options)
    """Build the asset from the source first, with a local bundler or in a Docker container.
    Default: the source as it is."""
    exclude: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Files and folders left out (patterns of paths relative to the folder; `!` includes again).
    Default: none."""
    follow_symlinks: SymlinkFollowMode | None = None
    """Which symbolic links are followed. Default: EXTERNAL."""
    ignore_mode: IgnoreMode | None = None
    """How `exclude` patterns are read (all as shell-style patterns here). Default: GLOB."""


@lazy_frozen(kw_only=True)
class AssetProps(AssetOptions, metaclass=LazyAttrsMeta):
    """Properties of an Asset."""

    path: str
    """The file or folder."""


class Asset(Construct):
    """A local file or folder published to the bootstrap bucket: a folder is zipped, a file uploaded as is."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        path: str,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | Mapping[str, Any] | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = AssetProps(
            path=path,
            deploy_time=deploy_time,
            display_name=display_name,
            readers=readers,
            source_kms_key=source_kms_key,
            asset_hash=asset_hash,
            asset_hash_type=asset_hash_type,
            bundling=bundling,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode,
        )
        self._props = props
        # The tree as aws-cdk-lib's: the staging, then the bucket (made a real import on first use).
        StandIn(self, "Stage", "aws-cdk-lib.AssetStaging")
        StandIn(self, "AssetBucket", "aws-cdk-lib.aws_s3.BucketBase")
        self._bucket: IBucket | None = None
        source = os.path.abspath(props.path)
        if not os.path.exists(source):
            raise ValidationError(self, f"path={props.path!r} does not exist; pass a file or a folder")
        exclude_patterns = [*(props.exclude or ()), *assembly_folder_inside(self, source)]
        ignore = props.ignore_mode or IgnoreMode.GLOB
        self.is_bundled = props.bundling is not None
        if props.bundling is not None:
            source, digest, is_directory = self._bundle(source, exclude_patterns, ignore)
        else:
            is_directory = os.path.isdir(source)
            computed, problem = custom_or_source_hash(
                props.asset_hash,
                props.asset_hash_type,
                # As in aws-cdk-lib, follow_symlinks does not change the hash.
                lambda: fingerprint(source, exclude=exclude_patterns, ignore_mode=ignore),
            )
            if problem is not None or computed is None:
                raise ValidationError(self, problem or "the asset has no hash")
            digest = computed
        self.asset_hash: str = digest
        self.is_zip_archive: bool = is_directory or source.lower().endswith((".zip", ".jar"))
        self.is_file: bool = not is_directory
        if is_directory:
            staged_name = f"asset.{digest}"
            packaging = FileAssetPackaging.ZIP_DIRECTORY
        else:
            staged_name = f"asset.{digest}{os.path.splitext(source)[1]}"
            packaging = FileAssetPackaging.FILE
        root = self.node.root
        # Bundled output is named by its content: a second bundle with the same output is the same asset.
        already_staged = self.is_bundled and staged_name in getattr(root, "_staged_assets", {})
        stage_asset = getattr(root, "stage_asset", None)
        if callable(stage_asset) and not already_staged:
            stage_asset(staged_name, source, exclude_patterns if is_directory else (), ignore)
        self.asset_path: str = staged_asset_path(self, staged_name)
        stack = Stack.of(self)
        location = stack.synthesizer.add_file_asset(
            source_hash=digest,
            file_name=self.asset_path,
            packaging=packaging,
            display_name=props.display_name or Names.stack_relative_construct_path(self),
        )
        self.s3_bucket_name: str = location.bucket_name
        self.s3_object_key: str = location.object_key
        self.s3_object_url: str = location.s3_object_url
        self.http_url: str = location.http_url
        for reader in props.readers or ():
            self.grant_read(reader)

    def _bundle(self, source: str, exclude: Sequence[str], ignore_mode: IgnoreMode) -> tuple[str, str, bool]:
        """Bundle the source: (the bundled path, its hash, whether it is a folder)."""
        import subprocess  # deferred: only bundled assets

        from ..core.bundling import bundle  # deferred: only bundled assets

        props = self._props
        bundling = props.bundling
        assert bundling is not None
        if not os.path.isdir(source):
            raise ValidationError(self, f"path={props.path!r} is a file; bundling takes a folder")
        kind = props.asset_hash_type
        if props.asset_hash is not None and kind not in (None, AssetHashType.CUSTOM):
            raise ValidationError(
                self,
                f"asset_hash_type={kind} is given with asset_hash={props.asset_hash!r}; use "
                "AssetHashType.CUSTOM or leave asset_hash_type out",
            )
        if kind is AssetHashType.CUSTOM and props.asset_hash is None:
            raise ValidationError(
                self, "asset_hash_type=AssetHashType.CUSTOM needs asset_hash; give the hash"
            )
        try:
            bundled, is_file = bundle(source, bundling, f"{self.node.path}/Stage")
        except (RuntimeError, OSError) as error:
            raise ValidationError(self, f"bundling={bundling.image} failed: {error}") from error
        except subprocess.CalledProcessError as error:
            # docker is on PATH but the build or run failed, most often because its daemon is not running
            raise ValidationError(
                self,
                f"bundling={bundling.image} failed: docker exited with status {error.returncode}; check "
                "that the Docker daemon is running and the bundling command works, or give "
                "BundlingOptions(local=...)",
            ) from error
        # Differs from aws-cdk-lib: its hashes of bundled assets also cover the bundling options.
        if props.asset_hash is not None:
            import hashlib  # deferred: only custom hashes of bundled assets

            digest = hashlib.sha256(props.asset_hash.encode("utf-8")).hexdigest()
        elif kind is AssetHashType.SOURCE:
            digest = fingerprint(source, exclude=exclude, ignore_mode=ignore_mode)
        else:
            digest = fingerprint(bundled, exclude=() if is_file else exclude, ignore_mode=ignore_mode)
        return bundled, digest, not is_file

    @property
    def bucket(self) -> IBucket:
        """The asset bucket, imported by name."""
        if self._bucket is None:
            from ..aws_s3 import Bucket  # deferred: most assets never read their bucket

            self.node.try_remove_child("AssetBucket")
            self._bucket = Bucket.from_bucket_name(self, "AssetBucket", self.s3_bucket_name)
        return self._bucket

    def grant_read(self, grantee: IGrantable) -> None:
        """Let `grantee` read the asset bucket (the whole bucket, as aws-cdk-lib grants it)."""
        bucket_arn = f"arn:{Stack.of(self).partition}:s3:::{self.s3_bucket_name}"
        Grant.add_to_principal(
            grantee=grantee, actions=list(READ_ACTIONS), resource_arns=[bucket_arn, f"{bucket_arn}/*"]
        )

    def add_resource_metadata(self, resource: CfnResource, resource_property: str) -> None:
        """Tell tools such as SAM where the asset of `resource_property` is (when the
        `aws:cdk:enable-asset-metadata` context is on, as the `cdk` CLI sets it)."""
        details = {"aws:asset:is-bundled": self.is_bundled}
        add_asset_metadata(self, resource, self.asset_path, resource_property, details)
