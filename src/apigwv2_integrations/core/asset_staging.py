"""AssetStaging: a file or folder (or what bundling makes of it), named by its hash and staged into the
cloud assembly, the way the package's assets stage theirs."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from .asset_types import AssetHashType, FileAssetPackaging, IgnoreMode, SymlinkFollowMode
from .assets import as_bundling_options, assembly_folder_inside, custom_or_source_hash, fingerprint
from .construct import Construct
from .copy_options import FingerprintOptions
from .errors import ValidationError
from .runtime_typing import TYPE_CHECKING
from .stage import staged_asset_path
from .struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from .bundling import BundlingOptions
    from .stack import Stack


@lazy_frozen(kw_only=True)
class AssetOptions(metaclass=LazyAttrsMeta):
    """How an asset's hash is computed and whether its source is bundled first."""

    asset_hash: str | None = None
    """A hash of your own (its SHA-256 names the asset). Default: the hash of the files."""
    asset_hash_type: AssetHashType | None = None
    """What the hash is computed from: SOURCE, OUTPUT (with bundling), or CUSTOM with `asset_hash`.
    Default: OUTPUT with bundling, else SOURCE; CUSTOM when `asset_hash` is given."""
    bundling: BundlingOptions | None = field(default=None, converter=as_bundling_options)
    """Build the asset from the source first, with a local bundler or in a Docker container.
    Default: the source as it is."""


@lazy_frozen(kw_only=True)
class AssetStagingProps(FingerprintOptions, AssetOptions, metaclass=LazyAttrsMeta):
    """Properties of an AssetStaging."""

    source_path: str
    """The file or folder to stage."""


class AssetStaging(Construct):
    """A file or folder copied into the cloud assembly as `asset.<hash>` (a file keeps its extension),
    where the synthesizer's asset manifest points.

    Differs from aws-cdk-lib: the copy is made when the assembly is written (`app.synth()`), not when
    the construct is made.
    """

    BUNDLING_INPUT_DIR = "/asset-input"
    """Where bundling mounts the source in its container."""
    BUNDLING_OUTPUT_DIR = "/asset-output"
    """Where bundling expects the container to write the asset."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        source_path: str,
        extra_hash: str | None = None,
        exclude: Sequence[str] | None = None,
        follow: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = AssetStagingProps(
            source_path=source_path,
            extra_hash=extra_hash,
            exclude=exclude,
            follow=follow,
            ignore_mode=ignore_mode,
            asset_hash=asset_hash,
            asset_hash_type=asset_hash_type,
            bundling=bundling,
        )
        source = os.path.abspath(props.source_path)
        if not os.path.exists(source):
            raise ValidationError(
                self, f"source_path={props.source_path!r} does not exist; pass a file or a folder"
            )
        self._source_path = source
        # Earlier runs' output in the source folder is neither hashed nor copied.
        self._exclude = [*(props.exclude or ()), *assembly_folder_inside(self, source)]
        self._props = props
        if props.bundling is not None:
            staged_source, is_directory, digest = self._bundle(props.bundling)
        else:
            staged_source, is_directory = source, os.path.isdir(source)
            digest = self._hash_of(lambda: self._fingerprint(source))
        self._asset_hash = digest
        self._packaging = FileAssetPackaging.ZIP_DIRECTORY if is_directory else FileAssetPackaging.FILE
        self._is_archive = is_directory or staged_source.lower().endswith((".zip", ".jar"))
        suffix = "" if is_directory else os.path.splitext(staged_source)[1]
        self._staged_name = f"asset.{digest}{suffix}"
        root = self.node.root
        stage_asset = getattr(root, "stage_asset", None)
        outdir = getattr(root, "outdir", None)
        self._absolute_staged_path = source
        self._is_staged = False
        # Only an App stages assets; under another root the source is used where it is.
        if callable(stage_asset) and isinstance(outdir, str):
            self._is_staged = True
            stage_asset(
                self._staged_name,
                staged_source,
                self._exclude if is_directory and props.bundling is None else (),
                props.ignore_mode or IgnoreMode.GLOB,
            )
            self._absolute_staged_path = os.path.join(os.path.abspath(outdir), self._staged_name)

    @staticmethod
    def clear_asset_hash_cache() -> None:
        """Forget cached source hashes (none are cached here: each staging hashes its source)."""

    @property
    def asset_hash(self) -> str:
        """The asset's hash: it names the staged copy and the published object."""
        return self._asset_hash

    @property
    def source_path(self) -> str:
        """The absolute path of the source file or folder."""
        return self._source_path

    @property
    def absolute_staged_path(self) -> str:
        """Where the staged copy is (`<assembly folder>/asset.<hash>`); the source itself when the
        construct is not in an App."""
        return self._absolute_staged_path

    @property
    def packaging(self) -> FileAssetPackaging:
        """How the staged asset is published: a folder zipped, or a file as is."""
        return self._packaging

    @property
    def is_archive(self) -> bool:
        """Whether the published asset is an archive (a zipped folder, or a `.zip` or `.jar` file)."""
        return self._is_archive

    def relative_staged_path(self, stack: Stack) -> str:
        """The staged copy's path as `stack`'s assembly folder sees it (`../` per nested stage); the
        absolute path when the construct is not in an App."""
        if not self._is_staged:
            return self._absolute_staged_path
        return staged_asset_path(stack, self._staged_name)

    def _fingerprint(self, path: str) -> str:
        props = self._props
        return fingerprint(
            path,
            exclude=self._exclude,
            extra_hash=props.extra_hash or "",
            follow=props.follow or SymlinkFollowMode.EXTERNAL,
            ignore_mode=props.ignore_mode or IgnoreMode.GLOB,
        )

    def _hash_of(self, source_hash: Any) -> str:
        """The asset hash from `asset_hash` and `asset_hash_type`, `source_hash()` for a SOURCE hash."""
        props = self._props
        digest, problem = custom_or_source_hash(props.asset_hash, props.asset_hash_type, source_hash)
        if problem is not None or digest is None:
            raise ValidationError(self, problem or "the asset has no hash")
        return digest

    def _bundle(self, bundling: BundlingOptions) -> tuple[str, bool, str]:
        """Bundle the source: (the bundled path, whether it is a folder, the asset hash)."""
        from .bundling import bundle  # deferred: only bundled assets

        props = self._props
        if not os.path.isdir(self._source_path):
            raise ValidationError(
                self, f"source_path={props.source_path!r} is a file; bundling takes a folder"
            )
        try:
            bundled, is_file = bundle(self._source_path, bundling, self.node.path)
        except (RuntimeError, OSError) as error:
            raise ValidationError(self, f"bundling={bundling.image} failed: {error}") from error
        # Differs from aws-cdk-lib (as the package's other assets): an OUTPUT hash covers the bundled
        # files only, not the bundling options.
        if props.asset_hash_type in (None, AssetHashType.OUTPUT) and props.asset_hash is None:
            return bundled, not is_file, self._fingerprint(bundled)
        return bundled, not is_file, self._hash_of(lambda: self._fingerprint(self._source_path))
