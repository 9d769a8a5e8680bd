"""CodeSigningConfig: which signing profiles a function's code must be signed by
(`AWS::Lambda::CodeSigningConfig`), new or imported."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_lambda import CfnCodeSigningConfig, CodeSigningConfigReference
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.converters import to_tuple
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from ..interfaces.aws_lambda import ICodeSigningConfigRef

# AllowedPublishers.SigningProfileVersionArns of AWS::Lambda::CodeSigningConfig takes 1 to 20 ARNs.
_MAX_SIGNING_PROFILES = 20
_MAX_DESCRIPTION = 256
_ARN_SHAPE = "arn:<partition>:lambda:<region>:<account>:code-signing-config:<id>"


class UntrustedArtifactOnDeployment(SimpleEnum):
    """What Lambda does when a deployment's code fails the signature checks."""

    ENFORCE = "Enforce"
    """Block the deployment."""
    WARN = "Warn"
    """Allow the deployment and log a warning to CloudWatch."""


class ISigningProfile(Protocol):
    """A signing profile of AWS Signer, or any object with its signing_profile_version_arn.

    aws_cdk's `aws_signer.ISigningProfile`; this package has no aws_signer module, so the signing profiles
    of a CodeSigningConfig are taken by this one attribute.
    """

    @property
    def signing_profile_version_arn(self) -> str:
        """The ARN of the signing profile's version."""
        ...


@runtime_checkable
class ICodeSigningConfig(IResource, ICodeSigningConfigRef, Protocol):
    """A code signing configuration, defined in this app or imported."""

    @property
    def code_signing_config_arn(self) -> str:
        """The configuration's ARN."""
        ...

    @property
    def code_signing_config_id(self) -> str:
        """The configuration's id (`csc-...`)."""
        ...


@lazy_frozen(kw_only=True)
class CodeSigningConfigProps(metaclass=LazyAttrsMeta):
    """Properties of a CodeSigningConfig."""

    signing_profiles: tuple[ISigningProfile, ...] = field(converter=to_tuple)
    """The signing profiles whose signatures the code may carry (1 to 20)."""
    description: str | None = None
    """A description, up to 256 characters. Default: none."""
    untrusted_artifact_on_deployment: UntrustedArtifactOnDeployment | None = None
    """What happens to a deployment whose signature checks fail.
    Default: UntrustedArtifactOnDeployment.WARN."""


class _CodeSigningConfigBase(Resource):
    code_signing_config_arn: str
    code_signing_config_id: str

    @property
    def code_signing_config_ref(self) -> CodeSigningConfigReference:
        """A reference to the configuration: its ARN."""
        return CodeSigningConfigReference(code_signing_config_arn=self.code_signing_config_arn)


class CodeSigningConfig(_CodeSigningConfigBase):
    """A code signing configuration (`AWS::Lambda::CodeSigningConfig`), for a Function's
    `code_signing_config`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        signing_profiles: Sequence[ISigningProfile],
        description: str | None = None,
        untrusted_artifact_on_deployment: UntrustedArtifactOnDeployment | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = CodeSigningConfigProps(
            signing_profiles=signing_profiles,
            description=description,
            untrusted_artifact_on_deployment=untrusted_artifact_on_deployment,
        )
        # Differs from aws-cdk-lib, which renders these and leaves CloudFormation to reject them.
        count = len(props.signing_profiles)
        if not 1 <= count <= _MAX_SIGNING_PROFILES:
            raise ValidationError(
                self,
                f"signing_profiles lists {count} signing profiles; pass 1 to {_MAX_SIGNING_PROFILES}",
            )
        text = props.description
        if text is not None and not Token.is_unresolved(text) and len(text) > _MAX_DESCRIPTION:
            raise ValidationError(
                self, f"description is {len(text)} characters long; use at most {_MAX_DESCRIPTION}"
            )
        policy = props.untrusted_artifact_on_deployment or UntrustedArtifactOnDeployment.WARN
        resource = CfnCodeSigningConfig(
            self,
            "Resource",
            allowed_publishers=CfnCodeSigningConfig.AllowedPublishersProperty(
                signing_profile_version_arns=[p.signing_profile_version_arn for p in props.signing_profiles]
            ),
            code_signing_policies=CfnCodeSigningConfig.CodeSigningPoliciesProperty(
                untrusted_artifact_on_deployment=policy.value
            ),
            description=props.description,
        )
        self.code_signing_config_arn = resource.attr_code_signing_config_arn
        self.code_signing_config_id = resource.attr_code_signing_config_id

    @staticmethod
    def from_code_signing_config_arn(
        scope: Construct, id: str, code_signing_config_arn: str
    ) -> ICodeSigningConfig:
        """An existing code signing configuration, by ARN (its id is the ARN's last part)."""
        return _ImportedCodeSigningConfig(scope, id, code_signing_config_arn)


class _ImportedCodeSigningConfig(_CodeSigningConfigBase):
    def __init__(self, scope: Construct, id: str, code_signing_config_arn: str) -> None:
        super().__init__(scope, id)
        problem = f"code_signing_config_arn={code_signing_config_arn!r} has no configuration id"
        try:
            # A literal ARN is taken apart here, a token with Fn::Select and Fn::Split, as in aws-cdk-lib.
            config_id = self.stack.split_arn(
                code_signing_config_arn, ArnFormat.SLASH_RESOURCE_NAME
            ).resource_name
        except ValueError:
            config_id, problem = None, f"code_signing_config_arn={code_signing_config_arn!r} is not an ARN"
        if not config_id:
            raise ValidationError(self, f"{problem}; use {_ARN_SHAPE}")
        self.code_signing_config_arn = code_signing_config_arn
        self.code_signing_config_id = config_id
