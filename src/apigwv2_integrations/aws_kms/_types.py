"""IKey, and the KMS actions each kind of grant gives."""

from __future__ import annotations

from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..cfn.aws_kms import KeyReference
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .alias import Alias

ADMIN_ACTIONS = (
    "kms:Create*",
    "kms:Describe*",
    "kms:Enable*",
    "kms:List*",
    "kms:Put*",
    "kms:Update*",
    "kms:Revoke*",
    "kms:Disable*",
    "kms:Get*",
    "kms:Delete*",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
)
ENCRYPT_ACTIONS = ("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*")
DECRYPT_ACTIONS = ("kms:Decrypt",)
SIGN_ACTIONS = ("kms:Sign",)
VERIFY_ACTIONS = ("kms:Verify",)
GENERATE_HMAC_ACTIONS = ("kms:GenerateMac",)
VERIFY_HMAC_ACTIONS = ("kms:VerifyMac",)


@runtime_checkable
class IKey(IResource, Protocol):
    """A KMS key, defined here or imported."""

    @property
    def key_arn(self) -> str:
        """The key's ARN."""
        ...

    @property
    def key_id(self) -> str:
        """The key's id."""
        ...

    @property
    def key_ref(self) -> KeyReference:
        """A reference to the key: its id and ARN."""
        ...

    def add_alias(self, alias_name: str) -> Alias:
        """Create an alias for the key."""
        ...

    def add_to_resource_policy(
        self, statement: PolicyStatement, allow_no_op: bool | None = None
    ) -> AddToResourcePolicyResult:
        """Add a statement to the key policy (a no-op for imported keys)."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the key."""
        ...

    def grant_decrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` decrypt with the key."""
        ...

    def grant_encrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` encrypt with the key."""
        ...

    def grant_encrypt_decrypt(self, grantee: IGrantable) -> Grant:
        """Let `grantee` encrypt and decrypt with the key."""
        ...

    def grant_sign(self, grantee: IGrantable) -> Grant:
        """Let `grantee` sign with the key."""
        ...

    def grant_verify(self, grantee: IGrantable) -> Grant:
        """Let `grantee` verify signatures with the key."""
        ...

    def grant_sign_verify(self, grantee: IGrantable) -> Grant:
        """Let `grantee` sign and verify with the key."""
        ...

    def grant_generate_mac(self, grantee: IGrantable) -> Grant:
        """Let `grantee` generate MACs with the key."""
        ...

    def grant_verify_mac(self, grantee: IGrantable) -> Grant:
        """Let `grantee` verify MACs with the key."""
        ...
