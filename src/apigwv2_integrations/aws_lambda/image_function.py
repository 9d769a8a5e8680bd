"""DockerImageFunction: a function whose code is a container image; DockerImageCode."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..core.construct import Construct
from .architecture import Architecture
from .code import AssetImageCode, Code, EcrImageCode
from .function import Function
from .handler import Handler
from .runtime import Runtime


class DockerImageCode:
    """Where a container image function's image comes from."""

    def _bind(self, architecture: Architecture | None = None) -> Code:
        raise NotImplementedError(f"{type(self).__name__} must give its code")

    @staticmethod
    def from_ecr(
        repository: Any,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> DockerImageCode:
        """An image in an ECR repository (an `aws_ecr.IRepository`). Default tag: latest."""
        code = EcrImageCode(
            repository,
            cmd=cmd,
            entrypoint=entrypoint,
            tag=tag,
            tag_or_digest=tag_or_digest,
            working_directory=working_directory,
        )
        return _FixedImageCode(code)

    @staticmethod
    def from_image_asset(
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
    ) -> DockerImageCode:
        """An image built from a local directory; the function's architecture sets the platform."""
        options: dict[str, Any] = {
            "build_args": build_args,
            "cmd": cmd,
            "display_name": display_name,
            "entrypoint": entrypoint,
            "exclude": exclude,
            "extra_hash": extra_hash,
            "file": file,
            "platform": platform,
            "target": target,
            "working_directory": working_directory,
        }
        return _AssetImageCodeFactory(directory, options)


class _FixedImageCode(DockerImageCode):
    def __init__(self, code: Code) -> None:
        self._code = code

    def _bind(self, architecture: Architecture | None = None) -> Code:
        return self._code


class _AssetImageCodeFactory(DockerImageCode):
    def __init__(self, directory: str, options: dict[str, Any]) -> None:
        self._directory = directory
        self._options = options

    def _bind(self, architecture: Architecture | None = None) -> Code:
        options = dict(self._options)
        if options["platform"] is None and architecture is not None:
            options["platform"] = architecture.docker_platform
        return AssetImageCode(self._directory, **options)


class DockerImageFunction(Function):
    """A Lambda function that runs a container image (`PackageType: Image`)."""

    def __init__(self, scope: Construct, id: str, *, code: DockerImageCode, **options: Any) -> None:
        if not isinstance(code, DockerImageCode):
            raise TypeError(
                f"{scope.node.path}/{id}: code={code!r} is a {type(code).__name__}; use "
                "DockerImageCode.from_image_asset(...) or DockerImageCode.from_ecr(...)"
            )
        super().__init__(
            scope,
            id,
            code=code._bind(options.get("architecture")),
            handler=Handler.FROM_IMAGE,
            runtime=Runtime.FROM_IMAGE,
            **options,
        )
