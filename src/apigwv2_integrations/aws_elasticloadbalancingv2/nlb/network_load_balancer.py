"""NetworkLoadBalancer: a TCP/UDP/TLS load balancer and its listeners."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_ec2 import Connections, ISecurityGroup, IVpc, SecurityGroup, SubnetSelection, Vpc
from ...core.construct import Construct
from ...core.converters import optional_tuple
from ...core.duration import Duration
from ...core.errors import ValidationError
from ...core.feature_flags import FeatureFlags
from ...core.names import Names
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ..shared._imported import _ImportedLoadBalancer
from ..shared._lookups import LookedUpLoadBalancerAttributes, looked_up_security_groups, lookup_load_balancer
from ..shared._rendering import bool_attribute
from ..shared.base_load_balancer import BaseLoadBalancer, BaseLoadBalancerLookupOptions, BaseLoadBalancerProps
from ..shared.enums import AlpnPolicy, ClientRoutingPolicy, IpAddressType, SslPolicy
from ..shared.enums import Protocol as LoadBalancingProtocol
from ..shared.listener_certificate import IListenerCertificate
from ._types import INetworkLoadBalancer, INetworkTargetGroup
from .network_listener import NetworkListener
from .network_listener_action import NetworkListenerAction
from .network_load_balancer_metrics import NetworkLoadBalancerMetricMethods, NetworkLoadBalancerMetrics
from .subnet_mapping import SubnetMapping

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class NetworkLoadBalancerProps(BaseLoadBalancerProps, metaclass=LazyAttrsMeta):
    """Properties of a NetworkLoadBalancer."""

    client_routing_policy: ClientRoutingPolicy | None = None
    """How DNS spreads clients over availability zones. Default: any availability zone."""
    enable_prefix_for_ipv6_source_nat: bool | None = None
    """Use an IPv6 prefix for source NAT (needed by UDP listeners of a dual-stack load balancer).
    Default: not set."""
    enforce_security_group_inbound_rules_on_private_link_traffic: bool | None = None
    """Apply inbound rules to PrivateLink traffic. Default: on."""
    ip_address_type: IpAddressType | None = None
    """The IP address type. Default: IPv4."""
    disable_security_groups: bool | None = None
    """Create no security group even under the feature flag that adds one. Default: false."""
    security_groups: Sequence[ISecurityGroup] | None = field(default=None, converter=optional_tuple)
    """Security groups of the load balancer. Default: one new group when the
    `@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault` feature flag is on,
    else none."""
    subnet_mappings: Sequence[SubnetMapping] | None = field(default=None, converter=optional_tuple)
    """The subnets of the load balancer with the addresses it takes in each, instead of `vpc_subnets`.
    Default: the subnets `vpc_subnets` selects."""
    zonal_shift: bool | None = None
    """Allow zonal shift. Default: false."""


@lazy_frozen(kw_only=True)
class NetworkLoadBalancerLookupOptions(BaseLoadBalancerLookupOptions, metaclass=LazyAttrsMeta):
    """How `NetworkLoadBalancer.from_lookup` finds a load balancer."""


@lazy_frozen(kw_only=True)
class NetworkLoadBalancerAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing Network Load Balancer."""

    load_balancer_arn: str
    """The load balancer's ARN."""
    load_balancer_canonical_hosted_zone_id: str | None = None
    """Its canonical hosted zone id. Default: unknown."""
    load_balancer_dns_name: str | None = None
    """Its DNS name. Default: unknown."""
    load_balancer_security_groups: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Ids of its security groups. Default: none."""
    vpc: IVpc | None = None
    """Its VPC, needed for `add_targets`. Default: unknown."""


NLB_WITH_SECURITY_GROUP_BY_DEFAULT = (
    "@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault"
)


class NetworkLoadBalancer(BaseLoadBalancer, NetworkLoadBalancerMetricMethods):
    """A Network Load Balancer (`AWS::ElasticLoadBalancingV2::LoadBalancer` of type network).

    Without `security_groups` it gets a new security group (no outbound rules) when the
    `networkLoadBalancerWithSecurityGroupByDefault` feature flag is on, and none otherwise.
    """

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
        client_routing_policy: ClientRoutingPolicy | None = None,
        disable_security_groups: bool | None = None,
        enable_prefix_for_ipv6_source_nat: bool | None = None,
        enforce_security_group_inbound_rules_on_private_link_traffic: bool | None = None,
        ip_address_type: IpAddressType | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_mappings: Sequence[SubnetMapping] | None = None,
        zonal_shift: bool | None = None,
    ) -> None:
        props = NetworkLoadBalancerProps(
            vpc=vpc,
            cross_zone_enabled=cross_zone_enabled,
            deletion_protection=deletion_protection,
            deny_all_igw_traffic=deny_all_igw_traffic,
            internet_facing=internet_facing,
            load_balancer_name=load_balancer_name,
            minimum_capacity_unit=minimum_capacity_unit,
            vpc_subnets=vpc_subnets,
            client_routing_policy=client_routing_policy,
            disable_security_groups=disable_security_groups,
            enable_prefix_for_ipv6_source_nat=enable_prefix_for_ipv6_source_nat,
            enforce_security_group_inbound_rules_on_private_link_traffic=(
                enforce_security_group_inbound_rules_on_private_link_traffic
            ),
            ip_address_type=ip_address_type,
            security_groups=security_groups,
            subnet_mappings=subnet_mappings,
            zonal_shift=zonal_shift,
        )
        if props.ip_address_type == IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4:
            raise ValidationError(
                scope,
                "ip_address_type=IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4 is for Application Load "
                "Balancers only; use IPV4 or DUAL_STACK",
            )
        enforce = props.enforce_security_group_inbound_rules_on_private_link_traffic
        enforce_value = None if enforce is None else ("on" if enforce else "off")
        source_nat = props.enable_prefix_for_ipv6_source_nat
        super().__init__(
            scope,
            id,
            props,
            {
                "type": "network",
                "security_groups": Lazy.list(lambda: self.security_groups),
                "ip_address_type": props.ip_address_type.value if props.ip_address_type else None,
                "enforce_security_group_inbound_rules_on_private_link_traffic": enforce_value,
                "enable_prefix_for_ipv6_source_nat": None
                if source_nat is None
                else ("on" if source_nat else "off"),
            },
            subnet_mappings=_rendered_subnet_mappings(props),
        )
        _check_subnet_mappings(self, props)
        self.enable_prefix_for_ipv6_source_nat = source_nat
        # "on", "off", or None when not set, as aws-cdk-lib's attribute.
        self.enforce_security_group_inbound_rules_on_private_link_traffic = enforce_value
        self.ip_address_type = props.ip_address_type or IpAddressType.IPV4
        capacity = props.minimum_capacity_unit
        # 0 reserves nothing (as in aws-cdk-lib), so it passes.
        if capacity is not None and capacity != 0 and not Token.is_unresolved(capacity):
            zones = len(props.vpc.availability_zones)
            per_zone = capacity / zones if zones else capacity
            if not 2750 <= per_zone <= 45000:
                raise ValidationError(
                    self,
                    f"minimum_capacity_unit={capacity!r} is {per_zone:g} per availability zone of the VPC "
                    f"({zones}); a Network Load Balancer reserves 2,750 to 45,000 capacity units per zone",
                )
        if props.security_groups is not None and props.disable_security_groups:
            raise ValidationError(
                self, "security_groups and disable_security_groups=True are both set; pass only one of them"
            )
        self._security_groups_given = props.security_groups is not None
        groups = list(props.security_groups or ())
        if (
            props.security_groups is None
            and not props.disable_security_groups
            and FeatureFlags.of(self).is_enabled(NLB_WITH_SECURITY_GROUP_BY_DEFAULT)
        ):
            groups = [
                SecurityGroup(
                    self,
                    "SecurityGroup",
                    vpc=props.vpc,
                    description=f"Automatically created Security Group for ELB {Names.unique_id(self)}",
                    allow_all_outbound=False,
                )
            ]
        self.connections = Connections(security_groups=groups)
        self.listeners: list[NetworkListener] = []
        if props.client_routing_policy is not None:
            self.set_attribute("dns_record.client_routing_policy", props.client_routing_policy.value)
        if props.zonal_shift is not None:
            self.set_attribute("zonal_shift.config.enabled", bool_attribute(props.zonal_shift))

    @property
    def security_groups(self) -> list[str] | None:
        """Ids of the load balancer's security groups; None without any."""
        groups = self.connections.security_groups
        # Given security groups render even when the list is empty, as in aws-cdk-lib.
        if groups or self._security_groups_given:
            return [g.security_group_id for g in groups]
        return None

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str | None = None,
        load_balancer_tags: Mapping[str, str] | None = None,
    ) -> INetworkLoadBalancer:
        """An existing Network Load Balancer that the CDK CLI looks up by ARN or tags (cached in
        `cdk.context.json`); its security groups and VPC are looked up too."""
        options = NetworkLoadBalancerLookupOptions(
            load_balancer_arn=load_balancer_arn, load_balancer_tags=load_balancer_tags
        )
        found = lookup_load_balancer(
            scope, id, "network", options.load_balancer_arn, options.load_balancer_tags
        )
        return _ImportedNetworkLoadBalancer(scope, id, LookedUpLoadBalancerAttributes.of(found), found)

    @staticmethod
    def from_network_load_balancer_attributes(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str,
        load_balancer_canonical_hosted_zone_id: str | None = None,
        load_balancer_dns_name: str | None = None,
        load_balancer_security_groups: Sequence[str] | None = None,
        vpc: IVpc | None = None,
    ) -> INetworkLoadBalancer:
        """An existing Network Load Balancer."""
        attributes = NetworkLoadBalancerAttributes(
            load_balancer_arn=load_balancer_arn,
            load_balancer_canonical_hosted_zone_id=load_balancer_canonical_hosted_zone_id,
            load_balancer_dns_name=load_balancer_dns_name,
            load_balancer_security_groups=load_balancer_security_groups,
            vpc=vpc,
        )
        return _ImportedNetworkLoadBalancer(scope, id, attributes)

    def add_listener(
        self,
        id: str,
        *,
        port: float,
        alpn_policy: AlpnPolicy | None = None,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: NetworkListenerAction | None = None,
        default_target_groups: Sequence[INetworkTargetGroup] | None = None,
        protocol: LoadBalancingProtocol | None = None,
        ssl_policy: SslPolicy | None = None,
        tcp_idle_timeout: Duration | None = None,
    ) -> NetworkListener:
        """Add a listener on a port and protocol."""
        if (
            protocol in (LoadBalancingProtocol.UDP, LoadBalancingProtocol.TCP_UDP)
            and self.ip_address_type == IpAddressType.DUAL_STACK
            and self.enable_prefix_for_ipv6_source_nat is not True
        ):
            raise ValidationError(
                self,
                f"protocol=Protocol.{protocol.name} on a dual-stack load balancer needs an IPv6 prefix for "
                "source NAT; create the load balancer with enable_prefix_for_ipv6_source_nat=True",
            )
        listener = NetworkListener(
            self,
            id,
            load_balancer=self,
            port=port,
            alpn_policy=alpn_policy,
            certificates=certificates,
            default_action=default_action,
            default_target_groups=default_target_groups,
            protocol=protocol,
            ssl_policy=ssl_policy,
            tcp_idle_timeout=tcp_idle_timeout,
        )
        self.listeners.append(listener)
        return listener

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add a security group to the load balancer."""
        self.connections.add_security_group(security_group)


def _rendered_subnet_mappings(props: NetworkLoadBalancerProps) -> list[dict[str, Any]] | None:
    """The `SubnetMappings` of the load balancer, or None when `vpc_subnets` places it."""
    if props.subnet_mappings is None:
        return None
    return [
        {
            "subnet_id": mapping.subnet.subnet_id,
            "allocation_id": mapping.allocation_id,
            "i_pv6_address": mapping.ipv6_address,
            "private_i_pv4_address": mapping.private_ipv4_address,
            "source_nat_ipv6_prefix": (
                mapping.source_nat_ipv6_prefix.prefix if mapping.source_nat_ipv6_prefix is not None else None
            ),
        }
        for mapping in props.subnet_mappings
    ]


def _check_subnet_mappings(load_balancer: NetworkLoadBalancer, props: NetworkLoadBalancerProps) -> None:
    mappings = props.subnet_mappings
    if mappings is None:
        return
    if props.vpc_subnets is not None:
        raise ValidationError(
            load_balancer,
            "vpc_subnets and subnet_mappings are both given; place the load balancer with one of them",
        )
    if not mappings:
        # Differs from aws-cdk-lib, which renders the empty list that CloudFormation then refuses.
        raise ValidationError(load_balancer, "subnet_mappings=[] is empty; give at least one SubnetMapping")
    for index, mapping in enumerate(mappings):
        if mapping.allocation_id is not None and not props.internet_facing:
            raise ValidationError(
                load_balancer,
                f"subnet_mappings[{index}].allocation_id={mapping.allocation_id!r} needs an internet-facing "
                "load balancer (Elastic IP addresses are public); pass internet_facing=True or leave it out",
            )
        prefix = mapping.source_nat_ipv6_prefix
        if prefix is not None and props.enable_prefix_for_ipv6_source_nat is not True:
            raise ValidationError(
                load_balancer,
                f"subnet_mappings[{index}].source_nat_ipv6_prefix={prefix!r} needs "
                "enable_prefix_for_ipv6_source_nat=True on the load balancer",
            )


class _ImportedNetworkLoadBalancer(_ImportedLoadBalancer):
    _factory = "from_network_load_balancer_attributes"

    def __init__(
        self,
        scope: Construct,
        id: str,
        attributes: NetworkLoadBalancerAttributes | LookedUpLoadBalancerAttributes,
        looked_up: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id, attributes)
        self.enforce_security_group_inbound_rules_on_private_link_traffic: str | None = None
        if isinstance(attributes, NetworkLoadBalancerAttributes):
            groups = [
                SecurityGroup.from_security_group_id(self, f"SecurityGroup-{index}", group_id)
                for index, group_id in enumerate(attributes.load_balancer_security_groups or ())
            ]
        else:
            # A looked-up load balancer: each of its groups, then its VPC, looked up too.
            found = looked_up or {}
            group_ids = list(found.get("securityGroupIds") or ())
            groups = looked_up_security_groups(self, group_ids, by_index=True)
            self.vpc = Vpc.from_lookup(self, "Vpc", vpc_id=found["vpcId"])
            address_type = found.get("ipAddressType")
            self.ip_address_type = IpAddressType(address_type) if address_type else None
            self.security_groups = group_ids
        self.connections = Connections(security_groups=groups)
        self.metrics = NetworkLoadBalancerMetrics(self, self._load_balancer_full_name)
        """The load balancer's metrics (namespace AWS/NetworkELB)."""

    def add_listener(self, id: str, **props: Any) -> NetworkListener:
        return NetworkListener(self, id, load_balancer=self, **props)
