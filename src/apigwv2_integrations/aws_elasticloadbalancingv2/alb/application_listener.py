"""ApplicationListener: a port and protocol of an Application Load Balancer, its rules and targets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_ec2 import Connections, IConnectable, ISecurityGroup, Peer, Port
from ...core.construct import Construct
from ...core.converters import optional_tuple, to_tuple
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.feature_flags import FeatureFlags
from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Tokenization
from ...interfaces.aws_elasticloadbalancingv2 import ITrustStoreRef
from ..shared._imported import _ImportedListener
from ..shared._lookups import looked_up_security_groups, lookup_listener
from ..shared.base_listener import BaseListener, BaseListenerLookupOptions, check_port, ssl_policy_of
from ..shared.base_target_group import HealthCheck, to_health_check
from ..shared.enums import (
    ApplicationProtocol,
    ApplicationProtocolVersion,
    IpAddressType,
    SslPolicy,
    TargetGroupLoadBalancingAlgorithmType,
)
from ..shared.listener_certificate import IListenerCertificate
from ._types import (
    IApplicationListener,
    IApplicationLoadBalancer,
    IApplicationLoadBalancerTarget,
    IApplicationTargetGroup,
)
from .application_listener_action import ListenerAction
from .application_listener_certificate import ApplicationListenerCertificate
from .application_listener_rule import ApplicationListenerRule
from .application_target_group import (
    ApplicationTargetGroup,
    resolve_application_protocol_and_port,
)
from .conditions import ListenerCondition

if TYPE_CHECKING:
    from typing import Any


class MutualAuthenticationMode(SimpleEnum):
    """How a listener authenticates clients by their certificates."""

    OFF = "off"
    """No mutual authentication."""
    PASS_THROUGH = "passthrough"
    """Pass the client certificate chain to the targets in HTTP headers."""
    VERIFY = "verify"
    """Verify client certificates against a trust store."""


@lazy_frozen(kw_only=True)
class MutualAuthentication(metaclass=LazyAttrsMeta):
    """The mutual TLS settings of an HTTPS listener."""

    advertise_trust_store_ca_names: bool | None = None
    """Advertise the trust store's CA names to clients (verify mode only). Default: not set (off)."""
    ignore_client_certificate_expiry: bool | None = None
    """Accept expired client certificates (verify mode only). Default: not set (false)."""
    mutual_authentication_mode: MutualAuthenticationMode | None = None
    """The mode. Default: not set (off)."""
    trust_store: ITrustStoreRef | None = None
    """The trust store (verify mode only). Default: none."""


def _to_mutual_authentication(
    value: MutualAuthentication | Mapping[str, Any] | None,
) -> MutualAuthentication | None:
    return MutualAuthentication(**value) if isinstance(value, Mapping) else value


def render_mutual_authentication(scope: Construct, value: MutualAuthentication) -> dict[str, Any]:
    """The listener's `MutualAuthentication`, after checking which settings the mode allows."""
    mode = value.mutual_authentication_mode
    if mode is MutualAuthenticationMode.VERIFY and value.trust_store is None:
        raise ValidationError(
            scope,
            "mutual_authentication.trust_store=None with mutual_authentication_mode=VERIFY; "
            "pass a trust_store, or choose another mode",
        )
    if mode in (MutualAuthenticationMode.OFF, MutualAuthenticationMode.PASS_THROUGH):
        for name in ("trust_store", "ignore_client_certificate_expiry", "advertise_trust_store_ca_names"):
            given = getattr(value, name)
            if given is not None:
                raise ValidationError(
                    scope,
                    f"mutual_authentication.{name}={given!r} with mutual_authentication_mode={mode.name}; "
                    f"remove {name}, or use mutual_authentication_mode=VERIFY",
                )
    advertise = value.advertise_trust_store_ca_names
    return {
        "advertise_trust_store_ca_names": None if advertise is None else ("on" if advertise else "off"),
        "ignore_client_certificate_expiry": value.ignore_client_certificate_expiry,
        "mode": None if mode is None else mode.value,
        "trust_store_arn": None
        if value.trust_store is None
        else value.trust_store.trust_store_ref.trust_store_arn,
    }


@lazy_frozen(kw_only=True)
class BaseApplicationListenerProps(metaclass=LazyAttrsMeta):
    """Options of an ALB listener."""

    certificates: Sequence[IListenerCertificate] | None = field(default=None, converter=optional_tuple)
    """Certificates of an HTTPS listener. Default: none."""
    default_action: ListenerAction | None = None
    """The default action. Default: none (add targets or actions later)."""
    default_target_groups: Sequence[IApplicationTargetGroup] | None = field(
        default=None, converter=optional_tuple
    )
    """Target groups to forward to by default. Default: none."""
    mutual_authentication: MutualAuthentication | None = field(
        default=None, converter=_to_mutual_authentication
    )
    """Mutual TLS settings. Default: none."""
    open: bool | None = None
    """Allow connections from anywhere on the listener's port. Default: true."""
    port: float | None = None
    """The port to listen on. Default: from the protocol."""
    protocol: ApplicationProtocol | None = None
    """The protocol to listen with. Default: from the port."""
    ssl_policy: SslPolicy | None = None
    """The security policy of an HTTPS listener. Default: the service's current recommendation."""


@lazy_frozen(kw_only=True)
class ApplicationListenerProps(BaseApplicationListenerProps, metaclass=LazyAttrsMeta):
    """Properties of an ApplicationListener."""

    load_balancer: IApplicationLoadBalancer
    """The load balancer the listener belongs to."""


@lazy_frozen(kw_only=True)
class ApplicationListenerAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing ALB listener."""

    listener_arn: str
    """The listener's ARN."""
    security_group: ISecurityGroup
    """The security group of its load balancer."""
    default_port: float | None = None
    """The listener's port. Default: unknown."""


@lazy_frozen(kw_only=True)
class ApplicationListenerLookupOptions(BaseListenerLookupOptions, metaclass=LazyAttrsMeta):
    """How `ApplicationListener.from_lookup` finds a listener."""

    listener_arn: str | None = None
    """The listener's ARN. Default: found by its load balancer, port and protocol."""
    listener_protocol: ApplicationProtocol | None = None
    """The listener's protocol. Default: any."""


@lazy_frozen(kw_only=True)
class AddRuleProps(metaclass=LazyAttrsMeta):
    """Where a new rule goes: its priority and conditions (both or neither)."""

    conditions: Sequence[ListenerCondition] | None = field(default=None, converter=optional_tuple)
    """When the rule applies. Default: none (the default rule)."""
    priority: float | None = None
    """The rule's priority. Default: none (the default rule)."""


@lazy_frozen(kw_only=True)
class AddApplicationActionProps(AddRuleProps, metaclass=LazyAttrsMeta):
    """Properties of `add_action`."""

    action: ListenerAction
    """The action."""
    remove_suffix: bool | None = None
    """Name the rule of an imported listener `<id>`, not `<id>Rule` (as its `add_target_groups` does), to
    keep a rule's logical ID when moving to `add_action`. A listener defined in the app ignores it, as in
    aws-cdk-lib. Default: false."""


@lazy_frozen(kw_only=True)
class AddApplicationTargetGroupsProps(AddRuleProps, metaclass=LazyAttrsMeta):
    """Properties of `add_target_groups`."""

    target_groups: Sequence[IApplicationTargetGroup] = field(converter=to_tuple)
    """The target groups to forward to."""


@lazy_frozen(kw_only=True)
class AddApplicationTargetsProps(AddRuleProps, metaclass=LazyAttrsMeta):
    """Properties of `add_targets`: the new target group and its rule."""

    deregistration_delay: Duration | None = None
    """Time to drain a deregistering target. Default: 300 seconds."""
    enable_anomaly_mitigation: bool | None = None
    """Mitigate anomalies. Default: false."""
    health_check: HealthCheck | None = field(default=None, converter=to_health_check)
    """The health check. Default: the service's defaults."""
    load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None
    """How a target is picked. Default: round robin."""
    port: float | None = None
    """The port targets receive traffic on. Default: from the protocol."""
    protocol: ApplicationProtocol | None = None
    """The protocol to the targets. Default: from the port."""
    protocol_version: ApplicationProtocolVersion | None = None
    """The protocol version. Default: HTTP1."""
    slow_start: Duration | None = None
    """Warm-up time of new targets. Default: none."""
    stickiness_cookie_duration: Duration | None = None
    """Stickiness duration. Default: no stickiness."""
    stickiness_cookie_name: str | None = None
    """The application cookie for stickiness. Default: a load balancer cookie."""
    target_group_name: str | None = None
    """The target group's name. Default: generated by CloudFormation."""
    targets: Sequence[IApplicationLoadBalancerTarget] | None = field(default=None, converter=optional_tuple)
    """The targets. Default: none."""


def check_add_rule_props(scope: Construct, props: AddRuleProps) -> None:
    """Conditions and priority go together: both make a rule, neither the default action."""
    has_conditions = bool(props.conditions)
    has_priority = props.priority is not None
    if has_conditions != has_priority:
        given = "conditions" if has_conditions else "priority"
        missing = "priority" if has_conditions else "conditions"
        raise ValidationError(
            scope,
            f"{given} is set but {missing}=None; pass both to add a rule, or neither for the default action",
        )


ALB_DUALSTACK_WITHOUT_PUBLIC_IPV4_RULES = (
    "@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault"
)


class ApplicationListener(BaseListener):
    """A listener of an Application Load Balancer (`AWS::ElasticLoadBalancingV2::Listener`)."""

    @property
    def is_application_listener(self) -> bool:
        """Always True: marks an Application Load Balancer listener."""
        return True

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        load_balancer: IApplicationLoadBalancer,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: ListenerAction | None = None,
        default_target_groups: Sequence[IApplicationTargetGroup] | None = None,
        mutual_authentication: MutualAuthentication | Mapping[str, Any] | None = None,
        open: bool | None = None,  # noqa: A002
        port: float | None = None,
        protocol: ApplicationProtocol | None = None,
        ssl_policy: SslPolicy | None = None,
    ) -> None:
        props = ApplicationListenerProps(
            load_balancer=load_balancer,
            certificates=certificates,
            default_action=default_action,
            default_target_groups=default_target_groups,
            mutual_authentication=_to_mutual_authentication(mutual_authentication),
            open=open,
            port=port,
            protocol=protocol,
            ssl_policy=ssl_policy,
        )
        resolved_protocol, resolved_port = resolve_application_protocol_and_port(
            scope, props.protocol, props.port
        )
        if resolved_protocol is None or resolved_port is None:
            raise ValidationError(scope, "port=None and protocol=None; pass at least one of them")
        check_port(scope, resolved_port)
        mutual_authentication_property = (
            render_mutual_authentication(scope, props.mutual_authentication)
            if props.mutual_authentication is not None
            else None
        )
        super().__init__(
            scope,
            id,
            {
                "load_balancer_arn": props.load_balancer.load_balancer_arn,
                "protocol": resolved_protocol.value,
                "port": resolved_port,
                "ssl_policy": ssl_policy_of(
                    scope, props.ssl_policy, resolved_protocol, ApplicationProtocol.HTTPS
                ),
                "mutual_authentication": mutual_authentication_property,
            },
        )
        self.load_balancer = props.load_balancer
        self.protocol = resolved_protocol
        self.port = resolved_port
        if props.certificates:
            self.add_certificates("DefaultCertificates", props.certificates)
        # The listener edits its load balancer's security groups, with its own port as the default.
        self.connections = Connections(
            security_groups=props.load_balancer.connections.security_groups,
            default_port=Port.tcp(resolved_port),
        )
        if props.default_action is not None and props.default_target_groups is not None:
            raise ValidationError(
                self, "default_action and default_target_groups are both set; pass only one of them"
            )
        if props.default_action is not None:
            self._set_default_action(props.default_action)
        if props.default_target_groups is not None:
            self._set_default_action(ListenerAction.forward(props.default_target_groups))
        if props.open is not False:
            port_text = Tokenization.stringify_number(resolved_port)
            self.connections.allow_default_port_from(
                Peer.any_ipv4(), f"Allow from anyone on port {port_text}"
            )
            ip_address_type = getattr(self.load_balancer, "ip_address_type", None)
            if ip_address_type is IpAddressType.DUAL_STACK or (
                ip_address_type is IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4
                and FeatureFlags.of(self).is_enabled(ALB_DUALSTACK_WITHOUT_PUBLIC_IPV4_RULES)
            ):
                self.connections.allow_default_port_from(
                    Peer.any_ipv6(), f"Allow from anyone on port {port_text}"
                )

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        listener_arn: str | None = None,
        listener_protocol: ApplicationProtocol | None = None,
        listener_port: float | None = None,
        load_balancer_arn: str | None = None,
        load_balancer_tags: Mapping[str, str] | None = None,
    ) -> IApplicationListener:
        """An existing listener that the CDK CLI looks up, by its ARN or by its load balancer (ARN or tags),
        port and protocol (cached in `cdk.context.json`); its security groups are looked up too."""
        options = ApplicationListenerLookupOptions(
            listener_arn=listener_arn,
            listener_protocol=listener_protocol,
            listener_port=listener_port,
            load_balancer_arn=load_balancer_arn,
            load_balancer_tags=load_balancer_tags,
        )
        found = lookup_listener(
            scope,
            id,
            "application",
            listener_arn=options.listener_arn,
            listener_port=options.listener_port,
            listener_protocol=options.listener_protocol.value if options.listener_protocol else None,
            load_balancer_arn=options.load_balancer_arn,
            load_balancer_tags=options.load_balancer_tags,
        )
        return _ImportedApplicationListener(
            scope,
            id,
            found["listenerArn"],
            found["listenerPort"],
            looked_up_group_ids=list(found.get("securityGroupIds") or ()),
        )

    @staticmethod
    def from_application_listener_attributes(
        scope: Construct,
        id: str,
        *,
        listener_arn: str,
        security_group: ISecurityGroup,
        default_port: float | None = None,
    ) -> IApplicationListener:
        """An existing listener; rules can be added to it with a priority."""
        attributes = ApplicationListenerAttributes(
            listener_arn=listener_arn, security_group=security_group, default_port=default_port
        )
        return _ImportedApplicationListener(
            scope, id, attributes.listener_arn, attributes.default_port, attributes.security_group
        )

    def add_targets(
        self,
        id: str,
        *,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: float | None = None,
        deregistration_delay: Duration | None = None,
        enable_anomaly_mitigation: bool | None = None,
        health_check: HealthCheck | Mapping[str, Any] | None = None,
        load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None,
        port: float | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        slow_start: Duration | None = None,
        stickiness_cookie_duration: Duration | None = None,
        stickiness_cookie_name: str | None = None,
        target_group_name: str | None = None,
        targets: Sequence[IApplicationLoadBalancerTarget] | None = None,
    ) -> ApplicationTargetGroup:
        """Create a target group `<id>Group` for `targets` and route to it (by default, or by a rule)."""
        props = AddApplicationTargetsProps(
            conditions=conditions,
            priority=priority,
            deregistration_delay=deregistration_delay,
            enable_anomaly_mitigation=enable_anomaly_mitigation,
            health_check=to_health_check(health_check),
            load_balancing_algorithm_type=load_balancing_algorithm_type,
            port=port,
            protocol=protocol,
            protocol_version=protocol_version,
            slow_start=slow_start,
            stickiness_cookie_duration=stickiness_cookie_duration,
            stickiness_cookie_name=stickiness_cookie_name,
            target_group_name=target_group_name,
            targets=targets,
        )
        vpc = getattr(self.load_balancer, "vpc", None)
        if vpc is None:
            raise ValidationError(
                self,
                "the load balancer is imported without vpc, so add_targets() cannot create a target group; "
                "create an ApplicationTargetGroup and call add_target_groups()",
            )
        group = ApplicationTargetGroup(
            self,
            f"{id}Group",
            vpc=vpc,
            deregistration_delay=props.deregistration_delay,
            enable_anomaly_mitigation=props.enable_anomaly_mitigation,
            health_check=props.health_check,
            load_balancing_algorithm_type=props.load_balancing_algorithm_type,
            port=props.port,
            protocol=props.protocol,
            protocol_version=props.protocol_version,
            slow_start=props.slow_start,
            stickiness_cookie_duration=props.stickiness_cookie_duration,
            stickiness_cookie_name=props.stickiness_cookie_name,
            target_group_name=props.target_group_name,
            targets=props.targets,
        )
        self.add_target_groups(
            id, target_groups=[group], conditions=props.conditions, priority=props.priority
        )
        return group

    def add_target_groups(
        self,
        id: str,
        *,
        target_groups: Sequence[IApplicationTargetGroup],
        conditions: Sequence[ListenerCondition] | None = None,
        priority: float | None = None,
    ) -> None:
        """Forward to target groups: by default, or in a rule `<id>Rule` given priority and conditions."""
        props = AddApplicationTargetGroupsProps(
            target_groups=target_groups, conditions=conditions, priority=priority
        )
        check_add_rule_props(self, props)
        if props.priority is not None:
            ApplicationListenerRule(
                self,
                f"{id}Rule",
                listener=self,
                priority=props.priority,
                conditions=props.conditions,
                target_groups=props.target_groups,
            )
        else:
            self._set_default_action(ListenerAction.forward(props.target_groups))

    def add_action(
        self,
        id: str,
        *,
        action: ListenerAction,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: float | None = None,
        remove_suffix: bool | None = None,
    ) -> None:
        """Perform `action`: by default, or in a rule `<id>Rule` when priority and conditions are set."""
        props = AddApplicationActionProps(
            action=action, conditions=conditions, priority=priority, remove_suffix=remove_suffix
        )
        check_add_rule_props(self, props)
        if props.priority is not None:
            ApplicationListenerRule(
                self,
                f"{id}Rule",
                listener=self,
                priority=props.priority,
                conditions=props.conditions,
                action=props.action,
            )
        else:
            self._set_default_action(props.action)

    def _add_listener_certificate(self, id: str, certificate: IListenerCertificate) -> None:
        ApplicationListenerCertificate(self, id, listener=self, certificates=[certificate])

    def register_connectable(self, connectable: IConnectable, port_range: Port) -> None:
        """Let the load balancer reach `connectable` on `port_range`."""
        self.connections.allow_to(connectable, port_range, "Load balancer to target")

    def _set_default_action(self, action: Any) -> None:
        action.bind(self, self)
        super()._set_default_action(action)

    def _validate_listener(self) -> list[str]:
        problems = super()._validate_listener()
        if self.protocol == ApplicationProtocol.HTTPS and not self.certificate_arns:
            problems.append(
                "protocol=ApplicationProtocol.HTTPS and the listener has no certificate; "
                "pass certificates=... or call add_certificates()"
            )
        return problems


class _ImportedApplicationListener(_ImportedListener):
    @property
    def is_application_listener(self) -> bool:
        """Always True: marks an Application Load Balancer listener."""
        return True

    def __init__(
        self,
        scope: Construct,
        id: str,
        listener_arn: str,
        default_port: float | None,
        security_group: ISecurityGroup | None = None,
        looked_up_group_ids: Sequence[str] = (),
    ) -> None:
        super().__init__(scope, id, listener_arn)
        # A looked-up listener's groups are looked up too, below it.
        groups = [security_group] if security_group is not None else []
        groups += looked_up_security_groups(self, list(looked_up_group_ids), by_index=False)
        port = Port.tcp(default_port) if default_port is not None else None
        self.connections = Connections(security_groups=groups, default_port=port)

    def add_certificates(self, id: str, certificates: Sequence[IListenerCertificate]) -> None:
        """Add certificates to the listener, all in one `ApplicationListenerCertificate` named `id`."""
        ApplicationListenerCertificate(self, id, listener=self, certificates=certificates)

    def add_targets(self, id: str, **props: Any) -> ApplicationTargetGroup:
        raise ValidationError(
            self,
            "add_targets() needs a listener defined in this app; create an ApplicationTargetGroup and call "
            "add_target_groups() with priority and conditions",
        )

    def add_target_groups(
        self,
        id: str,
        *,
        target_groups: Sequence[IApplicationTargetGroup],
        conditions: Sequence[ListenerCondition] | None = None,
        priority: float | None = None,
    ) -> None:
        props = AddApplicationTargetGroupsProps(
            target_groups=target_groups, conditions=conditions, priority=priority
        )
        check_add_rule_props(self, props)
        if props.priority is None:
            raise ValidationError(
                self,
                "priority=None on an imported listener, whose default action cannot change; "
                "pass priority=...",
            )
        ApplicationListenerRule(
            self,
            id,
            listener=self,
            priority=props.priority,
            conditions=props.conditions,
            target_groups=props.target_groups,
        )

    def add_action(
        self,
        id: str,
        *,
        action: ListenerAction,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: float | None = None,
        remove_suffix: bool | None = None,
    ) -> None:
        props = AddApplicationActionProps(
            action=action, conditions=conditions, priority=priority, remove_suffix=remove_suffix
        )
        check_add_rule_props(self, props)
        if props.priority is None:
            raise ValidationError(
                self,
                "priority=None on an imported listener, whose default action cannot change; "
                "pass priority=...",
            )
        # The rule is `<id>Rule`, as for a listener defined in the app, unless remove_suffix asks for the
        # `<id>` that add_target_groups gives a rule of an imported listener.
        ApplicationListenerRule(
            self,
            id if props.remove_suffix else f"{id}Rule",
            listener=self,
            priority=props.priority,
            conditions=props.conditions,
            action=props.action,
        )

    def register_connectable(self, connectable: IConnectable, port_range: Port) -> None:
        self.connections.allow_to(connectable, port_range, "Load balancer to target")
