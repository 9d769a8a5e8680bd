"""Code: where a Lambda function's code comes from (inline, an S3 object, or a local asset)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from ..aws_iam import IGrantable, PolicyStatement, ServicePrincipal
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.assets import (
    AssetHashType,
    IgnoreMode,
    SymlinkFollowMode,
    add_asset_metadata,
    as_bundling_options,
    assembly_folder_inside,
    fingerprint,
)
from ..core.construct import Construct
from ..core.converters import optional_dict, optional_tuple
from ..core.errors import ArgumentTypeError, ValidationError
from ..core.json_dumps import dumps as json_dumps
from ..core.names import Names
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.stage import Stage, staged_asset_path
from ..core.stand_in import docker_image_asset_node, file_asset_node
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey
    from ..aws_s3 import IBucket
    from ..aws_s3_assets import Asset
    from ..core.bundling import BundlingOptions
    from ..core.cfn_parameter import CfnParameter

_ARCHIVE_EXTENSIONS = (".zip", ".jar")
_SELF_MANAGED_STORAGE_DOCS = (
    "https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html"
)


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


@lazy_frozen(kw_only=True)
class BucketOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Code.from_bucket_v2`."""

    object_version: str | None = None
    """The S3 object version; needed with S3ObjectStorageMode.REFERENCE. Default: the latest."""
    s3_object_storage_mode: S3ObjectStorageMode | None = None
    """How Lambda stores the package. Default: S3ObjectStorageMode.COPY (not rendered)."""
    source_kms_key: IKey | None = None
    """The KMS key Lambda encrypts the package with in its own storage. Default: an AWS owned key."""


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
        if object_version is None:
            _warn_unversioned_object(bucket, "objectVersion", "S3Code.fromBucket()")
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
        options = BucketOptions(
            object_version=object_version,
            s3_object_storage_mode=s3_object_storage_mode,
            source_kms_key=source_kms_key,
        )
        if options.object_version is None:
            _warn_unversioned_object(bucket, "options.objectVersion", "S3Code.fromBucketV2()")
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


class S3Code(Code):
    """A zip file in an S3 bucket."""

    def __init__(
        self,
        bucket: IBucket,
        key: str,
        object_version: str | None = None,
        *,
        source_kms_key_arn: str | None = None,
        s3_object_storage_mode: S3ObjectStorageMode | None = None,
    ) -> None:
        self.bucket_name: str = bucket.bucket_name
        self.key = key
        self.object_version = object_version
        self.source_kms_key_arn = source_kms_key_arn
        self.s3_object_storage_mode = s3_object_storage_mode
        self._bucket = bucket

    def bind(self, scope: Construct) -> CodeConfig:
        return CodeConfig(
            s3_location=CodeLocation(
                bucket_name=self.bucket_name, object_key=self.key, object_version=self.object_version
            ),
            source_kms_key_arn=self.source_kms_key_arn,
            s3_object_storage_mode=self.s3_object_storage_mode,
        )

    def bind_to_resource(self, resource: Any, *, resource_property: str | None = None) -> None:
        """Under S3ObjectStorageMode.REFERENCE, let Lambda read the object: a bucket policy statement for
        the function or layer (by name when it has a literal one), and kms:Decrypt in the policy of the
        bucket's key; the resource then depends on both."""
        if self.s3_object_storage_mode is not S3ObjectStorageMode.REFERENCE:
            return
        is_layer = resource_property == "Content"
        kind = "layer" if is_layer else "function"
        name = getattr(resource, "layer_name" if is_layer else "function_name", None)
        if name is None or Token.is_unresolved(name):
            # A name CloudFormation generates would make the policy and the resource depend on each other.
            name = "*"
            # aws-cdk-lib's text, names in camelCase included, so the warning reads the same.
            Annotations.of(resource).add_warning_v2(
                "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn",
                "To avoid a circular dependency between the S3 bucket policy and the Lambda resource during "
                "deployment, a wildcard is used in the aws:SourceArn condition to match all Lambda "
                f"{kind}s in this account (access is still limited to this account via aws:SourceAccount).\n"
                "It is strongly recommended to further scope down the policy by specifying an explicit "
                f"{'layerVersionName' if is_layer else 'functionName'}, following the guidance in the "
                '"Self-managed S3 code storage" section of the module README.',
            )
        stack = Stack.of(resource)
        lambda_service = ServicePrincipal("lambda.amazonaws.com")
        source_arn = stack.format_arn(
            service="lambda", resource=kind, resource_name=name, arn_format=ArnFormat.COLON_RESOURCE_NAME
        )
        statement = PolicyStatement(
            principals=[lambda_service],
            actions=["s3:GetObject", "s3:GetObjectVersion"],
            resources=[self._bucket.arn_for_objects(self.key)],
            conditions={
                "StringEquals": {"aws:SourceAccount": stack.account},
                "ArnLike": {"aws:SourceArn": source_arn},
            },
        )
        result = self._bucket.add_to_resource_policy(statement)
        if result.statement_added:
            if result.policy_dependable is not None:
                resource.node.add_dependency(result.policy_dependable)
        else:
            Annotations.of(resource).add_warning_v2(
                "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy",
                "Cannot update the policy of an imported bucket for S3ObjectStorageMode.REFERENCE. Grant "
                "the lambda.amazonaws.com service principal s3:GetObject and s3:GetObjectVersion on the "
                f"referenced object manually. See {_SELF_MANAGED_STORAGE_DOCS} for the required policy.",
            )
        key = self._bucket.encryption_key
        if key is None:
            return
        key_statement = PolicyStatement(
            principals=[lambda_service],
            actions=["kms:Decrypt"],
            resources=["*"],
            conditions={
                "StringEquals": {
                    "aws:SourceAccount": stack.account,
                    "kms:ViaService": f"s3.{stack.region}.amazonaws.com",
                },
                "ArnLike": {"aws:SourceArn": source_arn},
            },
        )
        if key.add_to_resource_policy(key_statement, True).statement_added:
            resource.node.add_dependency(key)
        else:
            Annotations.of(resource).add_warning_v2(
                "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedKeyPolicy",
                "Cannot update the policy of the KMS key encrypting the code bucket for "
                "S3ObjectStorageMode.REFERENCE. Grant the lambda.amazonaws.com service principal kms:Decrypt "
                f"on that key manually. See {_SELF_MANAGED_STORAGE_DOCS} for the required policy.",
            )


def _warn_unversioned_object(bucket: IBucket, option: str, method: str) -> None:
    if not isinstance(bucket, Construct):
        return  # not a bucket: S3Code reports the wrong type
    # aws-cdk-lib's text (its option and method names included), so the warning reads the same.
    Annotations.of(bucket).add_warning_v2(
        "@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified",
        f"{option} is not defined for {method}. The lambda will not be updated automatically if the code "
        "in the bucket is updated. This is because CDK/Cloudformation does not track changes on the source "
        f"S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set {option}.",
    )


class S3CodeV2(S3Code):
    """A zip file in an S3 bucket, with the options of `Code.from_bucket_v2`."""

    def __init__(
        self,
        bucket: IBucket,
        key: str,
        *,
        object_version: str | None = None,
        s3_object_storage_mode: S3ObjectStorageMode | None = None,
        source_kms_key: IKey | None = None,
    ) -> None:
        super().__init__(
            bucket,
            key,
            object_version,
            source_kms_key_arn=source_kms_key.key_arn if source_kms_key is not None else None,
            s3_object_storage_mode=s3_object_storage_mode,
        )


@lazy_frozen(kw_only=True)
class CfnParametersCodeProps(metaclass=LazyAttrsMeta):
    """The parameters of a `CfnParametersCode`."""

    bucket_name_param: CfnParameter | None = None
    """The `CfnParameter` naming the bucket. Default: a `String` parameter created on first use."""
    object_key_param: CfnParameter | None = None
    """The `CfnParameter` naming the object key. Default: a `String` parameter created on first use."""
    source_kms_key: IKey | None = None
    """The KMS key the object is encrypted with. Default: none."""


class CfnParametersCode(Code):
    """A zip file in S3 whose bucket and key are CloudFormation parameters, set when the stack is deployed.

    Without parameters, the first function it is given creates them as its children
    (`LambdaSourceBucketNameParameter`, `LambdaSourceObjectKeyParameter`); every later function reuses them.
    """

    def __init__(
        self,
        *,
        bucket_name_param: CfnParameter | None = None,
        object_key_param: CfnParameter | None = None,
        source_kms_key: IKey | None = None,
    ) -> None:
        self._bucket_name_param = bucket_name_param
        self._object_key_param = object_key_param
        self._source_kms_key = source_kms_key

    def bind(self, scope: Construct) -> CodeConfig:
        from ..core.cfn_parameter import CfnParameter  # deferred: parameters load only for this code

        if self._bucket_name_param is None:
            self._bucket_name_param = CfnParameter(scope, "LambdaSourceBucketNameParameter", type="String")
        if self._object_key_param is None:
            self._object_key_param = CfnParameter(scope, "LambdaSourceObjectKeyParameter", type="String")
        return CodeConfig(
            s3_location=CodeLocation(
                bucket_name=self._bucket_name_param.value_as_string,
                object_key=self._object_key_param.value_as_string,
            ),
            source_kms_key_arn=self._source_kms_key.key_arn if self._source_kms_key else None,
        )

    def assign(
        self, *, bucket_name: str, object_key: str, object_version: str | None = None
    ) -> dict[str, Any]:
        """The parameter values that deploy the code at this location: `{logical id: value}`."""
        return {self.bucket_name_param: bucket_name, self.object_key_param: object_key}

    @property
    def bucket_name_param(self) -> str:
        """The logical ID of the bucket name parameter."""
        return self._logical_id(self._bucket_name_param, "bucket_name_param")

    @property
    def object_key_param(self) -> str:
        """The logical ID of the object key parameter."""
        return self._logical_id(self._object_key_param, "object_key_param")

    @staticmethod
    def _logical_id(parameter: Any, name: str) -> str:
        if parameter is None:
            raise ValidationError(
                None,
                f"{name} is read before the code has a parameter; pass the CfnParametersCode to a Function "
                f"first, or create it with {name}=CfnParameter(...)",
            )
        logical_id: str = parameter.logical_id
        return logical_id


def _check_same_stack(published_in: Construct, scope: Construct, code: str, kind: str) -> None:
    """An asset is published for one stack; a code object that holds one cannot serve another stack."""
    if Stack.of(published_in) is not Stack.of(scope):
        raise ValidationError(
            scope,
            f"code={code} is already used in stack {Stack.of(published_in).node.path!r}; "
            f"create a new {kind} for each stack",
        )


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
            _check_same_stack(self._asset_scope, scope, f"Code.from_asset({self.path!r})", "Code")
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
            _check_same_stack(
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
