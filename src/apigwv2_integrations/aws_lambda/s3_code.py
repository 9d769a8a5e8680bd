"""Code in S3: an object of a bucket (`Code.from_bucket`, `from_bucket_v2`), or one named by two
CloudFormation parameters (`Code.from_cfn_parameters`)."""

from __future__ import annotations

from ..aws_iam import PolicyStatement, ServicePrincipal
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token
from .code import Code, CodeConfig, CodeLocation, S3ObjectStorageMode

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey
    from ..aws_s3 import IBucket
    from ..core.cfn_parameter import CfnParameter

_SELF_MANAGED_STORAGE_DOCS = (
    "https://docs.aws.amazon.com/lambda/latest/dg/configuration-self-managed-storage.html"
)


@lazy_frozen(kw_only=True)
class BucketOptions(metaclass=LazyAttrsMeta):
    """The keywords of `Code.from_bucket_v2`."""

    object_version: str | None = None
    """The S3 object version; needed with S3ObjectStorageMode.REFERENCE. Default: the latest."""
    s3_object_storage_mode: S3ObjectStorageMode | None = None
    """How Lambda stores the package. Default: S3ObjectStorageMode.COPY (not rendered)."""
    source_kms_key: IKey | None = None
    """The KMS key Lambda encrypts the package with in its own storage. Default: an AWS owned key."""


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


def warn_unversioned_object(bucket: IBucket, option: str, method: str) -> None:
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
