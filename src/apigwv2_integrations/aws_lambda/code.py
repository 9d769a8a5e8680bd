"""Code: where a Lambda function's code comes from (inline, an S3 object, a local asset or an image); the
kinds other than inline code live in their own modules, loaded when an app uses them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam import IGrantable
    from ..aws_kms import IKey
    from ..aws_s3 import IBucket
    from ..core.asset_types import AssetHashType, IgnoreMode, SymlinkFollowMode
    from ..core.bundling import BundlingOptions
    from ..core.cfn_parameter import CfnParameter
    from .asset_code import AssetCode
    from .image_code import AssetImageCode, EcrImageCode
    from .s3_code import CfnParametersCode, S3Code, S3CodeV2


class S3ObjectStorageMode(SimpleEnum):
    """How Lambda stores a code package that comes from S3."""

    COPY = "COPY"
    """Lambda copies the package into storage it manages."""
    REFERENCE = "REFERENCE"
    """Lambda reads the package from the bucket (a versioned object) whenever it needs it."""


@lazy_frozen(kw_only=True)
class CodeLocation(metaclass=LazyAttrsMeta):
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


@lazy_frozen(kw_only=True)
class CodeImageConfig(metaclass=LazyAttrsMeta):
    """A container image and how it starts."""

    image_uri: str
    """The image URI."""
    cmd: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The command (CMD). Default: the image's."""
    entrypoint: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The entry point (ENTRYPOINT). Default: the image's."""
    working_directory: str | None = None
    """The working directory. Default: the image's."""


@lazy_frozen(kw_only=True)
class CodeConfig(metaclass=LazyAttrsMeta):
    """What a Code gives the function once bound."""

    image: CodeImageConfig | None = None
    """A container image. Default: none."""
    inline_code: str | None = None
    """Inline source. Default: none."""
    s3_location: CodeLocation | None = field(default=None, converter=_to_location)
    """S3 object. Default: none."""
    source_kms_key_arn: str | None = None
    """KMS key of the source object. Default: none."""
    s3_object_storage_mode: S3ObjectStorageMode | None = None
    """How Lambda stores the S3 object. Default: S3ObjectStorageMode.COPY (not rendered)."""


@lazy_frozen(kw_only=True)
class ResourceBindOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Code.bind_to_resource`."""

    resource_property: str | None = None
    """The resource property that holds the code, for asset metadata. Default: "Code"."""


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
    def from_bucket(bucket: IBucket, key: str, object_version: str | None = None) -> S3Code:
        """A zip file in S3."""
        from .s3_code import S3Code, warn_unversioned_object  # deferred, as every kind of code but inline

        if object_version is None:
            warn_unversioned_object(bucket, "objectVersion", "S3Code.fromBucket()")
        return S3Code(bucket, key, object_version)

    @staticmethod
    def from_bucket_v2(
        bucket: IBucket,
        key: str,
        *,
        object_version: str | None = None,
        s3_object_storage_mode: S3ObjectStorageMode | None = None,
        source_kms_key: IKey | None = None,
    ) -> S3CodeV2:
        """A zip file in S3, optionally encrypted with a KMS key or read in place by Lambda."""
        from .s3_code import BucketOptions, S3CodeV2, warn_unversioned_object

        options = BucketOptions(
            object_version=object_version,
            s3_object_storage_mode=s3_object_storage_mode,
            source_kms_key=source_kms_key,
        )
        if options.object_version is None:
            warn_unversioned_object(bucket, "options.objectVersion", "S3Code.fromBucketV2()")
        if options.s3_object_storage_mode is S3ObjectStorageMode.REFERENCE and options.object_version is None:
            raise ValidationError(
                None,
                f"s3_object_storage_mode=S3ObjectStorageMode.REFERENCE needs object_version: Lambda reads "
                f"only a versioned object in place; pass object_version= (the version of {key!r})",
            )
        return S3CodeV2(
            bucket,
            key,
            object_version=options.object_version,
            s3_object_storage_mode=options.s3_object_storage_mode,
            source_kms_key=options.source_kms_key,
        )

    @staticmethod
    def from_asset(
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
    ) -> AssetCode:
        """A local directory (zipped) or `.zip` / `.jar` file, uploaded as a file asset."""
        from .asset_code import AssetCode

        return AssetCode(
            path,
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

    @staticmethod
    def from_custom_command(
        output: str,
        command: Sequence[str],
        *,
        command_options: Mapping[str, Any] | None = None,
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
    ) -> AssetCode:
        """Run `command` now (argument list, no shell unless `command_options` says so), then use `output`
        (the folder or archive it wrote) as `Code.from_asset` does."""
        from ._custom_command import run_build_command  # deferred: only apps that build their code

        run_build_command(command, command_options)
        return Code.from_asset(
            output,
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

    @staticmethod
    def from_ecr_image(
        repository: Any,
        *,
        cmd: Sequence[str] | None = None,
        entrypoint: Sequence[str] | None = None,
        tag: str | None = None,
        tag_or_digest: str | None = None,
        working_directory: str | None = None,
    ) -> EcrImageCode:
        """An image in an ECR repository (an `aws_ecr.IRepository`), for `Runtime.FROM_IMAGE` functions.
        Default tag: latest."""
        from .image_code import EcrImageCode

        return EcrImageCode(
            repository,
            cmd=cmd,
            entrypoint=entrypoint,
            tag=tag,
            tag_or_digest=tag_or_digest,
            working_directory=working_directory,
        )

    @staticmethod
    def from_asset_image(
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
    ) -> AssetImageCode:
        """An image built from `directory` (with a Dockerfile) when the app is deployed, for
        `Runtime.FROM_IMAGE` functions."""
        from .image_code import AssetImageCode

        return AssetImageCode(
            directory,
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

    @staticmethod
    def from_cfn_parameters(
        *,
        bucket_name_param: CfnParameter | None = None,
        object_key_param: CfnParameter | None = None,
        source_kms_key: IKey | None = None,
    ) -> CfnParametersCode:
        """A zip file in S3 named by two CloudFormation parameters, given or created on first use."""
        from .s3_code import CfnParametersCode

        return CfnParametersCode(
            bucket_name_param=bucket_name_param,
            object_key_param=object_key_param,
            source_kms_key=source_kms_key,
        )


class InlineCode(Code):
    """Inline source code."""

    is_inline = True

    def __init__(self, code: str) -> None:
        if not code:
            raise ValidationError(None, "code='' is empty; pass the function's source code")
        self.code = code

    def bind(self, scope: Construct) -> CodeConfig:
        return CodeConfig(inline_code=self.code)


def check_same_stack(published_in: Construct, scope: Construct, code: str, kind: str) -> None:
    """An asset is published for one stack; a code object that holds one cannot serve another stack."""
    if Stack.of(published_in) is not Stack.of(scope):
        raise ValidationError(
            scope,
            f"code={code} is already used in stack {Stack.of(published_in).node.path!r}; "
            f"create a new {kind} for each stack",
        )
