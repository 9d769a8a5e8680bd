"""TableBaseV2 and ITableV2: what global tables defined here and imported ones share."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_cloudwatch.metric import Metric, MetricOptions, metric_keywords
from ..aws_cloudwatch.metric_types import Unit
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_document import PolicyDocument
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..aws_kms import IKey
from ..cfn.aws_dynamodb import TableReference
from ..core.construct import Construct
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from . import _perms as perms
from ._table_metrics import NAMESPACE, _TableMetrics
from .shared import Operation
from .table import GrantOnKeyResult, ITable
from .table_grants import TableGrants, check_grantee

if TYPE_CHECKING:
    from typing import Any


@runtime_checkable
class ITableV2(ITable, Protocol):
    """A DynamoDB global table, defined here or imported."""

    @property
    def table_id(self) -> str | None:
        """The table's id."""
        ...


class TableBaseV2(_TableMetrics):
    """Grants and metrics of global tables."""

    table_arn: str
    table_name: str
    table_id: str | None = None
    table_stream_arn: str | None = None
    encryption_key: IKey | None = None
    resource_policy: PolicyDocument | None = None
    region: str

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)

    @property
    def has_index(self) -> bool:
        """Whether grants also cover `<table ARN>/index/*`."""
        return False

    @property
    def table_ref(self) -> TableReference:
        """The table's ARN and name."""
        return TableReference(table_arn=self.table_arn, table_name=self.table_name)

    @property
    def grants(self) -> TableGrants:
        """The table's grants: the table, the replicas given when it was made, and their indexes."""
        # Whether there is an index is asked at synth, so indexes added after this call count too.
        return TableGrants(table=self, regions=self._grant_regions)

    @property
    def _grant_regions(self) -> tuple[str, ...]:
        # Imported tables know no replicas.
        return ()

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the table's resource policy (imported tables have none)."""
        return AddToResourcePolicyResult(statement_added=False)

    def _resource_arns(self) -> list[str]:
        arns = [self.table_arn]
        if self.has_index:
            arns.append(f"{self.table_arn}/index/*")
        return arns

    def _combined_grant(
        self,
        grantee: IGrantable,
        *,
        key_actions: Sequence[str] = (),
        table_actions: Sequence[str] = (),
        principal_only_actions: Sequence[str] = (),
    ) -> Grant:
        check_grantee(self, grantee)
        if key_actions and self.encryption_key is not None:
            self.encryption_key.grant(grantee, *key_actions)
        arns = self._resource_arns()
        result = Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=table_actions,
            resource_arns=arns,
            resource_self_arns=["*"],
            resource=self,
        )
        if principal_only_actions:
            return result.combine(
                Grant.add_to_principal(grantee=grantee, actions=principal_only_actions, resource_arns=arns)
            )
        return result

    def _stream_arn(self) -> str:
        if not self.table_stream_arn:
            raise ValidationError(
                self,
                "the table has no stream; pass dynamo_stream=StreamViewType... "
                "(or table_stream_arn when imported)",
            )
        return self.table_stream_arn

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the table and its indexes."""
        check_grantee(self, grantee)
        return Grant.add_to_principal_or_resource(
            grantee=grantee, actions=actions, resource_arns=self._resource_arns(), resource=self
        )

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Give `grantee` `actions` on the table's key, if it has one."""
        key = self.encryption_key
        return GrantOnKeyResult(key.grant(grantee, *actions) if key is not None else None)

    def grant_stream(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the table's stream."""
        return Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=[self._stream_arn()])

    def grant_table_list_streams(self, grantee: IGrantable) -> Grant:
        """Let `grantee` list the table's streams."""
        return Grant.add_to_principal(
            grantee=grantee, actions=["dynamodb:ListStreams"], resource_arns=[self._stream_arn()]
        )

    def grant_stream_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read the records of the table's stream."""
        self.grant_table_list_streams(grantee)
        if self.encryption_key is not None:
            self.encryption_key.grant(grantee, *perms.KEY_READ_ACTIONS)
        return Grant.add_to_principal(
            grantee=grantee, actions=perms.READ_STREAM_DATA_ACTIONS, resource_arns=[self._stream_arn()]
        )

    def grant_read_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read items."""
        return self._combined_grant(
            grantee,
            key_actions=perms.KEY_READ_ACTIONS,
            table_actions=[*perms.RESOURCE_READ_DATA_ACTIONS, perms.DESCRIBE_TABLE],
            principal_only_actions=perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS,
        )

    def grant_write_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` write and delete items."""
        return self._combined_grant(
            grantee,
            key_actions=[*perms.KEY_READ_ACTIONS, *perms.KEY_WRITE_ACTIONS],
            table_actions=[*perms.WRITE_DATA_ACTIONS, perms.DESCRIBE_TABLE],
        )

    def grant_read_write_data(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read, write and delete items."""
        return self._combined_grant(
            grantee,
            key_actions=[*perms.KEY_READ_ACTIONS, *perms.KEY_WRITE_ACTIONS],
            table_actions=[
                *perms.RESOURCE_READ_DATA_ACTIONS,
                *perms.WRITE_DATA_ACTIONS,
                perms.DESCRIBE_TABLE,
            ],
            principal_only_actions=perms.PRINCIPAL_ONLY_READ_DATA_ACTIONS,
        )

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Let `grantee` do anything with the table (`dynamodb:*`)."""
        return self._combined_grant(
            grantee,
            key_actions=[*perms.KEY_READ_ACTIONS, *perms.KEY_WRITE_ACTIONS],
            table_actions=["dynamodb:*"],
        )

    def metric_throttled_requests_for_operation(
        self,
        operation: str | Operation,
        *,
        operations: Sequence[Operation] | None = None,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, Any] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Throttled requests of one operation. Default: Sum over 5 minutes."""
        # aws-cdk-lib's TableV2 takes its OperationsMetricOptions here and ignores `operations`: the metric
        # is `operation`'s alone.
        return super().metric_throttled_requests_for_operation(operation, **metric_keywords(locals()))

    def _finish_metric(
        self, metric_name: str, dimensions: Mapping[str, Any], statistic: str | None, options: MetricOptions
    ) -> Metric:
        # Global table metrics name the table's region and account, as aws-cdk-lib's do.
        return Metric(
            namespace=NAMESPACE,
            metric_name=metric_name,
            dimensions_map=options.dimensions_map if options.dimensions_map is not None else dimensions,
            statistic=options.statistic if options.statistic is not None else statistic,
            account=options.account if options.account is not None else self.stack.account,
            color=options.color,
            id=options.id,
            label=options.label,
            period=options.period,
            region=options.region if options.region is not None else self.region,
            stack_account=options.stack_account,
            stack_region=options.stack_region,
            unit=options.unit,
            visible=options.visible,
        )


class _DefinedTableV2(TableBaseV2):
    """A global table this app defines (a `TableV2` or a multi-account replica): its resource policies."""

    stream_resource_policy: PolicyDocument | None = None
    # Stacks of other environments read its ARN and name by its physical name (core/resource.py).
    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {"service": "dynamodb", "resource": "table", "resource_name": self.physical_name}

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the table's resource policy."""
        if self.resource_policy is None:
            self.resource_policy = PolicyDocument(statements=[])
        self.resource_policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.resource_policy)

    def add_to_stream_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the stream's resource policy."""
        if self.stream_resource_policy is None:
            self.stream_resource_policy = PolicyDocument(statements=[])
        self.stream_resource_policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.stream_resource_policy)
