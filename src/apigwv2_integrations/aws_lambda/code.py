"""Code: where a Lambda function's code comes from (inline, an S3 object, or a local asset)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ..core.assets import DockerImageAssetSource, FileAssetPackaging, FileAssetSource, IgnoreMode, fingerprint
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.stack import Stack
from ..core.struct import lazy_frozen

_ARCHIVE_EXTENSIONS = (".zip", ".jar")


@lazy_frozen(kw_only=True)
class CodeLocation:
    """An S3 object holding code (aws_cdk's `aws_s3.Location`)."""

    bucket_name: str
    """The bucket."""
    object_key: str
    """The object key."""
    object_version: str | None = None
    """The object version. Default: the latest."""


def _to_location(value: Any) -> CodeLocation | None:
    if value is None or isinstance(value, CodeLocation):
        return value
    if isinstance(value, dict):
        return CodeLocation(**value)
    return CodeLocation(
        bucket_name=value.bucket_name,
        object_key=value.object_key,
        object_version=getattr(value, "object_version", None),
    )


def _to_strings(value: Any) -> tuple[str, ...] | None:
    return tuple(value) if value is not None else None


@lazy_frozen(kw_only=True)
class CodeImageConfig:
    """A container image and how it starts."""

    image_uri: str
    """The image URI."""
    cmd: tuple[str, ...] | None = attrs.field(default=None, converter=_to_strings)
    """The command (CMD). Default: the image's."""
    entrypoint: tuple[str, ...] | None = attrs.field(default=None, converter=_to_strings)
    """The entry point (ENTRYPOINT). Default: the image's."""
    working_directory: str | None = None
    """The working directory. Default: the image's."""


@lazy_frozen(kw_only=True)
class CodeConfig:
    """What a Code gives the function once bound."""

    image: CodeImageConfig | None = None
    """A container image. Default: none."""
    inline_code: str | None = None
    """Inline source. Default: none."""
    s3_location: CodeLocation | None = attrs.field(default=None, converter=_to_location)
    """S3 object. Default: none."""
    source_kms_key_arn: str | None = None
    """KMS key of the source object. Default: none."""


class Code:
    """The code of a Lambda function; use the `from_*` factories."""

    is_inline = False

    def bind(self, scope: Construct) -> CodeConfig:
        """Called when the function is created; returns where the code is."""
        raise NotImplementedError

    def bind_to_resource(self, resource: Any, *, resource_property: str | None = None) -> None:
        """Called after the function resource exists (asset metadata; nothing to do here)."""

    @staticmethod
    def from_inline(code: str) -> InlineCode:
        """Inline source code (`ZipFile`), for Node.js and Python runtimes."""
        return InlineCode(code)

    @staticmethod
    def from_bucket(bucket: Any, key: str, object_version: str | None = None) -> S3Code:
        """A zip file in S3; `bucket` is anything with a `bucket_name` (an IBucket)."""
        return S3Code(bucket, key, object_version)

    @staticmethod
    def from_bucket_v2(
        bucket: Any, key: str, *, object_version: str | None = None, source_kms_key: Any = None
    ) -> S3Code:
        """A zip file in S3, optionally encrypted with a KMS key (anything with `key_arn`)."""
        return S3Code(
            bucket, key, object_version, source_kms_key_arn=getattr(source_kms_key, "key_arn", None)
        )

    @staticmethod
    def from_asset(path: str, *, display_name: str | None = None) -> AssetCode:
        """A local directory (zipped) or `.zip` / `.jar` file, uploaded as a file asset."""
        return AssetCode(path, display_name=display_name)


class InlineCode(Code):
    """Inline source code."""

    is_inline = True

    def __init__(self, code: str) -> None:
        if not code:
            raise ValidationError(None, "code='' is empty; pass the function's source code")
        self.code = code

    def bind(self, scope: Construct) -> CodeConfig:
        return CodeConfig(inline_code=self.code)


class S3Code(Code):
    """A zip file in an S3 bucket."""

    def __init__(
        self,
        bucket: Any,
        key: str,
        object_version: str | None = None,
        *,
        source_kms_key_arn: str | None = None,
    ) -> None:
        bucket_name = getattr(bucket, "bucket_name", None)
        if bucket_name is None:
            raise ValidationError(
                None,
                f"bucket={bucket!r} has no bucket_name; pass an IBucket such as Bucket.from_bucket_name(...)",
            )
        self.bucket_name: str = bucket_name
        self.key = key
        self.object_version = object_version
        self.source_kms_key_arn = source_kms_key_arn

    def bind(self, scope: Construct) -> CodeConfig:
        return CodeConfig(
            s3_location=CodeLocation(
                bucket_name=self.bucket_name, object_key=self.key, object_version=self.object_version
            ),
            source_kms_key_arn=self.source_kms_key_arn,
        )


class AssetCode(Code):
    """A local directory or archive, staged into the cloud assembly and published to the asset bucket."""

    def __init__(self, path: str, *, display_name: str | None = None) -> None:
        self.path = path
        self.display_name = display_name
        self._asset_scope: Construct | None = None
        self._location: CodeLocation | None = None

    def bind(self, scope: Construct) -> CodeConfig:
        if self._asset_scope is None:
            self._location = self._publish(scope)
        elif Stack.of(self._asset_scope) is not Stack.of(scope):
            raise ValidationError(
                scope,
                f"code=Code.from_asset({self.path!r}) is already used in stack "
                f"{Stack.of(self._asset_scope).node.path!r}; create a new Code for each stack",
            )
        return CodeConfig(s3_location=self._location)

    def _publish(self, scope: Construct) -> CodeLocation:
        # aws-cdk-lib creates an s3_assets.Asset child named "Code"; it renders no resource.
        asset = Construct(scope, "Code")
        self._asset_scope = asset
        source = os.path.abspath(self.path)
        if not os.path.exists(source):
            raise ValidationError(
                asset, f"path={self.path!r} does not exist; pass a directory or a .zip file"
            )
        is_directory = os.path.isdir(source)
        if not is_directory and not source.lower().endswith(_ARCHIVE_EXTENSIONS):
            raise ValidationError(
                asset,
                f"path={self.path!r} is not a directory or a .zip or .jar file; zip it or pass its directory",
            )
        source_hash = fingerprint(source)
        if is_directory:
            staged_name = f"asset.{source_hash}"
            packaging = FileAssetPackaging.ZIP_DIRECTORY
        else:
            staged_name = f"asset.{source_hash}{os.path.splitext(source)[1]}"
            packaging = FileAssetPackaging.FILE
        root = asset.node.root
        stage_asset = getattr(root, "stage_asset", None)
        if callable(stage_asset):
            stage_asset(staged_name, source)
        stack = Stack.of(asset)
        location = stack.synthesizer.add_file_asset(
            FileAssetSource(
                source_hash=source_hash,
                file_name=staged_name,
                packaging=packaging,
                display_name=self.display_name or _stack_relative_path(asset, stack),
            )
        )
        return CodeLocation(bucket_name=location.bucket_name, object_key=location.object_key)


def _stack_relative_path(construct: Construct, stack: Stack) -> str:
    scopes = construct.node.scopes
    index = scopes.index(stack)
    return "/".join(s.node.id for s in scopes[index + 1 :])


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
        self.repository = repository
        self.cmd = cmd
        self.entrypoint = entrypoint
        self.tag_or_digest = tag_or_digest or tag or "latest"
        self.working_directory = working_directory

    def bind(self, scope: Construct) -> CodeConfig:
        from ..aws_iam import ServicePrincipal

        self.repository.grant_pull(ServicePrincipal("lambda.amazonaws.com"))
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
        self.directory = directory
        self.build_args = dict(build_args) if build_args is not None else None
        self.cmd = cmd
        self.display_name = display_name
        self.entrypoint = entrypoint
        self.exclude = list(exclude or ())
        self.extra_hash = extra_hash
        self.file = file
        self.platform: str | None = getattr(platform, "platform", platform)
        self.target = target
        self.working_directory = working_directory
        self._asset_scope: Construct | None = None
        self._image_uri = ""

    def bind(self, scope: Construct) -> CodeConfig:
        if self._asset_scope is None:
            self._image_uri = self._publish(scope)
        elif Stack.of(self._asset_scope) is not Stack.of(scope):
            raise ValidationError(
                scope,
                f"code=DockerImageCode.from_image_asset({self.directory!r}) is already used in stack "
                f"{Stack.of(self._asset_scope).node.path!r}; create a new code object for each stack",
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
        asset = Construct(scope, "AssetImage")
        self._asset_scope = asset
        directory = os.path.abspath(self.directory)
        if not os.path.isdir(directory):
            raise ValidationError(asset, f"directory={self.directory!r} does not exist; pass a directory")
        docker_file = self.file or "Dockerfile"
        if not os.path.isfile(os.path.join(directory, docker_file)):
            raise ValidationError(
                asset, f"file={docker_file!r} is not in {self.directory!r}; add it or pass file=<its path>"
            )
        source_hash = fingerprint(
            directory,
            exclude=[".is_custom_resource", *self._exclude_patterns(directory, docker_file)],
            extra_hash=self._extra_hash(),
            ignore_mode=IgnoreMode.DOCKER,
        )
        staged_name = f"asset.{source_hash}"
        stage_asset = getattr(asset.node.root, "stage_asset", None)
        if stage_asset is not None:
            stage_asset(staged_name, directory)
        stack = Stack.of(asset)
        location = stack.synthesizer.add_docker_image_asset(
            DockerImageAssetSource(
                source_hash=source_hash,
                directory_name=staged_name,
                display_name=self.display_name or _stack_relative_path(asset, stack),
                docker_build_args=self.build_args,
                docker_build_target=self.target,
                docker_file=self.file,
                platform=self.platform,
            )
        )
        return location.image_uri

    def _exclude_patterns(self, directory: str, docker_file: str) -> list[str]:
        patterns = list(self.exclude)
        ignore_file = os.path.join(directory, ".dockerignore")
        if os.path.isfile(ignore_file):
            with open(ignore_file, encoding="utf-8") as handle:
                lines = [line for line in handle.read().split("\n") if line]
            patterns = [*lines, *patterns, "!.dockerignore"]
        patterns.append(f"!{os.path.basename(docker_file)}")
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
        return json.dumps(options, separators=(",", ":"), ensure_ascii=False)
