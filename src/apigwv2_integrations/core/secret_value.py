"""SecretValue: a secret whose value CloudFormation reads at deploy time, kept out of the template text."""

from __future__ import annotations

from .cfn_dynamic_reference import CfnDynamicReference, CfnDynamicReferenceService
from .cfn_reference import CfnReference
from .errors import ValidationError
from .feature_flags import FeatureFlags
from .runtime_typing import TYPE_CHECKING
from .tokens.token import Intrinsic, IResolveContext, ResolutionTypeHint, Token, Tokenization

if TYPE_CHECKING:
    from typing import Any

    from .cfn_parameter import CfnParameter

_CHECK_SECRET_USAGE = "@aws-cdk/core:checkSecretUsage"


class SecretValue(Intrinsic):
    """A secret: a dynamic reference, a NoEcho parameter, a resource attribute or (unsafely) plain text."""

    def __init__(
        self,
        protected_value: Any,
        *,
        stack_trace: bool | None = None,
        type_hint: ResolutionTypeHint | None = None,
    ) -> None:
        super().__init__(protected_value, stack_trace=stack_trace, type_hint=type_hint)
        self._raw_value = protected_value

    @staticmethod
    def is_secret_value(x: Any) -> bool:
        """True when `x` is a SecretValue."""
        return isinstance(x, SecretValue)

    @staticmethod
    def plain_text(secret: str) -> SecretValue:
        """A secret written into the template as is (deprecated in aws_cdk: use unsafe_plain_text)."""
        return SecretValue(secret)

    @staticmethod
    def unsafe_plain_text(secret: str) -> SecretValue:
        """A secret written into the template as is: anyone who can read the template can read it."""
        return SecretValue(secret)

    @staticmethod
    def secrets_manager(
        secret_id: str,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> SecretValue:
        """A Secrets Manager secret (or one JSON field of it), by name or ARN."""
        key = SecretValue.cfn_dynamic_reference_key(
            secret_id, json_field=json_field, version_id=version_id, version_stage=version_stage
        )
        return SecretValue.cfn_dynamic_reference(
            CfnDynamicReference(CfnDynamicReferenceService.SECRETS_MANAGER, key)
        )

    @staticmethod
    def cfn_dynamic_reference_key(
        secret_id: str,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> str:
        """The key of a Secrets Manager dynamic reference: `id:SecretString:field:stage:version`."""
        if not secret_id:
            raise ValidationError(None, "secret_id='' is empty; pass the secret's name or ARN")
        if not Token.is_unresolved(secret_id) and not secret_id.startswith("arn:") and ":" in secret_id:
            raise ValidationError(
                None, f"secret_id={secret_id!r} is not an ARN but contains ':'; pass the name or the full ARN"
            )
        if version_stage and version_id:
            raise ValidationError(
                None,
                f"version_stage={version_stage!r} and version_id={version_id!r} are both set; set only one",
            )
        return ":".join([secret_id, "SecretString", json_field or "", version_stage or "", version_id or ""])

    @staticmethod
    def ssm_secure(parameter_name: str, version: str | None = None) -> SecretValue:
        """A SecureString SSM parameter (optionally one version of it)."""
        key = f"{parameter_name}:{version}" if version else parameter_name
        return SecretValue.cfn_dynamic_reference(
            CfnDynamicReference(CfnDynamicReferenceService.SSM_SECURE, key)
        )

    @staticmethod
    def cfn_dynamic_reference(ref: CfnDynamicReference) -> SecretValue:
        """Any dynamic reference."""
        return SecretValue(ref)

    @staticmethod
    def cfn_parameter(param: CfnParameter) -> SecretValue:
        """A CloudFormation parameter; it must have no_echo=True."""
        if not param.no_echo:
            raise ValidationError(
                param, "no_echo is not set; a parameter holding a secret needs no_echo=True"
            )
        return SecretValue(param.value)

    @staticmethod
    def resource_attribute(attr: str) -> SecretValue:
        """An attribute of a resource in this app (such as a generated password)."""
        token = Tokenization.reverse(attr, fail_concat=False)
        if not isinstance(token, CfnReference) or not hasattr(token.target, "cfn_resource_type"):
            raise ValidationError(
                None, f"attr={attr!r} is not a resource attribute; pass something like resource.attr_password"
            )
        return SecretValue(attr)

    def unsafe_unwrap(self) -> str:
        """The secret as a string token: it can end up in plain text wherever it is used."""
        return Token.as_string(self._raw_value)

    def resolve(self, context: IResolveContext) -> Any:
        if FeatureFlags.of(context.scope).is_enabled(_CHECK_SECRET_USAGE):
            # Differs from aws-cdk-lib: the resolver keeps no document path, so the construct is named.
            raise ValidationError(
                context.scope,
                "a SecretValue is rendered into the template, which risks exposing it "
                "(@aws-cdk/core:checkSecretUsage is on); pass SecretValues only to properties that take one, "
                "or call unsafe_unwrap() if you accept the risk",
            )
        return super().resolve(context)

    def __repr__(self) -> str:
        return "SecretValue(<secret>)"
