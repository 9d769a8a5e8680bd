"""Container image code: an image in ECR (`Code.from_ecr_image`), or one built from a local directory
(`Code.from_asset_image`)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from ..aws_iam import ServicePrincipal
from ..core.asset_types import IgnoreMode
from ..core.assets import add_asset_metadata, assembly_folder_inside, fingerprint
from ..core.construct import Construct
from ..core.converters import optional_dict, optional_tuple
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.json_dumps import dumps as json_dumps
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.stage import Stage, staged_asset_path
from ..core.stand_in import docker_image_asset_node
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from .code import Code, CodeConfig, CodeImageConfig, check_same_stack

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class EcrImageCodeProps(metaclass=LazyAttrsMeta):
    """The keywords of `EcrImageCode` and `DockerImageCode.from_ecr`."""

    cmd: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The command (CMD). Default: the image's."""
    entrypoint: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The entry point (ENTRYPOINT). Default: the image's."""
    tag: str | None = None
    """The image tag (deprecated in aws_cdk; use tag_or_digest). Default: "latest"."""
    tag_or_digest: str | None = None
    """The image tag or digest (`sha256:...`). Default: "latest"."""
    working_directory: str | None = None
    """The working directory. Default: the image's."""


class EcrImageCode(Code):
    """A container image in an ECR repository."""

    def __init__(
        self,
        repository: Any,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> None:
        props = EcrImageCodeProps(
            cmd=cmd,
            entrypoint=entrypoint,
            tag=tag,
            tag_or_digest=tag_or_digest,
            working_directory=working_directory,
        )
        self.repository = repository
        self.cmd = props.cmd
        self.entrypoint = props.entrypoint
        self.tag_or_digest = props.tag_or_digest or props.tag or "latest"
        self.working_directory = props.working_directory

    def bind(self, scope: Construct) -> CodeConfig:
        # Any object with an ECR repository's two methods will do (an aws_ecr.Repository, or a stand-in).
        repository = self.repository
        if not all(
            callable(getattr(repository, m, None)) for m in ("grant_pull", "repository_uri_for_tag_or_digest")
        ):
            raise ArgumentTypeError(
                f"{scope.node.path}: code's repository={repository!r} is not an ECR repository; "
                "pass an aws_ecr.IRepository"
            )
        repository.grant_pull(ServicePrincipal("lambda.amazonaws.com"))
        return CodeConfig(
            image=CodeImageConfig(
                image_uri=self.repository.repository_uri_for_tag_or_digest(self.tag_or_digest),
                cmd=self.cmd,
                entrypoint=self.entrypoint,
                working_directory=self.working_directory,
            )
        )


# The version aws-cdk-lib 2.275 mixes into every image asset hash.
_IMAGE_ASSET_HASH_VERSION = "1.21.0"


@lazy_frozen(kw_only=True)
class AssetImageCodeProps(metaclass=LazyAttrsMeta):
    """The keywords of `AssetImageCode` and `DockerImageCode.from_image_asset` (this package's subset of
    aws_cdk's Docker build options)."""

    build_args: dict[str, str] | None = field(default=None, converter=optional_dict)
    """Build arguments (`--build-arg`). Default: none."""
    cmd: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The command (CMD). Default: the image's."""
    display_name: str | None = None
    """The asset's name in the CLI's output. Default: the construct path below the stack."""
    entrypoint: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The entry point (ENTRYPOINT). Default: the image's."""
    exclude: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Glob patterns of files left out of the build context and the hash. Default: none."""
    extra_hash: str | None = None
    """Extra data mixed into the asset hash. Default: none."""
    file: str | None = None
    """The Dockerfile, relative to the directory. Default: "Dockerfile"."""
    platform: Any = None
    """The platform to build for (an `aws_ecr_assets.Platform` or its string). Default: the function's
    architecture."""
    target: str | None = None
    """The Dockerfile stage to build (`--target`). Default: the last."""
    working_directory: str | None = None
    """The working directory. Default: the image's."""


class AssetImageCode(Code):
    """A container image built from a local directory with a Dockerfile (built when the app is deployed)."""

    def __init__(
        self,
        directory: str,
        *,
        build_args: Mapping[str, str] | None = None,
        cmd: Sequence[str] | None = None,
        display_name: str | None = None,
        entrypoint: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        extra_hash: str | None = None,
        file: str | None = None,
        platform: Any = None,
        target: str | None = None,
        working_directory: str | None = None,
    ) -> None:
        props = AssetImageCodeProps(
            build_args=build_args,
            cmd=cmd,
            display_name=display_name,
            entrypoint=entrypoint,
            exclude=exclude,
            extra_hash=extra_hash,
            file=file,
            platform=platform,
            target=target,
            working_directory=working_directory,
        )
        self.directory = directory
        self.build_args = props.build_args
        self.cmd = props.cmd
        self.display_name = props.display_name
        self.entrypoint = props.entrypoint
        self.exclude = list(props.exclude or ())
        self.extra_hash = props.extra_hash
        self.file = props.file
        self.platform: str | None = getattr(props.platform, "platform", props.platform)
        self.target = props.target
        self.working_directory = props.working_directory
        self._asset_scope: Construct | None = None
        self._asset_path = ""
        self._image_uri = ""

    def bind(self, scope: Construct) -> CodeConfig:
        if self._asset_scope is None:
            self._image_uri = self._publish(scope)
        else:
            check_same_stack(
                self._asset_scope,
                scope,
                f"DockerImageCode.from_image_asset({self.directory!r})",
                "code object",
            )
        return CodeConfig(
            image=CodeImageConfig(
                image_uri=self._image_uri,
                cmd=self.cmd,
                entrypoint=self.entrypoint,
                working_directory=self.working_directory,
            )
        )

    def _publish(self, scope: Construct) -> str:
        # aws-cdk-lib creates an ecr_assets.DockerImageAsset child named "AssetImage"; it renders no
        # resource, and its pull grant to lambda.amazonaws.com on the imported repository adds nothing.
        asset = docker_image_asset_node(scope, "AssetImage")
        self._asset_scope = asset
        directory = os.path.abspath(self.directory)
        if not os.path.isdir(directory):
            raise ValidationError(asset, f"directory={self.directory!r} does not exist; pass a directory")
        docker_file = self.file or "Dockerfile"
        if not os.path.isfile(os.path.join(directory, docker_file)):
            raise ValidationError(
                asset, f"file={docker_file!r} is not in {self.directory!r}; add it or pass file=<its path>"
            )
        patterns = self._exclude_patterns(directory, docker_file, Stage.of(asset))
        source_hash = fingerprint(
            directory,
            exclude=[".is_custom_resource", *patterns],
            extra_hash=self._extra_hash(),
            ignore_mode=IgnoreMode.DOCKER,
        )
        staged_name = f"asset.{source_hash}"
        stage_asset = getattr(asset.node.root, "stage_asset", None)
        if stage_asset is not None:
            # The build folder is copied without what the hash leaves out, as the image is built from it.
            stage_asset(staged_name, directory, patterns, IgnoreMode.DOCKER)
        self._asset_path = staged_asset_path(asset, staged_name)
        stack = Stack.of(asset)
        location = stack.synthesizer.add_docker_image_asset(
            source_hash=source_hash,
            directory_name=self._asset_path,
            display_name=self.display_name or Names.stack_relative_construct_path(asset),
            docker_build_args=self.build_args,
            docker_build_target=self.target,
            docker_file=self.file,
            platform=self.platform,
        )
        return location.image_uri

    def bind_to_resource(self, resource: Any, *, resource_property: str | None = None) -> None:
        """Say where the image's build folder is in the resource's metadata, when the `cdk` CLI asks."""
        if self._asset_scope is None:
            raise ValidationError(resource, "bind_to_resource() must be called after bind()")
        details: dict[str, Any] = {"aws:asset:dockerfile-path": self.file or "Dockerfile"}
        if self.build_args:
            details["aws:asset:docker-build-args"] = dict(self.build_args)
        if self.target:
            details["aws:asset:docker-build-target"] = self.target
        add_asset_metadata(
            self._asset_scope, resource, self._asset_path, resource_property or "Code.ImageUri", details
        )

    def _exclude_patterns(self, directory: str, docker_file: str, stage: Stage | None) -> list[str]:
        patterns = list(self.exclude)
        ignore_file = os.path.join(directory, ".dockerignore")
        if os.path.isfile(ignore_file):
            with open(ignore_file, encoding="utf-8") as handle:
                lines = [line for line in handle.read().split("\n") if line]
            patterns = [*lines, *patterns, "!.dockerignore"]
        patterns.append(f"!{os.path.basename(docker_file)}")
        # The assembly folder, as the app names it, stays out: a build folder that holds it (an image
        # built from the project's root) would otherwise copy its own copies.
        patterns.append(stage.outdir if stage is not None else "cdk.out")
        # That pattern is the outdir as the app gave it, which an absolute path never matches: the
        # folder's own path leaves it out too, so earlier runs' output is never hashed.
        if stage is not None:
            patterns.extend(assembly_folder_inside(stage, directory))
        return patterns

    def _extra_hash(self) -> str:
        # The build options aws-cdk-lib mixes into the hash, in its order, then its version.
        options: dict[str, Any] = {}
        if self.extra_hash:
            options["user"] = self.extra_hash
        if self.build_args:
            options["buildArgs"] = self.build_args
        if self.target:
            options["target"] = self.target
        if self.file:
            options["file"] = self.file
        if self.platform:
            options["platform"] = {"platform": self.platform}
        options["version"] = _IMAGE_ASSET_HASH_VERSION
        return json_dumps(options, separators=(",", ":"), ensure_ascii=False)
