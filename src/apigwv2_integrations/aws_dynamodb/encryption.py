"""TableEncryptionV2: the key a TableV2 is encrypted with."""

from __future__ import annotations

from collections.abc import Mapping

from ..aws_kms import IKey
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.tokens.token import Token
from .shared import TableEncryption

if TYPE_CHECKING:
    from typing import Any


class TableEncryptionV2:
    """Encryption of a TableV2: an AWS-owned key, an AWS-managed key, or a customer-managed key."""

    def __init__(
        self,
        type: TableEncryption,  # noqa: A002 - aws_cdk's name for the property
        table_key: IKey | None = None,
        replica_key_arns: Mapping[str, str] | None = None,
    ) -> None:
        self.type = type
        self.table_key = table_key
        self.replica_key_arns = dict(replica_key_arns) if replica_key_arns is not None else None

    @staticmethod
    def dynamo_owned_key() -> TableEncryptionV2:
        """A key DynamoDB owns (the default)."""
        return TableEncryptionV2(TableEncryption.DEFAULT)

    @staticmethod
    def aws_managed_key() -> TableEncryptionV2:
        """The AWS-managed key `aws/dynamodb` of the account."""
        return TableEncryptionV2(TableEncryption.AWS_MANAGED)

    @staticmethod
    def customer_managed_key(
        table_key: IKey, replica_key_arns: Mapping[str, str] | None = None
    ) -> TableEncryptionV2:
        """A key of yours; replicas in other regions need their key ARNs in `replica_key_arns`."""
        return TableEncryptionV2(TableEncryption.CUSTOMER_MANAGED, table_key, replica_key_arns or {})

    def render_sse_specification(self) -> dict[str, Any]:
        """The table's SSESpecification."""
        if self.type is TableEncryption.DEFAULT:
            return {"SSEEnabled": False}
        return {"SSEEnabled": True, "SSEType": "KMS"}

    def render_replica_sse_specification(self, scope: Construct, region: str) -> dict[str, Any] | None:
        """A replica's SSESpecification: the key of its region (customer-managed keys only)."""
        if self.type is not TableEncryption.CUSTOMER_MANAGED or self.table_key is None:
            return None
        stack_region = Stack.of(scope).region
        keys = self.replica_key_arns or {}
        if Token.is_unresolved(stack_region):
            # Differs from aws-cdk-lib: the stack's own replica takes the table key in a stack without a
            # region too (aws-cdk-lib refuses every customer-managed key there).
            if region == stack_region:
                return {"KMSMasterKeyId": self.table_key.key_arn}
            raise ValidationError(
                scope,
                "customer-managed keys of replicas need a stack with a region; "
                "set env=Environment(region=...)",
            )
        if stack_region in keys:
            raise ValidationError(
                scope,
                f"replica_key_arns names the stack's own region {stack_region!r}; the table key serves it, "
                "drop that entry",
            )
        if region == stack_region:
            return {"KMSMasterKeyId": self.table_key.key_arn}
        if region not in keys:
            raise ValidationError(
                scope, f"replica_key_arns has no key for region {region!r}; add that region's key ARN"
            )
        return {"KMSMasterKeyId": keys[region]}
