"""FunctionBase: what every Lambda function (created, imported, version, alias) can do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..aws_iam import IGrantable, IPrincipal, IRole, PolicyStatement, PrincipalWithConditions
from ..cfn.aws_lambda import CfnPermission, FunctionReference
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct, Node
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.json_dumps import dumps as json_dumps
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.token import Token
from ._cloudwatch import metric_of, metric_options
from .architecture import Architecture
from .permission import Permission

if TYPE_CHECKING:
    from typing import Any

    from ..aws_cloudwatch.metric import Metric, MetricOptions
    from ..aws_cloudwatch.metric_types import Unit
    from ..aws_ec2 import Connections
    from ..aws_iam import CompositePrincipal, Grant
    from ..aws_iam.grant import AddToResourcePolicyResult
    from ..aws_kms import IKey
    from ..core.duration import Duration
    from .destination import IDestination
    from .dlq import IEventSourceDlq
    from .event_source import IEventSource
    from .event_source_mapping import (
        EventSourceMapping,
        EventSourceMappingLogLevel,
        MetricsConfig,
        ProvisionedPollerConfig,
        SourceAccessConfiguration,
        StartingPosition,
    )
    from .function_url import FunctionUrl, FunctionUrlAuthType, FunctionUrlCorsOptions, InvokeMode
    from .lambda_version import IVersion
    from .tenancy_config import TenancyConfig

_INVOKE_ACTION = "lambda:InvokeFunction"
# Actions whose permission on the unqualified function no longer covers calls with a qualifier.
_INVOKE_ACTIONS = frozenset({_INVOKE_ACTION, "lambda:*", "lambda:Invoke*"})
_SUPPORTED_CONDITIONS = (
    ("ArnLike", "aws:SourceArn"),
    ("StringEquals", "aws:SourceAccount"),
    ("StringEquals", "aws:PrincipalOrgID"),
)


@runtime_checkable
class IFunction(IResource, IGrantable, Protocol):
    """A Lambda function."""

    @property
    def function_arn(self) -> str:
        """The function's ARN."""
        ...

    @property
    def function_name(self) -> str:
        """The function's name."""
        ...

    @property
    def function_ref(self) -> FunctionReference:
        """A reference to the function: its name and ARN."""
        ...

    @property
    def role(self) -> IRole | None:
        """The function's execution role, when known."""
        ...

    @property
    def architecture(self) -> Architecture:
        """The function's instruction set."""
        ...

    @property
    def is_bound_to_vpc(self) -> bool:
        """Whether the function runs in a VPC."""
        ...

    @property
    def connections(self) -> Connections:
        """The function's network connections (VPC functions only)."""
        ...

    def add_permission(
        self,
        id: str,
        *,
        principal: IPrincipal,
        action: str | None = None,
        event_source_token: str | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None,
        invoked_via_function_url: bool | None = None,
        organization_id: str | None = None,
        scope: Construct | None = None,
        source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None:
        """Add a statement to the function's resource policy."""
        ...

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Allow `grantee` to invoke the function."""
        ...

    def grant_invoke_version(self, grantee: IGrantable, version: IVersion) -> Grant:
        """Allow `grantee` to invoke one version of the function."""
        ...

    def grant_invoke_latest_version(self, grantee: IGrantable) -> Grant:
        """Allow `grantee` to invoke the function's latest version."""
        ...

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the function's role (nothing for an imported function without a role)."""
        ...

    def add_event_source(self, source: IEventSource) -> None:
        """Connect an event source (a queue, a stream) to the function."""
        ...

    def add_event_source_mapping(
        self,
        id: str,
        *,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        event_source_arn: str | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_consumer_group_id: str | None = None,
        kafka_topic: str | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        schema_registry_config: Any = None,
        source_access_configurations: Sequence[SourceAccessConfiguration | Mapping[str, Any]] | None = None,
        starting_position: StartingPosition | None = None,
        starting_position_timestamp: float | None = None,
        support_s3_on_failure_destination: bool | None = None,
        tumbling_window: Duration | None = None,
    ) -> EventSourceMapping:
        """Read records from a queue, stream or Kafka topic into the function."""
        ...


CREATE_NEW_POLICIES_WITH_ADD_TO_ROLE_POLICY = "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"


class _PermissionTarget:
    """Stands in as the grant's resource: its resource policy is a Lambda permission."""

    def __init__(
        self,
        function: FunctionBase,
        grantee: IPrincipal,
        identifier: str,
        action: str,
        overrides: Mapping[str, Any],
    ) -> None:
        self._function = function
        self._grantee = grantee
        self._identifier = identifier
        self._action = action
        self._overrides = dict(overrides)
        self.node = function.node
        self.stack = function.stack
        self.env = function.env

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        from ..aws_iam.grant import AddToResourcePolicyResult  # deferred: grants load on first use

        function = self._function
        call_with_struct(
            function.add_permission,
            Permission,
            self._identifier,
            principal=self._grantee,
            action=self._action,
            **self._overrides,
        )
        permission = function.permissions_node.try_find_child(self._identifier)
        if permission is None and not function._skip_permissions:
            raise ValidationError(
                function,
                "cannot add a permission to this function: it is imported or a $LATEST version; pass "
                "same_environment=True to from_function_attributes() when it is in this account, or "
                "skip_permissions=True when it already has the permissions it needs",
            )
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=permission)


class FunctionBase(Resource):
    """The base of Lambda functions: permissions, grants and role policy."""

    function_arn: str
    function_name: str
    role: IRole | None
    architecture: Architecture
    _can_create_permissions: bool = True
    _skip_permissions: bool = False
    _warn_if_current_version_called: bool = False
    if TYPE_CHECKING:
        _connections: Connections | None
    _connections = None

    @property
    def function_ref(self) -> FunctionReference:
        """A reference to the function: its name and ARN."""
        return FunctionReference(function_arn=self.function_arn, function_name=self.function_name)

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self._invocation_grants: dict[str, Grant] = {}
        self._url_invocation_grants: dict[str, Grant] = {}

    @property
    def grant_principal(self) -> IPrincipal:
        """The function's role (or, when it has none, an unknown principal)."""
        raise NotImplementedError

    @property
    def permissions_node(self) -> Node:
        """The node permissions are created under."""
        return self.node

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        """The ARNs an invoke grant covers: the function and its versions and aliases."""
        return [self.function_arn, f"{self.function_arn}:*"]

    @property
    def is_bound_to_vpc(self) -> bool:
        """True when the function runs in a VPC."""
        return self._connections is not None

    @property
    def connections(self) -> Connections:
        """The function's security groups (only for functions in a VPC)."""
        if self._connections is None:
            raise ValidationError(
                self, "has no security groups: pass vpc= when creating the function to manage its connections"
            )
        return self._connections

    @property
    def latest_version(self) -> Any:
        """The `$LATEST` version."""
        latest = self.__dict__.get("_latest_version")
        if latest is None:
            from ._alias_source import _LatestVersion  # deferred: it builds on this module

            latest = self.__dict__["_latest_version"] = _LatestVersion(self)
        return latest

    def add_permission(
        self,
        id: str,
        *,
        principal: IPrincipal,
        action: str | None = None,
        event_source_token: str | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None,
        invoked_via_function_url: bool | None = None,
        organization_id: str | None = None,
        scope: Construct | None = None,
        source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None:
        """Add a statement to the resource policy; an imported function in another account is left alone."""
        permission = Permission(
            principal=principal,
            action=action,
            event_source_token=event_source_token,
            function_url_auth_type=function_url_auth_type,
            invoked_via_function_url=invoked_via_function_url,
            organization_id=organization_id,
            scope=scope,
            source_account=source_account,
            source_arn=source_arn,
        )
        if not self._can_create_permissions:
            # aws-cdk-lib only warns here: the permission must exist already.
            if not self._skip_permissions:
                self._warn_permission_skipped()
            return
        # As aws-cdk-lib: conditions are checked before the kind of principal.
        from_conditions = self._conditions_of(permission.principal)
        principal_name = self._permission_principal(permission.principal)
        action = permission.action or _INVOKE_ACTION
        target_scope = permission.scope or self
        self.consider_warning_on_invoke_function_permissions(target_scope, action)
        CfnPermission(
            target_scope,
            id,
            action=action,
            principal=principal_name,
            function_name=self.function_arn,
            event_source_token=permission.event_source_token,
            source_account=permission.source_account or from_conditions.get("source_account"),
            source_arn=permission.source_arn or from_conditions.get("source_arn"),
            principal_org_id=permission.organization_id or from_conditions.get("principal_org_id"),
            function_url_auth_type=(
                permission.function_url_auth_type.value if permission.function_url_auth_type else None
            ),
            invoked_via_function_url=permission.invoked_via_function_url,
        )

    def _warn_permission_skipped(self) -> None:
        # The text is aws-cdk-lib's, word for word: warnings are compared by content.
        stack = self.stack
        Annotations.of(self).add_warning_v2(
            "UnclearLambdaEnvironment",
            f"addPermission() has no effect on a Lambda Function with region={self.env.region}, "
            f"account={self.env.account}, in a Stack with region={stack.region}, account={stack.account}. "
            "Suppress this warning if this is intentional, or pass sameEnvironment=true to "
            "fromFunctionAttributes() if you would like to add the permissions.",
        )

    def consider_warning_on_invoke_function_permissions(self, scope: Construct, action: str) -> None:
        """Warn that a permission to invoke the unqualified function does not cover its versions: now, on
        `scope`, when `scope` has a `CurrentVersion`; otherwise when `current_version` is first read."""
        if action not in _INVOKE_ACTIONS:
            return
        # As aws-cdk-lib: it looks for a `CurrentVersion` child of the permission's scope, not of the
        # function, so a permission made under a route (integrations) does not warn here.
        if scope.node.try_find_child("CurrentVersion") is not None:
            warn_invoke_permission_with_versions(scope)
        else:
            self._warn_if_current_version_called = True

    def _is_tenant_isolated(self) -> bool:
        """Whether the function has a tenancy config, which rules out event sources."""
        return getattr(self.node.default_child, "tenancy_config", None) is not None

    def add_event_source(self, source: IEventSource) -> None:
        """Connect an event source (a queue, a stream) to the function: `source.bind(self)`."""
        if self._is_tenant_isolated():
            raise ValidationError(
                self,
                f"add_event_source: {type(source).__name__} is not supported by functions with "
                f"tenancy_config (tenant isolation); invoke the function another way, or drop tenancy_config",
            )
        source.bind(self)

    def add_event_source_mapping(
        self,
        id: str,
        *,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        event_source_arn: str | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, Any]] | None = None,
        kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_consumer_group_id: str | None = None,
        kafka_topic: str | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | Mapping[str, Any] | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | Mapping[str, Any] | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        schema_registry_config: Any = None,
        source_access_configurations: Sequence[SourceAccessConfiguration | Mapping[str, Any]] | None = None,
        starting_position: StartingPosition | None = None,
        starting_position_timestamp: float | None = None,
        support_s3_on_failure_destination: bool | None = None,
        tumbling_window: Duration | None = None,
    ) -> EventSourceMapping:
        """Read records from a queue, stream or Kafka topic into the function (an EventSourceMapping)."""
        from .event_source_mapping import EventSourceMapping  # deferred: loads mappings only when used

        return EventSourceMapping(
            self,
            id,
            target=self,
            batch_size=batch_size,
            bisect_batch_on_error=bisect_batch_on_error,
            enabled=enabled,
            event_source_arn=event_source_arn,
            filter_encryption=filter_encryption,
            filters=filters,
            kafka_bootstrap_servers=kafka_bootstrap_servers,
            kafka_consumer_group_id=kafka_consumer_group_id,
            kafka_topic=kafka_topic,
            log_level=log_level,
            max_batching_window=max_batching_window,
            max_concurrency=max_concurrency,
            max_record_age=max_record_age,
            metrics_config=metrics_config,
            on_failure=on_failure,
            parallelization_factor=parallelization_factor,
            provisioned_poller_config=provisioned_poller_config,
            report_batch_item_failures=report_batch_item_failures,
            retry_attempts=retry_attempts,
            schema_registry_config=schema_registry_config,
            source_access_configurations=source_access_configurations,
            starting_position=starting_position,
            starting_position_timestamp=starting_position_timestamp,
            support_s3_on_failure_destination=support_s3_on_failure_destination,
            tumbling_window=tumbling_window,
        )

    def configure_async_invoke(
        self,
        *,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        """Configure asynchronous invocation (an `AWS::Lambda::EventInvokeConfig`); at most once."""
        if self.node.try_find_child("EventInvokeConfig") is not None:
            raise ValidationError(
                self,
                "configure_async_invoke: asynchronous invocation is already configured (by an earlier "
                "call or by max_event_age, on_failure, on_success or retry_attempts); pass every option in "
                "one place",
            )
        from .event_invoke_config import EventInvokeConfig  # deferred: most functions configure none

        EventInvokeConfig(
            self,
            "EventInvokeConfig",
            function=self._async_invoke_function,
            qualifier=self._async_invoke_qualifier,
            max_event_age=max_event_age,
            on_failure=on_failure,
            on_success=on_success,
            retry_attempts=retry_attempts,
        )

    @property
    def _async_invoke_function(self) -> IFunction:
        return self

    @property
    def _async_invoke_qualifier(self) -> str | None:
        return None

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the function's role (nothing happens for functions without a role).

        Under the `@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy` feature flag each statement
        goes into a new inline Policy, else into the role's default policy, unless that policy already
        holds statements of the other kind of resources: a list token (`Fn.split`, ...) as the whole
        resources, or literal resources. CloudFormation cannot resolve both kinds in one document, so
        such a statement goes into a new inline Policy too.
        """
        if self.role is None:
            return
        has_list_token_resources = Token.is_unresolved(statement.resources)
        kinds_in_default_policy: set[bool] = self.__dict__.setdefault("_default_policy_resource_kinds", set())
        mixes_resource_kinds = bool(kinds_in_default_policy - {has_list_token_resources})
        if (
            FeatureFlags.of(self).is_enabled(CREATE_NEW_POLICIES_WITH_ADD_TO_ROLE_POLICY)
            or mixes_resource_kinds
        ):
            counter = self.__dict__.get("_new_policy_count", 0)
            self.__dict__["_new_policy_count"] = counter + 1
            from ..aws_iam import Policy  # deferred: a role without statements needs no Policy

            policy = Policy(self, f"inlinePolicyAddedToExecutionRole-{counter}", statements=[statement])
            self.role.attach_inline_policy(policy)
            return
        self.role.add_to_principal_policy(statement)
        kinds_in_default_policy.add(has_list_token_resources)

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Allow `grantee` to invoke the function: a role policy in this account, else a permission."""
        return self._grant_invoke(grantee, None, self.resource_arns_for_grant_invoke)

    def grant_invoke_version(self, grantee: IGrantable, version: IVersion) -> Grant:
        """Allow `grantee` to invoke one version of the function."""
        # aws-cdk-lib builds the function's `$LATEST` construct on any version grant; the tree shows it
        self.latest_version  # noqa: B018
        return self._grant_invoke(grantee, version.version, [f"{self.function_arn}:{version.version}"])

    def grant_invoke_latest_version(self, grantee: IGrantable) -> Grant:
        """Allow `grantee` to invoke the function's latest version (`$LATEST`, and the unqualified ARN)."""
        self.latest_version  # noqa: B018
        return self._grant_invoke(grantee, "$LATEST", [f"{self.function_arn}:$LATEST", self.function_arn])

    def _grant_invoke(self, grantee: IGrantable, version: str | None, resource_arns: list[str]) -> Grant:
        # One grant per principal (and version), named as aws-cdk-lib names it: a hash of the principal,
        # its conditions and the version. (A version that is a token hashes as its token text, as in
        # aws-cdk-lib, whose token numbering differs from this package's.)
        principal = grantee.grant_principal
        import hashlib  # deferred: loading OpenSSL costs milliseconds; only an invoke grant hashes

        described: dict[str, Any] = {
            "principal": str(principal),
            "conditions": principal.policy_fragment.conditions,
        }
        if version is not None:
            described["version"] = version
        digest = hashlib.sha256(
            json_dumps(described, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        ).digest()
        import base64  # deferred: only an invoke grant needs it

        identifier = "Invoke" + base64.b64encode(digest).decode("ascii")
        grant = self._invocation_grants.get(identifier)
        if grant is None:
            grant = self._grant(grantee, identifier, _INVOKE_ACTION, resource_arns, {})
            self._invocation_grants[identifier] = grant
        return grant

    def grant_invoke_url(self, grantee: IGrantable) -> Grant:
        """Allow `grantee` to invoke the function through its function URL (IAM auth).

        As in aws-cdk-lib 2.275, this grants both `lambda:InvokeFunctionUrl` (for IAM-authenticated URLs)
        and `lambda:InvokeFunction` when invoked through the URL.
        """
        from .function_url import FunctionUrlAuthType  # deferred: loads function URLs only when used

        identifier = f"InvokeFunctionUrl{grantee.grant_principal}"
        grant = self._url_invocation_grants.get(identifier)
        if grant is None:
            self._grant(
                grantee,
                identifier,
                "lambda:InvokeFunctionUrl",
                [self.function_arn],
                {"function_url_auth_type": FunctionUrlAuthType.AWS_IAM},
                {"StringEquals": {"lambda:FunctionUrlAuthType": FunctionUrlAuthType.AWS_IAM.value}},
            )
            grant = self._grant(
                grantee,
                f"{identifier}-DualAuth",
                _INVOKE_ACTION,
                [self.function_arn],
                {"invoked_via_function_url": True},
                {"Bool": {"lambda:InvokedViaFunctionUrl": True}},
            )
            self._url_invocation_grants[identifier] = grant
        return grant

    def add_function_url(
        self,
        *,
        auth_type: FunctionUrlAuthType | None = None,
        cors: FunctionUrlCorsOptions | Mapping[str, Any] | None = None,
        invoke_mode: InvokeMode | None = None,
    ) -> FunctionUrl:
        """Give the function an HTTPS URL (construct id `FunctionUrl`)."""
        from .function_url import FunctionUrl  # deferred: loads function URLs only when used

        return FunctionUrl(
            self,
            "FunctionUrl",
            function=self,
            auth_type=auth_type,
            cors=dict(cors) if isinstance(cors, Mapping) else cors,
            invoke_mode=invoke_mode,
        )

    def grant_invoke_composite_principal(self, composite_principal: CompositePrincipal) -> list[Grant]:
        """Allow each principal of a CompositePrincipal to invoke the function."""
        return [self.grant_invoke(p) for p in composite_principal.principals]

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
        """A metric of this function (AWS/Lambda, by FunctionName). Default: Average over 5 minutes."""
        return self._function_metric(metric_name, None, metric_options(locals()))

    def metric_duration(
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
        """How long invocations take. Default: Average over 5 minutes."""
        return self._function_metric("Duration", "Average", metric_options(locals()))

    def metric_errors(
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
        """How many invocations failed. Default: Sum over 5 minutes."""
        return self._function_metric("Errors", "Sum", metric_options(locals()))

    def metric_invocations(
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
        """How many times the function was invoked. Default: Sum over 5 minutes."""
        return self._function_metric("Invocations", "Sum", metric_options(locals()))

    def metric_throttles(
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
        """How many invocations were throttled. Default: Sum over 5 minutes."""
        return self._function_metric("Throttles", "Sum", metric_options(locals()))

    def _metric_dimensions(self) -> dict[str, Any]:
        return {"FunctionName": self.function_name}

    def _function_metric(self, metric_name: str, statistic: str | None, options: MetricOptions) -> Metric:
        return metric_of(
            namespace="AWS/Lambda",
            metric_name=metric_name,
            dimensions_map=self._metric_dimensions(),
            statistic=statistic,
            options=options,
            scope=self,
        )

    def _grant(
        self,
        grantee: IGrantable,
        identifier: str,
        action: str,
        resource_arns: list[str],
        overrides: Mapping[str, Any],
        conditions: Mapping[str, Any] | None = None,
    ) -> Grant:
        from ..aws_iam.grant import Grant  # deferred: grants load on first use

        target = _PermissionTarget(self, grantee.grant_principal, identifier, action, overrides)
        return Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=[action],
            resource_arns=resource_arns,
            resource=target,
            conditions=conditions,
        )

    def _permission_principal(self, principal: IPrincipal) -> str:
        # A principal given conditions with `with_conditions(...)`: its conditions are read by _conditions_of.
        while isinstance(principal, PrincipalWithConditions):
            principal = principal.principal
        if hasattr(principal, "account_id"):
            return str(principal.account_id)
        if hasattr(principal, "service"):
            return str(principal.service)
        if hasattr(principal, "arn"):
            return str(principal.arn)
        from ..aws_iam.session_tags_principal import SessionTagsPrincipal  # deferred: seldom used

        if isinstance(principal, SessionTagsPrincipal):
            # As aws-cdk-lib: the permission names the principal inside.
            return self._permission_principal(principal._principal)
        fragment = principal.policy_fragment
        string_equals = fragment.conditions.get("StringEquals")
        if isinstance(string_equals, Mapping) and "aws:PrincipalOrgID" in string_equals:
            # The organization moves to PrincipalOrgID; the principal itself is everyone.
            return "*"
        aws = fragment.principal_json.get("AWS")
        if not fragment.conditions and aws and len(aws) == 1 and isinstance(aws[0], str):
            return aws[0]
        raise ValidationError(
            self,
            f"principal={principal} cannot be used in a Lambda permission; use an AccountPrincipal, "
            "ArnPrincipal, ServicePrincipal or OrganizationPrincipal",
        )

    def _conditions_of(self, principal: IPrincipal) -> dict[str, str | None]:
        conditions: Mapping[str, Any] = principal.policy_fragment.conditions
        if not conditions:
            return {}
        unsupported = [
            (operator, key)
            for operator, entries in conditions.items()
            for key in entries
            if (operator, key) not in _SUPPORTED_CONDITIONS
        ]
        if unsupported:
            pairs = ", ".join(f"{operator} {key}" for operator, key in unsupported)
            raise ValidationError(
                self,
                f"principal={principal} has conditions a Lambda permission cannot express ({pairs}); "
                "use only ArnLike aws:SourceArn, StringEquals aws:SourceAccount or "
                "StringEquals aws:PrincipalOrgID",
            )
        arn_like = conditions.get("ArnLike") or {}
        string_equals = conditions.get("StringEquals") or {}
        found = {
            "source_arn": arn_like.get("aws:SourceArn"),
            "source_account": string_equals.get("aws:SourceAccount"),
            "principal_org_id": string_equals.get("aws:PrincipalOrgID"),
        }
        if found["principal_org_id"] and (found["source_arn"] or found["source_account"]):
            raise ValidationError(
                self,
                f"principal={principal} combines aws:PrincipalOrgID with other conditions, which a Lambda "
                "permission cannot express; use separate permissions",
            )
        return found

    def _is_stack_account(self) -> bool:
        if Token.is_unresolved(self.stack.account) or Token.is_unresolved(self.function_arn):
            return False
        account = self.stack.split_arn(self.function_arn, ArnFormat.SLASH_RESOURCE_NAME).account
        return account == self.stack.account


def warn_invoke_permission_with_versions(scope: Construct) -> None:
    """Warn on `scope` that a permission on the unqualified function does not cover its versions."""
    # Lambda authorizes calls with a qualifier by the version's or alias's own policy.
    Annotations.of(scope).add_warning_v2(
        "@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias",
        "AWS Lambda has changed their authorization strategy, which may cause client invocations using "
        "the 'Qualifier' parameter of the lambda function to fail with Access Denied errors.\n"
        "If you are using a lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' "
        "on the Version or Alias, not the underlying Function\n"
        "See: https://github.com/aws/aws-cdk/issues/19273",
    )


class QualifiedFunctionBase(FunctionBase):
    """The base of versions and aliases: their ARN is qualified, grants cover only it."""

    lambda_: IFunction
    qualifier: str

    def consider_warning_on_invoke_function_permissions(self, _scope: Construct, _action: str) -> None:
        """Nothing to warn about: a permission on a version or an alias covers calls with its qualifier."""

    @property
    def tenancy_config(self) -> TenancyConfig | None:
        """The function's tenancy config (None when it has none)."""
        config: TenancyConfig | None = getattr(self.lambda_, "tenancy_config", None)
        return config

    @property
    def grant_principal(self) -> IPrincipal:
        principal: IPrincipal = self.lambda_.grant_principal
        return principal

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]:
        return [self.function_arn]

    @property
    def _async_invoke_function(self) -> IFunction:
        return self.lambda_

    @property
    def _async_invoke_qualifier(self) -> str | None:
        return self.qualifier

    @property
    def is_bound_to_vpc(self) -> bool:
        return bool(self.lambda_.is_bound_to_vpc)

    @property
    def connections(self) -> Connections:
        connections: Connections = self.lambda_.connections
        return connections
