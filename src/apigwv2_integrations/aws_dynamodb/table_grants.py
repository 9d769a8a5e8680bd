"""TableGrants: the permissions a table gives (read, write, full access, any actions)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_iam.arn_principals import AccountPrincipal
from ..aws_iam.grant import Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable, PrincipalWithConditions, ServicePrincipal
from ..core.arn import ArnFormat
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from . import _perms as perms

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam.grant import IResourceWithPolicy
    from ..aws_iam.principals import IPrincipal

REPLICATION_SERVICE = "replication.dynamodb.amazonaws.com"
"""The service that copies items between the replicas of a global table."""
_REPLICATION_ACTIONS = (
    "dynamodb:ReadDataForReplication",
    "dynamodb:WriteDataForReplication",
    "dynamodb:ReplicateSettings",
)


def replication_statement(sid: str, own_account: str, other_account: str) -> PolicyStatement:
    """The resource-policy statement that lets the replication service work between two accounts."""
    return PolicyStatement(
        sid=sid,
        principals=[ServicePrincipal(REPLICATION_SERVICE)],
        actions=list(_REPLICATION_ACTIONS),
        resources=["*"],
        conditions={"StringEquals": {"aws:SourceAccount": [own_account, other_account]}},
    )


# Service principals DynamoDB resource policies accept from the grant methods.
_SUPPORTED_SERVICES = frozenset(
    {"redshift.amazonaws.com", "replication.dynamodb.amazonaws.com", "glue.amazonaws.com"}
)


def _service_of(principal: IPrincipal) -> str | None:
    if isinstance(principal, ServicePrincipal):
        return principal.service
    if isinstance(principal, PrincipalWithConditions):
        return _service_of(principal.principal)
    return None


def check_grantee(table: Any, grantee: IGrantable) -> None:
    """Refuse service principals other than the few DynamoDB resource policies accept."""
    principal = grantee.grant_principal
    if "Service" not in principal.policy_fragment.principal_json:
        return
    if _service_of(principal) in _SUPPORTED_SERVICES:
        return
    raise ValidationError(
        table,
        f"grantee={principal} is a service principal, which the grant methods of tables do not support; "
        "add a statement with add_to_resource_policy(...) that carries the service's conditions",
    )


@lazy_frozen(kw_only=True)
class TableGrantsProps(metaclass=LazyAttrsMeta):
    """What TableGrants needs to know about a table."""

    table: Any
    """The table."""
    encrypted_resource: Any = None
    """What grants on the table's key go through. Default: the table."""
    has_index: bool | None = None
    """Whether grants cover the indexes. Default: asked from the table at synth."""
    policy_resource: IResourceWithPolicy | None = None
    """What statements for other accounts go to. Default: the table."""
    regions: Sequence[str] | None = None
    """Regions of replicas the grants also cover. Default: none."""


class TableGrants:
    """The grants of one table: its ARN, its regional replicas and its indexes."""

    def __init__(
        self,
        *,
        table: Any,
        encrypted_resource: Any = None,
        has_index: bool | None = None,
        policy_resource: IResourceWithPolicy | None = None,
        regions: Sequence[str] | None = None,
    ) -> None:
        self.table = table
        self._encrypted_resource = encrypted_resource if encrypted_resource is not None else table
        self._policy_resource = policy_resource if policy_resource is not None else table
        stack = Stack.of(table)
        regional = [
            stack.format_arn(
                region=region, service="dynamodb", resource="table", resource_name=table.table_name
            )
            for region in regions or ()
        ]

        def index_arn(arn: str) -> str:
            # Whether the table has an index is known only once the app has added them all.
            def produce() -> str | None:
                indexed = has_index if has_index is not None else bool(getattr(table, "has_index", False))
                return f"{arn}/index/*" if indexed else None

            return Lazy.string(produce)

        self.arns: list[str] = [
            table.table_arn,
            *regional,
            index_arn(table.table_arn),
            *(index_arn(arn) for arn in regional),
        ]

    @staticmethod
    def from_table(
        table: Any, regions: Sequence[str] | None = None, has_index: bool | None = None
    ) -> TableGrants:
        """The grants of `table`."""
        return TableGrants(table=table, regions=regions, has_index=has_index)

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the table and its indexes."""
        check_grantee(self.table, grantee)
        return Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=actions,
            resource_arns=self.arns,
            resource=self._policy_resource,
            resource_self_arns=["*"],
        )

    def _grant_on_key(self, grantee: IGrantable, *actions: str) -> None:
        self._encrypted_resource.grant_on_key(grantee, *actions)

    def read_data(self, grantee: IGrantable) -> Grant:
        """Read items, and the stream records of the table (on the grantee's policy)."""
        self._grant_on_key(grantee, *perms.KEY_READ_ACTIONS)
        result = self.actions(grantee, *perms.RESOURCE_READ_DATA_ACTIONS, perms.DESCRIBE_TABLE)
        return result.combine(
            Grant.add_to_principal(
                grantee=grantee, actions=perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS, resource_arns=self.arns
            )
        )

    def write_data(self, grantee: IGrantable) -> Grant:
        """Write and delete items."""
        result = self.actions(grantee, *perms.WRITE_DATA_ACTIONS, perms.DESCRIBE_TABLE)
        self._grant_on_key(grantee, *perms.KEY_READ_ACTIONS, *perms.KEY_WRITE_ACTIONS)
        return result

    def read_write_data(self, grantee: IGrantable) -> Grant:
        """Read, write and delete items."""
        result = self.actions(
            grantee, *perms.RESOURCE_READ_DATA_ACTIONS, *perms.WRITE_DATA_ACTIONS, perms.DESCRIBE_TABLE
        )
        self._grant_on_key(grantee, *perms.KEY_READ_ACTIONS, *perms.KEY_WRITE_ACTIONS)
        return result.combine(
            Grant.add_to_principal(
                grantee=grantee, actions=perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS, resource_arns=self.arns
            )
        )

    def multi_account_replication_to(self, destination_replica_arn: str) -> None:
        """Let the replica `destination_replica_arn`, in another account, replicate this table: its account
        may associate the replica, and the replication service may copy to it (resource policy)."""
        account = self._account_of(destination_replica_arn)
        self._policy_resource.add_to_resource_policy(
            PolicyStatement(
                sid=f"AllowMultiAccountReplicaAssociation{account}",
                principals=[AccountPrincipal(account)],
                actions=["dynamodb:AssociateTableReplica"],
                resources=["*"],
            )
        )
        self._policy_resource.add_to_resource_policy(
            replication_statement(
                f"AllowReplicationServiceReadWrite{account}", Stack.of(self.table).account, account
            )
        )

    def multi_account_replication_from(self, source_replica_arn: str) -> None:
        """Let the replication service copy into this table from `source_replica_arn`, a replica in
        another account (resource policy)."""
        self._policy_resource.add_to_resource_policy(
            replication_statement(
                "AllowReplicationService",
                Stack.of(self.table).account,
                self._account_of(source_replica_arn),
            )
        )

    def _account_of(self, table_arn: str) -> str:
        return Stack.of(self.table).split_arn(table_arn, ArnFormat.SLASH_RESOURCE_NAME).account or ""

    def full_access(self, grantee: IGrantable) -> Grant:
        """Every DynamoDB action on the table (`dynamodb:*`)."""
        result = self.actions(grantee, "dynamodb:*")
        self._grant_on_key(grantee, *perms.KEY_READ_ACTIONS, *perms.KEY_WRITE_ACTIONS)
        return result
