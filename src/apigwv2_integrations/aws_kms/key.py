"""Key: a KMS key with its key policy, grants and aliases, and keys imported by ARN."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.arn_principals import AccountPrincipal, AccountRootPrincipal
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import PolicyDocument
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable, IPrincipal
from ..cfn.aws_kms import CfnKey, KeyReference
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.context_provider import ContextProvider
from ..core.converters import optional_tuple
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token
from ._types import (
    ADMIN_ACTIONS,
    DECRYPT_ACTIONS,
    ENCRYPT_ACTIONS,
    GENERATE_HMAC_ACTIONS,
    SIGN_ACTIONS,
    VERIFY_ACTIONS,
    VERIFY_HMAC_ACTIONS,
    IKey,
)
from .alias import Alias

if TYPE_CHECKING:
    from typing import Any


class KeySpec(SimpleEnum):
    """The type of key material."""

    SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT"
    RSA_2048 = "RSA_2048"
    RSA_3072 = "RSA_3072"
    RSA_4096 = "RSA_4096"
    ECC_NIST_P256 = "ECC_NIST_P256"
    ECC_NIST_P384 = "ECC_NIST_P384"
    ECC_NIST_P521 = "ECC_NIST_P521"
    ECC_SECG_P256K1 = "ECC_SECG_P256K1"
    HMAC_224 = "HMAC_224"
    HMAC_256 = "HMAC_256"
    HMAC_384 = "HMAC_384"
    HMAC_512 = "HMAC_512"
    SM2 = "SM2"
    ML_DSA_44 = "ML_DSA_44"
    ML_DSA_65 = "ML_DSA_65"
    ML_DSA_87 = "ML_DSA_87"
    ECC_NIST_EDWARDS25519 = "ECC_NIST_EDWARDS25519"


class KeyUsage(SimpleEnum):
    """What the key is for."""

    ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT"
    SIGN_VERIFY = "SIGN_VERIFY"
    GENERATE_VERIFY_MAC = "GENERATE_VERIFY_MAC"
    KEY_AGREEMENT = "KEY_AGREEMENT"


_HMAC = (KeySpec.HMAC_224, KeySpec.HMAC_256, KeySpec.HMAC_384, KeySpec.HMAC_512)
_ML_DSA = (KeySpec.ML_DSA_44, KeySpec.ML_DSA_65, KeySpec.ML_DSA_87)
_ECC = (KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384, KeySpec.ECC_NIST_P521, KeySpec.ECC_SECG_P256K1)
_RSA = (KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096)
# Key specs each usage does not allow.
_DENIED_SPECS: dict[KeyUsage, tuple[KeySpec, ...]] = {
    KeyUsage.ENCRYPT_DECRYPT: (*_ECC, *_HMAC, *_ML_DSA),
    KeyUsage.SIGN_VERIFY: (KeySpec.SYMMETRIC_DEFAULT, *_HMAC),
    KeyUsage.GENERATE_VERIFY_MAC: (*_RSA, *_ECC, KeySpec.SYMMETRIC_DEFAULT, KeySpec.SM2, *_ML_DSA),
    KeyUsage.KEY_AGREEMENT: (KeySpec.SYMMETRIC_DEFAULT, *_RSA, KeySpec.ECC_SECG_P256K1, *_HMAC, *_ML_DSA),
}


@lazy_frozen(kw_only=True)
class KeyLookupOptions(metaclass=LazyAttrsMeta):
    """How `Key.from_lookup` finds a key."""

    alias_name: str
    """The alias of the key (`alias/...`)."""
    return_dummy_key_on_missing: bool | None = None
    """Give the dummy key, not an error, when the key does not exist. Default: false."""


@lazy_frozen(kw_only=True)
class KeyProps(metaclass=LazyAttrsMeta):
    """Properties of a Key."""

    admins: Sequence[IPrincipal] | None = field(default=None, converter=optional_tuple)
    """Principals that may administer the key. Default: none besides the account."""
    alias: str | None = None
    """An alias for the key ('alias/' is added when missing). Default: none."""
    description: str | None = None
    """A description of the key. Default: none."""
    enable_key_rotation: bool | None = None
    """Rotate the key material yearly (or every `rotation_period`). Default: False."""
    enabled: bool | None = None
    """Whether the key can be used. Default: True."""
    key_spec: KeySpec | None = None
    """The type of key material. Default: SYMMETRIC_DEFAULT."""
    key_usage: KeyUsage | None = None
    """What the key is for. Default: ENCRYPT_DECRYPT."""
    multi_region: bool | None = None
    """Whether the key is a multi-Region primary key. Default: False."""
    pending_window: Duration | None = None
    """How long a deleted key can still be recovered, 7 to 30 days. Default: 30 days."""
    policy: PolicyDocument | None = None
    """The key policy. Default: a policy that lets the account's IAM policies grant access."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the key when it leaves the stack. Default: RETAIN."""
    rotation_period: Duration | None = None
    """How often the key material rotates, 90 to 2560 days. Default: 365 days."""
    trust_account_identities: bool | None = None
    """Let the account's IAM policies grant access to the key (always on in aws_cdk v2). Default: True."""


REDUCE_CROSS_ACCOUNT_REGION_POLICY_SCOPE = "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope"
"""Feature flag: a grant is cross-account (or -region) only if the key's own account (or region) is too."""


def _stack_of_principal(principal: Any) -> Stack | None:
    """The stack of a principal defined in this app, else None."""
    return Stack.of(principal) if isinstance(principal, Resource) and principal.node.default_child else None


class KeyGrants:
    """The grants of one key: on the grantee's policy, and across accounts also on the key policy."""

    def __init__(self, *, resource: Any, trust_account_identities: bool | None = None) -> None:
        self.resource = resource
        # The @aws-cdk/aws-kms:defaultKeyPolicies flag is always on in aws_cdk v2.
        self.trust_account_identities = True if trust_account_identities is None else trust_account_identities

    @staticmethod
    def from_key(resource: Any, trust_account_identities: bool | None = None) -> KeyGrants:
        """The grants of `resource`."""
        return KeyGrants(resource=resource, trust_account_identities=trust_account_identities)

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the key."""
        key = self.resource
        principal = grantee.grant_principal
        key_stack = Stack.of(key)
        grantee_stack = _stack_of_principal(principal)
        cross_account = grantee_stack is not None and grantee_stack.account != key_stack.account
        cross_region = grantee_stack is not None and grantee_stack.region != key_stack.region
        if grantee_stack is not None and FeatureFlags.of(key).is_enabled(
            REDUCE_CROSS_ACCOUNT_REGION_POLICY_SCOPE
        ):
            # With the flag, a key (imported by ARN) in the grantee's own account or region is not
            # cross-environment, even when the stack that holds it is elsewhere.
            cross_account = cross_account and key.env.account != grantee_stack.account
            cross_region = cross_region and key.env.region != grantee_stack.region
        cross_environment = cross_account or cross_region
        if key.policy is None:
            return Grant.add_to_principal(
                grantee=grantee, actions=actions, resource_arns=["*"] if cross_environment else [key.key_arn]
            )
        if self.trust_account_identities and not cross_environment:
            return Grant.add_to_principal_or_resource(
                grantee=grantee,
                actions=actions,
                resource_arns=[key.key_arn],
                resource=key,
                resource_self_arns=["*"],
            )
        depends_on_key_stack = (
            grantee_stack is not None
            and grantee_stack is not key_stack
            and key_stack in grantee_stack.dependencies
        )
        policy_principal = (
            AccountPrincipal(grantee_stack.account) if grantee_stack and depends_on_key_stack else principal
        )
        return Grant.add_to_principal_and_resource(
            grantee=grantee,
            actions=actions,
            resource_arns=["*"] if cross_environment else [key.key_arn],
            resource=key,
            resource_policy_principal=policy_principal,
            resource_self_arns=None if cross_environment else ["*"],
        )

    def admin(self, grantee: IGrantable) -> Grant:
        """Administer the key."""
        return self.actions(grantee, *ADMIN_ACTIONS)

    def decrypt(self, grantee: IGrantable) -> Grant:
        """Decrypt with the key."""
        return self.actions(grantee, *DECRYPT_ACTIONS)

    def encrypt(self, grantee: IGrantable) -> Grant:
        """Encrypt with the key."""
        return self.actions(grantee, *ENCRYPT_ACTIONS)

    def encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Encrypt and decrypt with the key."""
        return self.actions(grantee, *DECRYPT_ACTIONS, *ENCRYPT_ACTIONS)

    def sign(self, grantee: IGrantable) -> Grant:
        """Sign with the key."""
        return self.actions(grantee, *SIGN_ACTIONS)

    def verify(self, grantee: IGrantable) -> Grant:
        """Verify signatures with the key."""
        return self.actions(grantee, *VERIFY_ACTIONS)

    def sign_verify(self, grantee: IGrantable) -> Grant:
        """Sign and verify with the key."""
        return self.actions(grantee, *SIGN_ACTIONS, *VERIFY_ACTIONS)

    def generate_mac(self, grantee: IGrantable) -> Grant:
        """Generate MACs with the key."""
        return self.actions(grantee, *GENERATE_HMAC_ACTIONS)

    def verify_mac(self, grantee: IGrantable) -> Grant:
        """Verify MACs with the key."""
        return self.actions(grantee, *VERIFY_HMAC_ACTIONS)


class KeyBase(Resource):
    """What keys defined here and imported keys share: grants and the key policy."""

    # aws-cdk-lib's KeyBase has no name of its own in its tree.json (an imported key shows as Resource).
    _TREE_FQN = "aws-cdk-lib.Resource"

    key_arn: str
    key_id: str
    policy: PolicyDocument | None = None
    trust_account_identities: bool = True

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self._aliases: list[Alias] = []

    @property
    def key_ref(self) -> KeyReference:
        """The key's ARN and id."""
        return KeyReference(key_arn=self.key_arn, key_id=self.key_id)

    def add_alias(self, alias_name: str) -> Alias:
        """Create an alias for the key (the first is `Alias`, later ones `Alias<name>`)."""
        alias_id = f"Alias{alias_name}" if self._aliases else "Alias"
        alias = Alias(self, alias_id, alias_name=alias_name, target_key=self)
        self._aliases.append(alias)
        return alias

    def add_to_resource_policy(
        self, statement: PolicyStatement, allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult:
        """Add a statement to the key policy; an imported key has none, so nothing is added."""
        if self.policy is None:
            if allow_no_op is None or allow_no_op:
                return AddToResourcePolicyResult(statement_added=False)
            raise ValidationError(
                self,
                f"cannot add a statement to the key policy of {self.key_arn!r}: the key is imported; "
                "change its policy where the key is defined",
            )
        self.policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    @property
    def grants(self) -> KeyGrants:
        """The key's grants."""
        return KeyGrants.from_key(self, self.trust_account_identities)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions`: on its own policy in the same account, else also on the key policy."""
        return self.grants.actions(grantee, *actions)

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Let `grantee` administer the key (not use it)."""
        return self.grant(grantee, *ADMIN_ACTIONS)

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` decrypt with the key."""
        return self.grant(grantee, *DECRYPT_ACTIONS)

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` encrypt with the key."""
        return self.grant(grantee, *ENCRYPT_ACTIONS)

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` encrypt and decrypt with the key."""
        return self.grant(grantee, *DECRYPT_ACTIONS, *ENCRYPT_ACTIONS)

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """Let `grantee` sign with the key."""
        return self.grant(grantee, *SIGN_ACTIONS)

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """Let `grantee` verify signatures with the key."""
        return self.grant(grantee, *VERIFY_ACTIONS)

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """Let `grantee` sign and verify with the key."""
        return self.grant(grantee, *SIGN_ACTIONS, *VERIFY_ACTIONS)

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """Let `grantee` generate MACs with the key."""
        return self.grant(grantee, *GENERATE_HMAC_ACTIONS)

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """Let `grantee` verify MACs with the key."""
        return self.grant(grantee, *VERIFY_HMAC_ACTIONS)


class Key(KeyBase):
    """A KMS key (`AWS::KMS::Key`)."""

    DEFAULT_DUMMY_KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab"
    """The key ID `from_lookup` gives while the context has no real key (`is_lookup_dummy` checks it)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        admins: Sequence[IPrincipal] | None = None,
        alias: str | None = None,
        description: str | None = None,
        enable_key_rotation: bool | None = None,
        enabled: bool | None = None,
        key_spec: KeySpec | None = None,
        key_usage: KeyUsage | None = None,
        multi_region: bool | None = None,
        pending_window: Duration | None = None,
        policy: PolicyDocument | None = None,
        removal_policy: RemovalPolicy | None = None,
        rotation_period: Duration | None = None,
        trust_account_identities: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = KeyProps(
            admins=admins,
            alias=alias,
            description=description,
            enable_key_rotation=enable_key_rotation,
            enabled=enabled,
            key_spec=key_spec,
            key_usage=key_usage,
            multi_region=multi_region,
            pending_window=pending_window,
            policy=policy,
            removal_policy=removal_policy,
            rotation_period=rotation_period,
            trust_account_identities=trust_account_identities,
        )
        spec = props.key_spec or KeySpec.SYMMETRIC_DEFAULT
        usage = props.key_usage or KeyUsage.ENCRYPT_DECRYPT
        if spec in _DENIED_SPECS[usage]:
            raise ValidationError(
                self,
                f"key_spec={spec} cannot be used with key_usage={usage}; pick a key spec that usage allows",
            )
        if props.enable_key_rotation and spec is not KeySpec.SYMMETRIC_DEFAULT:
            raise ValidationError(
                self,
                f"enable_key_rotation=True needs a symmetric key, but key_spec={spec}; "
                "drop enable_key_rotation or use KeySpec.SYMMETRIC_DEFAULT",
            )
        self.enable_key_rotation: bool | None = props.enable_key_rotation
        rotation_days: float | None = None
        if props.rotation_period is not None:
            if props.enable_key_rotation is False:
                raise ValidationError(
                    self,
                    f"rotation_period={props.rotation_period!r} is given but enable_key_rotation=False; "
                    "drop rotation_period or enable rotation",
                )
            rotation_days = whole_units(self, "rotation_period", props.rotation_period, TimeUnit.DAYS)
            if not Token.is_unresolved(rotation_days) and not 90 <= rotation_days <= 2560:
                raise ValidationError(
                    self, f"rotation_period={props.rotation_period!r} is out of range; use 90 to 2560 days"
                )
            if props.enable_key_rotation is None:
                self.enable_key_rotation = True
        if props.trust_account_identities is False:
            # The @aws-cdk/aws-kms:defaultKeyPolicies flag is always on in aws_cdk v2.
            raise ValidationError(
                self,
                "trust_account_identities=False is not supported: keys always trust the account's IAM "
                "policies; drop trust_account_identities",
            )
        self.trust_account_identities = True
        self.policy = props.policy if props.policy is not None else PolicyDocument()
        if props.policy is None:
            self.add_to_resource_policy(
                PolicyStatement(resources=["*"], actions=["kms:*"], principals=[AccountRootPrincipal()])
            )
        pending_days: float | None = None
        if props.pending_window is not None:
            pending_days = whole_units(self, "pending_window", props.pending_window, TimeUnit.DAYS)
            if not Token.is_unresolved(pending_days) and not 7 <= pending_days <= 30:
                raise ValidationError(
                    self, f"pending_window={props.pending_window!r} is out of range; use 7 to 30 days"
                )
        resource = CfnKey(
            self,
            "Resource",
            description=props.description,
            enable_key_rotation=self.enable_key_rotation,
            rotation_period_in_days=rotation_days,
            enabled=props.enabled,
            key_spec=props.key_spec.value if props.key_spec else None,
            key_usage=props.key_usage.value if props.key_usage else None,
            key_policy=self.policy,
            multi_region=props.multi_region,
            pending_window_in_days=pending_days,
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.RETAIN)
        self.key_arn = resource.attr_arn
        self.key_id = resource.ref
        self.node.add_validation(_ValidKeyPolicy(self.policy))
        for admin in props.admins or ():
            self.grant_admin(admin)
        if props.alias is not None:
            self.add_alias(props.alias)

    @staticmethod
    def from_key_arn(scope: Construct, id: str, key_arn: str) -> IKey:
        """An existing key, by ARN (`arn:<partition>:kms:<region>:<account>:key/<key id>`)."""
        key_id = Stack.of(scope).split_arn(key_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not key_id:
            raise ValidationError(
                scope,
                f"key_arn={key_arn!r} is not a key ARN; "
                "use 'arn:<partition>:kms:<region>:<account>:key/<key id>'",
            )
        return _ImportedKey(scope, id, key_arn, key_id)

    @staticmethod
    def from_lookup(
        scope: Construct, id: str, *, alias_name: str, return_dummy_key_on_missing: bool | None = None
    ) -> IKey:
        """An existing key that the CDK CLI looks up by alias (cached in `cdk.context.json`).

        Until then the key is a dummy (`Key.is_lookup_dummy`); a key the CLI cannot find is an error unless
        `return_dummy_key_on_missing=True`.
        """
        options = KeyLookupOptions(
            alias_name=alias_name, return_dummy_key_on_missing=return_dummy_key_on_missing
        )
        if Token.is_unresolved(options.alias_name):
            raise ValidationError(
                scope,
                f"Key.from_lookup({id!r}) got alias_name={options.alias_name!r}, a token; a lookup needs the "
                "alias known at synth",
            )
        value = ContextProvider.get_value(
            scope,
            provider=_KEY_PROVIDER,
            props={"aliasName": options.alias_name},
            dummy_value={"keyId": _DUMMY_KEY_ID},
            ignore_error_on_missing_context=bool(options.return_dummy_key_on_missing),
        ).value
        if not isinstance(value, dict) or not isinstance(value.get("keyId"), str):
            raise ValidationError(
                scope,
                f"the context value of Key.from_lookup({id!r}) is {value!r}, not a key; clear it from "
                "cdk.context.json so the CLI looks the key up again",
            )
        key_arn = Stack.of(scope).format_arn(service="kms", resource="key", resource_name=value["keyId"])
        return _ImportedKey(scope, id, key_arn, value["keyId"])

    @staticmethod
    def is_lookup_dummy(key: IKey) -> bool:
        """Whether `key` is the dummy `from_lookup` gives until the CLI has looked the key up."""
        return key.key_id == _DUMMY_KEY_ID


_KEY_PROVIDER = "key-provider"
# The key id aws-cdk-lib answers until the CLI has looked the key up.
_DUMMY_KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab"


class _ValidKeyPolicy:
    def __init__(self, policy: PolicyDocument) -> None:
        self._policy = policy

    def validate(self) -> list[str]:
        return self._policy.validate_for_resource_policy()


class _ImportedKey(KeyBase):
    def __init__(self, scope: Construct, id: str, key_arn: str, key_id: str) -> None:
        super().__init__(scope, id, environment_from_arn=key_arn)
        self.key_arn = key_arn
        self.key_id = key_id
        self.policy = None
