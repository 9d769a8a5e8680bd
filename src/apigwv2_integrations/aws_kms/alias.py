"""Alias: a name for a KMS key (`alias/...`)."""

from __future__ import annotations

import re

from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..cfn.aws_kms import AliasReference, CfnAlias, KeyReference
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token, Tokenization
from ._types import (
    DECRYPT_ACTIONS,
    ENCRYPT_ACTIONS,
    GENERATE_HMAC_ACTIONS,
    SIGN_ACTIONS,
    VERIFY_ACTIONS,
    VERIFY_HMAC_ACTIONS,
    IKey,
)

if TYPE_CHECKING:
    from ..aws_iam.policy_statement import PolicyStatement
    from ..aws_iam.principals import IGrantable

_PREFIX = "alias/"
_RESERVED_PREFIX = "alias/aws/"
_ALIAS_NAME = re.compile(r"[a-zA-Z0-9:/_-]{1,256}")

ALIAS_NAME_REF = "@aws-cdk/aws-kms:aliasNameRef"
"""Feature flag: `Alias.alias_name` is a `Ref` to the alias, so users of the name depend on it."""
APPLY_IMPORTED_ALIAS_PERMISSIONS_TO_PRINCIPAL = "@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal"
"""Feature flag: grants on an alias imported by name go to the grantee, on keys carrying that alias."""


@runtime_checkable
class IAlias(IKey, Protocol):
    """A KMS alias."""

    @property
    def alias_name(self) -> str:
        """The alias name, starting with 'alias/'."""
        ...

    @property
    def alias_ref(self) -> AliasReference:
        """A reference to the alias: its name."""
        ...

    @property
    def alias_target_key(self) -> IKey:
        """The key the alias points to."""
        ...


@lazy_frozen(kw_only=True)
class AliasProps(metaclass=LazyAttrsMeta):
    """Properties of an Alias."""

    alias_name: str
    """The name ('alias/' is added when missing)."""
    target_key: IKey
    """The key the alias points to."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the alias when it leaves the stack. Default: DESTROY."""


@lazy_frozen(kw_only=True)
class AliasAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing alias."""

    alias_name: str
    """The alias name, starting with 'alias/'."""
    alias_target_key: IKey
    """The key the alias points to."""


def _with_prefix_before_tokens(scope: Construct, alias_name: str) -> str:
    """A name holding tokens, with 'alias/' put in front when the literal text it starts with lacks it.

    aws-cdk-lib checks only that literal start; a name that starts with a token is left alone.
    """
    fragments = Tokenization.reverse_string(alias_name)
    literal_start = fragments.first_value
    if fragments.first_token is not None or not literal_start:
        return alias_name
    name = alias_name if literal_start.startswith(_PREFIX) else _PREFIX + alias_name
    if literal_start.lower().startswith(_RESERVED_PREFIX):
        raise ValidationError(
            scope, f"alias_name={alias_name!r} starts with 'alias/aws/', which AWS reserves; rename it"
        )
    if not _ALIAS_NAME.fullmatch(literal_start):
        raise ValidationError(
            scope,
            f"alias_name={alias_name!r} has characters or a length KMS rejects; "
            "use 1 to 256 of a-zA-Z0-9:/_-",
        )
    return name


class Alias(Resource):
    """A KMS alias (`AWS::KMS::Alias`); grants and policy statements go to its key."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alias_name: str,
        target_key: IKey,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        props = AliasProps(alias_name=alias_name, target_key=target_key, removal_policy=removal_policy)
        name = props.alias_name
        if Token.is_unresolved(name):
            name = _with_prefix_before_tokens(scope, name)
        else:
            if not name.startswith(_PREFIX):
                name = _PREFIX + name
            if name == _PREFIX:
                raise ValidationError(scope, f"alias_name={alias_name!r} is empty after 'alias/'; add a name")
            if name.lower().startswith(_RESERVED_PREFIX):
                raise ValidationError(
                    scope,
                    f"alias_name={alias_name!r} starts with 'alias/aws/', which AWS reserves; rename it",
                )
            if not _ALIAS_NAME.fullmatch(name):
                raise ValidationError(
                    scope,
                    f"alias_name={alias_name!r} has characters or a length KMS rejects; "
                    "use 1 to 256 of a-zA-Z0-9:/_-",
                )
        super().__init__(scope, id, physical_name=name)
        self.alias_target_key: IKey = props.target_key
        resource = CfnAlias(self, "Resource", alias_name=name, target_key_id=props.target_key.key_arn)
        if props.removal_policy is not None:
            resource.apply_removal_policy(props.removal_policy)
        # With the flag, the name is a reference to the alias, so whatever uses it deploys after it.
        self.alias_name: str = resource.ref if FeatureFlags.of(self).is_enabled(ALIAS_NAME_REF) else name

    @staticmethod
    def from_alias_attributes(
        scope: Construct, id: str, *, alias_name: str, alias_target_key: IKey
    ) -> IAlias:
        """An existing alias whose key is known: grants and policy statements go to the key."""
        attributes = AliasAttributes(alias_name=alias_name, alias_target_key=alias_target_key)
        return _ImportedAlias(scope, id, attributes.alias_name, attributes.alias_target_key)

    @staticmethod
    def from_alias_name(scope: Construct, id: str, alias_name: str) -> IAlias:
        """An existing alias, by name; its key is unknown, so grants add nothing."""
        return _ImportedAlias(scope, id, alias_name, None)

    @property
    def alias_ref(self) -> AliasReference:
        """A reference to the alias: its name."""
        return AliasReference(alias_name=self.alias_name)

    @property
    def key_ref(self) -> KeyReference:
        """A reference to the alias as a key: its ARN, and its name as the key id."""
        return KeyReference(key_arn=self.alias_arn, key_id=self.key_id)

    @property
    def key_arn(self) -> str:
        """The alias's ARN (KMS accepts it wherever a key ARN is expected)."""
        return self.alias_arn

    @property
    def alias_arn(self) -> str:
        """The alias's ARN."""
        return Stack.of(self).format_arn(service="kms", resource=self.alias_name)

    @property
    def key_id(self) -> str:
        """The alias name (KMS accepts it wherever a key id is expected)."""
        return self.alias_name

    def add_alias(self, alias: str) -> Alias:
        """Create another alias for the target key."""
        return self.alias_target_key.add_alias(alias)

    def add_to_resource_policy(
        self, statement: PolicyStatement, allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult:
        """Add a statement to the target key's policy."""
        return self.alias_target_key.add_to_resource_policy(statement, allow_no_op)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the target key."""
        return self.alias_target_key.grant(grantee, *actions)

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` decrypt with the target key."""
        return self.alias_target_key.grant_decrypt(grantee)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` encrypt with the target key."""
        return self.alias_target_key.grant_encrypt(grantee)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` encrypt and decrypt with the target key."""
        return self.alias_target_key.grant_encrypt_decrypt(grantee)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """Let `grantee` sign with the target key."""
        return self.alias_target_key.grant_sign(grantee)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """Let `grantee` verify signatures with the target key."""
        return self.alias_target_key.grant_verify(grantee)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """Let `grantee` sign and verify with the target key."""
        return self.alias_target_key.grant_sign_verify(grantee)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """Let `grantee` generate MACs with the target key."""
        return self.alias_target_key.grant_generate_mac(grantee)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """Let `grantee` verify MACs with the target key."""
        return self.alias_target_key.grant_verify_mac(grantee)


class _ImportedAlias(Resource):
    def __init__(self, scope: Construct, id: str, alias_name: str, target_key: IKey | None) -> None:
        super().__init__(scope, id)
        self.alias_name = alias_name
        self._target_key = target_key

    @property
    def alias_target_key(self) -> IKey:
        if self._target_key is None:
            raise ValidationError(
                self,
                "alias_target_key is unknown for an alias imported by name; use from_alias_attributes(...)",
            )
        return self._target_key

    @property
    def alias_ref(self) -> AliasReference:
        """A reference to the alias: its name."""
        return AliasReference(alias_name=self.alias_name)

    @property
    def key_ref(self) -> KeyReference:
        """A reference to the alias as a key: its ARN, and its name as the key id."""
        return KeyReference(key_arn=self.alias_arn, key_id=self.key_id)

    @property
    def key_arn(self) -> str:
        return Stack.of(self).format_arn(service="kms", resource=self.alias_name)

    @property
    def alias_arn(self) -> str:
        return self.key_arn

    @property
    def key_id(self) -> str:
        return self.alias_name

    def add_alias(self, alias: str) -> Alias:
        if self._target_key is None:
            raise ValidationError(self, f"alias={alias!r}: cannot add an alias to an alias imported by name")
        return self._target_key.add_alias(alias)

    def add_to_resource_policy(
        self, statement: PolicyStatement, allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult:
        if self._target_key is None:
            return AddToResourcePolicyResult(statement_added=False)
        return self._target_key.add_to_resource_policy(statement, allow_no_op)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        # An alias imported by name grants nothing without the flag; with it, the grantee's own policy
        # allows `actions` on any key of the account and region that carries this alias.
        if self._target_key is None:
            if not FeatureFlags.of(self).is_enabled(APPLY_IMPORTED_ALIAS_PERMISSIONS_TO_PRINCIPAL):
                return Grant.drop(grantee, "")
            return Grant.add_to_principal(
                grantee=grantee,
                actions=actions,
                resource_arns=[Stack.of(self).format_arn(service="kms", resource="key", resource_name="*")],
                conditions={"ForAnyValue:StringEquals": {"kms:ResourceAliases": self.alias_name}},
                scope=self,
            )
        return self._target_key.grant(grantee, *actions)

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *DECRYPT_ACTIONS)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *ENCRYPT_ACTIONS)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *DECRYPT_ACTIONS, *ENCRYPT_ACTIONS)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *SIGN_ACTIONS)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *VERIFY_ACTIONS)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *SIGN_ACTIONS, *VERIFY_ACTIONS)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *GENERATE_HMAC_ACTIONS)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        return self.grant(grantee, *VERIFY_HMAC_ACTIONS)
