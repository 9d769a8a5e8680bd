"""StateMachine: a Step Functions state machine with its role, grants and metrics; DefinitionBody."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence

from ..aws_cloudwatch import Metric
from ..aws_cloudwatch.metric import MetricOptions, metric_options
from ..aws_cloudwatch.metric_types import Unit
from ..aws_iam import (
    Grant,
    IGrantable,
    IPrincipal,
    IRole,
    PolicyStatement,
    Role,
    ServicePrincipal,
    UnknownPrincipal,
)
from ..aws_s3_assets.asset import Asset, AssetOptions
from ..cfn.aws_stepfunctions import CfnStateMachine, StateMachineReference
from ..core.arn import Arn, ArnFormat
from ..core.asset_types import AssetHashType, IgnoreMode, SymlinkFollowMode
from ..core.construct import Construct
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.removal_policy import RemovalPolicy
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.stand_in import file_asset_node
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.tokens.token import Token
from ._states_metric import states_metric
from .encryption_configuration import (
    CustomerManagedEncryptionConfiguration,
    EncryptionConfiguration,
    render_encryption_configuration,
)
from .state_graph import StateGraph
from .types import IChainable, QueryLanguage

if TYPE_CHECKING:
    from typing import Any

    from ..aws_kms import IKey
    from ..aws_logs import ILogGroup
    from ..core.bundling import BundlingOptions

# The characters aws-cdk-lib lets through (letters, digits and +!@.()-=_'); the hyphen is literal, so
# `*,/:;<` are refused (Step Functions refuses `,:;/*` and others in names too).
_STATE_MACHINE_NAME = re.compile(r"^[a-z0-9+!@.()\-=_']+$", re.IGNORECASE)
_MAX_NAME_LENGTH = 80


class StateMachineType(SimpleEnum):
    """Standard (long-running, exactly once) or Express (short, high-volume) workflows."""

    EXPRESS = "EXPRESS"
    STANDARD = "STANDARD"


class LogLevel(SimpleEnum):
    """Which execution events are logged."""

    OFF = "OFF"
    ALL = "ALL"
    ERROR = "ERROR"
    FATAL = "FATAL"


@lazy_frozen(kw_only=True)
class LogOptions(metaclass=LazyAttrsMeta):
    """Where and what a state machine logs."""

    destination: ILogGroup | None = None
    """The log group. Required unless level is OFF."""
    include_execution_data: bool | None = None
    """Log input, output and parameters too. Default: False."""
    level: LogLevel | None = None
    """Which events to log. Default: ERROR."""


def _to_log_options(value: LogOptions | Mapping[str, Any] | None) -> LogOptions | None:
    return LogOptions(**value) if isinstance(value, Mapping) else value


def _to_s3_location(
    value: CfnStateMachine.S3LocationProperty | Mapping[str, Any] | None,
) -> CfnStateMachine.S3LocationProperty | None:
    return CfnStateMachine.S3LocationProperty(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class DefinitionConfig(metaclass=LazyAttrsMeta):
    """The definition properties a DefinitionBody gives the CfnStateMachine; one of them is set."""

    definition: Any = None
    """The definition as an object. Default: none."""
    definition_s3_location: CfnStateMachine.S3LocationProperty | None = field(
        default=None, converter=_to_s3_location
    )
    """The S3 location of a definition file. Default: none."""
    definition_string: str | None = None
    """The definition as a JSON string. Default: none."""


class DefinitionBody:
    """The Amazon States Language definition of a state machine."""

    @staticmethod
    def from_string(definition: str) -> DefinitionBody:
        """A definition given as a JSON string (tokens allowed)."""
        return StringDefinitionBody(definition)

    @staticmethod
    def from_chainable(chainable: IChainable) -> DefinitionBody:
        """A definition built from states (`Pass(...).next(...)`)."""
        return ChainDefinitionBody(chainable)

    @staticmethod
    def from_file(
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | Mapping[str, Any] | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> DefinitionBody:
        """A definition in a local file, published as an asset (with aws_s3_assets' `AssetOptions`) and read
        by CloudFormation from S3."""
        return FileDefinitionBody(
            path,
            deploy_time=deploy_time,
            display_name=display_name,
            readers=readers,
            source_kms_key=source_kms_key,
            asset_hash=asset_hash,
            asset_hash_type=asset_hash_type,
            bundling=bundling,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode,
        )

    def bind(
        self,
        scope: Construct,
        sfn_principal: IPrincipal,
        sfn_props: StateMachineProps,
        graph: StateGraph | None,
    ) -> DefinitionConfig:
        """The definition properties of the CfnStateMachine."""
        raise NotImplementedError(f"{type(self).__name__} must render a definition")


class StringDefinitionBody(DefinitionBody):
    """A definition given as a JSON string."""

    def __init__(self, body: str) -> None:
        self.body = body

    def bind(
        self,
        scope: Construct,
        sfn_principal: IPrincipal,
        sfn_props: StateMachineProps,
        graph: StateGraph | None,
    ) -> DefinitionConfig:
        """`definition_string`."""
        return DefinitionConfig(definition_string=self.body)

    def __repr__(self) -> str:
        return f"DefinitionBody.from_string({self.body!r})"


class ChainDefinitionBody(DefinitionBody):
    """A definition built from states."""

    def __init__(self, chainable: IChainable) -> None:
        self.chainable = chainable

    def bind(
        self,
        scope: Construct,
        sfn_principal: IPrincipal,
        sfn_props: StateMachineProps,
        graph: StateGraph | None,
    ) -> DefinitionConfig:
        """`definition_string`: the graph as JSON, with the comment and query language."""
        if graph is None:
            graph = StateGraph(self.chainable.start_state, "State Machine definition")
        body = {
            **graph.to_graph_json(sfn_props.query_language),
            "Comment": sfn_props.comment,
            "QueryLanguage": sfn_props.query_language.value if sfn_props.query_language else None,
        }
        return DefinitionConfig(definition_string=Stack.of(scope).to_json_string(body))

    def __repr__(self) -> str:
        return f"DefinitionBody.from_chainable({self.chainable!r})"


class FileDefinitionBody(DefinitionBody):
    """A definition in a local file."""

    def __init__(
        self,
        path: str,
        *,
        deploy_time: bool | None = None,
        display_name: str | None = None,
        readers: Sequence[IGrantable] | None = None,
        source_kms_key: IKey | None = None,
        asset_hash: str | None = None,
        asset_hash_type: AssetHashType | None = None,
        bundling: BundlingOptions | Mapping[str, Any] | None = None,
        exclude: Sequence[str] | None = None,
        follow_symlinks: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> None:
        self.path = path
        self._options = AssetOptions(
            deploy_time=deploy_time,
            display_name=display_name,
            readers=readers,
            source_kms_key=source_kms_key,
            asset_hash=asset_hash,
            asset_hash_type=asset_hash_type,
            bundling=bundling,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            ignore_mode=ignore_mode,
        )

    def bind(
        self,
        scope: Construct,
        sfn_principal: IPrincipal,
        sfn_props: StateMachineProps,
        graph: StateGraph | None,
    ) -> DefinitionConfig:
        """`definition_s3_location`: the published file."""
        options = self._options
        if options.bundling is None and not os.path.isfile(self.path):
            raise ValidationError(
                file_asset_node(scope, "DefinitionBody"),
                f"path={self.path!r} is not a file; pass the path of a JSON or YAML file",
            )
        # As aws-cdk-lib: an s3_assets.Asset named "DefinitionBody", which renders no resource.
        asset = Asset(scope, "DefinitionBody", path=self.path, **as_dict(options))
        return DefinitionConfig(
            definition_s3_location=CfnStateMachine.S3LocationProperty(
                bucket=asset.s3_bucket_name, key=asset.s3_object_key
            )
        )

    def __repr__(self) -> str:
        return f"DefinitionBody.from_file({self.path!r})"


@runtime_checkable
class IStateMachine(IResource, Protocol):
    """A state machine, defined in this app or imported."""

    @property
    def state_machine_arn(self) -> str:
        """The state machine's ARN."""
        ...

    @property
    def state_machine_ref(self) -> StateMachineReference:
        """A reference to the state machine: its ARN."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal the state machine runs as (an imported one's is unknown)."""
        ...

    def grant_start_execution(self, identity: IGrantable) -> Grant:
        """Let `identity` start executions."""
        ...

    def grant_start_sync_execution(self, identity: IGrantable) -> Grant:
        """Let `identity` start synchronous executions."""
        ...

    def grant_read(self, identity: IGrantable) -> Grant:
        """Let `identity` read executions and the state machine."""
        ...

    def grant_task_response(self, identity: IGrantable) -> Grant:
        """Let `identity` report task results."""
        ...

    def grant_execution(self, identity: IGrantable, *actions: str) -> Grant:
        """Let `identity` act on executions."""
        ...

    def grant_redrive_execution(self, identity: IGrantable) -> Grant:
        """Let `identity` redrive executions."""
        ...

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Let `identity` act on the state machine."""
        ...

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
        """A metric of the state machine."""
        ...


def _to_substitutions(value: Mapping[str, str] | None) -> dict[str, str] | None:
    return dict(value) if value is not None else None


@lazy_frozen(kw_only=True)
class StateMachineProps(metaclass=LazyAttrsMeta):
    """Properties of a StateMachine."""

    comment: str | None = None
    """A comment on the definition (from_chainable only). Default: none."""
    definition: IChainable | None = None
    """Deprecated form of `definition_body=DefinitionBody.from_chainable(...)`."""
    definition_body: DefinitionBody | None = None
    """The definition, such as `DefinitionBody.from_chainable(...)`. Required unless definition is set."""
    definition_substitutions: dict[str, str] | None = field(default=None, converter=_to_substitutions)
    """Values for `${key}` placeholders in the definition. Default: none."""
    encryption_configuration: EncryptionConfiguration | None = None
    """How the state machine's data is encrypted. Default: an AWS-owned key (not rendered)."""
    logs: LogOptions | None = field(default=None, converter=_to_log_options)
    """Execution logging. Default: none."""
    query_language: QueryLanguage | None = None
    """The query language of the whole definition. Default: JSONPath."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the state machine when it leaves the stack. Default: DESTROY."""
    role: IRole | None = None
    """The role the state machine runs as. Default: a new role for states.amazonaws.com."""
    state_machine_name: str | None = None
    """The state machine's name, 1 to 80 characters. Default: generated by CloudFormation."""
    state_machine_type: StateMachineType | None = None
    """STANDARD or EXPRESS. Default: STANDARD."""
    timeout: Duration | None = None
    """Maximum run time of an execution (from_chainable only). Default: none."""
    tracing_enabled: bool | None = None
    """X-Ray tracing. Default: not set (off)."""


@lazy_frozen(kw_only=True)
class StateMachineGrantsProps(metaclass=LazyAttrsMeta):
    """The state machine a StateMachineGrants grants on."""

    # Differs from aws-cdk-lib: an IStateMachine rather than an IStateMachineRef (see StateMachineGrants).
    resource: IStateMachine
    """The state machine."""


class StateMachineGrants:
    """The grants of a state machine, as `state_machine.grants` gives them."""

    # Differs from aws-cdk-lib: it takes an IStateMachineRef; the grants here delegate to the state
    # machine's own grant methods, so they need an IStateMachine.
    def __init__(self, *, resource: IStateMachine) -> None:
        props = StateMachineGrantsProps(resource=resource)
        self.resource = props.resource

    @staticmethod
    def from_state_machine(resource: IStateMachine) -> StateMachineGrants:
        """The grants of `resource`."""
        return StateMachineGrants(resource=resource)

    def start_execution(self, grantee: IGrantable) -> Grant:
        """Let `grantee` start executions."""
        grant: Grant = self.resource.grant_start_execution(grantee)
        return grant

    def start_sync_execution(self, grantee: IGrantable) -> Grant:
        """Let `grantee` start synchronous executions."""
        grant: Grant = self.resource.grant_start_sync_execution(grantee)
        return grant

    def read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read executions and the state machine."""
        grant: Grant = self.resource.grant_read(grantee)
        return grant

    def task_response(self, grantee: IGrantable) -> Grant:
        """Let `grantee` report task results."""
        grant: Grant = self.resource.grant_task_response(grantee)
        return grant

    def execution(self, grantee: IGrantable, *actions: str) -> Grant:
        """Let `grantee` act on executions."""
        grant: Grant = self.resource.grant_execution(grantee, *actions)
        return grant

    def redrive_execution(self, grantee: IGrantable) -> Grant:
        """Let `grantee` redrive executions."""
        grant: Grant = self.resource.grant_redrive_execution(grantee)
        return grant

    def actions(self, identity: IGrantable, *actions: str) -> Grant:
        """Let `identity` act on the state machine."""
        grant: Grant = self.resource.grant(identity, *actions)
        return grant


class _StateMachineBase(Resource):
    state_machine_arn: str

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal the state machine runs as (each kind of state machine says which)."""
        raise NotImplementedError

    @property
    def grants(self) -> StateMachineGrants:
        """The state machine's grants."""
        return StateMachineGrants.from_state_machine(self)

    @property
    def state_machine_ref(self) -> StateMachineReference:
        """The state machine's ARN, as other constructs reference it."""
        return StateMachineReference(state_machine_arn=self.state_machine_arn)

    def grant_start_execution(self, identity: IGrantable) -> Grant:
        """Let `identity` start executions."""
        return Grant.add_to_principal(
            grantee=identity, actions=["states:StartExecution"], resource_arns=[self.state_machine_arn]
        )

    def grant_start_sync_execution(self, identity: IGrantable) -> Grant:
        """Let `identity` start synchronous executions (EXPRESS machines)."""
        return Grant.add_to_principal(
            grantee=identity, actions=["states:StartSyncExecution"], resource_arns=[self.state_machine_arn]
        )

    def grant_read(self, identity: IGrantable) -> Grant:
        """Let `identity` list and describe executions and the state machine."""
        Grant.add_to_principal(
            grantee=identity,
            actions=["states:ListExecutions", "states:ListStateMachines"],
            resource_arns=[self.state_machine_arn],
        )
        Grant.add_to_principal(
            grantee=identity,
            actions=[
                "states:DescribeExecution",
                "states:DescribeStateMachineForExecution",
                "states:GetExecutionHistory",
            ],
            resource_arns=[f"{self._execution_arn()}:*"],
        )
        return Grant.add_to_principal(
            grantee=identity,
            actions=["states:ListActivities", "states:DescribeStateMachine", "states:DescribeActivity"],
            resource_arns=["*"],
        )

    def grant_task_response(self, identity: IGrantable) -> Grant:
        """Let `identity` report task success, failure and heartbeats."""
        return Grant.add_to_principal(
            grantee=identity,
            actions=["states:SendTaskSuccess", "states:SendTaskFailure", "states:SendTaskHeartbeat"],
            resource_arns=[self.state_machine_arn],
        )

    def grant_execution(self, identity: IGrantable, *actions: str) -> Grant:
        """Let `identity` perform `actions` on the state machine's executions."""
        return Grant.add_to_principal(
            grantee=identity, actions=list(actions), resource_arns=[f"{self._execution_arn()}:*"]
        )

    def grant_redrive_execution(self, identity: IGrantable) -> Grant:
        """Let `identity` redrive executions."""
        return self.grant_execution(identity, "states:RedriveExecution")

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Let `identity` perform `actions` on the state machine."""
        return Grant.add_to_principal(
            grantee=identity, actions=list(actions), resource_arns=[self.state_machine_arn]
        )

    def _execution_arn(self) -> str:
        name = Arn.split(self.state_machine_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        return Stack.of(self).format_arn(
            resource="execution",
            service="states",
            resource_name=name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )

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
        """A metric of this state machine in AWS/States. Default: Sum over 5 minutes."""
        return self._state_machine_metric(metric_name, "Sum", metric_options(locals()))

    def metric_failed(
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
        """Failed executions. Default: Sum over 5 minutes."""
        return self._state_machine_metric("ExecutionsFailed", "Sum", metric_options(locals()))

    def metric_throttled(
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
        """Throttled executions. Default: Sum over 5 minutes."""
        return self._state_machine_metric("ExecutionThrottled", "Sum", metric_options(locals()))

    def metric_aborted(
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
        """Aborted executions. Default: Sum over 5 minutes."""
        return self._state_machine_metric("ExecutionsAborted", "Sum", metric_options(locals()))

    def metric_succeeded(
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
        """Succeeded executions. Default: Sum over 5 minutes."""
        return self._state_machine_metric("ExecutionsSucceeded", "Sum", metric_options(locals()))

    def metric_timed_out(
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
        """Timed-out executions. Default: Sum over 5 minutes."""
        return self._state_machine_metric("ExecutionsTimedOut", "Sum", metric_options(locals()))

    def metric_started(
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
        """Started executions. Default: Sum over 5 minutes."""
        return self._state_machine_metric("ExecutionsStarted", "Sum", metric_options(locals()))

    def metric_time(
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
        """Execution time. Default: Average over 5 minutes."""
        return self._state_machine_metric("ExecutionTime", "Average", metric_options(locals()))

    def _state_machine_metric(self, metric_name: str, statistic: str, options: MetricOptions) -> Metric:
        return states_metric({"StateMachineArn": self.state_machine_arn}, metric_name, statistic, options)


class StateMachine(_StateMachineBase):
    """A Step Functions state machine (`AWS::StepFunctions::StateMachine`) and the role it runs as."""

    _ARN_ATTRIBUTE = "Ref"
    _NAME_ATTRIBUTE = "Name"

    def _arn_components(self) -> dict[str, Any]:
        return {
            "service": "states",
            "resource": "stateMachine",
            "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME,
        }

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        definition: IChainable | None = None,
        definition_body: DefinitionBody | None = None,
        definition_substitutions: Mapping[str, str] | None = None,
        encryption_configuration: EncryptionConfiguration | None = None,
        logs: LogOptions | Mapping[str, Any] | None = None,
        query_language: QueryLanguage | None = None,
        removal_policy: RemovalPolicy | None = None,
        role: IRole | None = None,
        state_machine_name: str | None = None,
        state_machine_type: StateMachineType | None = None,
        timeout: Duration | None = None,
        tracing_enabled: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=state_machine_name)
        state_machine_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = StateMachineProps(
            comment=comment,
            definition=definition,
            definition_body=definition_body,
            definition_substitutions=definition_substitutions,
            encryption_configuration=encryption_configuration,
            logs=logs,
            query_language=query_language,
            removal_policy=removal_policy,
            role=role,
            state_machine_name=state_machine_name,
            state_machine_type=state_machine_type,
            timeout=timeout,
            tracing_enabled=tracing_enabled,
        )
        if props.definition is not None and props.definition_body is not None:
            raise ValidationError(
                self, "definition and definition_body are both set; pass only definition_body"
            )
        body = props.definition_body
        if body is None and props.definition is not None:
            body = DefinitionBody.from_chainable(props.definition)
        if body is None:
            raise ValidationError(
                self,
                "neither definition_body nor definition is set; pass "
                "definition_body=DefinitionBody.from_chainable(...)",
            )
        name = props.state_machine_name
        if name is not None and not Token.is_unresolved(name):
            self._check_name(name)
        if props.logs is not None and props.logs.level is not LogLevel.OFF and props.logs.destination is None:
            raise ValidationError(
                self,
                f"logs={props.logs!r} has no destination; pass destination=<log group> or level=LogLevel.OFF",
            )
        self.role: IRole = props.role or Role(
            self,
            "Role",
            assumed_by=ServicePrincipal("states.amazonaws.com", conditions=self._role_conditions()),
        )
        self.state_machine_type: StateMachineType = props.state_machine_type or StateMachineType.STANDARD
        graph: StateGraph | None = None
        if isinstance(body, ChainDefinitionBody):
            graph = StateGraph(body.chainable.start_state, "State Machine definition")
            graph.timeout = self._whole_seconds_timeout(props.timeout)
            for statement in graph.policy_statements:
                self.add_to_role_policy(statement)
        encryption = props.encryption_configuration
        if isinstance(encryption, CustomerManagedEncryptionConfiguration):
            self._grant_key_use(encryption, props)
        logging = self._logging_configuration(props.logs) if props.logs is not None else None
        tracing = self._tracing_configuration(props.tracing_enabled)
        resource = CfnStateMachine(
            self,
            "Resource",
            state_machine_name=name,
            state_machine_type=props.state_machine_type.value if props.state_machine_type else None,
            role_arn=self.role.role_arn,
            logging_configuration=logging,
            tracing_configuration=tracing,
            **as_dict(body.bind(self, self.role.grant_principal, props, graph)),
            definition_substitutions=props.definition_substitutions,
            encryption_configuration=render_encryption_configuration(
                encryption, CfnStateMachine.EncryptionConfigurationProperty
            ),
        )
        resource.apply_removal_policy(props.removal_policy or RemovalPolicy.DESTROY)
        resource.node.add_dependency(self.role)
        self.state_machine_arn: str = resource.ref
        self.state_machine_name: str = resource.attr_name
        self.state_machine_revision_id: str = resource.attr_state_machine_revision_id
        if graph is not None:
            graph.bind(self)

    def _grant_key_use(
        self, encryption: CustomerManagedEncryptionConfiguration, props: StateMachineProps
    ) -> None:
        key = encryption.kms_key
        # As in aws-cdk-lib: the machine's own ARN would be a dependency cycle (role -> machine -> role),
        # so the condition names the machine by its physical name; without a name the ARN ends in ':'.
        machine_arn = self.stack.format_arn(
            service="states",
            resource="stateMachine",
            resource_name=self.physical_name or "",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        self.role.add_to_principal_policy(
            PolicyStatement(
                actions=["kms:Decrypt", "kms:GenerateDataKey"],
                resources=[f"{key.key_arn}"],
                conditions={
                    "StringEquals": {"kms:EncryptionContext:aws:states:stateMachineArn": machine_arn}
                },
            )
        )
        if props.logs is None or props.logs.level is LogLevel.OFF:
            return
        # Encrypted execution logs: the role creates data keys for log delivery, which may decrypt them.
        logs_arn = self.stack.format_arn(
            service="logs", resource="*", arn_format=ArnFormat.COLON_RESOURCE_NAME
        )
        self.role.add_to_principal_policy(
            PolicyStatement(
                actions=["kms:GenerateDataKey"],
                resources=[f"{key.key_arn}"],
                conditions={"StringEquals": {"kms:EncryptionContext:SourceArn": logs_arn}},
            )
        )
        key.add_to_resource_policy(
            PolicyStatement(
                resources=["*"],
                actions=["kms:Decrypt*"],
                principals=[ServicePrincipal("delivery.logs.amazonaws.com")],
            )
        )

    def _whole_seconds_timeout(self, timeout: Duration | None) -> Duration | None:
        # The definition's TimeoutSeconds is a whole number; aws-cdk-lib fails on a fraction here too.
        if timeout is not None:
            whole_units(self, "timeout", timeout, TimeUnit.SECONDS)
        return timeout

    def _logging_configuration(self, logs: LogOptions) -> CfnStateMachine.LoggingConfigurationProperty:
        destinations = None
        if logs.destination is not None:
            self.add_to_role_policy(
                PolicyStatement(
                    actions=[
                        "logs:CreateLogDelivery",
                        "logs:GetLogDelivery",
                        "logs:UpdateLogDelivery",
                        "logs:DeleteLogDelivery",
                        "logs:ListLogDeliveries",
                        "logs:PutResourcePolicy",
                        "logs:DescribeResourcePolicies",
                        "logs:DescribeLogGroups",
                    ],
                    resources=["*"],
                )
            )
            destinations = [
                CfnStateMachine.LogDestinationProperty(
                    cloud_watch_logs_log_group=CfnStateMachine.CloudWatchLogsLogGroupProperty(
                        log_group_arn=logs.destination.log_group_arn
                    )
                )
            ]
        return CfnStateMachine.LoggingConfigurationProperty(
            destinations=destinations,
            include_execution_data=logs.include_execution_data,
            level=(logs.level or LogLevel.ERROR).value,
        )

    def _tracing_configuration(
        self, enabled: bool | None
    ) -> CfnStateMachine.TracingConfigurationProperty | None:
        if enabled is None:
            return None
        if enabled:
            self.add_to_role_policy(
                PolicyStatement(
                    actions=[
                        "xray:PutTraceSegments",
                        "xray:PutTelemetryRecords",
                        "xray:GetSamplingRules",
                        "xray:GetSamplingTargets",
                    ],
                    resources=["*"],
                )
            )
        return CfnStateMachine.TracingConfigurationProperty(enabled=enabled)

    def _role_conditions(self) -> dict[str, Any]:
        # Only state machines of this account may assume the role (confused-deputy protection).
        source_arn = self.stack.format_arn(
            service="states",
            resource="stateMachine",
            resource_name="*",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return {
            "ArnLike": {"aws:SourceArn": source_arn},
            "StringEquals": {"aws:SourceAccount": self.stack.account},
        }

    def _check_name(self, name: str) -> None:
        if not 1 <= len(name) <= _MAX_NAME_LENGTH:
            raise ValidationError(
                self,
                f"state_machine_name={name!r} is {len(name)} characters long; use 1 to {_MAX_NAME_LENGTH}",
            )
        if not _STATE_MACHINE_NAME.match(name):
            raise ValidationError(
                self,
                f"state_machine_name={name!r} has characters a state machine name cannot have; "
                "use letters, digits and +!@.()-=_' only",
            )

    @property
    def grant_principal(self) -> IPrincipal:
        """The state machine's role."""
        return self.role

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the state machine's role."""
        self.role.add_to_principal_policy(statement)

    @staticmethod
    def from_state_machine_arn(scope: Construct, id: str, state_machine_arn: str) -> IStateMachine:
        """An existing state machine, by ARN."""
        return _ImportedStateMachine(scope, id, state_machine_arn)

    @staticmethod
    def from_state_machine_name(scope: Construct, id: str, state_machine_name: str) -> IStateMachine:
        """An existing state machine of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(
            service="states",
            resource="stateMachine",
            resource_name=state_machine_name,
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )
        return _ImportedStateMachine(scope, id, arn)


class _ImportedStateMachine(_StateMachineBase):
    def __init__(self, scope: Construct, id: str, state_machine_arn: str) -> None:
        if not Token.is_unresolved(state_machine_arn) and (
            not state_machine_arn.startswith("arn:") or len(state_machine_arn.split(":")) < 6
        ):
            raise ValidationError(
                scope,
                f"state_machine_arn={state_machine_arn!r} is not an ARN; "
                "use 'arn:<partition>:states:<region>:<account>:stateMachine:<name>'",
            )
        super().__init__(scope, id, environment_from_arn=state_machine_arn)
        self.state_machine_arn = state_machine_arn
        # Its role is not known: statements for it become warnings on this construct.
        self._grant_principal = UnknownPrincipal(resource=self)

    @property
    def grant_principal(self) -> IPrincipal:
        """An unknown principal: a statement added to it is a warning to add it to the role yourself."""
        return self._grant_principal
