"""LogGroupGrants: the permissions a log group gives (write, read, any actions)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.arn_principals import ArnPrincipal
from ..aws_iam.grant import Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable, IPrincipal
from ..core.arn import Arn, ArnFormat
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

_WRITE_ACTIONS = ("logs:CreateLogStream", "logs:PutLogEvents")
_READ_ACTIONS = (
    "logs:FilterLogEvents",
    "logs:GetLogEvents",
    "logs:GetLogGroupFields",
    "logs:DescribeLogGroups",
    "logs:DescribeLogStreams",
)


class LogGroupGrants:
    """The grants of one log group."""

    def __init__(self, *, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_log_group(resource: Any) -> LogGroupGrants:
        """The grants of `resource`."""
        return LogGroupGrants(resource=resource)

    def actions(
        self, grantee: IGrantable, actions: Sequence[str], *, resource_arns: Sequence[str] | None = None
    ) -> Grant:
        """Give `grantee` `actions` on the log group (on its resource policy too, across accounts)."""
        arns = list(resource_arns) if resource_arns is not None else [self.resource.log_group_arn]
        return grant_on_log_group(self.resource, grantee, list(actions), arns)

    def write(self, grantee: IGrantable) -> Grant:
        """Create log streams and put log events."""
        return self.actions(grantee, _WRITE_ACTIONS)

    def read(self, grantee: IGrantable) -> Grant:
        """Read and search log events."""
        return self.actions(grantee, _READ_ACTIONS)


def account_principal_of(principal: IPrincipal) -> IPrincipal:
    """The account of an AWS principal, which is what CloudWatch Logs resource policies accept."""
    account = principal.principal_account
    if account:
        return ArnPrincipal(account)
    if isinstance(principal, ArnPrincipal) and principal.arn != "*":
        # As aws-cdk-lib: an ARN with a literal `arn:` prefix is split as text (its account may be a
        # token), any other token ARN at deploy time.
        account = Arn.split(principal.arn, ArnFormat.SLASH_RESOURCE_NAME).account
        if account:
            return ArnPrincipal(account)
    return principal


def grant_on_log_group(
    log_group: Any, grantee: IGrantable, actions: list[str], resource_arns: list[str]
) -> Grant:
    """The grantee's own policy in the log group's account; else also the log group's resource policy.

    The resource policy names the grantee's account, not the grantee itself (CloudWatch Logs resource
    policies take no role or user ARNs), as aws-cdk-lib does: `add_to_resource_policy` converts it.
    """
    principal = grantee.grant_principal
    result = Grant.add_to_principal(
        grantee=grantee, actions=actions, resource_arns=resource_arns, scope=log_group
    )
    principal_account = principal.principal_account
    same_account = bool(principal_account) and Token.compare_strings(
        log_group.env.account, principal_account or ""
    ) in ("SAME", "BOTH_UNRESOLVED")
    if result.success and same_account:
        return result
    # The log group's add_to_resource_policy puts the grantee's account in place of the grantee.
    statement = PolicyStatement(actions=actions, resources=resource_arns, principals=[principal])
    added = log_group.add_to_resource_policy(statement)
    resource_grant = Grant(
        options={"grantee": grantee, "actions": actions, "resource_arns": resource_arns},
        resource_statement=statement,
        policy_dependable=added.policy_dependable if added.statement_added else None,
    )
    return result.combine(resource_grant)
