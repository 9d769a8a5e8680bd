"""TableV2MultiAccountReplica: a replica, in another account, of a global table defined elsewhere."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_iam.policy_document import PolicyDocument
from ..aws_iam.principals import ServicePrincipal
from ..cfn.aws_dynamodb import CfnGlobalTable
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.resource import PhysicalName, Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.lazy import Lazy
from ..core.tokens.token import Token
from ._cfn_keys import cfn_keys
from .encryption import TableEncryptionV2
from .shared import (
    ContributorInsightsSpecification,
    GlobalTableSettingsReplicationMode,
    PointInTimeRecoverySpecification,
    TableClass,
    TableEncryption,
    render_contributor_insights,
    render_point_in_time_recovery,
)
from .table_grants import REPLICATION_SERVICE, replication_statement
from .table_v2 import TableOptionsV2
from .table_v2_base import ITableV2, TableBaseV2, _DefinedTableV2

if TYPE_CHECKING:
    from typing import Any

    from ..core.tags import CfnTag

# What the replication service needs on a replica's key (the actions TableV2 read-write grants use).
_REPLICATION_KEY_ACTIONS = (
    "kms:Decrypt",
    "kms:DescribeKey",
    "kms:Encrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
)
_SOURCE_WITHOUT_POLICY = "@aws-cdk/aws-dynamodb:multiAccountReplicaSourceWithoutPolicy"


@lazy_frozen(kw_only=True)
class TableV2MultiAccountReplicaProps(TableOptionsV2, metaclass=LazyAttrsMeta):
    """Properties of a TableV2MultiAccountReplica."""

    encryption: TableEncryptionV2 | None = None
    """The replica's own encryption (not synchronized with the source). Default: a key DynamoDB owns."""
    global_table_settings_replication_mode: GlobalTableSettingsReplicationMode | None = None
    """Whether settings replicate between the replicas. Default: not set (ALL on the service side)."""
    grant_index_permissions: bool | None = None
    """Whether grants also cover `<table ARN>/index/*`. Default: True."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the replica when it leaves the stack. Default: RETAIN."""
    replica_source_table: ITableV2 | None = None
    """The table to replicate (required)."""
    table_name: str | None = None
    """The physical name other environments know the replica by. Default: generated when needed."""


class TableV2MultiAccountReplica(_DefinedTableV2):
    """A replica of a global table in another account (`AWS::DynamoDB::GlobalTable` with
    `GlobalTableSourceArn`); it takes its schema from the source table.

    Its resource policy lets the replication service work with the source; the source table, when it is
    defined in this app, gets the matching statements (`grants.multi_account_replication_to`).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        encryption: TableEncryptionV2 | None = None,
        global_table_settings_replication_mode: GlobalTableSettingsReplicationMode | None = None,
        grant_index_permissions: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        replica_source_table: ITableV2 | None = None,
        table_name: str | None = None,
        contributor_insights: bool | None = None,
        contributor_insights_specification: ContributorInsightsSpecification
        | Mapping[str, Any]
        | None = None,
        deletion_protection: bool | None = None,
        kinesis_stream: Any = None,
        point_in_time_recovery: bool | None = None,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification
        | Mapping[str, Any]
        | None = None,
        resource_policy: PolicyDocument | None = None,
        stream_resource_policy: PolicyDocument | None = None,
        table_class: TableClass | None = None,
        tags: Sequence[CfnTag | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=table_name or PhysicalName.GENERATE_IF_NEEDED)
        props = TableV2MultiAccountReplicaProps(
            encryption=encryption,
            global_table_settings_replication_mode=global_table_settings_replication_mode,
            grant_index_permissions=grant_index_permissions,
            removal_policy=removal_policy,
            replica_source_table=replica_source_table,
            table_name=table_name,
            contributor_insights=contributor_insights,
            contributor_insights_specification=contributor_insights_specification,
            deletion_protection=deletion_protection,
            kinesis_stream=kinesis_stream,
            point_in_time_recovery=point_in_time_recovery,
            point_in_time_recovery_specification=point_in_time_recovery_specification,
            resource_policy=resource_policy,
            stream_resource_policy=stream_resource_policy,
            table_class=table_class,
            tags=tags,
        )
        source = props.replica_source_table
        if source is None:
            raise ValidationError(
                self,
                "replica_source_table is missing; pass the TableV2 (or imported global table) to replicate",
            )
        self._check_other_environment(source)
        self.region: str = self.stack.region
        self._grant_index_permissions = props.grant_index_permissions is not False
        is_customer_managed = (
            props.encryption is not None and props.encryption.type is TableEncryption.CUSTOMER_MANAGED
        )
        self.encryption_key = props.encryption.table_key if is_customer_managed and props.encryption else None
        # As aws-cdk-lib: the replication statement joins the document given (after its statements).
        self.resource_policy = props.resource_policy or PolicyDocument(statements=[])
        self.resource_policy.add_statements(
            replication_statement(
                "AllowReplicationService", self.stack.account, self._account_in(source.table_arn)
            )
        )
        self.stream_resource_policy = props.stream_resource_policy
        if self.encryption_key is not None:
            self.encryption_key.grant(ServicePrincipal(REPLICATION_SERVICE), *_REPLICATION_KEY_ACTIONS)
        self.resource = CfnGlobalTable(
            self,
            "Resource",
            # As aws-cdk-lib: the replica carries the source table's name; `table_name` is the physical name
            # other environments read its ARN by.
            table_name=source.table_name,
            global_table_source_arn=source.table_arn,
            replicas=Lazy.any(lambda: cfn_keys([self._render_replica(props)])),
        )
        self.resource.apply_removal_policy(props.removal_policy)
        self.table_arn = self.resource.attr_arn
        self.table_name = self.resource.ref
        self.table_stream_arn = self.resource.attr_stream_arn
        self.table_id = self.resource.attr_table_id
        if isinstance(source, TableBaseV2) and Resource.is_owned_resource(source):
            source.grants.multi_account_replication_to(self.table_arn)
        else:
            Annotations.of(self).add_warning_v2(
                _SOURCE_WITHOUT_POLICY,
                "The source table is imported without a resource policy and cannot be granted "
                "multi-account replication permissions. You must manually configure multi-account "
                "replication permissions on the source table. Call "
                f"sourceTable.grants.multiAccountReplicationTo('{self.table_arn}') on the actual source "
                "table stack.",
            )
        if props.table_name:
            # aws-cdk-lib marks a named table in the stack's metadata file.
            self.node.add_metadata("aws:cdk:hasPhysicalName", self.table_name)

    @property
    def has_index(self) -> bool:
        """Whether grants also cover `<table ARN>/index/*` (`grant_index_permissions`, default True)."""
        return self._grant_index_permissions

    def _check_other_environment(self, source: ITableV2) -> None:
        source_env = getattr(source, "env", None)
        source_account = getattr(source_env, "account", None)
        source_region = getattr(source_env, "region", None)
        account, region = self.stack.account, self.stack.region
        if _same_literal(source_account, account):
            raise ValidationError(
                self,
                f"replica_source_table is in this stack's account {account!r}; a multi-account replica "
                "needs another account (for a replica in the same account use add_replica() on the table)",
            )
        if _same_literal(source_region, region):
            raise ValidationError(
                self,
                f"replica_source_table is in this stack's region {region!r}; a multi-account replica "
                "needs another region",
            )

    def _account_in(self, arn: str) -> str:
        return self.stack.split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).account or ""

    def _render_replica(self, props: TableV2MultiAccountReplicaProps) -> dict[str, Any]:
        # As aws-cdk-lib: the deprecated contributor_insights and point_in_time_recovery switches are not
        # rendered on a multi-account replica, only their specifications.
        mode = props.global_table_settings_replication_mode
        stream_policy = self.stream_resource_policy
        return {
            "region": self.region,
            "global_table_settings_replication_mode": mode.value if mode is not None else None,
            "resource_policy": {"PolicyDocument": self.resource_policy},
            "replica_stream_specification": {"resource_policy": {"PolicyDocument": stream_policy}}
            if stream_policy is not None
            else None,
            "sse_specification": {"KMSMasterKeyId": self.encryption_key.key_arn}
            if self.encryption_key is not None
            else None,
            "deletion_protection_enabled": props.deletion_protection,
            "table_class": props.table_class.value if props.table_class is not None else None,
            "kinesis_stream_specification": {"stream_arn": props.kinesis_stream.stream_arn}
            if props.kinesis_stream is not None
            else None,
            "contributor_insights_specification": render_contributor_insights(
                self, "contributor_insights", None, props.contributor_insights_specification
            ),
            "point_in_time_recovery_specification": render_point_in_time_recovery(
                self, None, props.point_in_time_recovery_specification
            ),
            "tags": [{"key": tag.key, "value": tag.value} for tag in props.tags] if props.tags else None,
        }


def _same_literal(first: str | None, second: str | None) -> bool:
    return (
        first is not None
        and second is not None
        and not Token.is_unresolved(first)
        and not Token.is_unresolved(second)
        and first == second
    )
