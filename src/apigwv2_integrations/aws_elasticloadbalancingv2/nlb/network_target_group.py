"""NetworkTargetGroup: the targets a Network Load Balancer routes to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_ec2 import IVpc
from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ..shared._imported import _ImportedTargetGroup
from ..shared._rendering import bool_attribute
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
from ..shared.enums import Protocol as LoadBalancingProtocol
from ..shared.enums import TargetGroupIpAddressType, TargetType
from ._types import INetworkListener, INetworkLoadBalancerTarget, INetworkTargetGroup
from .network_target_group_metrics import NetworkTargetGroupMetricMethods, NetworkTargetGroupMetrics

if TYPE_CHECKING:
    from typing import Any

NETWORK_PROTOCOLS = (
    LoadBalancingProtocol.TCP,
    LoadBalancingProtocol.TLS,
    LoadBalancingProtocol.UDP,
    LoadBalancingProtocol.TCP_UDP,
)


def check_network_protocol(scope: Construct, protocol: LoadBalancingProtocol) -> None:
    """Network Load Balancers speak TCP, TLS, UDP and TCP_UDP only."""
    if protocol not in NETWORK_PROTOCOLS:
        raise ValidationError(
            scope,
            f"protocol={protocol} is not a Network Load Balancer protocol; use TCP, TLS, UDP or TCP_UDP",
        )


@lazy_frozen(kw_only=True)
class NetworkTargetGroupProps(BaseTargetGroupProps, metaclass=LazyAttrsMeta):
    """Properties of a NetworkTargetGroup."""

    port: float
    """The port targets receive traffic on."""
    connection_termination: bool | None = None
    """Close connections to deregistered targets. Default: false."""
    preserve_client_ip: bool | None = None
    """Keep the client's address as the source. Default: depends on the target type."""
    protocol: LoadBalancingProtocol | None = None
    """The protocol to the targets. Default: TCP."""
    proxy_protocol_v2: bool | None = None
    """Send proxy protocol v2 headers. Default: false."""
    targets: Sequence[INetworkLoadBalancerTarget] | None = field(default=None, converter=optional_tuple)
    """The targets to register. Default: none."""


class NetworkTargetGroup(TargetGroupBase, NetworkTargetGroupMetricMethods):
    """A target group of a Network Load Balancer (`AWS::ElasticLoadBalancingV2::TargetGroup`)."""

    @property
    def is_network_target_group(self) -> bool:
        """Always True: marks a Network Load Balancer target group."""
        return True

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        port: float,
        cross_zone_enabled: bool | None = None,
        deregistration_delay: Duration | None = None,
        health_check: HealthCheck | Mapping[str, Any] | None = None,
        ip_address_type: TargetGroupIpAddressType | None = None,
        target_group_health: TargetGroupHealth | Mapping[str, Any] | None = None,
        target_group_name: str | None = None,
        target_type: TargetType | None = None,
        vpc: IVpc | None = None,
        connection_termination: bool | None = None,
        preserve_client_ip: bool | None = None,
        protocol: LoadBalancingProtocol | None = None,
        proxy_protocol_v2: bool | None = None,
        targets: Sequence[INetworkLoadBalancerTarget] | None = None,
    ) -> None:
        props = NetworkTargetGroupProps(
            port=port,
            cross_zone_enabled=cross_zone_enabled,
            deregistration_delay=deregistration_delay,
            health_check=to_health_check(health_check),
            ip_address_type=ip_address_type,
            target_group_health=to_target_group_health(target_group_health),
            target_group_name=target_group_name,
            target_type=target_type,
            vpc=vpc,
            connection_termination=connection_termination,
            preserve_client_ip=preserve_client_ip,
            protocol=protocol,
            proxy_protocol_v2=proxy_protocol_v2,
            targets=targets,
        )
        resolved_protocol = props.protocol or LoadBalancingProtocol.TCP
        check_network_protocol(scope, resolved_protocol)
        super().__init__(scope, id, props, {"protocol": resolved_protocol.value, "port": props.port})
        self.protocol = resolved_protocol
        self._listeners: list[INetworkListener] = []
        if props.proxy_protocol_v2 is not None:
            self.set_attribute("proxy_protocol_v2.enabled", bool_attribute(props.proxy_protocol_v2))
        if props.preserve_client_ip is not None:
            self.set_attribute("preserve_client_ip.enabled", bool_attribute(props.preserve_client_ip))
        if props.connection_termination is not None:
            self.set_attribute(
                "deregistration_delay.connection_termination.enabled",
                bool_attribute(props.connection_termination),
            )
        self.add_target(*(props.targets or ()))

    @staticmethod
    def from_target_group_attributes(
        scope: Construct, id: str, *, target_group_arn: str, load_balancer_arns: str | None = None
    ) -> INetworkTargetGroup:
        """An existing target group."""
        attributes = TargetGroupAttributes(
            target_group_arn=target_group_arn, load_balancer_arns=load_balancer_arns
        )
        return _ImportedNetworkTargetGroup(
            scope, id, attributes.target_group_arn, attributes.load_balancer_arns
        )

    def add_target(self, *targets: INetworkLoadBalancerTarget) -> None:
        """Register targets with this group."""
        for target in targets:
            answer = target.attach_to_network_target_group(self)
            self._add_load_balancer_target(
                target_props_returned_by(
                    answer, where=self.node.path, method="attach_to_network_target_group"
                )
            )

    def register_listener(self, listener: INetworkListener) -> None:
        """Remember a listener that routes here."""
        self.load_balancer_attached_dependencies.add(listener)
        self._listeners.append(listener)

    @property
    def metrics(self) -> NetworkTargetGroupMetrics:
        """The group's metrics (namespace AWS/NetworkELB); attach it to a load balancer first."""
        return NetworkTargetGroupMetrics(
            self, self.target_group_full_name, self.first_load_balancer_full_name
        )

    def _validate_health_check(self) -> list[str]:
        check = self.health_check
        problems = []
        if (
            check.interval is not None
            and check.timeout is not None
            and check.interval.to_milliseconds() < check.timeout.to_milliseconds()
        ):
            problems.append(
                f"health_check.interval={check.interval!r} is shorter than "
                f"health_check.timeout={check.timeout!r}; make the interval at least as long"
            )
        if check.interval is not None and not 5 <= check.interval.to_seconds() <= 300:
            problems.append(f"health_check.interval={check.interval!r} is out of range; use 5 to 300 seconds")
        for name in ("healthy_threshold_count", "unhealthy_threshold_count"):
            count = getattr(check, name)
            if count is not None and not 2 <= count <= 10:
                problems.append(f"health_check.{name}={count!r} is out of range; use 2 to 10")
        if check.protocol is not None:
            allowed = (LoadBalancingProtocol.HTTP, LoadBalancingProtocol.HTTPS, LoadBalancingProtocol.TCP)
            if check.protocol not in allowed:
                problems.append(
                    f"health_check.protocol={check.protocol} is not supported by NLB target groups; "
                    "use Protocol.HTTP, Protocol.HTTPS or Protocol.TCP"
                )
            if check.path is not None and check.protocol not in (
                LoadBalancingProtocol.HTTP,
                LoadBalancingProtocol.HTTPS,
            ):
                problems.append(
                    f"health_check.path={check.path!r} with health_check.protocol={check.protocol}; "
                    "only HTTP and HTTPS checks have a path, so drop it or check over HTTP or HTTPS"
                )
            # aws-cdk-lib checks the timeout only when the health check names its protocol.
            if check.timeout is not None and not 2 <= check.timeout.to_seconds() <= 120:
                problems.append(
                    f"health_check.timeout={check.timeout!r} is out of range; use 2 to 120 seconds"
                )
        return problems


class _ImportedNetworkTargetGroup(_ImportedTargetGroup):
    _kind = "Network"

    @property
    def is_network_target_group(self) -> bool:
        """Always True: marks a Network Load Balancer target group."""
        return True

    @property
    def metrics(self) -> NetworkTargetGroupMetrics:
        """The group's metrics (namespace AWS/NetworkELB); it must be imported with load_balancer_arns."""
        return NetworkTargetGroupMetrics(self, *self._required_metric_dimensions())

    def add_target(self, *targets: INetworkLoadBalancerTarget) -> None:
        """Register self-registering targets (those with no entry in the group's `Targets`)."""
        for target in targets:
            answer = target.attach_to_network_target_group(self)
            props = target_props_returned_by(
                answer, where=self.node.path, method="attach_to_network_target_group"
            )
            if props.target_json is not None:
                raise ValidationError(
                    self,
                    f"add_target({target!r}) adds a target to an imported group, which this app cannot "
                    "change; create a NetworkTargetGroup for it instead",
                )

    def register_listener(self, listener: INetworkListener) -> None:
        return
