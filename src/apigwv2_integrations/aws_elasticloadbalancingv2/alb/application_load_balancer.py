"""ApplicationLoadBalancer: an HTTP(S) load balancer with its security group and listeners."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_ec2 import Connections, ISecurityGroup, IVpc, SecurityGroup, SubnetSelection, Vpc
from ...core.construct import Construct
from ...core.duration import Duration, TimeUnit, whole_units
from ...core.errors import ValidationError
from ...core.names import Names
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ..shared._imported import _ImportedLoadBalancer
from ..shared._lookups import LookedUpLoadBalancerAttributes, looked_up_security_groups, lookup_load_balancer
from ..shared._rendering import bool_attribute
from ..shared.base_load_balancer import BaseLoadBalancer, BaseLoadBalancerLookupOptions, BaseLoadBalancerProps
from ..shared.enums import (
    ApplicationProtocol,
    DesyncMitigationMode,
    IpAddressType,
    SslPolicy,
    XffHeaderProcessingMode,
)
from ..shared.listener_certificate import IListenerCertificate
from ._types import IApplicationLoadBalancer, IApplicationTargetGroup
from .application_listener import ApplicationListener, MutualAuthentication
from .application_listener_action import ListenerAction
from .application_load_balancer_metrics import (
    ApplicationLoadBalancerMetricMethods,
    ApplicationLoadBalancerMetrics,
)

if TYPE_CHECKING:
    from typing import Any

    from ...aws_s3 import IBucket

_MIN_KEEP_ALIVE_SECONDS = 60
_MAX_KEEP_ALIVE_SECONDS = 604800


@lazy_frozen(kw_only=True)
class ApplicationLoadBalancerProps(BaseLoadBalancerProps, metaclass=LazyAttrsMeta):
    """Properties of an ApplicationLoadBalancer."""

    client_keep_alive: Duration | None = None
    """How long client connections stay open, 60 seconds to 7 days. Default: 3600 seconds."""
    desync_mitigation_mode: DesyncMitigationMode | None = None
    """How requests that may be a desync risk are handled. Default: defensive."""
    drop_invalid_header_fields: bool | None = None
    """Drop headers with invalid names. Default: false."""
    http2_enabled: bool | None = None
    """Accept HTTP/2. Default: true."""
    idle_timeout: Duration | None = None
    """How long idle connections stay open. Default: 60 seconds."""
    ip_address_type: IpAddressType | None = None
    """The IP address type. Default: IPv4."""
    preserve_host_header: bool | None = None
    """Send the Host header unchanged. Default: false."""
    preserve_xff_client_port: bool | None = None
    """Keep the client port in X-Forwarded-For. Default: false."""
    security_group: ISecurityGroup | None = None
    """The security group. Default: a new one that allows no outbound traffic."""
    waf_fail_open: bool | None = None
    """Route requests when WAF cannot be reached. Default: false."""
    x_amzn_tls_version_and_cipher_suite_headers: bool | None = None
    """Add TLS version and cipher suite headers. Default: false."""
    xff_header_processing_mode: XffHeaderProcessingMode | None = None
    """How X-Forwarded-For is handled. Default: append."""


@lazy_frozen(kw_only=True)
class ApplicationLoadBalancerRedirectConfig(metaclass=LazyAttrsMeta):
    """Properties of `add_redirect`: the listener that redirects, and where to."""

    open: bool | None = None
    """Allow connections to the listener from anywhere. Default: True."""
    source_port: float | None = None
    """The port the listener listens on. Default: 80."""
    source_protocol: ApplicationProtocol | None = None
    """The protocol the listener listens with. Default: ApplicationProtocol.HTTP."""
    target_port: float | None = None
    """The port to redirect to. Default: 443."""
    target_protocol: ApplicationProtocol | None = None
    """The protocol to redirect to. Default: ApplicationProtocol.HTTPS."""


@lazy_frozen(kw_only=True)
class ApplicationLoadBalancerLookupOptions(BaseLoadBalancerLookupOptions, metaclass=LazyAttrsMeta):
    """How `ApplicationLoadBalancer.from_lookup` finds a load balancer."""


@lazy_frozen(kw_only=True)
class ApplicationLoadBalancerAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing Application Load Balancer."""

    load_balancer_arn: str
    """The load balancer's ARN."""
    security_group_id: str
    """The id of its security group."""
    load_balancer_canonical_hosted_zone_id: str | None = None
    """Its canonical hosted zone id. Default: unknown."""
    load_balancer_dns_name: str | None = None
    """Its DNS name. Default: unknown."""
    security_group_allows_all_outbound: bool | None = None
    """Whether its security group allows all outbound traffic. Default: true."""
    vpc: IVpc | None = None
    """Its VPC, needed for `add_targets`. Default: unknown."""


class ApplicationLoadBalancer(BaseLoadBalancer, ApplicationLoadBalancerMetricMethods):
    """An Application Load Balancer (`AWS::ElasticLoadBalancingV2::LoadBalancer` of type application)."""

    @property
    def is_application_load_balancer(self) -> bool:
        """Always True: marks an Application Load Balancer."""
        return True

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        cross_zone_enabled: bool | None = None,
        deletion_protection: bool | None = None,
        deny_all_igw_traffic: bool | None = None,
        internet_facing: bool | None = None,
        load_balancer_name: str | None = None,
        minimum_capacity_unit: float | None = None,
        vpc_subnets: SubnetSelection | Mapping[str, Any] | None = None,
        client_keep_alive: Duration | None = None,
        desync_mitigation_mode: DesyncMitigationMode | None = None,
        drop_invalid_header_fields: bool | None = None,
        http2_enabled: bool | None = None,
        idle_timeout: Duration | None = None,
        ip_address_type: IpAddressType | None = None,
        preserve_host_header: bool | None = None,
        preserve_xff_client_port: bool | None = None,
        security_group: ISecurityGroup | None = None,
        waf_fail_open: bool | None = None,
        x_amzn_tls_version_and_cipher_suite_headers: bool | None = None,
        xff_header_processing_mode: XffHeaderProcessingMode | None = None,
    ) -> None:
        props = ApplicationLoadBalancerProps(
            vpc=vpc,
            cross_zone_enabled=cross_zone_enabled,
            deletion_protection=deletion_protection,
            deny_all_igw_traffic=deny_all_igw_traffic,
            internet_facing=internet_facing,
            load_balancer_name=load_balancer_name,
            minimum_capacity_unit=minimum_capacity_unit,
            vpc_subnets=vpc_subnets,
            client_keep_alive=client_keep_alive,
            desync_mitigation_mode=desync_mitigation_mode,
            drop_invalid_header_fields=drop_invalid_header_fields,
            http2_enabled=http2_enabled,
            idle_timeout=idle_timeout,
            ip_address_type=ip_address_type,
            preserve_host_header=preserve_host_header,
            preserve_xff_client_port=preserve_xff_client_port,
            security_group=security_group,
            waf_fail_open=waf_fail_open,
            x_amzn_tls_version_and_cipher_suite_headers=x_amzn_tls_version_and_cipher_suite_headers,
            xff_header_processing_mode=xff_header_processing_mode,
        )
        super().__init__(
            scope,
            id,
            props,
            {
                "type": "application",
                "security_groups": Lazy.list(
                    lambda: [g.security_group_id for g in self.connections.security_groups]
                ),
                "ip_address_type": props.ip_address_type.value if props.ip_address_type else None,
            },
        )
        self.ip_address_type = props.ip_address_type or IpAddressType.IPV4
        without_public_ipv4 = props.ip_address_type == IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4
        if without_public_ipv4 and not props.internet_facing:
            raise ValidationError(
                self,
                "ip_address_type=IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4 needs an internet-facing load "
                "balancer; pass internet_facing=True or another ip_address_type",
            )
        capacity = props.minimum_capacity_unit
        # 0 reserves nothing (as in aws-cdk-lib), so it passes.
        if (
            capacity is not None
            and capacity != 0
            and not Token.is_unresolved(capacity)
            and (float(capacity) != int(capacity) or capacity < 100)
        ):
            raise ValidationError(
                self,
                f"minimum_capacity_unit={capacity!r} is out of range; an Application Load Balancer "
                "reserves a whole number of at least 100 capacity units",
            )
        groups = [
            props.security_group
            or SecurityGroup(
                self,
                "SecurityGroup",
                vpc=props.vpc,
                description=f"Automatically created Security Group for ELB {Names.unique_id(self)}",
                allow_all_outbound=False,
            )
        ]
        self.connections = Connections(security_groups=groups)
        self.listeners: list[ApplicationListener] = []
        self._set_application_attributes(props)

    def _set_application_attributes(self, props: ApplicationLoadBalancerProps) -> None:
        if props.http2_enabled is not None:
            self.set_attribute("routing.http2.enabled", bool_attribute(props.http2_enabled))
        if props.idle_timeout is not None:
            seconds = whole_units(self, "idle_timeout", props.idle_timeout, TimeUnit.SECONDS)
            self.set_attribute("idle_timeout.timeout_seconds", str(int(seconds)))
        if props.drop_invalid_header_fields is not None:
            self.set_attribute(
                "routing.http.drop_invalid_header_fields.enabled",
                bool_attribute(props.drop_invalid_header_fields),
            )
        if props.desync_mitigation_mode is not None:
            self.set_attribute("routing.http.desync_mitigation_mode", props.desync_mitigation_mode.value)
        # aws-cdk-lib writes these four switches only when they are on: False leaves the
        # attribute out, so the load balancer keeps the service default.
        if props.preserve_host_header:
            self.set_attribute("routing.http.preserve_host_header.enabled", "true")
        if props.x_amzn_tls_version_and_cipher_suite_headers:
            self.set_attribute("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "true")
        if props.preserve_xff_client_port:
            self.set_attribute("routing.http.xff_client_port.enabled", "true")
        if props.xff_header_processing_mode is not None:
            self.set_attribute(
                "routing.http.xff_header_processing.mode", props.xff_header_processing_mode.value
            )
        if props.waf_fail_open:
            self.set_attribute("waf.fail_open.enabled", "true")
        if props.client_keep_alive is not None:
            seconds = whole_units(self, "client_keep_alive", props.client_keep_alive, TimeUnit.SECONDS)
            if not _MIN_KEEP_ALIVE_SECONDS <= seconds <= _MAX_KEEP_ALIVE_SECONDS:
                raise ValidationError(
                    self,
                    f"client_keep_alive={props.client_keep_alive!r} is out of range; "
                    "use 60 to 604800 seconds",
                )
            self.set_attribute("client_keep_alive.seconds", str(int(seconds)))
        if props.cross_zone_enabled is False:
            raise ValidationError(
                self,
                "cross_zone_enabled=False is not possible for an Application Load Balancer, which always "
                "balances across zones; drop the option",
            )

    @staticmethod
    def from_application_load_balancer_attributes(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str,
        security_group_id: str,
        load_balancer_canonical_hosted_zone_id: str | None = None,
        load_balancer_dns_name: str | None = None,
        security_group_allows_all_outbound: bool | None = None,
        vpc: IVpc | None = None,
    ) -> IApplicationLoadBalancer:
        """An existing Application Load Balancer."""
        attributes = ApplicationLoadBalancerAttributes(
            load_balancer_arn=load_balancer_arn,
            security_group_id=security_group_id,
            load_balancer_canonical_hosted_zone_id=load_balancer_canonical_hosted_zone_id,
            load_balancer_dns_name=load_balancer_dns_name,
            security_group_allows_all_outbound=security_group_allows_all_outbound,
            vpc=vpc,
        )
        return _ImportedApplicationLoadBalancer(scope, id, attributes)

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str | None = None,
        load_balancer_tags: Mapping[str, str] | None = None,
    ) -> IApplicationLoadBalancer:
        """An existing Application Load Balancer that the CDK CLI looks up by ARN or tags (cached in
        `cdk.context.json`); its VPC and security groups are looked up too."""
        options = ApplicationLoadBalancerLookupOptions(
            load_balancer_arn=load_balancer_arn, load_balancer_tags=load_balancer_tags
        )
        found = lookup_load_balancer(
            scope, id, "application", options.load_balancer_arn, options.load_balancer_tags
        )
        return _ImportedApplicationLoadBalancer(scope, id, LookedUpLoadBalancerAttributes.of(found), found)

    def add_listener(
        self,
        id: str,
        *,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: ListenerAction | None = None,
        default_target_groups: Sequence[IApplicationTargetGroup] | None = None,
        mutual_authentication: MutualAuthentication | Mapping[str, Any] | None = None,
        open: bool | None = None,  # noqa: A002
        port: float | None = None,
        protocol: ApplicationProtocol | None = None,
        ssl_policy: SslPolicy | None = None,
    ) -> ApplicationListener:
        """Add a listener on a port and protocol."""
        listener = ApplicationListener(
            self,
            id,
            load_balancer=self,
            certificates=certificates,
            default_action=default_action,
            default_target_groups=default_target_groups,
            mutual_authentication=mutual_authentication,
            open=open,
            port=port,
            protocol=protocol,
            ssl_policy=ssl_policy,
        )
        self.listeners.append(listener)
        return listener

    def add_redirect(
        self,
        *,
        open: bool | None = None,  # noqa: A002
        source_port: float | None = None,
        source_protocol: ApplicationProtocol | None = None,
        target_port: float | None = None,
        target_protocol: ApplicationProtocol | None = None,
    ) -> ApplicationListener:
        """Add a listener `Redirect<from>To<to>` that redirects (by default HTTP 80 to HTTPS 443)."""
        config = ApplicationLoadBalancerRedirectConfig(
            open=open,
            source_port=source_port,
            source_protocol=source_protocol,
            target_port=target_port,
            target_protocol=target_protocol,
        )
        source_port = config.source_port if config.source_port is not None else 80
        target_port = config.target_port if config.target_port is not None else 443
        return self.add_listener(
            f"Redirect{source_port:g}To{target_port:g}",
            protocol=config.source_protocol or ApplicationProtocol.HTTP,
            port=source_port,
            open=config.open if config.open is not None else True,
            default_action=ListenerAction.redirect(
                port=f"{target_port:g}",
                protocol=(config.target_protocol or ApplicationProtocol.HTTPS).value,
                permanent=True,
            ),
        )

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add a security group to the load balancer."""
        self.connections.add_security_group(security_group)

    def log_access_logs(self, bucket: IBucket, prefix: str | None = None) -> None:
        """Write access logs to `bucket` under `prefix` (a bucket encrypted with a KMS key is refused)."""
        self._check_log_bucket(bucket)
        super().log_access_logs(bucket, prefix)

    def log_connection_logs(self, bucket: IBucket, prefix: str | None = None) -> None:
        """Write connection logs to `bucket` under `prefix` (a bucket encrypted with a KMS key is refused)."""
        self._check_log_bucket(bucket)
        self._log_to("connection_logs", bucket, prefix)

    def _check_log_bucket(self, bucket: IBucket) -> None:
        if bucket.encryption_key is not None:
            raise ValidationError(
                self,
                "the log bucket is encrypted with a KMS key, which Application Load Balancers cannot write "
                "with; use a bucket with S3-managed encryption (BucketEncryption.S3_MANAGED)",
            )


class _ImportedApplicationLoadBalancer(_ImportedLoadBalancer):
    _factory = "from_application_load_balancer_attributes"

    @property
    def is_application_load_balancer(self) -> bool:
        """Always True: marks an Application Load Balancer."""
        return True

    def __init__(
        self,
        scope: Construct,
        id: str,
        attributes: ApplicationLoadBalancerAttributes | LookedUpLoadBalancerAttributes,
        looked_up: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id, attributes)
        self.ip_address_type: IpAddressType | None = None
        if isinstance(attributes, ApplicationLoadBalancerAttributes):
            groups = [
                SecurityGroup.from_security_group_id(
                    self,
                    "SecurityGroup",
                    attributes.security_group_id,
                    allow_all_outbound=attributes.security_group_allows_all_outbound,
                )
            ]
        else:
            # A looked-up load balancer: its VPC, then each of its groups, looked up too.
            found = looked_up or {}
            self.vpc = Vpc.from_lookup(self, "Vpc", vpc_id=found["vpcId"])
            self.ip_address_type = (
                IpAddressType(found["ipAddressType"]) if found.get("ipAddressType") else None
            )
            groups = looked_up_security_groups(
                self, list(found.get("securityGroupIds") or ()), by_index=False
            )
        self.connections = Connections(security_groups=groups)
        self.metrics = ApplicationLoadBalancerMetrics(self, self._load_balancer_full_name)
        """The load balancer's metrics (namespace AWS/ApplicationELB)."""

    def add_listener(self, id: str, **props: Any) -> ApplicationListener:
        return ApplicationListener(self, id, load_balancer=self, **props)
