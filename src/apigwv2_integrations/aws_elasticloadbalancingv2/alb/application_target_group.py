"""ApplicationTargetGroup: the targets an Application Load Balancer routes to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_ec2 import IConnectable, IVpc, Port
from ...core.annotations import Annotations
from ...core.construct import Construct, IConstruct
from ...core.converters import optional_tuple
from ...core.duration import Duration, TimeUnit, whole_units
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import Token
from ..shared._imported import _ImportedTargetGroup
from ..shared._rendering import default_port_for_protocol, default_protocol_for_port
from ..shared.base_target_group import (
    BaseTargetGroupProps,
    HealthCheck,
    TargetGroupAttributes,
    TargetGroupBase,
    TargetGroupHealth,
    target_props_returned_by,
    to_health_check,
    to_target_group_health,
)
from ..shared.enums import (
    ApplicationProtocol,
    ApplicationProtocolVersion,
    TargetGroupIpAddressType,
    TargetGroupLoadBalancingAlgorithmType,
    TargetType,
)
from ..shared.enums import Protocol as LoadBalancingProtocol
from ._types import IApplicationListener, IApplicationLoadBalancerTarget, IApplicationTargetGroup
from .application_target_group_metrics import (
    ApplicationTargetGroupMetricMethods,
    ApplicationTargetGroupMetrics,
)

if TYPE_CHECKING:
    from typing import Any

_MAX_STICKINESS_SECONDS = 7 * 24 * 3600
_RESERVED_COOKIE_PREFIXES = ("AWSALB", "AWSALBAPP", "AWSALBTG")


def resolve_application_protocol_and_port(
    scope: Construct, protocol: ApplicationProtocol | None, port: float | None
) -> tuple[ApplicationProtocol | None, float | None]:
    """aws_cdk's defaults: the protocol from a well-known port, or the port from the protocol."""
    if protocol is None and port is None:
        return None, None
    if protocol is None and port is not None:
        protocol = default_protocol_for_port(port)
        if protocol is None:
            raise ValidationError(
                scope,
                f"port={port!r} has no default protocol; pass protocol=ApplicationProtocol.HTTP or HTTPS",
            )
    if port is None and protocol is not None:
        port = default_port_for_protocol(protocol)
    return protocol, port


@lazy_frozen(kw_only=True)
class ApplicationTargetGroupProps(BaseTargetGroupProps, metaclass=LazyAttrsMeta):
    """Properties of an ApplicationTargetGroup."""

    enable_anomaly_mitigation: bool | None = None
    """Mitigate anomalies (needs the weighted random algorithm). Default: false."""
    load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None
    """How a target is picked. Default: round robin."""
    multi_value_headers_enabled: bool | None = None
    """Pass multi-value headers and query parameters to Lambda targets as lists. Default: false."""
    port: float | None = None
    """The port targets receive traffic on. Default: from the protocol."""
    protocol: ApplicationProtocol | None = None
    """The protocol to the targets. Default: from the port."""
    protocol_version: ApplicationProtocolVersion | None = None
    """The protocol version. Default: HTTP1."""
    slow_start: Duration | None = None
    """Warm-up time of new targets, 30 to 900 seconds. Default: none."""
    stickiness_cookie_duration: Duration | None = None
    """Keep clients on one target this long, 1 second to 7 days. Default: no stickiness."""
    stickiness_cookie_name: str | None = None
    """The application cookie for stickiness. Default: a load balancer cookie."""
    targets: Sequence[IApplicationLoadBalancerTarget] | None = field(default=None, converter=optional_tuple)
    """The targets to register. Default: none."""


class ApplicationTargetGroup(TargetGroupBase, ApplicationTargetGroupMetricMethods):
    """A target group of an Application Load Balancer (`AWS::ElasticLoadBalancingV2::TargetGroup`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cross_zone_enabled: bool | None = None,
        deregistration_delay: Duration | None = None,
        health_check: HealthCheck | Mapping[str, Any] | None = None,
        ip_address_type: TargetGroupIpAddressType | None = None,
        target_group_health: TargetGroupHealth | Mapping[str, Any] | None = None,
        target_group_name: str | None = None,
        target_type: TargetType | None = None,
        vpc: IVpc | None = None,
        enable_anomaly_mitigation: bool | None = None,
        load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None,
        multi_value_headers_enabled: bool | None = None,
        port: float | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        slow_start: Duration | None = None,
        stickiness_cookie_duration: Duration | None = None,
        stickiness_cookie_name: str | None = None,
        targets: Sequence[IApplicationLoadBalancerTarget] | None = None,
    ) -> None:
        props = ApplicationTargetGroupProps(
            cross_zone_enabled=cross_zone_enabled,
            deregistration_delay=deregistration_delay,
            health_check=to_health_check(health_check),
            ip_address_type=ip_address_type,
            target_group_health=to_target_group_health(target_group_health),
            target_group_name=target_group_name,
            target_type=target_type,
            vpc=vpc,
            enable_anomaly_mitigation=enable_anomaly_mitigation,
            load_balancing_algorithm_type=load_balancing_algorithm_type,
            multi_value_headers_enabled=multi_value_headers_enabled,
            port=port,
            protocol=protocol,
            protocol_version=protocol_version,
            slow_start=slow_start,
            stickiness_cookie_duration=stickiness_cookie_duration,
            stickiness_cookie_name=stickiness_cookie_name,
            targets=targets,
        )
        resolved_protocol, resolved_port = resolve_application_protocol_and_port(
            scope, props.protocol, props.port
        )
        super().__init__(
            scope,
            id,
            props,
            {
                "protocol": resolved_protocol.value if resolved_protocol else None,
                "protocol_version": props.protocol_version.value if props.protocol_version else None,
                "port": resolved_port,
            },
        )
        self.protocol = resolved_protocol
        self.port = resolved_port
        # What the user gave, for the error about Lambda targets (which take neither).
        self._given_port_or_protocol = (
            f"port={props.port!r}" if props.port is not None else f"protocol={props.protocol}"
        )
        self._listeners: list[IApplicationListener] = []
        self._connectable_members: list[tuple[IConnectable, Port]] = []
        is_weighted_random = (
            props.load_balancing_algorithm_type == TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM
        )
        if props.slow_start is not None:
            seconds = whole_units(self, "slow_start", props.slow_start, TimeUnit.SECONDS)
            if seconds != 0 and not 30 <= seconds <= 900:
                raise ValidationError(
                    self,
                    f"slow_start={props.slow_start!r} is out of range; "
                    "use 30 to 900 seconds, or 0 to disable",
                )
            self.set_attribute("slow_start.duration_seconds", str(int(seconds)))
            if is_weighted_random:
                raise ValidationError(
                    self,
                    f"slow_start={props.slow_start!r} with load_balancing_algorithm_type="
                    "TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM; the weighted random algorithm "
                    "has no slow start mode, so drop one of them",
                )
        if props.stickiness_cookie_duration is not None:
            self.enable_cookie_stickiness(props.stickiness_cookie_duration, props.stickiness_cookie_name)
        else:
            self.set_attribute("stickiness.enabled", "false")
        if props.load_balancing_algorithm_type is not None:
            self.set_attribute("load_balancing.algorithm.type", props.load_balancing_algorithm_type.value)
        if props.multi_value_headers_enabled:
            if props.target_type != TargetType.LAMBDA:
                raise ValidationError(
                    self,
                    "multi_value_headers_enabled=True needs Lambda targets; also pass "
                    "target_type=TargetType.LAMBDA (or drop the option)",
                )
            self.set_attribute("lambda.multi_value_headers.enabled", "true")
        self.add_target(*(props.targets or ()))
        if props.enable_anomaly_mitigation is not None:
            if props.enable_anomaly_mitigation and not is_weighted_random:
                raise ValidationError(
                    self,
                    "enable_anomaly_mitigation=True needs load_balancing_algorithm_type="
                    "TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM; pass it (or drop the option)",
                )
            self.set_attribute(
                "load_balancing.algorithm.anomaly_mitigation",
                "on" if props.enable_anomaly_mitigation else "off",
            )

    @staticmethod
    def from_target_group_attributes(
        scope: Construct, id: str, *, target_group_arn: str, load_balancer_arns: str | None = None
    ) -> IApplicationTargetGroup:
        """An existing target group."""
        attributes = TargetGroupAttributes(
            target_group_arn=target_group_arn, load_balancer_arns=load_balancer_arns
        )
        return _ImportedApplicationTargetGroup(
            scope, id, attributes.target_group_arn, attributes.load_balancer_arns
        )

    def add_target(self, *targets: IApplicationLoadBalancerTarget) -> None:
        """Register targets with this group."""
        for target in targets:
            answer = target.attach_to_application_target_group(self)
            self._add_load_balancer_target(
                target_props_returned_by(
                    answer, where=self.node.path, method="attach_to_application_target_group"
                )
            )
        if self.target_type == TargetType.LAMBDA:
            self.set_attribute("stickiness.enabled", None)

    def enable_cookie_stickiness(self, duration: Duration, cookie_name: str | None = None) -> None:
        """Keep each client on one target for `duration`, with a load balancer or application cookie."""
        seconds = whole_units(self, "stickiness_cookie_duration", duration, TimeUnit.SECONDS)
        if not 1 <= seconds <= _MAX_STICKINESS_SECONDS:
            raise ValidationError(
                self, f"stickiness_cookie_duration={duration!r} is out of range; use 1 second to 7 days"
            )
        if cookie_name is not None and not Token.is_unresolved(cookie_name):
            if cookie_name == "":
                raise ValidationError(self, "stickiness_cookie_name='' is empty; name the cookie")
            if cookie_name.startswith(_RESERVED_COOKIE_PREFIXES):
                raise ValidationError(
                    self,
                    f"stickiness_cookie_name={cookie_name!r} starts with a prefix the load balancer "
                    "reserves; avoid AWSALB, AWSALBAPP and AWSALBTG",
                )
        self.set_attribute("stickiness.enabled", "true")
        if cookie_name:
            self.set_attribute("stickiness.type", "app_cookie")
            self.set_attribute("stickiness.app_cookie.cookie_name", cookie_name)
            self.set_attribute("stickiness.app_cookie.duration_seconds", str(int(seconds)))
        else:
            self.set_attribute("stickiness.type", "lb_cookie")
            self.set_attribute("stickiness.lb_cookie.duration_seconds", str(int(seconds)))

    def register_listener(
        self, listener: IApplicationListener, associating_construct: IConstruct | None = None
    ) -> None:
        """Remember a listener that routes here; it learns about the group's connectable members."""
        for connectable, port_range in self._connectable_members:
            listener.register_connectable(connectable, port_range)
        self._listeners.append(listener)
        self.load_balancer_attached_dependencies.add(associating_construct or listener)

    @property
    def metrics(self) -> ApplicationTargetGroupMetrics:
        """The group's metrics (namespace AWS/ApplicationELB); attach it to a load balancer first."""
        return ApplicationTargetGroupMetrics(
            self, self.target_group_full_name, self.first_load_balancer_full_name
        )

    def register_connectable(self, connectable: IConnectable, port_range: Port | None = None) -> None:
        """Let the listeners routing here reach `connectable` (default: on the group's port)."""
        if port_range is None:
            if self.default_port is None:
                raise ValidationError(self, "port=None, so the port to open is unknown; pass port_range=...")
            port_range = Port.tcp(self.default_port)
        for listener in self._listeners:
            listener.register_connectable(connectable, port_range)
        self._connectable_members.append((connectable, port_range))

    def _validate_target_group(self) -> list[str]:
        problems = super()._validate_target_group()
        if self.target_type is not None and self.target_type != TargetType.LAMBDA and self.port is None:
            problems.append(
                f"port=None and protocol=None for target_type={self.target_type}; "
                "pass at least one of them (the port the targets listen on)"
            )
        if self.target_type == TargetType.LAMBDA and (self.port or self.protocol):
            problems.append(
                f"{self._given_port_or_protocol} for Lambda targets; Lambda target groups take no port or "
                "protocol"
            )
        return problems

    def _validate_health_check(self) -> list[str]:
        check = self.health_check
        problems = []
        if (
            check.interval is not None
            and check.timeout is not None
            and check.interval.to_milliseconds() <= check.timeout.to_milliseconds()
        ):
            problems.append(
                f"health_check.interval={check.interval!r} is not longer than "
                f"health_check.timeout={check.timeout!r}; make the interval longer"
            )
        if check.protocol is not None and check.protocol not in (
            LoadBalancingProtocol.HTTP,
            LoadBalancingProtocol.HTTPS,
        ):
            problems.append(
                f"health_check.protocol={check.protocol} is not supported by ALB target groups; "
                "use Protocol.HTTP or Protocol.HTTPS"
            )
        # The schema's ranges, checked here because the health check renders lazily (it may be
        # reconfigured), past the synth-time check of the L1's plain values.
        for name, duration, low, high in (
            ("interval", check.interval, 5, 300),
            ("timeout", check.timeout, 2, 120),
        ):
            if (
                duration is not None
                and not Token.is_unresolved(duration.to_milliseconds())
                and not low <= duration.to_seconds(integral=False) <= high
            ):
                problems.append(
                    f"health_check.{name}={duration!r} is out of range; use {low} to {high} seconds"
                )
        for name in ("healthy_threshold_count", "unhealthy_threshold_count"):
            count = getattr(check, name)
            if count is not None and not Token.is_unresolved(count) and not 2 <= count <= 10:
                problems.append(f"health_check.{name}={count!r} is out of range; use 2 to 10")
        return problems


class _ImportedApplicationTargetGroup(_ImportedTargetGroup):
    _kind = "Application"

    @property
    def metrics(self) -> ApplicationTargetGroupMetrics:
        """The group's metrics (namespace AWS/ApplicationELB); it must be imported with load_balancer_arns."""
        return ApplicationTargetGroupMetrics(self, *self._required_metric_dimensions())

    def add_target(self, *targets: IApplicationLoadBalancerTarget) -> None:
        """Register self-registering targets (those with no entry in the group's `Targets`)."""
        for target in targets:
            answer = target.attach_to_application_target_group(self)
            props = target_props_returned_by(
                answer, where=self.node.path, method="attach_to_application_target_group"
            )
            if props.target_json is not None:
                raise ValidationError(
                    self,
                    f"add_target({target!r}) adds a target to an imported group, which this app cannot "
                    "change; create an ApplicationTargetGroup for it instead",
                )

    # As in aws-cdk-lib: an imported group cannot open its targets' security groups.
    def register_listener(
        self, listener: IApplicationListener, associating_construct: IConstruct | None = None
    ) -> None:
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-elbv2:albTargetGroupCannotRegisterListener",
            "Cannot register listener on imported target group -- security groups might need to be "
            "updated manually",
        )

    def register_connectable(self, connectable: IConnectable, port_range: Port | None = None) -> None:
        Annotations.of(self).add_warning_v2(
            "@aws-cdk/aws-elbv2:albTargetGroupCannotRegisterConnectable",
            "Cannot register connectable on imported target group -- security groups might need to be "
            "updated manually",
        )
