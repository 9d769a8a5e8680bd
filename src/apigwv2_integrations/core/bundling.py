"""Bundling: an asset built from its source before it is staged, by a local bundler or in a Docker
container, as aws_cdk's `BundlingOptions` describe it."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence

from ._digests import sha256
from .converters import optional_tuple
from .runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from .simple_enum import SimpleEnum
from .struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

ASSET_INPUT = "/asset-input"
ASSET_OUTPUT = "/asset-output"
_ARCHIVE_EXTENSIONS = (".zip", ".jar")


class BundlingOutput(SimpleEnum):
    """What the bundled output is: a folder, or one archive or file in it."""

    ARCHIVED = "archived"
    NOT_ARCHIVED = "not-archived"
    AUTO_DISCOVER = "auto-discover"
    SINGLE_FILE = "single-file"


class BundlingFileAccess(SimpleEnum):
    """How the container reaches the source and output folders."""

    VOLUME_COPY = "VOLUME_COPY"
    BIND_MOUNT = "BIND_MOUNT"


class DockerVolumeConsistency(SimpleEnum):
    """The consistency of a bind mount (macOS)."""

    CONSISTENT = "consistent"
    DELEGATED = "delegated"
    CACHED = "cached"


@lazy_frozen(kw_only=True)
class DockerVolume(metaclass=LazyAttrsMeta):
    """A folder of the host mounted into the container."""

    container_path: str
    """Where it is in the container."""
    host_path: str
    """The folder of the host."""
    consistency: DockerVolumeConsistency | None = None
    """The consistency of the mount. Default: DELEGATED."""


def _to_volumes(value: Sequence[DockerVolume | Mapping[str, Any]] | None) -> tuple[DockerVolume, ...] | None:
    if value is None:
        return None
    return tuple(DockerVolume(**item) if isinstance(item, Mapping) else item for item in value)


def _docker() -> str:
    found = shutil.which(os.environ.get("CDK_DOCKER", "docker"))
    if found is None:
        raise RuntimeError(
            "bundling runs a Docker container, and docker was not found on PATH; install Docker, or give "
            "BundlingOptions(local=...) a local bundler"
        )
    return found


@lazy_frozen(kw_only=True)
class DockerRunOptions(metaclass=LazyAttrsMeta):
    """How a container runs."""

    command: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The command. Default: the image's."""
    entrypoint: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The entry point. Default: the image's."""
    environment: Mapping[str, str] | None = None
    """Environment variables. Default: none."""
    network: str | None = None
    """The network. Default: Docker's."""
    platform: str | None = None
    """The platform (`linux/amd64`). Default: the host's."""
    security_opt: str | None = None
    """A security option. Default: none."""
    user: str | None = None
    """The user (`uid:gid`). Default: the image's."""
    volumes: tuple[DockerVolume, ...] | None = field(default=None, converter=_to_volumes)
    """Folders mounted. Default: none."""
    volumes_from: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Containers whose volumes are mounted. Default: none."""
    working_directory: str | None = None
    """The working directory. Default: the image's."""


class DockerImage:
    """A Docker image, from a registry or built from a folder when first run."""

    def __init__(self, image: str, _image_hash: str | None = None) -> None:
        self.image = image
        self._image_hash = _image_hash
        self._build: tuple[str, list[str]] | None = None

    @staticmethod
    def from_registry(image: str) -> DockerImage:
        """An image pulled from a registry (`public.ecr.aws/sam/build-python3.12`)."""
        return DockerImage(image)

    @staticmethod
    def from_build(
        path: str,
        *,
        build_args: Mapping[str, str] | None = None,
        file: str | None = None,
        network: str | None = None,
        platform: str | None = None,
        target_stage: str | None = None,
    ) -> DockerImage:
        """An image built from the Dockerfile of `path` (when it first runs)."""
        arguments = ["build", "-q"]
        for key, value in (build_args or {}).items():
            arguments += ["--build-arg", f"{key}={value}"]
        if file is not None:
            arguments += ["--file", os.path.join(path, file)]
        if network is not None:
            arguments += ["--network", network]
        if platform is not None:
            arguments += ["--platform", platform]
        if target_stage is not None:
            arguments += ["--target", target_stage]
        digest = sha256(json.dumps([os.path.abspath(path), arguments]).encode("utf-8")).hexdigest()
        image = DockerImage(f"cdk-{digest}", digest)
        image._build = (os.path.abspath(path), arguments)
        return image

    def _ensure_built(self) -> None:
        if self._build is not None:
            path, arguments = self._build
            subprocess.run([_docker(), *arguments, "--tag", self.image, path], check=True, stdout=sys.stderr)
            self._build = None

    def run(
        self,
        *,
        command: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        environment: Mapping[str, str] | None = None,
        network: str | None = None,
        platform: str | None = None,
        security_opt: str | None = None,
        user: str | None = None,
        volumes: Sequence[DockerVolume | Mapping[str, Any]] | None = None,
        volumes_from: Sequence[str] | None = None,
        working_directory: str | None = None,
    ) -> None:
        """Run the image with `docker run --rm`."""
        options = DockerRunOptions(
            command=command,
            entrypoint=entrypoint,
            environment=environment,
            network=network,
            platform=platform,
            security_opt=security_opt,
            user=user,
            volumes=volumes,
            volumes_from=volumes_from,
            working_directory=working_directory,
        )
        self._ensure_built()
        arguments = ["run", "--rm"]
        if options.user:
            arguments += ["-u", options.user]
        for volume in options.volumes or ():
            consistency = (volume.consistency or DockerVolumeConsistency.DELEGATED).value
            arguments += ["-v", f"{volume.host_path}:{volume.container_path}:{consistency}"]
        for container in options.volumes_from or ():
            arguments += ["--volumes-from", container]
        for key, value in (options.environment or {}).items():
            arguments += ["--env", f"{key}={value}"]
        for flag, setting in (
            ("--platform", options.platform),
            ("--network", options.network),
            ("--security-opt", options.security_opt),
            ("-w", options.working_directory),
        ):
            if setting:
                arguments += [flag, setting]
        if options.entrypoint:
            arguments += ["--entrypoint", options.entrypoint[0]]
        arguments.append(self.image)
        arguments += [*(options.entrypoint or ())[1:], *(options.command or ())]
        subprocess.run([_docker(), *arguments], check=True, stdout=sys.stderr)

    def to_json(self) -> str:
        """The image's name."""
        return self.image

    def __str__(self) -> str:
        return self.image


@runtime_checkable
class ILocalBundling(Protocol):
    """A bundler that runs on this machine, tried before the container."""

    def try_bundle(self, output_dir: str, *, image: DockerImage, **options: Any) -> bool:
        """Write the bundled asset into `output_dir`; return False to fall back to the container."""
        ...


@lazy_frozen(kw_only=True)
class BundlingOptions(metaclass=LazyAttrsMeta):
    """How an asset is bundled (`Code.from_asset(path, bundling=BundlingOptions(...))`)."""

    image: DockerImage
    """The image the bundling runs in."""
    bundling_file_access: BundlingFileAccess | None = None
    """How the container reaches the folders (bind mounts here). Default: BIND_MOUNT."""
    command: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The command run in the container, from `/asset-input`, writing to `/asset-output`. Default: the
    image's."""
    entrypoint: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The entry point. Default: the image's."""
    environment: Mapping[str, str] | None = None
    """Environment variables. Default: none."""
    local: ILocalBundling | None = None
    """A bundler tried first on this machine. Default: none."""
    network: str | None = None
    """The network of the container. Default: Docker's."""
    output_type: BundlingOutput | None = None
    """What the output is. Default: AUTO_DISCOVER (one archive in the output is the asset itself)."""
    platform: str | None = None
    """The platform of the container. Default: the host's."""
    security_opt: str | None = None
    """A security option of the container. Default: none."""
    user: str | None = None
    """The user in the container. Default: the user running the app (`uid:gid`)."""
    volumes: tuple[DockerVolume, ...] | None = field(default=None, converter=_to_volumes)
    """More folders mounted. Default: none."""
    volumes_from: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Containers whose volumes are mounted. Default: none."""
    working_directory: str | None = None
    """The working directory. Default: `/asset-input`."""


def to_bundling_options(value: BundlingOptions | Mapping[str, Any] | None) -> BundlingOptions | None:
    """BundlingOptions from the struct or a dict of its keywords."""
    return BundlingOptions(**value) if isinstance(value, Mapping) else value


def bundle(source: str, options: BundlingOptions, construct_path: str) -> tuple[str, bool]:
    """Bundle `source` into a new temporary folder: (the asset's path, whether it is one archive file).

    The local bundler runs first; when it declines, the image runs with the source at `/asset-input` and
    the output at `/asset-output`.
    """
    print(f"Bundling asset {construct_path}...", file=sys.stderr)
    output = tempfile.mkdtemp(prefix="bundling-")
    # The assembly copies the output when it is written; the folder goes when the process ends.
    atexit.register(shutil.rmtree, output, True)
    local = options.local
    if local is None or not local.try_bundle(output, image=options.image):
        user = options.user
        if user is None and hasattr(os, "getuid"):
            user = f"{os.getuid()}:{os.getgid()}"  # type: ignore[attr-defined,unused-ignore]
        options.image.run(
            command=options.command,
            entrypoint=options.entrypoint,
            environment=options.environment,
            network=options.network,
            platform=options.platform,
            security_opt=options.security_opt,
            user=user,
            volumes=[
                DockerVolume(host_path=source, container_path=ASSET_INPUT),
                DockerVolume(host_path=output, container_path=ASSET_OUTPUT),
                *(options.volumes or ()),
            ],
            volumes_from=options.volumes_from,
            working_directory=options.working_directory or ASSET_INPUT,
        )
    entries = os.listdir(output)
    kind = options.output_type or BundlingOutput.AUTO_DISCOVER
    if not entries:
        raise RuntimeError(f"bundling of {construct_path} wrote nothing to its output folder")
    if kind is BundlingOutput.NOT_ARCHIVED:
        return output, False
    single = os.path.join(output, entries[0]) if len(entries) == 1 else None
    is_file = single is not None and os.path.isfile(single)
    if kind is BundlingOutput.AUTO_DISCOVER:
        if single is not None and is_file and single.lower().endswith(_ARCHIVE_EXTENSIONS):
            return single, True
        return output, False
    if single is None or not is_file:
        raise RuntimeError(
            f"bundling of {construct_path} with output_type={kind} must write exactly one file; it wrote "
            f"{sorted(entries)!r}"
        )
    return single, True
