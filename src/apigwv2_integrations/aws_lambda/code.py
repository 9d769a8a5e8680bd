"""Code: where a Lambda function's code comes from (inline, an S3 object, or a local asset)."""

from __future__ import annotations

import os
from typing import Any

import attrs

from ..core.assets import FileAssetPackaging, FileAssetSource, fingerprint
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


@lazy_frozen(kw_only=True)
class CodeConfig:
    """What a Code gives the function once bound."""

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
