"""LogGroup: a CloudWatch Logs group with grants, metric filters and a resource policy; imported groups."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

from ..aws_cloudwatch.metric import Metric, metric_keywords, metric_of, metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..aws_iam.grant import AddToResourcePolicyResult, Grant
from ..aws_iam.policy_statement import PolicyStatement
from ..aws_iam.principals import IGrantable
from ..aws_kms import IKey
from ..cfn.aws_logs import CfnLogGroup, LogGroupReference
from ..core.arn import ArnFormat
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from .data_protection_policy import DataProtectionPolicy, render_data_protection_policy
from .field_index_policy import FieldIndexPolicy, render_field_index_policy
from .log_stream import LogStream
from .logs_grants import LogGroupGrants, account_principal_of, grant_on_log_group
from .metric_filter import MetricFilter
from .pattern import FilterPattern, IFilterPattern
from .policy import ResourcePolicy

if TYPE_CHECKING:
    from typing import Any

    from .subscription_filter import Distribution, ILogSubscriptionDestination, SubscriptionFilter
    from .transformer import IProcessor
    from .transformer.transformer import Transformer


class RetentionDays(SimpleEnum):
    """How long log events are kept."""

    ONE_DAY = 1
    THREE_DAYS = 3
    FIVE_DAYS = 5
    ONE_WEEK = 7
    TWO_WEEKS = 14
    ONE_MONTH = 30
    TWO_MONTHS = 60
    THREE_MONTHS = 90
    FOUR_MONTHS = 120
    FIVE_MONTHS = 150
    SIX_MONTHS = 180
    ONE_YEAR = 365
    THIRTEEN_MONTHS = 400
    EIGHTEEN_MONTHS = 545
    TWO_YEARS = 731
    THREE_YEARS = 1096
    FIVE_YEARS = 1827
    SIX_YEARS = 2192
    SEVEN_YEARS = 2557
    EIGHT_YEARS = 2922
    NINE_YEARS = 3288
    TEN_YEARS = 3653
    INFINITE = 9999


class LogGroupClass(SimpleEnum):
    """The class of a log group: which features it has and what it costs."""

    STANDARD = "STANDARD"
    INFREQUENT_ACCESS = "INFREQUENT_ACCESS"
    DELIVERY = "DELIVERY"


@runtime_checkable
class ILogGroup(IResource, Protocol):
    """A CloudWatch Logs group, defined here or imported."""

    @property
    def log_group_arn(self) -> str:
        """The group's ARN (ending in `:*`)."""
        ...

    @property
    def log_group_name(self) -> str:
        """The group's name."""
        ...

    @property
    def log_group_ref(self) -> LogGroupReference:
        """A reference to the group: its name and ARN."""
        ...

    def add_stream(self, id: str, *, log_stream_name: str | None = None) -> LogStream:
        """Add a log stream to this group."""
        ...

    def add_subscription_filter(
        self,
        id: str,
        *,
        destination: ILogSubscriptionDestination,
        filter_pattern: IFilterPattern,
        distribution: Distribution | None = None,
        filter_name: str | None = None,
    ) -> SubscriptionFilter:
        """Send the group's events that match `filter_pattern` to `destination`."""
        ...

    def add_metric_filter(
        self,
        id: str,
        *,
        filter_pattern: IFilterPattern,
        metric_name: str,
        metric_namespace: str,
        apply_on_transformed_logs: bool | None = None,
        default_value: float | None = None,
        dimensions: Mapping[str, str] | None = None,
        filter_name: str | None = None,
        metric_value: str | None = None,
        unit: Unit | None = None,
    ) -> MetricFilter:
        """Add a metric filter on this group."""
        ...

    def add_transformer(
        self, id: str, *, transformer_config: Sequence[IProcessor], transformer_name: str
    ) -> Transformer:
        """Transform the group's events at ingestion with `transformer_config`, a parser first."""
        ...

    def extract_metric(self, json_field: str, metric_namespace: str, metric_name: str) -> Metric:
        """A metric of the value of a JSON field in the group's events (adds the metric filter)."""
        ...

    def log_group_physical_name(self) -> str:
        """The group's name as given to the construct (a token when CloudFormation names it)."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` create log streams and put log events."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read log events."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the group."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the CloudWatch Logs resource policy of the group."""
        ...


@lazy_frozen(kw_only=True)
class LogGroupProps(metaclass=LazyAttrsMeta):
    """Properties of a LogGroup."""

    data_protection_policy: DataProtectionPolicy | None = None
    """The sensitive data the group audits and masks. Default: none."""
    deletion_protection_enabled: bool | None = None
    """Whether the group is protected against deletion. Default: False."""
    encryption_key: IKey | None = None
    """The KMS key log events are encrypted with. Default: encrypted by CloudWatch Logs."""
    field_index_policies: tuple[FieldIndexPolicy, ...] | None = field(default=None, converter=optional_tuple)
    """The fields indexed for faster queries. Default: none."""
    log_group_class: LogGroupClass | None = None
    """The group's class. Default: STANDARD."""
    log_group_name: str | None = None
    """Name of the group. Default: generated by CloudFormation."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the group when it leaves the stack. Default: RETAIN."""
    retention: RetentionDays | None = None
    """How long events are kept. Default: TWO_YEARS."""


class LogGroupBase(Resource):
    """Grants, metric filters, resource policy and metrics of log groups."""

    # aws-cdk-lib's LogGroupBase has no name of its own in tree.json (an imported group shows as Resource).
    _TREE_FQN = "aws-cdk-lib.Resource"

    log_group_arn: str
    log_group_name: str

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.grants = LogGroupGrants.from_log_group(self)
        self.policy: ResourcePolicy | None = None

    @property
    def log_group_ref(self) -> LogGroupReference:
        """The group's ARN and name."""
        return LogGroupReference(log_group_arn=self.log_group_arn, log_group_name=self.log_group_name)

    def log_group_physical_name(self) -> str:
        """The group's name as given to the construct (a token when CloudFormation names it)."""
        return self.physical_name if self.physical_name is not None else self.log_group_name

    def add_stream(self, id: str, *, log_stream_name: str | None = None) -> LogStream:
        """Add a log stream to this group."""
        return LogStream(self, id, log_group=self, log_stream_name=log_stream_name)

    def add_metric_filter(
        self,
        id: str,
        *,
        filter_pattern: IFilterPattern,
        metric_name: str,
        metric_namespace: str,
        apply_on_transformed_logs: bool | None = None,
        default_value: float | None = None,
        dimensions: Mapping[str, str] | None = None,
        filter_name: str | None = None,
        metric_value: str | None = None,
        unit: Unit | None = None,
    ) -> MetricFilter:
        """Add a metric filter on this group."""
        return MetricFilter(
            self,
            id,
            log_group=self,
            filter_pattern=filter_pattern,
            metric_name=metric_name,
            metric_namespace=metric_namespace,
            apply_on_transformed_logs=apply_on_transformed_logs,
            default_value=default_value,
            dimensions=dimensions,
            filter_name=filter_name,
            metric_value=metric_value,
            unit=unit,
        )

    def add_subscription_filter(
        self,
        id: str,
        *,
        destination: ILogSubscriptionDestination,
        filter_pattern: IFilterPattern,
        distribution: Distribution | None = None,
        filter_name: str | None = None,
    ) -> SubscriptionFilter:
        """Send the group's events that match `filter_pattern` to `destination`."""
        from .subscription_filter import SubscriptionFilter  # deferred: most groups have no subscription

        return SubscriptionFilter(
            self,
            id,
            log_group=self,
            destination=destination,
            filter_pattern=filter_pattern,
            distribution=distribution,
            filter_name=filter_name,
        )

    def add_transformer(
        self, id: str, *, transformer_config: Sequence[IProcessor], transformer_name: str
    ) -> Transformer:
        """Transform the group's events at ingestion with `transformer_config`, a parser first."""
        from .transformer.transformer import Transformer  # deferred: most groups have no transformer

        return Transformer(
            self, id, log_group=self, transformer_config=transformer_config, transformer_name=transformer_name
        )

    def extract_metric(self, json_field: str, metric_namespace: str, metric_name: str) -> Metric:
        """A metric of the value of a JSON field in the group's events (adds the metric filter)."""
        MetricFilter(
            self,
            f"{metric_namespace}_{metric_name}",
            log_group=self,
            metric_namespace=metric_namespace,
            metric_name=metric_name,
            filter_pattern=FilterPattern.exists(json_field),
            metric_value=json_field,
        )
        return Metric(metric_name=metric_name, namespace=metric_namespace).attach_to(self)

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` create log streams and put log events."""
        return self.grants.write(grantee)

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read log events."""
        return self.grants.read(grantee)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the group."""
        return grant_on_log_group(self, grantee, list(actions), [self.log_group_arn])

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to a CloudWatch Logs resource policy created for the group (`Policy`)."""
        if self.policy is None:
            self.policy = ResourcePolicy(self, "Policy")
        # CloudWatch Logs resource policies take accounts, not role or user ARNs, as AWS principals.
        principals = [account_principal_of(principal) for principal in statement.principals]
        self.policy.document.add_statements(statement.copy(principals=principals))
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self.policy)

    def metric(
        self,
        metric_name: str,
        *,
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
        """A metric of this log group's account and region (AWS/Logs). Default: Sum over 5 minutes."""
        return metric_of(
            namespace="AWS/Logs",
            metric_name=metric_name,
            dimensions_map=None,
            statistic="Sum",
            options=metric_options(locals()),
            scope=self,
        )

    def metric_incoming_bytes(
        self,
        *,
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
        """Bytes ingested (AWS/Logs IncomingBytes). Default: Sum over 5 minutes."""
        return self.metric("IncomingBytes", **metric_keywords(locals()))

    def metric_incoming_log_events(
        self,
        *,
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
        """Log events ingested (AWS/Logs IncomingLogs). Default: Sum over 5 minutes."""
        return self.metric("IncomingLogs", **metric_keywords(locals()))


class LogGroup(LogGroupBase):
    """A CloudWatch Logs group (`AWS::Logs::LogGroup`)."""

    _ARN_ATTRIBUTE = "Arn"
    _NAME_ATTRIBUTE = "Ref"

    def _arn_components(self) -> dict[str, Any]:
        return {
            "service": "logs",
            "resource": "log-group",
            "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME,
        }

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        data_protection_policy: DataProtectionPolicy | None = None,
        deletion_protection_enabled: bool | None = None,
        encryption_key: IKey | None = None,
        field_index_policies: Sequence[FieldIndexPolicy] | None = None,
        log_group_class: LogGroupClass | None = None,
        log_group_name: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        retention: RetentionDays | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=log_group_name)
        log_group_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = LogGroupProps(
            data_protection_policy=data_protection_policy,
            deletion_protection_enabled=deletion_protection_enabled,
            encryption_key=encryption_key,
            field_index_policies=field_index_policies,
            log_group_class=log_group_class,
            log_group_name=log_group_name,
            removal_policy=removal_policy,
            retention=retention,
        )
        if props.log_group_class is LogGroupClass.DELIVERY:
            for name, value in (
                ("retention", props.retention),
                ("data_protection_policy", props.data_protection_policy),
                (
                    "field_index_policies",
                    None if props.field_index_policies is None else list(props.field_index_policies),
                ),
            ):
                if value is not None:
                    # An enum member is quoted as written (RetentionDays.ONE_DAY), not as its repr.
                    text = str(value) if isinstance(value, enum.Enum) else repr(value)
                    raise ValidationError(
                        self,
                        f"{name}={text} is not supported with log_group_class=LogGroupClass.DELIVERY; "
                        f"drop {name} or use another class",
                    )
        retention_days = (props.retention or RetentionDays.TWO_YEARS).value
        if props.log_group_class is LogGroupClass.DELIVERY:
            retention_days = RetentionDays.INFINITE.value
        self.encryption_key = props.encryption_key
        resource = CfnLogGroup(
            self,
            "Resource",
            kms_key_id=props.encryption_key.key_arn if props.encryption_key is not None else None,
            log_group_class=props.log_group_class.value if props.log_group_class else None,
            log_group_name=props.log_group_name,
            retention_in_days=None if retention_days == RetentionDays.INFINITE.value else retention_days,
            deletion_protection_enabled=props.deletion_protection_enabled,
            data_protection_policy=(
                render_data_protection_policy(props.data_protection_policy, self)
                if props.data_protection_policy is not None
                else None
            ),
            field_index_policies=(
                [render_field_index_policy(policy) for policy in props.field_index_policies]
                if props.field_index_policies is not None
                else None
            ),
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.RETAIN)
        self.log_group_arn: str = resource.attr_arn
        self.log_group_name: str = resource.ref

    @staticmethod
    def from_log_group_arn(scope: Construct, id: str, log_group_arn: str) -> ILogGroup:
        """An existing log group, by ARN (with or without the trailing `:*`)."""
        return _ImportedLogGroup.from_arn(scope, id, log_group_arn)

    @staticmethod
    def from_log_group_name(scope: Construct, id: str, log_group_name: str) -> ILogGroup:
        """An existing log group of this stack's account and region, by name."""
        return _ImportedLogGroup.from_name(scope, id, log_group_name)


class _ImportedLogGroup(LogGroupBase):
    def __init__(
        self, scope: Construct, id: str, arn: str, name: str, environment_from_arn: str | None = None
    ) -> None:
        super().__init__(scope, id, environment_from_arn=environment_from_arn)
        self.log_group_arn = arn
        self.log_group_name = name

    @staticmethod
    def from_arn(scope: Construct, id: str, log_group_arn: str) -> _ImportedLogGroup:
        base = log_group_arn.removesuffix(":*")
        name = Stack.of(scope).split_arn(base, ArnFormat.COLON_RESOURCE_NAME).resource_name or ""
        return _ImportedLogGroup(scope, id, f"{base}:*", name, environment_from_arn=base)

    @staticmethod
    def from_name(scope: Construct, id: str, log_group_name: str) -> _ImportedLogGroup:
        base = log_group_name.removesuffix(":*")
        arn = Stack.of(scope).format_arn(
            service="logs",
            resource="log-group",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
            resource_name=f"{base}:*",
        )
        return _ImportedLogGroup(scope, id, arn, base)
