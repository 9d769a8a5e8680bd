"""The vocabulary of assets: how their files are read and hashed, what a stack synthesizer is given to
publish (sources) and what it returns (locations). Apps that publish no asset use these names too (the
synthesizers and the App's staging take them), so they sit apart from the fingerprinting and staging
code of core/assets.py."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .converters import optional_dict, optional_tuple
from .runtime_typing import TYPE_CHECKING, cast
from .simple_enum import SimpleEnum
from .struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any


class FileAssetPackaging(SimpleEnum):
    """How an asset is uploaded: a directory zipped, or a file as is."""

    ZIP_DIRECTORY = "zip"
    FILE = "file"


class SymlinkFollowMode(SimpleEnum):
    """Which symbolic links fingerprinting and staging follow."""

    NEVER = "never"
    ALWAYS = "always"
    EXTERNAL = "external"
    BLOCK_EXTERNAL = "internal-only"


class IgnoreMode(SimpleEnum):
    """How exclude patterns are read."""

    GLOB = "glob"
    GIT = "git"
    DOCKER = "docker"


class AssetHashType(SimpleEnum):
    """What an asset's hash is computed from."""

    SOURCE = "source"
    """The files of the source (after `exclude`)."""
    OUTPUT = "output"
    """The bundled output; only with bundling."""
    CUSTOM = "custom"
    """The `asset_hash` given (hashed again)."""


@lazy_frozen(kw_only=True)
class FileAssetSource(metaclass=LazyAttrsMeta):
    """A file or directory to publish, or a command that writes it."""

    source_hash: str
    """The hash of the asset's content; it names the published object."""
    deploy_time: bool | None = None
    """The asset is needed only while deploying (accepted; it changes nothing here). Default: False."""
    display_name: str | None = None
    """The name shown when publishing. Default: none."""
    executable: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """A command (argument list) whose output is the asset, instead of `file_name`. Default: none."""
    file_name: str | None = None
    """The staged file or directory, relative to the cloud assembly. Default: none (give `executable`)."""
    packaging: FileAssetPackaging | None = None
    """How `file_name` is published. Default: FILE."""


@lazy_frozen(kw_only=True)
class DockerCacheOption(metaclass=LazyAttrsMeta):
    """A Docker build cache source or destination (`--cache-from`, `--cache-to`)."""

    type: str
    """The cache type, such as `registry`, `local` or `inline`."""
    params: dict[str, str] | None = field(default=None, converter=optional_dict)
    """The cache's parameters, such as `{"ref": "repo:cache"}`. Default: none."""


# The converters take `Mapping[str, object]`, so the type checks read a dict against the struct's fields.
def _to_docker_cache_option(
    value: DockerCacheOption | Mapping[str, object] | None,
) -> DockerCacheOption | None:
    return DockerCacheOption(**cast("Mapping[str, Any]", value)) if isinstance(value, Mapping) else value


def _to_docker_cache_options(
    value: Sequence[DockerCacheOption | Mapping[str, object]] | None,
) -> tuple[DockerCacheOption, ...] | None:
    if value is None:
        return None
    return tuple(
        DockerCacheOption(**cast("Mapping[str, Any]", v)) if isinstance(v, Mapping) else v for v in value
    )


@lazy_frozen(kw_only=True)
class FileAssetLocation(metaclass=LazyAttrsMeta):
    """Where a published asset lives."""

    bucket_name: str
    object_key: str
    http_url: str
    s3_object_url: str


@lazy_frozen(kw_only=True)
class DockerImageAssetSource(metaclass=LazyAttrsMeta):
    """A directory with a Dockerfile to build and publish (synthesis builds nothing)."""

    source_hash: str
    """The fingerprint of the directory and build options; it is also the image tag."""
    asset_name: str | None = None
    """A name that prefixes the image's entry in the asset manifest. Default: none."""
    directory_name: str | None = None
    """The staged directory, relative to the cloud assembly. Default: none (give `executable`)."""
    display_name: str | None = None
    """The name shown when publishing. Default: none."""
    docker_build_args: dict[str, str] | None = field(default=None, converter=optional_dict)
    """Build arguments. Default: none."""
    docker_build_contexts: dict[str, str] | None = field(default=None, converter=optional_dict)
    """Additional build contexts (`--build-context`). Default: none."""
    docker_build_secrets: dict[str, str] | None = field(default=None, converter=optional_dict)
    """Build secrets (`--secret`). Default: none."""
    docker_build_ssh: str | None = None
    """The SSH agent socket or keys (`--ssh`). Default: none."""
    docker_build_target: str | None = None
    """The build target. Default: the last stage."""
    docker_cache_disabled: bool | None = None
    """Build without the cache (`--no-cache`). Default: False."""
    docker_cache_from: tuple[DockerCacheOption, ...] | None = field(
        default=None, converter=_to_docker_cache_options
    )
    """Cache sources (`--cache-from`). Default: none."""
    docker_cache_to: DockerCacheOption | None = field(default=None, converter=_to_docker_cache_option)
    """The cache destination (`--cache-to`). Default: none."""
    docker_file: str | None = None
    """The Dockerfile, relative to the directory. Default: `Dockerfile`."""
    docker_outputs: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Build outputs (`--output`). Default: none."""
    executable: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """A command (argument list) that builds the image and prints its name, instead of
    `directory_name`. Default: none."""
    network_mode: str | None = None
    """The network of the build's RUN steps (`--network`). Default: Docker's."""
    platform: str | None = None
    """The platform to build for, such as `linux/arm64`. Default: the builder's."""


@lazy_frozen(kw_only=True)
class DockerImageAssetLocation(metaclass=LazyAttrsMeta):
    """Where a published image lives."""

    image_uri: str
    """The image URI (with its tag)."""
    repository_name: str
    """The ECR repository."""
    image_tag: str | None = None
    """The image tag. Default: the source hash."""


class ExcludePatterns(tuple[str, ...]):
    """Exclude patterns with the `IgnoreMode` they are read in."""

    ignore_mode: IgnoreMode

    def __new__(cls, patterns: Sequence[str], ignore_mode: IgnoreMode = IgnoreMode.GLOB) -> ExcludePatterns:
        made = super().__new__(cls, patterns)
        made.ignore_mode = ignore_mode
        return made
