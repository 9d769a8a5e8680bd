"""The principals a policy names by ARN or identifier: ArnPrincipal and the account, account root and
anyone principals made on it, `*`, an organization, an S3 canonical user and a federated identity."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..core.errors import ArgumentTypeError, ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.token import Token
from .principals import (
    LITERAL_STRING_KEY,
    PrincipalBase,
    PrincipalPolicyFragment,
    _compact_json,
    _stack_dependent,
)

if TYPE_CHECKING:
    from typing import Any

_ORGANIZATION_ID = r"^o-[a-z0-9]{10,32}$"


class ArnPrincipal(PrincipalBase):
    """A principal given by its ARN (`{"AWS": arn}`)."""

    def __init__(self, arn: str) -> None:
        self.arn = arn

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"AWS": [self.arn]})

    def in_organization(self, organization_id: str) -> PrincipalBase:
        """This principal, limited to one AWS Organization."""
        return self.with_conditions({"StringEquals": {"aws:PrincipalOrgID": organization_id}})

    def dedupe_string(self) -> str | None:
        return f"ArnPrincipal:{self.arn}"

    def __str__(self) -> str:
        return f"ArnPrincipal({self.arn})"


class AccountPrincipal(ArnPrincipal):
    """An account's root (`arn:<partition>:iam::<account>:root`)."""

    # The dedupe string is ArnPrincipal's: the ARN is a token of its own per object, so two account
    # principals of one account are not equal when statements are merged (as in aws-cdk-lib).

    def __init__(self, account_id: Any) -> None:
        if not isinstance(account_id, str) and not Token.is_unresolved(account_id):
            example = f"{account_id:012d}" if isinstance(account_id, int) else "123456789012"
            raise ArgumentTypeError(
                f"AccountPrincipal: account_id={account_id!r} is of type {type(account_id).__name__}; "
                f"use the 12-digit account id as a str, e.g. '{example}'"
            )
        super().__init__(_stack_dependent(lambda stack: f"arn:{stack.partition}:iam::{account_id}:root"))
        self.account_id: str = account_id

    @property
    def principal_account(self) -> str | None:
        return self.account_id

    def __str__(self) -> str:
        return f"AccountPrincipal({self.account_id})"


class AccountRootPrincipal(AccountPrincipal):
    """The root of the account of the stack the statement is rendered in."""

    def __init__(self) -> None:
        super().__init__(_stack_dependent(lambda stack: stack.account))

    def __str__(self) -> str:
        return "AccountRootPrincipal()"


class AnyPrincipal(ArnPrincipal):
    """Every AWS identity (`{"AWS": "*"}`)."""

    def __init__(self) -> None:
        super().__init__("*")

    def __str__(self) -> str:
        return "AnyPrincipal()"


class Anyone(AnyPrincipal):
    """Same as AnyPrincipal (aws_cdk's deprecated name)."""


class StarPrincipal(PrincipalBase):
    """Every principal, written as the bare string `"*"`."""

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({LITERAL_STRING_KEY: ["*"]})

    def dedupe_string(self) -> str | None:
        return "StarPrincipal"

    def __str__(self) -> str:
        return "StarPrincipal()"


class OrganizationPrincipal(PrincipalBase):
    """Every identity of an AWS Organization."""

    def __init__(self, organization_id: str) -> None:
        if not Token.is_unresolved(organization_id) and not re.match(_ORGANIZATION_ID, organization_id):
            raise ValidationError(
                None,
                f"organization_id={organization_id!r} is not an organization id; "
                "it looks like 'o-' and 10 to 32 lowercase letters or digits",
            )
        self.organization_id = organization_id

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment(
            {"AWS": ["*"]}, {"StringEquals": {"aws:PrincipalOrgID": self.organization_id}}
        )

    def dedupe_string(self) -> str | None:
        return f"OrganizationPrincipal:{self.organization_id}"

    def __str__(self) -> str:
        return f"OrganizationPrincipal({self.organization_id})"


class CanonicalUserPrincipal(PrincipalBase):
    """An S3 canonical user."""

    def __init__(self, canonical_user_id: str) -> None:
        self.canonical_user_id = canonical_user_id

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"CanonicalUser": [self.canonical_user_id]})

    def dedupe_string(self) -> str | None:
        return f"CanonicalUserPrincipal:{self.canonical_user_id}"

    def __str__(self) -> str:
        return f"CanonicalUserPrincipal({self.canonical_user_id})"


class FederatedPrincipal(PrincipalBase):
    """A federated identity provider (web identity or SAML)."""

    def __init__(
        self,
        federated: str,
        conditions: Mapping[str, Any] | None = None,
        assume_role_action: str | None = None,
    ) -> None:
        self.federated = federated
        self.conditions = dict(conditions or {})
        self._assume_role_action = assume_role_action or "sts:AssumeRole"

    @property
    def assume_role_action(self) -> str:
        return self._assume_role_action

    @property
    def policy_fragment(self) -> PrincipalPolicyFragment:
        return PrincipalPolicyFragment({"Federated": [self.federated]}, self.conditions)

    def dedupe_string(self) -> str | None:
        conditions = _compact_json(self.conditions)
        return f"FederatedPrincipal:{self.federated}:{self.assume_role_action}:{conditions}"

    def __str__(self) -> str:
        return f"FederatedPrincipal({self.federated})"
