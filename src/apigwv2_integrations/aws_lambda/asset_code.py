"""Code from a local directory or archive, published as a file asset (`Code.from_asset`)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from ..core.asset_types import AssetHashType, IgnoreMode, SymlinkFollowMode
from ..core.assets import as_bundling_options
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stand_in import file_asset_node
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from .code import Code, CodeConfig, CodeLocation, check_same_stack

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam import IGrantable
    from ..aws_kms import IKey
    from ..aws_s3_assets import Asset
    from ..core.bundling import BundlingOptions

_ARCHIVE_EXTENSIONS = (".zip", ".jar")


@lazy_frozen(kw_only=True)
class AssetCodeOptions(metaclass=LazyAttrsMeta):
    """The options of `Code.from_asset` (those of aws_cdk's `aws_s3_assets.AssetOptions`)."""

    deploy_time: bool | None = None
    """The asset is needed only while deploying (accepted; it changes nothing here). Default: False."""
    display_name: str | None = None
    """The asset's name in the CLI's output. Default: the construct path of its `Code` node."""
    readers: tuple[IGrantable, ...] | None = field(default=None, converter=optional_tuple)
    """Principals that may read the asset bucket. Default: none."""
    source_kms_key: IKey | None = None
    """The KMS key that encrypts the code package in Lambda. Default: an AWS-managed key."""
    asset_hash: str | None = None
    """A hash of your own (its SHA-256 names the asset). Default: the hash of the files."""
    asset_hash_type: AssetHashType | None = None
    """What the hash is computed from: SOURCE, or CUSTOM with `asset_hash`. Default: SOURCE, or CUSTOM when
    `asset_hash` is given."""
    exclude: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Files and folders left out (patterns of paths relative to the directory; `!` includes again).
    Default: none."""
    follow_symlinks: SymlinkFollowMode | None = None
    """Which symbolic links are followed. Default: EXTERNAL."""
    ignore_mode: IgnoreMode | None = None
    """How `exclude` patterns are read (all as shell-style patterns here). Default: GLOB."""
    bundling: BundlingOptions | None = field(default=None, converter=as_bundling_options)
    """Build the asset from the source first, with a local bundler or in a Docker container.
    Default: the source as it is."""


@lazy_frozen(kw_only=True)
class CustomCommandOptions(AssetCodeOptions, metaclass=LazyAttrsMeta):
    """The options of `Code.from_custom_command`: those of `Code.from_asset` and how the command runs."""

    command_options: Mapping[str, Any] | None = None
    """How the command runs: `cwd`, `env` (the whole environment), `shell` and `timeout` (milliseconds).
    Default: in the current folder and environment, without a shell."""


class AssetCode(Code):
    """A local directory or archive, staged into the cloud assembly and published to the asset bucket."""

    def __init__(
        self,
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
        bundling: BundlingOptions | Mapping[str, Any] | None = None,
    ) -> None:
        self.path = path
        self._options = AssetCodeOptions(
            deploy_time=deploy_time,
            display_name=display_name,
            readers=readers,
            source_kms_key=source_kms_key,
            asset_hash=asset_hash,
            asset_hash_type=asset_hash_type,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode,
            bundling=bundling,
        )
        self.display_name = display_name
        self._asset_scope: Asset | None = None
        self._location: CodeLocation | None = None

    def bind(self, scope: Construct) -> CodeConfig:
        if self._asset_scope is None:
            self._location = self._publish(scope)
        else:
            check_same_stack(self._asset_scope, scope, f"Code.from_asset({self.path!r})", "Code")
        key = self._options.source_kms_key
        return CodeConfig(
            s3_location=self._location, source_kms_key_arn=key.key_arn if key is not None else None
        )

    def _publish(self, scope: Construct) -> CodeLocation:
        # aws-cdk-lib makes an s3_assets.Asset named "Code"; it renders no resource.
        from ..aws_s3_assets import Asset  # deferred: only functions with asset code

        options = self._options
        source = os.path.abspath(self.path)
        problem = None
        if not os.path.exists(source):
            problem = "does not exist; pass a directory or a .zip file"
        elif (
            options.bundling is None
            and os.path.isfile(source)
            and not source.lower().endswith(_ARCHIVE_EXTENSIONS)
        ):
            problem = "is not a directory or a .zip or .jar file; zip it or pass its directory"
        if problem is not None:
            raise ValidationError(file_asset_node(scope, "Code"), f"path={self.path!r} {problem}")
        asset = Asset(
            scope,
            "Code",
            path=self.path,
            deploy_time=options.deploy_time,
            display_name=options.display_name,
            readers=options.readers,
            asset_hash=options.asset_hash,
            asset_hash_type=options.asset_hash_type,
            bundling=options.bundling,
            exclude=options.exclude,
            follow_symlinks=options.follow_symlinks,
            ignore_mode=options.ignore_mode,
        )
        self._asset_scope = asset
        return CodeLocation(bucket_name=asset.s3_bucket_name, object_key=asset.s3_object_key)

    def bind_to_resource(self, resource: Any, *, resource_property: str | None = None) -> None:
        """Say where the asset is in the resource's metadata, when the `cdk` CLI asks for it."""
        if self._asset_scope is None:
            raise ValidationError(resource, "bind_to_resource() must be called after bind()")
        self._asset_scope.add_resource_metadata(resource, resource_property or "Code")
