"""Secret: a Secrets Manager secret (`AWS::SecretsManager::Secret`), and secrets imported by name or ARN."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..aws_iam.arn_principals import AccountPrincipal, AccountRootPrincipal
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import ResourcePolicyChecks
from ..aws_iam.policy_statement import Effect, PolicyStatement
from ..aws_iam.principals import IGrantable, IPrincipal
from ..aws_kms import IKey, ViaServicePrincipal
from ..cfn.aws_secretsmanager import (
    CfnSecret,
    CfnSecretTargetAttachment,
    SecretReference,
    SecretTargetAttachmentReference,
)
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.secret_value import SecretValue
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token, TokenComparison
from .policy import ResourcePolicy
from .rotation_schedule import HostedRotation, RotationSchedule, _RotationFunction

if TYPE_CHECKING:
    from typing import Any

_READ_ACTIONS = ("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret")
_WRITE_ACTIONS = (
    "secretsmanager:PutSecretValue",
    "secretsmanager:UpdateSecret",
    "secretsmanager:UpdateSecretVersionStage",
)
# Secrets Manager ends a secret's ARN with '-' and six random characters; policies on a partial
# ARN match them with '??????'.
_SUFFIX = re.compile(r"-[A-Za-z0-9]{6}$")
_SUFFIX_WILDCARD = "-??????"
_USE_ATTACHED_SECRET_POLICY = (
    "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments"
)


@lazy_frozen(kw_only=True)
class SecretStringGenerator(metaclass=LazyAttrsMeta):
    """How Secrets Manager generates the secret's value."""

    exclude_characters: str | None = None
    """Characters the value must not contain. Default: none."""
    exclude_lowercase: bool | None = None
    """Whether to leave out lower-case letters. Default: False."""
    exclude_numbers: bool | None = None
    """Whether to leave out digits. Default: False."""
    exclude_punctuation: bool | None = None
    """Whether to leave out punctuation. Default: False."""
    exclude_uppercase: bool | None = None
    """Whether to leave out upper-case letters. Default: False."""
    generate_string_key: str | None = None
    """The JSON key the generated value goes under in `secret_string_template`. Default: none."""
    include_space: bool | None = None
    """Whether the value may contain spaces. Default: False."""
    password_length: int | None = None
    """The value's length. Default: 32."""
    require_each_included_type: bool | None = None
    """Whether the value contains at least one character of each included type. Default: True."""
    secret_string_template: str | None = None
    """A JSON object the generated value is added to, under `generate_string_key`. Default: none."""


def _to_generator(value: SecretStringGenerator | Mapping[str, Any] | None) -> SecretStringGenerator | None:
    return SecretStringGenerator(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class ReplicaRegion(metaclass=LazyAttrsMeta):
    """A region the secret is replicated to."""

    region: str
    """The region."""
    encryption_key: IKey | None = None
    """The key that encrypts the replica. Default: the AWS managed key of Secrets Manager there."""


def _to_replica_region(value: ReplicaRegion | Mapping[str, Any]) -> ReplicaRegion:
    return ReplicaRegion(**value) if isinstance(value, Mapping) else value


def _to_replica_regions(
    value: Sequence[ReplicaRegion | Mapping[str, Any]] | None,
) -> tuple[ReplicaRegion, ...] | None:
    return tuple(_to_replica_region(v) for v in value) if value is not None else None


def _to_secret_object(value: Mapping[str, SecretValue] | None) -> Mapping[str, SecretValue] | None:
    return dict(value) if isinstance(value, Mapping) else value


class SecretStringValueBeta1:
    """A secret's value given as a string (deprecated in aws_cdk: prefer `SecretValue` and
    `secret_string_value`)."""

    def __init__(self, value: str) -> None:
        self._value = value

    @staticmethod
    def from_token(secret_value_from_token: str) -> SecretStringValueBeta1:
        """A value built from tokens, such as an access key's secret; a plain string is refused."""
        if not Token.is_unresolved(secret_value_from_token):
            raise ValidationError(
                None,
                f"secret_value_from_token={secret_value_from_token!r} is a plain string, which would be "
                "written into the template; use SecretStringValueBeta1.from_unsafe_plaintext if this is "
                "intentional",
            )
        return SecretStringValueBeta1(secret_value_from_token)

    @staticmethod
    def from_unsafe_plaintext(secret_value: str) -> SecretStringValueBeta1:
        """A literal value; it is written into the template, where anyone who can read it sees it."""
        return SecretStringValueBeta1(secret_value)

    def secret_value(self) -> str:
        """The value, as given."""
        return self._value

    def __repr__(self) -> str:
        return "SecretStringValueBeta1(<value hidden>)"


@lazy_frozen(kw_only=True)
class SecretProps(metaclass=LazyAttrsMeta):
    """Properties of a Secret."""

    description: str | None = None
    """What the secret is for. Default: none."""
    encryption_key: IKey | None = None
    """The key that encrypts the secret. Default: the AWS managed key of Secrets Manager."""
    generate_secret_string: SecretStringGenerator | None = field(default=None, converter=_to_generator)
    """How to generate the value. Default: a 32-character password, unless `secret_string_value` is set."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the secret when it leaves the stack. Default: RemovalPolicy.DESTROY."""
    replica_regions: tuple[ReplicaRegion, ...] | None = field(default=None, converter=_to_replica_regions)
    """Regions to replicate the secret to. Default: none."""
    secret_name: str | None = None
    """The secret's name. Default: generated by CloudFormation."""
    secret_object_value: Mapping[str, SecretValue] | None = field(default=None, converter=_to_secret_object)
    """Key -> value of a JSON object written as the secret's value (into the template). Default: none."""
    secret_string_beta1: SecretStringValueBeta1 | None = None
    """The value as a string (deprecated in aws_cdk: prefer `secret_string_value`; it is written into the
    template). Default: a generated value."""
    secret_string_value: SecretValue | None = None
    """The value, as given (it is written into the template). Default: a generated value."""


@lazy_frozen(kw_only=True)
class SecretAttributes(metaclass=LazyAttrsMeta):
    """An existing secret: its complete or partial ARN, and its key."""

    encryption_key: IKey | None = None
    """The key that encrypts the secret. Default: none."""
    secret_complete_arn: str | None = None
    """The ARN with the six-character suffix Secrets Manager adds. Default: none."""
    secret_partial_arn: str | None = None
    """The ARN without that suffix. Default: none."""


@runtime_checkable
class ISecret(IResource, Protocol):
    """A Secrets Manager secret, defined in this app or imported."""

    @property
    def secret_arn(self) -> str:
        """The secret's ARN (complete or partial, as known)."""
        ...

    @property
    def secret_name(self) -> str:
        """The secret's name."""
        ...

    @property
    def secret_full_arn(self) -> str | None:
        """The complete ARN, when it is known."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The key that encrypts the secret, when known."""
        ...

    @property
    def secret_value(self) -> SecretValue:
        """The secret's value, as a dynamic reference."""
        ...

    @property
    def secret_ref(self) -> SecretReference:
        """A reference to the secret: its ARN."""
        ...

    def secret_value_from_json(self, json_field: str) -> SecretValue:
        """One field of the secret's JSON value, as a dynamic reference."""
        ...

    def cfn_dynamic_reference_key(
        self,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> str:
        """The key of a dynamic reference to the secret (`<arn>:SecretString:<field>:<stage>:<version>`)."""
        ...

    def grant_read(self, grantee: IGrantable, version_stages: Sequence[str] | None = None) -> Grant:
        """Let `grantee` read the secret's value (only the given version stages, when given)."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` change the secret's value."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the secret's resource policy."""
        ...

    def deny_account_root_delete(self) -> None:
        """Deny the account's root principal deleting the secret."""
        ...

    def add_rotation_schedule(
        self,
        id: str,
        *,
        automatically_after: Duration | None = None,
        hosted_rotation: HostedRotation | None = None,
        rotate_immediately_on_update: bool | None = None,
        rotation_lambda: _RotationFunction | None = None,
    ) -> RotationSchedule:
        """Rotate the secret on a schedule, with a function of the app or a hosted one."""
        ...

    def attach(self, target: ISecretAttachmentTarget) -> ISecret:
        """Attach the secret to a database (or other target), which fills in its connection details."""
        ...


class SecretBase(Resource):
    """Grants, resource policy and values of secrets."""

    secret_arn: str
    secret_name: str
    secret_full_arn: str | None = None
    encryption_key: IKey | None = None
    _auto_create_policy: bool = True

    def __init__(self, scope: Any, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.policy: ResourcePolicy | None = None
        self.node.add_validation(ResourcePolicyChecks(self))

    @property
    def _arn_for_policies(self) -> str:
        # Without the suffix, policies match every secret of that name with '-??????'.
        return self.secret_arn if self.secret_full_arn is not None else self.secret_arn + _SUFFIX_WILDCARD

    @property
    def secret_ref(self) -> SecretReference:
        """The secret's ARN."""
        return SecretReference(secret_id=self.secret_arn)

    @property
    def secret_value(self) -> SecretValue:
        """The secret's value, as a dynamic reference."""
        return self.secret_value_from_json("")

    def secret_value_from_json(self, json_field: str) -> SecretValue:
        """One field of the secret's JSON value, as a dynamic reference."""
        return SecretValue.secrets_manager(self.secret_arn, json_field=json_field or None)

    def cfn_dynamic_reference_key(
        self,
        *,
        json_field: str | None = None,
        version_id: str | None = None,
        version_stage: str | None = None,
    ) -> str:
        """The key of a dynamic reference to the secret (`<arn>:SecretString:<field>:<stage>:<version>`)."""
        return SecretValue.cfn_dynamic_reference_key(
            self.secret_arn, json_field=json_field, version_id=version_id, version_stage=version_stage
        )

    def _via_secrets_manager(self, grantee: IGrantable) -> ViaServicePrincipal:
        return ViaServicePrincipal(
            f"secretsmanager.{self.stack.region}.amazonaws.com", grantee.grant_principal
        )

    def grant_read(self, grantee: IGrantable, version_stages: Sequence[str] | None = None) -> Grant:
        """Let `grantee` read the secret's value (and decrypt it through Secrets Manager); with
        `version_stages`, only versions with one of those staging labels."""
        grant = Grant.add_to_principal_or_resource(
            grantee=grantee, actions=_READ_ACTIONS, resource_arns=[self._arn_for_policies], resource=self
        )
        # As aws-cdk-lib: a grant that went to the resource policy carries only that statement there, so the
        # condition goes on it; otherwise on the statement of the grantee's policy.
        statement = next(iter(grant.resource_statements or grant.principal_statements), None)
        if version_stages is not None and statement is not None:
            statement.add_condition(
                "ForAnyValue:StringEquals", {"secretsmanager:VersionStage": list(version_stages)}
            )
        if self.encryption_key is not None:
            self.encryption_key.grant_decrypt(self._via_secrets_manager(grantee))
        principal = grantee.grant_principal
        account = principal.principal_account
        if Token.compare_strings(self.stack.account, account or "") is TokenComparison.DIFFERENT:
            self._require_key_for_other_account(grant, "grant_read", principal)
        return grant

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` change the secret's value (and encrypt it through Secrets Manager)."""
        grant = Grant.add_to_principal_or_resource(
            grantee=grantee, actions=_WRITE_ACTIONS, resource_arns=[self._arn_for_policies], resource=self
        )
        if self.encryption_key is not None:
            self.encryption_key.grant_encrypt(self._via_secrets_manager(grantee))
        self._require_key_for_other_account(grant, "grant_write", grantee.grant_principal)
        return grant

    def _require_key_for_other_account(self, grant: Grant, method: str, principal: IPrincipal) -> None:
        """A secret of this app shared with another account through its resource policy needs a KMS key:
        the AWS managed key of Secrets Manager cannot be used from other accounts."""
        if not isinstance(self, Secret) or not grant.resource_statements or self.encryption_key is not None:
            return
        account = principal.principal_account
        who = f"account {account!r}" if account else str(principal)
        raise ValidationError(
            self,
            f"{method}() to {who} goes through the secret's resource policy, and a KMS key must be provided "
            "for cross account access to Secret; pass encryption_key= to Secret(...) with a key the grantee "
            "may use",
        )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the secret's policy, created on first use (imported secrets have none)."""
        if self.policy is None and self._auto_create_policy:
            self.policy = ResourcePolicy(self, "Policy", secret=self)
        if self.policy is None:
            return AddToResourcePolicyResult(statement_added=False)
        self.policy.document.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    def deny_account_root_delete(self) -> None:
        """Deny the account's root principal deleting the secret (through the resource policy)."""
        self.add_to_resource_policy(
            PolicyStatement(
                actions=["secretsmanager:DeleteSecret"],
                effect=Effect.DENY,
                resources=["*"],
                principals=[AccountRootPrincipal()],
            )
        )

    def add_rotation_schedule(
        self,
        id: str,
        *,
        automatically_after: Duration | None = None,
        hosted_rotation: HostedRotation | None = None,
        rotate_immediately_on_update: bool | None = None,
        rotation_lambda: _RotationFunction | None = None,
    ) -> RotationSchedule:
        """Rotate the secret on a schedule (a RotationSchedule child `id`), with a function or hosted."""
        return RotationSchedule(
            self,
            id,
            secret=self,
            automatically_after=automatically_after,
            hosted_rotation=hosted_rotation,
            rotate_immediately_on_update=rotate_immediately_on_update,
            rotation_lambda=rotation_lambda,
        )

    def attach(self, target: ISecretAttachmentTarget) -> ISecret:
        """Attach the secret to `target` (a SecretTargetAttachment child `Attachment`); a secret is attached
        to one target at most."""
        if self.node.try_find_child("Attachment") is not None:
            raise ValidationError(
                self, f"attach(target={target!r}): the secret is already attached to a target; attach it once"
            )
        return SecretTargetAttachment(self, "Attachment", secret=self, target=target)


class Secret(SecretBase):
    """A secret, with a generated value unless one is given."""

    _ARN_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {
            "service": "secretsmanager",
            "resource": "secret",
            "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME,
        }

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        encryption_key: IKey | None = None,
        generate_secret_string: SecretStringGenerator | Mapping[str, Any] | None = None,
        removal_policy: RemovalPolicy | None = None,
        replica_regions: Sequence[ReplicaRegion | Mapping[str, Any]] | None = None,
        secret_name: str | None = None,
        secret_object_value: Mapping[str, SecretValue] | None = None,
        secret_string_beta1: SecretStringValueBeta1 | None = None,
        secret_string_value: SecretValue | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=secret_name)
        secret_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = SecretProps(
            description=description,
            encryption_key=encryption_key,
            generate_secret_string=generate_secret_string,
            removal_policy=removal_policy,
            replica_regions=replica_regions,
            secret_name=secret_name,
            secret_object_value=secret_object_value,
            secret_string_beta1=secret_string_beta1,
            secret_string_value=secret_string_value,
        )
        generator = props.generate_secret_string
        sources = [
            name
            for name in (
                "generate_secret_string",
                "secret_string_value",
                "secret_object_value",
                "secret_string_beta1",
            )
            if getattr(props, name) is not None
        ]
        if len(sources) > 1:
            listed = (
                " and ".join(sources) if len(sources) == 2 else f"{', '.join(sources[:-1])} and {sources[-1]}"
            )
            raise ValidationError(
                self, f"{listed} are {'both' if len(sources) == 2 else 'all'} set; set only one"
            )
        if generator is not None and (generator.generate_string_key is None) != (
            generator.secret_string_template is None
        ):
            given, missing = (
                ("generate_string_key", "secret_string_template")
                if generator.secret_string_template is None
                else ("secret_string_template", "generate_string_key")
            )
            raise ValidationError(
                self,
                f"generate_secret_string sets {given}={getattr(generator, given)!r} without {missing}; "
                "set both or neither",
            )
        resource = CfnSecret(
            self,
            "Resource",
            description=props.description,
            kms_key_id=props.encryption_key.key_arn if props.encryption_key is not None else None,
            generate_secret_string=_render_generator(generator)
            if not sources or generator is not None
            else None,
            secret_string=self._secret_string(props),
            name=props.secret_name,
            replica_regions=Lazy.any(self._render_replica_regions, omit_empty_array=True),
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.DESTROY)
        self.secret_arn: str = resource.ref
        self.secret_full_arn: str | None = resource.ref
        # Stacks of another account (or region) read the ARN by name, without the suffix: their
        # policies match the name with any suffix, as in aws-cdk-lib. One token per secret, so the
        # statements of several grants share a resource and minimized policies merge them.
        self._policy_arn = Lazy.uncached_string(
            lambda context: self._arn_for_policies_of(Stack.of(context.scope))
        )
        self.secret_name: str = _owned_secret_name(resource.ref, props.secret_name)
        self.encryption_key: IKey | None = props.encryption_key
        self.exclude_characters: str | None = generator.exclude_characters if generator is not None else None
        """The characters the generated secret leaves out (`generate_secret_string.exclude_characters`)."""
        self._replica_regions: list[ReplicaRegion] = []
        for replica in props.replica_regions or ():
            self.add_replica_region(replica.region, replica.encryption_key)
        if props.encryption_key is not None:
            # The account may use the key through Secrets Manager (which creates grants on it).
            account = self._via_secrets_manager(AccountPrincipal(self.stack.account))
            props.encryption_key.grant_encrypt_decrypt(account)
            props.encryption_key.grant(account, "kms:CreateGrant", "kms:DescribeKey")

    @property
    def _arn_for_policies(self) -> str:
        return self._policy_arn

    def _arn_for_policies_of(self, consumer: Stack) -> str:
        if self._reads_by_physical_name(consumer) or self.secret_full_arn is None:
            return self.secret_arn + _SUFFIX_WILDCARD
        return self.secret_full_arn

    def _secret_string(self, props: SecretProps) -> str | None:
        if props.secret_string_value is not None:
            return props.secret_string_value.unsafe_unwrap()
        if props.secret_object_value is not None:
            values = {key: value.unsafe_unwrap() for key, value in props.secret_object_value.items()}
            return self.stack.to_json_string(values)
        if props.secret_string_beta1 is not None:
            return props.secret_string_beta1.secret_value()
        return None

    @staticmethod
    def is_secret(x: Any) -> bool:
        """True when `x` is a secret this app defines (an imported one is not, as in aws-cdk-lib)."""
        return isinstance(x, Secret)

    def add_replica_region(self, region: str, encryption_key: IKey | None = None) -> None:
        """Replicate the secret to `region` (encrypted with `encryption_key` there, if given)."""
        stack_region = self.stack.region
        if (
            not Token.is_unresolved(stack_region)
            and not Token.is_unresolved(region)
            and region == stack_region
        ):
            raise ValidationError(
                self, f"region={region!r} is the stack's own region; replicate to other regions only"
            )
        self._replica_regions.append(ReplicaRegion(region=region, encryption_key=encryption_key))

    def _render_replica_regions(self) -> list[dict[str, Any]]:
        # A Lazy value is rendered as given, so it is written with CloudFormation's names.
        rendered = []
        for replica in self._replica_regions:
            key = replica.encryption_key
            rendered.append(
                {**({"KmsKeyId": key.key_arn} if key is not None else {}), "Region": replica.region}
            )
        return rendered

    @staticmethod
    def from_secret_name_v2(scope: Construct, id: str, secret_name: str) -> ISecret:
        """An existing secret of this stack's account and region, by name (its policies match any suffix)."""
        return _ImportedSecret(scope, id, secret_name=secret_name)

    @staticmethod
    def from_secret_complete_arn(scope: Construct, id: str, secret_complete_arn: str) -> ISecret:
        """An existing secret, by its complete ARN (with the six-character suffix)."""
        return Secret.from_secret_attributes(scope, id, secret_complete_arn=secret_complete_arn)

    @staticmethod
    def from_secret_partial_arn(scope: Construct, id: str, secret_partial_arn: str) -> ISecret:
        """An existing secret, by its ARN without the suffix (its policies match any suffix)."""
        return Secret.from_secret_attributes(scope, id, secret_partial_arn=secret_partial_arn)

    @staticmethod
    def from_secret_attributes(
        scope: Construct,
        id: str,
        *,
        encryption_key: IKey | None = None,
        secret_complete_arn: str | None = None,
        secret_partial_arn: str | None = None,
    ) -> ISecret:
        """An existing secret: its complete or partial ARN, and its key."""
        attributes = SecretAttributes(
            encryption_key=encryption_key,
            secret_complete_arn=secret_complete_arn,
            secret_partial_arn=secret_partial_arn,
        )
        if (attributes.secret_complete_arn is None) == (attributes.secret_partial_arn is None):
            raise ValidationError(
                scope,
                f"secret_complete_arn={attributes.secret_complete_arn!r} and "
                f"secret_partial_arn={attributes.secret_partial_arn!r}; set exactly one of them",
            )
        return _ImportedSecret(scope, id, attributes=attributes)


def _render_generator(generator: SecretStringGenerator | None) -> dict[str, Any]:
    # Without a value or a generator, the secret gets a generated value with the service's defaults.
    return as_dict(generator) if generator is not None else {}


def _owned_secret_name(arn: str, secret_name: str | None) -> str:
    # The name is read back from the ARN's last part, dropping the suffix: as many '-'-separated
    # parts as the name has (a generated name has two).
    last_part = Fn.select(6, Fn.split(":", arn))
    if secret_name is not None and Token.is_unresolved(secret_name):
        return last_part
    count = secret_name.count("-") + 1 if secret_name is not None else 2
    if count == 1:
        return Fn.select(0, Fn.split("-", last_part))
    return Fn.join("-", [Fn.select(i, Fn.split("-", last_part)) for i in range(count)])


class _ImportedSecret(SecretBase):
    # aws-cdk-lib imports secrets as anonymous classes, which tree.json names by their exported base.
    _TREE_FQN = "aws-cdk-lib.Resource"
    _auto_create_policy = False

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        secret_name: str | None = None,
        attributes: SecretAttributes | None = None,
    ) -> None:
        if attributes is None:
            super().__init__(scope, id)
            self.secret_arn = self.stack.format_arn(
                service="secretsmanager",
                resource="secret",
                resource_name=secret_name,
                arn_format=ArnFormat.COLON_RESOURCE_NAME,
            )
            self.secret_name = str(secret_name)
            return
        arn = attributes.secret_complete_arn or attributes.secret_partial_arn or ""
        is_complete = attributes.secret_complete_arn is not None
        name = _imported_secret_name(scope, arn, is_complete)
        super().__init__(scope, id, environment_from_arn=arn)
        self.encryption_key = attributes.encryption_key
        self.secret_arn = arn
        self.secret_name = name
        if is_complete:
            self.secret_full_arn = arn


def _imported_secret_name(scope: Construct, arn: str, is_complete: bool) -> str:
    """The name in a secret's ARN: its last part, without the suffix of a complete ARN."""
    if Token.is_unresolved(arn):
        return Fn.select(6, Fn.split(":", arn))
    parts = arn.split(":")
    name = parts[6] if arn.startswith("arn:") and len(parts) >= 7 else ""
    if is_complete and not _SUFFIX.search(name):
        raise ValidationError(
            scope,
            f"secret_complete_arn={arn!r} does not end with the six-character suffix Secrets Manager "
            "adds ('-' and six letters or digits); pass the complete ARN, or use from_secret_partial_arn",
        )
    if not name:
        raise ValidationError(
            scope,
            f"secret_partial_arn={arn!r} is not a secret ARN; "
            "use arn:<partition>:secretsmanager:<region>:<account>:secret:<name>",
        )
    return _SUFFIX.sub("", name) if is_complete else name


class AttachmentTargetType(SimpleEnum):
    """The kind of resource a secret is attached to."""

    RDS_DB_INSTANCE = "RDS_DB_INSTANCE"
    """An RDS database instance."""
    RDS_DB_CLUSTER = "RDS_DB_CLUSTER"
    """An RDS database cluster."""
    RDS_DB_PROXY = "RDS_DB_PROXY"
    """An RDS database proxy."""
    REDSHIFT_CLUSTER = "REDSHIFT_CLUSTER"
    """A Redshift cluster."""
    DOCDB_DB_INSTANCE = "DOCDB_DB_INSTANCE"
    """A DocumentDB instance."""
    DOCDB_DB_CLUSTER = "DOCDB_DB_CLUSTER"
    """A DocumentDB cluster."""


# The CloudFormation resource type each kind of target is written as (`TargetType`).
_TARGET_RESOURCE_TYPES = {
    AttachmentTargetType.RDS_DB_INSTANCE: "AWS::RDS::DBInstance",
    AttachmentTargetType.RDS_DB_CLUSTER: "AWS::RDS::DBCluster",
    AttachmentTargetType.RDS_DB_PROXY: "AWS::RDS::DBProxy",
    AttachmentTargetType.REDSHIFT_CLUSTER: "AWS::Redshift::Cluster",
    AttachmentTargetType.DOCDB_DB_INSTANCE: "AWS::DocDB::DBInstance",
    AttachmentTargetType.DOCDB_DB_CLUSTER: "AWS::DocDB::DBCluster",
}


@lazy_frozen(kw_only=True)
class SecretAttachmentTargetProps(metaclass=LazyAttrsMeta):
    """What a target of a secret attachment says of itself."""

    target_id: str
    """The target's id (a database instance's identifier, a cluster's, ...)."""
    target_type: AttachmentTargetType
    """The kind of target."""


@runtime_checkable
class ISecretAttachmentTarget(Protocol):
    """Something a secret can be attached to (a database instance, cluster or proxy)."""

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps:
        """The target's id and kind."""
        ...


@lazy_frozen(kw_only=True)
class AttachedSecretOptions(metaclass=LazyAttrsMeta):
    """Options of attaching a secret."""

    target: ISecretAttachmentTarget
    """The target to attach the secret to."""


@lazy_frozen(kw_only=True)
class SecretTargetAttachmentProps(AttachedSecretOptions, metaclass=LazyAttrsMeta):
    """Properties of a SecretTargetAttachment."""

    secret: ISecret
    """The secret to attach."""


@runtime_checkable
class ISecretTargetAttachment(ISecret, Protocol):
    """A secret attached to a target: a secret whose ARN is the attachment's."""

    @property
    def secret_target_attachment_secret_arn(self) -> str:
        """The ARN of the attached secret."""
        ...

    @property
    def secret_target_attachment_ref(self) -> SecretTargetAttachmentReference:
        """A reference to the attachment: the attached secret's ARN."""
        ...


class SecretTargetAttachment(SecretBase):
    """A secret attached to a target (`AWS::SecretsManager::SecretTargetAttachment`); it is itself a secret,
    whose ARN makes what reads it depend on the attachment."""

    def __init__(
        self, scope: Construct, id: str, *, secret: ISecret, target: ISecretAttachmentTarget
    ) -> None:
        super().__init__(scope, id)
        props = SecretTargetAttachmentProps(secret=secret, target=target)
        described = props.target.as_secret_attachment_target()
        attachment = CfnSecretTargetAttachment(
            self,
            "Resource",
            secret_id=props.secret.secret_arn,
            target_id=described.target_id,
            target_type=_TARGET_RESOURCE_TYPES[described.target_type],
        )
        self._attached_secret = props.secret
        self.encryption_key = props.secret.encryption_key
        self.secret_name = props.secret.secret_name
        # The attachment's Ref is the attached secret's complete ARN.
        self.secret_arn = attachment.ref
        self.secret_full_arn = attachment.ref
        self.secret_target_attachment_secret_arn: str = attachment.ref
        """The ARN of the attached secret (the attachment's Ref)."""

    @property
    def secret_target_attachment_ref(self) -> SecretTargetAttachmentReference:
        """A reference to the attachment: the attached secret's ARN."""
        return SecretTargetAttachmentReference(secret_id=self.secret_target_attachment_secret_arn)

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to a resource policy: the attached secret's under
        `@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments`, else the
        attachment's own (a second policy on the same secret)."""
        if FeatureFlags.of(self).is_enabled(_USE_ATTACHED_SECRET_POLICY):
            return self._attached_secret.add_to_resource_policy(statement)
        return super().add_to_resource_policy(statement)

    @staticmethod
    def from_secret_target_attachment_secret_arn(
        scope: Construct, id: str, secret_target_attachment_secret_arn: str
    ) -> ISecretTargetAttachment:
        """An existing attachment, by the attached secret's complete ARN."""
        return _ImportedSecretTargetAttachment(scope, id, secret_target_attachment_secret_arn)


class _ImportedSecretTargetAttachment(SecretBase):
    # aws-cdk-lib imports attachments as anonymous classes, which tree.json names by their exported base.
    _TREE_FQN = "aws-cdk-lib.Resource"
    _auto_create_policy = False

    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.secret_arn = arn
        self.secret_full_arn = arn
        self.secret_target_attachment_secret_arn = arn
        self.secret_name = _imported_secret_name(self, arn, is_complete=True)

    @property
    def secret_target_attachment_ref(self) -> SecretTargetAttachmentReference:
        """A reference to the attachment: the attached secret's ARN."""
        return SecretTargetAttachmentReference(secret_id=self.secret_target_attachment_secret_arn)
