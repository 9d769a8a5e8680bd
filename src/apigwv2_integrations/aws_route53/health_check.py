"""Route 53 health checks (`AWS::Route53::HealthCheck`), for failover and other routing policies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_route53 import CfnHealthCheck, HealthCheckReference
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.duration import Duration, TimeUnit, whole_units
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

# Health checks that probe an endpoint; the calculated, alarm-based and recovery-control ones do not.
_ENDPOINT_TYPES = ("HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP")
_DEFAULT_PORTS = {"HTTP": 80, "HTTP_STR_MATCH": 80, "HTTPS": 443, "HTTPS_STR_MATCH": 443}


class HealthCheckType(SimpleEnum):
    """What a health check probes."""

    HTTP = "HTTP"
    HTTPS = "HTTPS"
    HTTP_STR_MATCH = "HTTP_STR_MATCH"
    HTTPS_STR_MATCH = "HTTPS_STR_MATCH"
    TCP = "TCP"
    CLOUDWATCH_METRIC = "CLOUDWATCH_METRIC"
    CALCULATED = "CALCULATED"
    RECOVERY_CONTROL = "RECOVERY_CONTROL"


class InsufficientDataHealthStatusEnum(SimpleEnum):
    """The status of an alarm-based health check while the alarm has too little data."""

    HEALTHY = "Healthy"
    UNHEALTHY = "Unhealthy"
    LAST_KNOWN_STATUS = "LastKnownStatus"


@runtime_checkable
class IHealthCheck(IResource, Protocol):
    """A Route 53 health check, defined here or imported."""

    @property
    def health_check_id(self) -> str:
        """ID of the health check."""
        ...

    @property
    def health_check_ref(self) -> HealthCheckReference:
        """A reference to the health check: its ID."""
        ...


@lazy_frozen(kw_only=True)
class AlarmIdentifier(metaclass=LazyAttrsMeta):
    """The CloudWatch alarm an alarm-based health check follows."""

    name: str
    """Name of the alarm."""
    region: str
    """Region of the alarm."""


def _to_alarm_identifier(value: AlarmIdentifier | Mapping[str, Any] | None) -> AlarmIdentifier | None:
    return AlarmIdentifier(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class HealthCheckProps(metaclass=LazyAttrsMeta):
    """Properties of a HealthCheck."""

    type: HealthCheckType
    """What the health check probes."""
    alarm_identifier: AlarmIdentifier | None = field(default=None, converter=_to_alarm_identifier)
    """For CLOUDWATCH_METRIC: the alarm to follow. Default: none."""
    child_health_checks: tuple[IHealthCheck, ...] | None = field(default=None, converter=optional_tuple)
    """For CALCULATED: the health checks it combines. Default: none."""
    enable_sni: bool | None = None
    """Whether to send the host name in the TLS handshake. Default: True for HTTPS checks."""
    failure_threshold: float | None = None
    """Consecutive failures before the endpoint is unhealthy. Default: 3 for endpoint checks."""
    fqdn: str | None = None
    """The endpoint's domain name. Default: none (use ip_address)."""
    health_threshold: float | None = None
    """For CALCULATED: how many children must be healthy. Default: all of them."""
    insufficient_data_health_status: InsufficientDataHealthStatusEnum | None = None
    """For CLOUDWATCH_METRIC: the status without enough data. Default: LAST_KNOWN_STATUS."""
    inverted: bool | None = None
    """Whether to invert the status. Default: False."""
    ip_address: str | None = None
    """The endpoint's IP address. Default: none (use fqdn)."""
    measure_latency: bool | None = None
    """Whether to measure latency. Default: False for endpoint checks."""
    port: float | None = None
    """The endpoint's port. Default: 80 for HTTP, 443 for HTTPS checks."""
    regions: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The regions to check from. Default: Route 53's default regions."""
    request_interval: Duration | None = None
    """Time between checks. Default: Duration.seconds(30) for endpoint checks."""
    resource_path: str | None = None
    """The path requested by HTTP(S) checks. Default: '' (the root)."""
    routing_control: str | None = None
    """For RECOVERY_CONTROL: the routing control ARN. Default: none."""
    search_string: str | None = None
    """For *_STR_MATCH checks: the string the response must contain. Default: none."""


class _ImportedHealthCheck(Resource):
    def __init__(self, scope: Construct, id: str, health_check_id: str) -> None:
        super().__init__(scope, id)
        self.health_check_id = health_check_id

    @property
    def health_check_ref(self) -> HealthCheckReference:
        """A reference to the health check: its ID."""
        return HealthCheckReference(health_check_id=self.health_check_id)


class HealthCheck(Resource):
    """A Route 53 health check (`AWS::Route53::HealthCheck`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        type: HealthCheckType,  # noqa: A002 - aws_cdk's keyword
        alarm_identifier: AlarmIdentifier | Mapping[str, Any] | None = None,
        child_health_checks: Sequence[IHealthCheck] | None = None,
        enable_sni: bool | None = None,
        failure_threshold: float | None = None,
        fqdn: str | None = None,
        health_threshold: float | None = None,
        insufficient_data_health_status: InsufficientDataHealthStatusEnum | None = None,
        inverted: bool | None = None,
        ip_address: str | None = None,
        measure_latency: bool | None = None,
        port: float | None = None,
        regions: Sequence[str] | None = None,
        request_interval: Duration | None = None,
        resource_path: str | None = None,
        routing_control: str | None = None,
        search_string: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = HealthCheckProps(
            type=type,
            alarm_identifier=alarm_identifier,
            child_health_checks=child_health_checks,
            enable_sni=enable_sni,
            failure_threshold=failure_threshold,
            fqdn=fqdn,
            health_threshold=health_threshold,
            insufficient_data_health_status=insufficient_data_health_status,
            inverted=inverted,
            ip_address=ip_address,
            measure_latency=measure_latency,
            port=port,
            regions=regions,
            request_interval=request_interval,
            resource_path=resource_path,
            routing_control=routing_control,
            search_string=search_string,
        )
        kind = props.type.value
        probes_endpoint = kind in _ENDPOINT_TYPES
        is_https = kind in ("HTTPS", "HTTPS_STR_MATCH")
        is_http = kind in ("HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH")
        insufficient = props.insufficient_data_health_status
        if insufficient is None and kind == "CLOUDWATCH_METRIC":
            insufficient = InsufficientDataHealthStatusEnum.LAST_KNOWN_STATUS
        interval = props.request_interval or (Duration.seconds(30) if probes_endpoint else None)
        if kind == "CALCULATED" and props.child_health_checks is None:
            # aws-cdk-lib fails here too, with a JavaScript TypeError.
            raise ValidationError(
                self,
                "type=HealthCheckType.CALCULATED needs child_health_checks; "
                "pass the health checks it combines",
            )
        health_threshold = props.health_threshold
        if health_threshold is None and kind == "CALCULATED":
            health_threshold = len(props.child_health_checks or ())
        alarm = props.alarm_identifier
        resource = CfnHealthCheck(
            self,
            "Resource",
            health_check_config=CfnHealthCheck.HealthCheckConfigProperty(
                type=kind,
                alarm_identifier=(
                    CfnHealthCheck.AlarmIdentifierProperty(name=alarm.name, region=alarm.region)
                    if alarm
                    else None
                ),
                child_health_checks=(
                    # An empty list is written as given (aws-cdk-lib does; Route 53 decides).
                    [c.health_check_id for c in props.child_health_checks]
                    if props.child_health_checks is not None
                    else None
                ),
                enable_sni=props.enable_sni if props.enable_sni is not None else (True if is_https else None),
                failure_threshold=(
                    props.failure_threshold
                    if props.failure_threshold is not None
                    else (3 if probes_endpoint else None)
                ),
                fully_qualified_domain_name=props.fqdn,
                health_threshold=health_threshold,
                insufficient_data_health_status=insufficient.value if insufficient else None,
                inverted=bool(props.inverted),
                ip_address=props.ip_address,
                measure_latency=(
                    props.measure_latency
                    if props.measure_latency is not None
                    else (False if probes_endpoint else None)
                ),
                port=props.port if props.port is not None else _DEFAULT_PORTS.get(kind),
                regions=list(props.regions) if props.regions is not None else None,
                request_interval=whole_units(self, "request_interval", interval, TimeUnit.SECONDS)
                if interval is not None
                else None,
                resource_path=props.resource_path
                if props.resource_path is not None
                else ("" if is_http else None),
                routing_control_arn=props.routing_control,
                search_string=props.search_string,
            ),
        )
        self.health_check_id: str = resource.ref

    @property
    def health_check_ref(self) -> HealthCheckReference:
        """A reference to the health check: its ID."""
        return HealthCheckReference(health_check_id=self.health_check_id)

    @staticmethod
    def from_health_check_id(scope: Construct, id: str, health_check_id: str) -> IHealthCheck:
        """An existing health check, by ID."""
        return _ImportedHealthCheck(scope, id, health_check_id)
