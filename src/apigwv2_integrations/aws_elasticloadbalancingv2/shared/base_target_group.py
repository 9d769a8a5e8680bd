"""TargetGroupBase: health checks, targets and attributes shared by ALB and NLB target groups."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...aws_ec2 import IVpc
from ...cfn.aws_elasticloadbalancingv2 import CfnTargetGroup, TargetGroupReference
from ...core.annotations import Annotations
from ...core.construct import Construct, DependencyGroup
from ...core.duration import Duration, TimeUnit, whole_units
from ...core.errors import ValidationError
from ...core.resource_types import ResourceEnvironment
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ...core.struct_callbacks import struct_returned_by
from ...core.tokens.fn import Fn
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ._imported import stack_environment
from ._rendering import AttributeBag, bool_attribute, cfn_object
from .enums import Protocol as LoadBalancingProtocol
from .enums import TargetGroupIpAddressType, TargetType

if TYPE_CHECKING:
    from typing import Any

_NAME_CHARACTERS = re.compile(r"^[0-9a-z-]+$", re.IGNORECASE)


@lazy_frozen(kw_only=True)
class HealthCheck(metaclass=LazyAttrsMeta):
    """How a target group checks the health of its targets."""

    enabled: bool | None = None
    """Whether health checks run. Default: true for instance and IP targets."""
    healthy_grpc_codes: str | None = None
    """gRPC codes that mean healthy, such as "0-99". Default: "12"."""
    healthy_http_codes: str | None = None
    """HTTP codes that mean healthy, such as "200,202" or "200-299". Default: "200"."""
    healthy_threshold_count: int | None = None
    """Successes before an unhealthy target is healthy again. Default: 5 (ALB) or 3 (NLB)."""
    interval: Duration | None = None
    """Time between checks of one target. Default: 30 seconds (ALB) or 10 seconds (NLB)."""
    path: str | None = None
    """The path HTTP checks ping. Default: "/"."""
    port: str | None = None
    """The port checks connect to. Default: "traffic-port"."""
    protocol: LoadBalancingProtocol | None = None
    """The protocol of the checks. Default: HTTP for ALBs, TCP for NLBs."""
    timeout: Duration | None = None
    """Time without a response that fails a check. Default: 5 seconds (ALB) or 6 seconds (NLB)."""
    unhealthy_threshold_count: int | None = None
    """Failures before a target is unhealthy. Default: 2."""


def to_health_check(value: HealthCheck | Mapping[str, Any] | None) -> HealthCheck | None:
    """A HealthCheck from a struct or a dict of its fields."""
    return HealthCheck(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class LoadBalancerTargetProps(metaclass=LazyAttrsMeta):
    """What a target contributes to its target group."""

    target_type: TargetType
    """The target type the target needs."""
    target_json: Any = None
    """The target's entry in `Targets` (`id`, `port`, `availabilityZone`, `quicServerId`). Default: no
    entry."""


def target_props_returned_by(answer: object, *, where: str, method: str) -> LoadBalancerTargetProps:
    """What a target's `method` (`attach_to_application_target_group`, `attach_to_network_target_group`)
    returned: a LoadBalancerTargetProps, or a dict read as aws_cdk reads it (camelCase keys)."""
    return struct_returned_by(answer, LoadBalancerTargetProps, where=where, method=method)


@lazy_frozen(kw_only=True)
class TargetGroupHealth(metaclass=LazyAttrsMeta):
    """How many targets must be healthy before the load balancer fails over (0 turns a threshold off)."""

    dns_minimum_healthy_target_count: float | None = None
    """Below this many healthy targets, mark the zone unhealthy in DNS; 0 for off. Default: 1."""
    dns_minimum_healthy_target_percentage: float | None = None
    """Below this percentage of healthy targets, mark the zone unhealthy in DNS; 0 for off. Default: 0."""
    routing_minimum_healthy_target_count: float | None = None
    """Below this many healthy targets, route to all targets, healthy or not. Default: 1."""
    routing_minimum_healthy_target_percentage: float | None = None
    """Below this percentage of healthy targets, route to all targets; 0 for off. Default: 0."""


def load_balancer_full_name_of_listener(listener_arn: str) -> str:
    """`app/<name>/<id>` from `arn:...:listener/app/<name>/<id>/<listener id>` (tokens too)."""
    parts = Fn.split("/", listener_arn)
    return f"{Fn.select(1, parts)}/{Fn.select(2, parts)}/{Fn.select(3, parts)}"


def to_target_group_health(value: TargetGroupHealth | Mapping[str, Any] | None) -> TargetGroupHealth | None:
    return TargetGroupHealth(**value) if isinstance(value, Mapping) else value


# Each threshold: its field, its attribute (after "target_group_health."), its highest value (or None) and
# whether 0 turns it off. Every threshold is a whole number of at least 1 otherwise.
_DNS = "dns_failover.minimum_healthy_targets"
_ROUTING = "unhealthy_state_routing.minimum_healthy_targets"
_HEALTH_THRESHOLDS = (
    ("dns_minimum_healthy_target_count", f"{_DNS}.count", None, True),
    ("dns_minimum_healthy_target_percentage", f"{_DNS}.percentage", 100, True),
    ("routing_minimum_healthy_target_count", f"{_ROUTING}.count", None, False),
    ("routing_minimum_healthy_target_percentage", f"{_ROUTING}.percentage", 100, True),
)


@lazy_frozen(kw_only=True)
class BaseTargetGroupProps(metaclass=LazyAttrsMeta):
    """Options shared by ALB and NLB target groups."""

    cross_zone_enabled: bool | None = None
    """Balance across availability zones. Default: the load balancer's setting."""
    deregistration_delay: Duration | None = None
    """Time to drain a deregistering target. Default: 300 seconds."""
    health_check: HealthCheck | None = field(default=None, converter=to_health_check)
    """The health check. Default: the service's defaults."""
    ip_address_type: TargetGroupIpAddressType | None = None
    """The IP address type of the targets. Default: IPv4."""
    target_group_health: TargetGroupHealth | None = field(default=None, converter=to_target_group_health)
    """Failover thresholds on the number of healthy targets. Default: the service's (1 target)."""
    target_group_name: str | None = None
    """The target group's name. Default: generated by CloudFormation."""
    target_type: TargetType | None = None
    """How targets are registered. Default: taken from the first target added."""
    vpc: IVpc | None = None
    """The VPC of the targets; required unless they are Lambda functions. Default: none."""


@lazy_frozen(kw_only=True)
class TargetGroupAttributes(metaclass=LazyAttrsMeta):
    """What `from_target_group_attributes` needs to know of an existing target group."""

    target_group_arn: str
    """The target group's ARN."""
    load_balancer_arns: str | None = None
    """The ARNs of the load balancers routing to the group, as one string. Default: none."""


@runtime_checkable
class ITargetGroup(Protocol):
    """A target group, defined here or imported."""

    @property
    def target_group_arn(self) -> str:
        """The target group's ARN."""
        ...

    @property
    def target_group_ref(self) -> TargetGroupReference:
        """A reference to the target group: its ARN."""
        ...

    @property
    def load_balancer_arns(self) -> str:
        """The ARNs of the load balancers routing to this group."""
        ...


class _TargetGroupChecks:
    def __init__(self, target_group: TargetGroupBase) -> None:
        self._target_group = target_group

    def validate(self) -> list[str]:
        return self._target_group._validate_health_check() + self._target_group._validate_target_group()


class TargetGroupBase(Construct):
    """The CloudFormation target group: targets, health check and attributes."""

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region of the target group's stack."""
        return stack_environment(self)

    @property
    def target_group_ref(self) -> TargetGroupReference:
        """A reference to the target group: its ARN."""
        return TargetGroupReference(target_group_arn=self.target_group_arn)

    def __init__(
        self, scope: Construct, id: str, base_props: BaseTargetGroupProps, additional_props: dict[str, Any]
    ) -> None:
        super().__init__(scope, id)
        self._attributes = AttributeBag()
        self._targets_json: list[Any] = []
        if base_props.deregistration_delay is not None:
            delay = whole_units(
                self, "deregistration_delay", base_props.deregistration_delay, TimeUnit.SECONDS
            )
            self.set_attribute("deregistration_delay.timeout_seconds", str(int(delay)))
        if base_props.cross_zone_enabled is not None:
            self.set_attribute(
                "load_balancing.cross_zone.enabled", bool_attribute(base_props.cross_zone_enabled)
            )
        if base_props.target_group_health is not None:
            self._set_target_group_health(base_props.target_group_health)
        self.health_check: HealthCheck = base_props.health_check or HealthCheck()
        self.vpc = base_props.vpc
        self.target_type = base_props.target_type
        self.default_port: float | None = additional_props.get("port")
        self.load_balancer_attached_dependencies = DependencyGroup()
        self._resource = CfnTargetGroup(
            self,
            "Resource",
            name=base_props.target_group_name,
            target_group_attributes=self._attributes.render(),
            target_type=Lazy.string(lambda: self.target_type.value if self.target_type else None),
            targets=Lazy.any(lambda: [_render_target(t) for t in self._targets_json], omit_empty_array=True),
            vpc_id=Lazy.string(
                lambda: (
                    self.vpc.vpc_id
                    if self.vpc is not None and self.target_type != TargetType.LAMBDA
                    else None
                )
            ),
            health_check_enabled=Lazy.any(lambda: self.health_check.enabled),
            health_check_interval_seconds=Lazy.number(lambda: _seconds(self.health_check.interval)),
            health_check_path=Lazy.string(lambda: self.health_check.path),
            health_check_port=Lazy.string(lambda: self.health_check.port),
            health_check_protocol=Lazy.string(
                lambda: self.health_check.protocol.value if self.health_check.protocol else None
            ),
            health_check_timeout_seconds=Lazy.number(lambda: _seconds(self.health_check.timeout)),
            healthy_threshold_count=Lazy.number(lambda: self.health_check.healthy_threshold_count),
            unhealthy_threshold_count=Lazy.number(lambda: self.health_check.unhealthy_threshold_count),
            matcher=Lazy.any(self._render_matcher),
            ip_address_type=base_props.ip_address_type.value if base_props.ip_address_type else None,
            **additional_props,
        )
        self.target_group_arn: str = self._resource.ref
        self.target_group_full_name: str = self._resource.attr_target_group_full_name
        self.target_group_name: str = self._resource.attr_target_group_name
        self.target_group_load_balancer_arns: list[str] = self._resource.attr_load_balancer_arns
        self.load_balancer_arns: str = Token.as_string(self._resource.attr_load_balancer_arns)
        self.node.add_validation(_TargetGroupChecks(self))

    @property
    def first_load_balancer_full_name(self) -> str:
        """The full name (`app/<name>/<id>`) of the first load balancer routing to this group, read from
        its listener's ARN; the group must be attached to a load balancer first."""
        listeners: list[Any] = getattr(self, "_listeners", [])
        if not listeners:
            raise ValidationError(
                self,
                "the target group is not attached to a load balancer yet; add it to a listener before "
                "reading its load balancer (or its metrics)",
            )
        return load_balancer_full_name_of_listener(listeners[0].listener_arn)

    @property
    def load_balancer_attached(self) -> DependencyGroup:
        """Depend on this to wait until a load balancer routes to this group."""
        return self.load_balancer_attached_dependencies

    def configure_health_check(
        self,
        health_check: HealthCheck | Mapping[str, Any] | None = None,
        /,
        *,
        enabled: bool | None = None,
        healthy_grpc_codes: str | None = None,
        healthy_http_codes: str | None = None,
        healthy_threshold_count: int | None = None,
        interval: Duration | None = None,
        path: str | None = None,
        port: str | None = None,
        protocol: LoadBalancingProtocol | None = None,
        timeout: Duration | None = None,
        unhealthy_threshold_count: int | None = None,
    ) -> None:
        """Replace the health check with the one the keywords (the `HealthCheck` fields) describe.

        A `HealthCheck` (or a dict of its fields) may be passed positionally instead of the keywords.
        """
        from_keywords = HealthCheck(
            enabled=enabled,
            healthy_grpc_codes=healthy_grpc_codes,
            healthy_http_codes=healthy_http_codes,
            healthy_threshold_count=healthy_threshold_count,
            interval=interval,
            path=path,
            port=port,
            protocol=protocol,
            timeout=timeout,
            unhealthy_threshold_count=unhealthy_threshold_count,
        )
        passed = to_health_check(health_check)
        if passed is None:
            self.health_check = from_keywords
            return
        given = sorted(name for name, value in as_dict(from_keywords).items() if value is not None)
        if given:
            raise ValidationError(
                self,
                f"configure_health_check() got a HealthCheck and the keywords {', '.join(given)}; "
                "pass either the HealthCheck or its fields as keywords",
            )
        self.health_check = passed

    def set_attribute(self, key: str, value: str | None = None) -> None:
        """Set a target group attribute, or remove it with `value=None`."""
        self._attributes.set(key, value)

    def _set_target_group_health(self, health: TargetGroupHealth) -> None:
        for name, attribute, highest, zero_is_off in _HEALTH_THRESHOLDS:
            value = getattr(health, name)
            if value is None:
                continue
            if Token.is_unresolved(value):
                self.set_attribute(f"target_group_health.{attribute}", Token.as_string(value))
                continue
            if value == 0 and zero_is_off:
                self.set_attribute(f"target_group_health.{attribute}", "off")
                continue
            if float(value) != int(value) or value < 1 or (highest is not None and value > highest):
                allowed = f"a whole number from 1 to {highest}" if highest else "a whole number of at least 1"
                raise ValidationError(
                    self,
                    f"target_group_health.{name}={value!r} is out of range; use {allowed}"
                    + (", or 0 to turn it off" if zero_is_off else ""),
                )
            self.set_attribute(f"target_group_health.{attribute}", str(int(value)))

    def _add_load_balancer_target(self, props: LoadBalancerTargetProps) -> None:
        if self.target_type is not None and self.target_type != props.target_type:
            raise ValidationError(
                self,
                f"target_type={props.target_type.value!r} differs from the group's "
                f"{self.target_type.value!r}; make all targets of a group the same type",
            )
        self.target_type = props.target_type
        if self.target_type == TargetType.LAMBDA and self._targets_json:
            raise ValidationError(
                self, "targets has a second Lambda target; a group holds one, so create another group"
            )
        if props.target_json is not None:
            self._targets_json.append(props.target_json)

    def _render_matcher(self) -> Any:
        check = self.health_check
        if check.healthy_http_codes is None and check.healthy_grpc_codes is None:
            return None
        return cfn_object(GrpcCode=check.healthy_grpc_codes, HttpCode=check.healthy_http_codes)

    def _validate_health_check(self) -> list[str]:
        return []

    def _validate_target_group(self) -> list[str]:
        if self.target_type is None and not self._targets_json:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-elbv2:targetGroupSpecifyTargetTypeForEmptyTargetGroup",
                "When creating an empty TargetGroup, you should specify a 'targetType' (this warning may "
                "become an error in the future).",
            )
        problems = []
        if self.target_type != TargetType.LAMBDA and self.vpc is None:
            problems.append("vpc=None for a non-Lambda target group; pass vpc=...")
        name = self._resource.name
        if name is not None and not Token.is_unresolved(name):
            if len(name) > 32:
                problems.append(f"target_group_name={name!r} is too long; use at most 32 characters")
            if name.startswith("-") or name.endswith("-"):
                problems.append(f"target_group_name={name!r} begins or ends with a hyphen; remove it")
            if not _NAME_CHARACTERS.match(name):
                problems.append(
                    f"target_group_name={name!r} has characters other than letters, digits and hyphens; "
                    "use only those"
                )
        return problems


def _seconds(duration: Duration | None) -> float | None:
    return None if duration is None else duration.to_seconds()


def _render_target(target_json: Any) -> Any:
    if not isinstance(target_json, Mapping):
        return target_json

    def value_of(camel: str, snake: str) -> Any:
        # aws_cdk reads the camelCase keys an app's own target gives; the package's targets write snake_case.
        # Differs from aws-cdk-lib, which does not see snake_case keys in an app's target_json.
        return target_json.get(camel, target_json.get(snake))

    return cfn_object(
        AvailabilityZone=value_of("availabilityZone", "availability_zone"),
        Id=target_json.get("id"),
        Port=target_json.get("port"),
        QuicServerId=value_of("quicServerId", "quic_server_id"),
    )
