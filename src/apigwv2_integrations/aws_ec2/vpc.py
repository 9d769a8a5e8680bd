"""Vpc and its subnets: the VPC resource, subnet groups per AZ, internet and NAT gateways, routes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_ec2 import (
    CfnEgressOnlyInternetGateway,
    CfnEIP,
    CfnInternetGateway,
    CfnNatGateway,
    CfnRoute,
    CfnRouteTable,
    CfnSubnet,
    CfnSubnetRouteTableAssociation,
    CfnVPC,
    CfnVPCCidrBlock,
    CfnVPCGatewayAttachment,
    SubnetReference,
    VPCReference,
)
from ..core.annotations import Annotations
from ..core.arn import ArnFormat
from ..core.construct import Construct, DependencyGroup, IDependable
from ..core.converters import optional_tuple, to_tuple
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.feature_flags import FeatureFlags
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING, cast
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct, struct_returned_by
from ..core.tags import Tags
from ..core.tokens.fn import Fn
from ..core.tokens.token import Token
from ._subnet_groups import ImportedSubnetGroup, subnet_construct_id, subnet_group_name_of
from ._vpc_types import (
    IRouteTable,
    ISubnet,
    IVpc,
    SelectedSubnets,
    SubnetConfiguration,
    SubnetSelection,
    SubnetType,
    to_subnet_selection,
)
from .ip_addresses import (
    AllocateCidrRequest,
    AllocatedSubnet,
    AllocateIpv6CidrRequest,
    AllocateVpcIpv6CidrRequest,
    CreateIpv6CidrBlocksRequest,
    IIpAddresses,
    IIpv6Addresses,
    IpAddresses,
    Ipv6Addresses,
    RequestedSubnet,
    SubnetIpamOptions,
    VpcIpamOptions,
    _AwsIpam,
    _Cidr,
)
from .nat import ConfigureNatOptions, NatProvider
from .network_acl import INetworkAcl, NetworkAcl, associate_subnet_with_network_acl
from .subnet import SubnetFilter
from .vpc_endpoint import (
    GatewayVpcEndpoint,
    GatewayVpcEndpointOptions,
    IGatewayVpcEndpointService,
    VpcEndpointDnsRecordIpType,
    VpcEndpointIpAddressType,
)
from .vpc_flow_logs import (
    FlowLog,
    FlowLogDestination,
    FlowLogMaxAggregationInterval,
    FlowLogOptions,
    FlowLogResourceType,
    FlowLogTrafficType,
    LogFormat,
)
from .vpc_lookup import SUBNET_GROUP_TYPES, LookedUpVpc, VpcLookupOptions, lookup_vpc

if TYPE_CHECKING:
    from typing import Any

    from .interface_vpc_endpoint import (
        IInterfaceVpcEndpointService,
        InterfaceVpcEndpoint,
        VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint,
    )
    from .security_group import ISecurityGroup

_NAME_TAG = "Name"
_SUBNET_NAME_TAG = "aws-cdk:subnet-name"
_SUBNET_TYPE_TAG = "aws-cdk:subnet-type"
# The zones `Stack.availability_zones` gives until the cdk CLI has looked them up.
_PLACEHOLDER_AZS = ("dummy1a", "dummy1b", "dummy1c")
# aws-cdk-lib's placeholder for the AZs of `reserved_azs`: they get address space but no subnets.
_RESERVED_AZ = "fake-az"

RESTRICT_DEFAULT_SECURITY_GROUP = "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup"
REQUIRE_PRIVATE_SUBNETS_FOR_EGRESS_ONLY_INTERNET_GATEWAY = (
    "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway"
)


_PRIVATE_TYPES = (SubnetType.PRIVATE_WITH_EGRESS, SubnetType.PRIVATE_WITH_NAT)
# Fn::Cidr, which splits a dual-stack VPC's IPv6 block, makes at most this many ranges.
_MAX_IPV6_SUBNETS = 256
# The well-known prefix of NAT64 (RFC 6052).
_NAT64_PREFIX = "64:ff9b::/96"


def _subnet_type_tag(subnet_type: SubnetType) -> str:
    if subnet_type is SubnetType.PUBLIC:
        return "Public"
    if subnet_type is SubnetType.PRIVATE_ISOLATED:
        return "Isolated"
    return "Private"


class DefaultInstanceTenancy(SimpleEnum):
    """The default tenancy of instances launched into a VPC."""

    DEFAULT = "DEFAULT"
    """Shared hardware."""
    DEDICATED = "DEDICATED"
    """Hardware dedicated to one customer."""
    HOST = "HOST"
    """Dedicated hosts."""


class IpProtocol(SimpleEnum):
    """Which IP versions a VPC's addresses have."""

    IPV4_ONLY = "IPV4_ONLY"
    """IPv4 addresses only."""
    DUAL_STACK = "DUAL_STACK"
    """IPv4 and IPv6 addresses; public subnets do not map public IPv4 addresses unless asked, and an
    egress-only internet gateway gives private subnets outbound IPv6."""


class RouterType(SimpleEnum):
    """The kind of target a route points at."""

    CARRIER_GATEWAY = "CARRIER_GATEWAY"
    EGRESS_ONLY_INTERNET_GATEWAY = "EGRESS_ONLY_INTERNET_GATEWAY"
    GATEWAY = "GATEWAY"
    INSTANCE = "INSTANCE"
    LOCAL_GATEWAY = "LOCAL_GATEWAY"
    NAT_GATEWAY = "NAT_GATEWAY"
    NETWORK_INTERFACE = "NETWORK_INTERFACE"
    TRANSIT_GATEWAY = "TRANSIT_GATEWAY"
    VPC_PEERING_CONNECTION = "VPC_PEERING_CONNECTION"
    VPC_ENDPOINT = "VPC_ENDPOINT"
    CORE_NETWORK = "CORE_NETWORK"


_ROUTER_PROPERTY = {
    RouterType.CARRIER_GATEWAY: "carrier_gateway_id",
    RouterType.EGRESS_ONLY_INTERNET_GATEWAY: "egress_only_internet_gateway_id",
    RouterType.GATEWAY: "gateway_id",
    RouterType.INSTANCE: "instance_id",
    RouterType.LOCAL_GATEWAY: "local_gateway_id",
    RouterType.NAT_GATEWAY: "nat_gateway_id",
    RouterType.NETWORK_INTERFACE: "network_interface_id",
    RouterType.TRANSIT_GATEWAY: "transit_gateway_id",
    RouterType.VPC_PEERING_CONNECTION: "vpc_peering_connection_id",
    RouterType.VPC_ENDPOINT: "vpc_endpoint_id",
    RouterType.CORE_NETWORK: "core_network_arn",
}


# --- structs -------------------------------------------------------------------------------------


def _to_subnet_configuration(value: SubnetConfiguration | Mapping[str, Any]) -> SubnetConfiguration:
    return SubnetConfiguration(**value) if isinstance(value, Mapping) else value


def _to_subnet_configurations(
    value: Sequence[SubnetConfiguration | Mapping[str, Any]] | None,
) -> tuple[SubnetConfiguration, ...] | None:
    return tuple(_to_subnet_configuration(v) for v in value) if value is not None else None


@lazy_frozen(kw_only=True)
class SubnetProps(metaclass=LazyAttrsMeta):
    """Properties of a Subnet."""

    availability_zone: str
    """The subnet's availability zone."""
    cidr_block: str
    """The subnet's IPv4 range."""
    vpc_id: str
    """The VPC the subnet belongs to."""
    assign_ipv6_address_on_creation: bool | None = None
    """Whether network interfaces get an IPv6 address. Default: false."""
    ipv6_cidr_block: str | None = None
    """The subnet's IPv6 range. Default: none."""
    map_public_ip_on_launch: bool | None = None
    """Whether instances get a public IP. Default: not set."""


@lazy_frozen(kw_only=True)
class PublicSubnetProps(SubnetProps, metaclass=LazyAttrsMeta):
    """Properties of a PublicSubnet."""


@lazy_frozen(kw_only=True)
class PrivateSubnetProps(SubnetProps, metaclass=LazyAttrsMeta):
    """Properties of a PrivateSubnet."""


@lazy_frozen(kw_only=True)
class SubnetAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing subnet."""

    subnet_id: str
    """The subnet's id."""
    availability_zone: str | None = None
    """The subnet's AZ. Default: unknown (reading it raises)."""
    ipv4_cidr_block: str | None = None
    """The subnet's IPv4 range. Default: unknown (reading it raises)."""
    route_table_id: str | None = None
    """The subnet's route table. Default: unknown."""


@lazy_frozen(kw_only=True)
class AddRouteOptions(metaclass=LazyAttrsMeta):
    """A route to add to a subnet's route table."""

    router_id: str
    """The id of the route's target."""
    router_type: RouterType
    """The kind of target."""
    destination_cidr_block: str | None = None
    """The IPv4 destination. Default: `0.0.0.0/0` unless an IPv6 destination is given."""
    destination_ipv6_cidr_block: str | None = None
    """The IPv6 destination. Default: none."""
    enables_internet_connectivity: bool | None = None
    """Whether the route gives the subnet internet access. Default: false."""


@lazy_frozen(kw_only=True)
class VpcAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing VPC and its subnets."""

    availability_zones: Sequence[str] = field(converter=to_tuple)
    """The VPC's availability zones; subnet ids are given one per AZ for each group."""
    vpc_id: str
    """The VPC's id."""
    isolated_subnet_ids: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Ids of the isolated subnets. Default: none."""
    isolated_subnet_ipv4_cidr_blocks: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """IPv4 ranges of the isolated subnets. Default: unknown."""
    isolated_subnet_names: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Group names of the isolated subnets. Default: `Isolated`."""
    isolated_subnet_route_table_ids: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Route tables of the isolated subnets. Default: unknown."""
    private_subnet_ids: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Ids of the private subnets. Default: none."""
    private_subnet_ipv4_cidr_blocks: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """IPv4 ranges of the private subnets. Default: unknown."""
    private_subnet_names: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Group names of the private subnets. Default: `Private`."""
    private_subnet_route_table_ids: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Route tables of the private subnets. Default: unknown."""
    public_subnet_ids: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Ids of the public subnets. Default: none."""
    public_subnet_ipv4_cidr_blocks: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """IPv4 ranges of the public subnets. Default: unknown."""
    public_subnet_names: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Group names of the public subnets. Default: `Public`."""
    public_subnet_route_table_ids: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Route tables of the public subnets. Default: unknown."""
    region: str | None = None
    """The VPC's region. Default: the stack's region."""
    vpc_cidr_block: str | None = None
    """The VPC's IPv4 range. Default: unknown (reading it raises)."""
    vpn_gateway_id: str | None = None
    """The VPC's VPN gateway. Default: none."""


def _to_gateway_endpoints(value: Mapping[str, Any] | None) -> dict[str, GatewayVpcEndpointOptions] | None:
    if value is None:
        return None
    return {
        key: GatewayVpcEndpointOptions(**options) if isinstance(options, Mapping) else options
        for key, options in value.items()
    }


def _to_flow_logs(value: Mapping[str, Any] | None) -> dict[str, FlowLogOptions] | None:
    if value is None:
        return None
    return {
        key: FlowLogOptions(**options) if isinstance(options, Mapping) else options
        for key, options in value.items()
    }


@lazy_frozen(kw_only=True)
class VpcProps(metaclass=LazyAttrsMeta):
    """Properties of a Vpc."""

    availability_zones: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The AZs to use (not together with `max_azs`). Default: the first `max_azs` AZs of the stack."""
    cidr: str | None = None
    """Deprecated: use `ip_addresses`. Default: `10.0.0.0/16`."""
    create_internet_gateway: bool | None = None
    """Whether to create an internet gateway when public or egress subnets exist. Default: true."""
    default_instance_tenancy: DefaultInstanceTenancy | None = None
    """The default tenancy of instances. Default: DefaultInstanceTenancy.DEFAULT."""
    enable_dns_hostnames: bool | None = None
    """Whether instances get public DNS hostnames. Default: true."""
    enable_dns_support: bool | None = None
    """Whether the Amazon DNS server resolves names. Default: true."""
    flow_logs: Mapping[str, FlowLogOptions] | None = field(default=None, converter=_to_flow_logs)
    """Flow logs to add, by construct id. Default: none."""
    gateway_endpoints: Mapping[str, GatewayVpcEndpointOptions] | None = field(
        default=None, converter=_to_gateway_endpoints
    )
    """Gateway endpoints to add, by construct id. Default: none."""
    ip_addresses: IIpAddresses | None = None
    """Where the VPC's IPv4 space comes from. Default: IpAddresses.cidr('10.0.0.0/16')."""
    ip_protocol: IpProtocol | None = None
    """Which IP versions the VPC's addresses have. Default: IpProtocol.IPV4_ONLY."""
    ipv6_addresses: IIpv6Addresses | None = None
    """Where a dual-stack VPC's IPv6 space comes from (DUAL_STACK only). Default:
    Ipv6Addresses.amazon_provided() for a dual-stack VPC."""
    max_azs: int | None = None
    """How many of the stack's AZs to use (not together with `availability_zones`). Default: 3."""
    nat_gateway_provider: NatProvider | None = None
    """How NAT is provided. Default: NatProvider.gateway()."""
    nat_gateways: int | None = None
    """How many NAT gateways to create. Default: one per AZ when there are private subnets."""
    nat_gateway_subnets: SubnetSelection | None = field(default=None, converter=to_subnet_selection)
    """The public subnets that hold the NAT gateways. Default: all public subnets."""
    reserved_azs: int | None = None
    """How many extra AZs to reserve address space for. Default: 0."""
    restrict_default_security_group: bool | None = None
    """Remove every rule of the VPC's default security group. Default: the
    `@aws-cdk/aws-ec2:restrictDefaultSecurityGroup` feature flag (off when unset)."""
    subnet_configuration: Sequence[SubnetConfiguration] | None = field(
        default=None, converter=_to_subnet_configurations
    )
    """The subnet groups. Default: one public and one private-with-egress group (isolated with 0 NATs)."""
    vpc_name: str | None = None
    """The VPC's `Name` tag. Default: the construct path."""


# --- subnets -------------------------------------------------------------------------------------


class _RouteTable:
    def __init__(self, route_table_id: str) -> None:
        self.route_table_id = route_table_id

    def __repr__(self) -> str:
        return f"<RouteTable {self.route_table_id}>"


class Subnet(Resource):
    """A subnet with its own route table (`AWS::EC2::Subnet`, `RouteTable`, `SubnetRouteTableAssociation`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        availability_zone: str,
        cidr_block: str,
        vpc_id: str,
        assign_ipv6_address_on_creation: bool | None = None,
        ipv6_cidr_block: str | None = None,
        map_public_ip_on_launch: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = SubnetProps(
            availability_zone=availability_zone,
            cidr_block=cidr_block,
            vpc_id=vpc_id,
            assign_ipv6_address_on_creation=assign_ipv6_address_on_creation,
            ipv6_cidr_block=ipv6_cidr_block,
            map_public_ip_on_launch=map_public_ip_on_launch,
        )
        Tags.of(self).add(_NAME_TAG, self.node.path)
        self.availability_zone: str = props.availability_zone
        self.ipv4_cidr_block: str = props.cidr_block
        self._internet_connectivity = DependencyGroup()
        subnet = CfnSubnet(
            self,
            "Subnet",
            vpc_id=props.vpc_id,
            cidr_block=props.cidr_block,
            availability_zone=props.availability_zone,
            map_public_ip_on_launch=props.map_public_ip_on_launch,
            ipv6_cidr_block=props.ipv6_cidr_block,
            assign_ipv6_address_on_creation=props.assign_ipv6_address_on_creation,
        )
        # The L1's id is not "Resource", so name it as the default child, as aws-cdk-lib does.
        self.node.default_child = subnet
        self.subnet_id: str = subnet.ref
        # The generated CfnSubnet lacks some attributes aws-cdk-lib's has; read them with get_att.
        self.subnet_vpc_id: str = Token.as_string(subnet.get_att("VpcId"))
        self.subnet_availability_zone: str = Token.as_string(subnet.get_att("AvailabilityZone"))
        self.subnet_ipv6_cidr_blocks: list[str] = subnet.attr_ipv6_cidr_blocks
        self.subnet_outpost_arn: str = Token.as_string(subnet.get_att("OutpostArn"))
        self.subnet_network_acl_association_id: str = subnet.attr_network_acl_association_id
        # As in aws-cdk-lib: the default network ACL, imported (it renders nothing) by the association id.
        self._network_acl: INetworkAcl = NetworkAcl.from_network_acl_id(
            self, "Acl", subnet.attr_network_acl_association_id
        )
        table = CfnRouteTable(self, "RouteTable", vpc_id=props.vpc_id)
        self.route_table: IRouteTable = _RouteTable(table.ref)
        association = CfnSubnetRouteTableAssociation(
            self, "RouteTableAssociation", subnet_id=self.subnet_id, route_table_id=table.ref
        )
        self._internet_connectivity.add(association)

    @property
    def internet_connectivity_established(self) -> DependencyGroup:
        """Depend on this to wait until the subnet can reach the internet."""
        return self._internet_connectivity

    @property
    def dependency_elements(self) -> list[Any]:
        """The constructs that make up this subnet."""
        return [self]

    @staticmethod
    def is_vpc_subnet(x: Any) -> bool:
        """True when `x` is a subnet defined in this app."""
        return isinstance(x, Subnet)

    @staticmethod
    def from_subnet_attributes(
        scope: Construct,
        id: str,
        *,
        subnet_id: str,
        availability_zone: str | None = None,
        ipv4_cidr_block: str | None = None,
        route_table_id: str | None = None,
    ) -> ISubnet:
        """An existing subnet."""
        attributes = SubnetAttributes(
            subnet_id=subnet_id,
            availability_zone=availability_zone,
            ipv4_cidr_block=ipv4_cidr_block,
            route_table_id=route_table_id,
        )
        return _ImportedSubnet(scope, id, attributes)

    @staticmethod
    def from_subnet_id(scope: Construct, id: str, subnet_id: str) -> ISubnet:
        """An existing subnet, known by id only."""
        return Subnet.from_subnet_attributes(scope, id, subnet_id=subnet_id)

    def add_default_internet_route(self, gateway_id: str, gateway_attachment: IDependable) -> None:
        """Route 0.0.0.0/0 to an internet gateway, after the gateway is attached."""
        route = CfnRoute(
            self,
            "DefaultRoute",
            route_table_id=self.route_table.route_table_id,
            destination_cidr_block="0.0.0.0/0",
            gateway_id=gateway_id,
        )
        route.node.add_dependency(gateway_attachment)
        # The route depends on the attachment, so depending on the route is enough.
        self._internet_connectivity.add(route)

    def add_default_nat_route(self, nat_gateway_id: str) -> None:
        """Route 0.0.0.0/0 to a NAT gateway."""
        self.add_route(
            "DefaultRoute",
            router_type=RouterType.NAT_GATEWAY,
            router_id=nat_gateway_id,
            enables_internet_connectivity=True,
        )

    def add_ipv6_default_internet_route(
        self, gateway_id: str, gateway_attachment: IDependable | None = None
    ) -> None:
        """Route ::/0 to an internet gateway, after `gateway_attachment` (when given) attaches it."""
        route = CfnRoute(
            self,
            "DefaultRoute6",
            route_table_id=self.route_table.route_table_id,
            destination_ipv6_cidr_block="::/0",
            gateway_id=gateway_id,
        )
        if gateway_attachment is not None:
            route.node.add_dependency(gateway_attachment)
        self._internet_connectivity.add(route)

    def add_ipv6_default_egress_only_internet_route(self, gateway_id: str) -> None:
        """Route ::/0 to an egress-only internet gateway."""
        self.add_route(
            "DefaultRoute6",
            router_type=RouterType.EGRESS_ONLY_INTERNET_GATEWAY,
            router_id=gateway_id,
            destination_ipv6_cidr_block="::/0",
            enables_internet_connectivity=True,
        )

    def add_ipv6_nat64_route(self, nat_gateway_id: str) -> None:
        """Route the NAT64 prefix 64:ff9b::/96 to a NAT gateway."""
        self.add_route(
            "Nat64",
            router_type=RouterType.NAT_GATEWAY,
            router_id=nat_gateway_id,
            destination_ipv6_cidr_block=_NAT64_PREFIX,
            enables_internet_connectivity=True,
        )

    def add_route(
        self,
        id: str,
        *,
        router_id: str,
        router_type: RouterType,
        destination_cidr_block: str | None = None,
        destination_ipv6_cidr_block: str | None = None,
        enables_internet_connectivity: bool | None = None,
    ) -> None:
        """Add a route to the subnet's route table."""
        options = AddRouteOptions(
            router_id=router_id,
            router_type=router_type,
            destination_cidr_block=destination_cidr_block,
            destination_ipv6_cidr_block=destination_ipv6_cidr_block,
            enables_internet_connectivity=enables_internet_connectivity,
        )
        if options.destination_cidr_block is not None and options.destination_ipv6_cidr_block is not None:
            raise ValidationError(
                self,
                f"destination_cidr_block={options.destination_cidr_block!r} and destination_ipv6_cidr_block="
                f"{options.destination_ipv6_cidr_block!r} are both set; a route has one destination, "
                "so add two routes",
            )
        destination = options.destination_cidr_block
        if destination is None and options.destination_ipv6_cidr_block is None:
            destination = "0.0.0.0/0"
        route = CfnRoute(
            self,
            id,
            route_table_id=self.route_table.route_table_id,
            destination_cidr_block=destination,
            destination_ipv6_cidr_block=options.destination_ipv6_cidr_block,
            **{_ROUTER_PROPERTY[options.router_type]: options.router_id},
        )
        if options.enables_internet_connectivity:
            self._internet_connectivity.add(route)

    @property
    def subnet_ref(self) -> SubnetReference:
        """A reference to the subnet: its id."""
        return SubnetReference(subnet_id=self.subnet_id)

    @property
    def network_acl(self) -> INetworkAcl:
        """The subnet's network ACL: the one associated last, else the subnet's default ACL."""
        return self._network_acl

    def associate_network_acl(self, id: str, network_acl: INetworkAcl) -> None:
        """Associate a network ACL with the subnet."""
        self._network_acl = network_acl
        associate_subnet_with_network_acl(self, id, network_acl)


@lazy_frozen(kw_only=True)
class AddNatGatewayOptions(metaclass=LazyAttrsMeta):
    """Options of `PublicSubnet.add_nat_gateway`."""

    max_drain_duration: Duration | None = None
    """How long the gateway drains connections when its Elastic IP is released. Default: 350 seconds."""


class PublicSubnet(Subnet):
    """A subnet routed to the internet gateway; it can hold NAT gateways."""

    def add_nat_gateway(
        self, eip_allocation_id: str | None = None, *, max_drain_duration: Duration | None = None
    ) -> CfnNatGateway:
        """Create a NAT gateway here, with a new Elastic IP unless `eip_allocation_id` is given."""
        options = AddNatGatewayOptions(max_drain_duration=max_drain_duration)
        allocation_id = eip_allocation_id
        if allocation_id is None:
            allocation_id = CfnEIP(self, "EIP", domain="vpc").attr_allocation_id
        gateway = CfnNatGateway(
            self,
            "NATGateway",
            subnet_id=self.subnet_id,
            allocation_id=allocation_id,
            max_drain_duration_seconds=options.max_drain_duration.to_seconds()
            if options.max_drain_duration is not None
            else None,
        )
        gateway.node.add_dependency(self.internet_connectivity_established)
        return gateway


class PrivateSubnet(Subnet):
    """A subnet without a route to the internet gateway (private with egress, or isolated)."""


class _ImportedSubnet(Resource):
    def __init__(self, scope: Construct, id: str, attributes: SubnetAttributes) -> None:
        super().__init__(scope, id)
        self.subnet_id = attributes.subnet_id
        self._availability_zone = attributes.availability_zone
        self._ipv4_cidr_block = attributes.ipv4_cidr_block
        self._route_table_id = attributes.route_table_id
        self.internet_connectivity_established = DependencyGroup()
        if attributes.route_table_id is None:
            # As in aws-cdk-lib (whose route_table_id then reads as undefined; here reading it is an error).
            where = (
                f"at {self.node.path!r}"
                if Token.is_unresolved(attributes.subnet_id)
                else repr(attributes.subnet_id)
            )
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ec2:noSubnetRouteTableId",
                f"No routeTableId was provided to the subnet {where}. Attempting to read its "
                ".routeTable.routeTableId will return null/undefined. "
                "(More info: https://github.com/aws/aws-cdk/pull/3171)",
            )

    def _given_on_import(self, value: str | None, attribute: str, meaning: str) -> str:
        """An attribute given on import; an error naming it when it was not given."""
        if value is None:
            raise ValidationError(
                self,
                f"{attribute}=None was given on import, so the subnet's {meaning} is unknown; "
                f"pass {attribute}=... to Subnet.from_subnet_attributes()",
            )
        return value

    @property
    def subnet_ref(self) -> SubnetReference:
        """A reference to the subnet: its id."""
        return SubnetReference(subnet_id=self.subnet_id)

    def associate_network_acl(self, id: str, network_acl: INetworkAcl) -> None:
        """Associate a network ACL with the subnet."""
        associate_subnet_with_network_acl(self, id, network_acl)

    @property
    def availability_zone(self) -> str:
        return self._given_on_import(self._availability_zone, "availability_zone", "AZ")

    @property
    def ipv4_cidr_block(self) -> str:
        return self._given_on_import(self._ipv4_cidr_block, "ipv4_cidr_block", "range")

    @property
    def route_table(self) -> IRouteTable:
        return _RouteTable(self._given_on_import(self._route_table_id, "route_table_id", "route table"))


# --- VPCs ----------------------------------------------------------------------------------------


class _VpcBase(Resource):
    """What defined and imported VPCs share: subnet selection and gateway endpoints."""

    vpc_id: str
    availability_zones: list[str]
    public_subnets: list[ISubnet]
    private_subnets: list[ISubnet]
    isolated_subnets: list[ISubnet]
    vpn_gateway_id: str | None = None
    # True for a looked-up VPC whose lookup the CLI has not made yet (its subnets are dummies).
    _is_pending_lookup = False

    @property
    def vpc_ref(self) -> VPCReference:
        """A reference to the VPC: its id."""
        return VPCReference(vpc_id=self.vpc_id)

    @property
    def vpc_arn(self) -> str:
        """The VPC's ARN."""
        return self.stack.format_arn(
            service="ec2",
            resource="vpc",
            resource_name=self.vpc_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        )

    def select_subnets(
        self,
        *,
        availability_zones: Sequence[str] | None = None,
        one_per_az: bool | None = None,
        subnet_filters: Sequence[SubnetFilter] | None = None,
        subnet_group_name: str | None = None,
        subnets: Sequence[ISubnet] | None = None,
        subnet_type: SubnetType | None = None,
    ) -> SelectedSubnets:
        """The subnets that match a selection (default: private, else isolated, else public)."""
        selection = SubnetSelection(
            availability_zones=availability_zones,
            one_per_az=one_per_az,
            subnet_filters=subnet_filters,
            subnet_group_name=subnet_group_name,
            subnets=subnets,
            subnet_type=subnet_type,
        )
        chosen = self._select_subnet_objects(selection)
        public = {id(s) for s in self.public_subnets}
        connectivity = DependencyGroup(*(s.internet_connectivity_established for s in chosen))
        return SelectedSubnets(
            subnet_ids=[s.subnet_id for s in chosen],
            availability_zones=[s.availability_zone for s in chosen],
            internet_connectivity_established=connectivity,
            subnets=chosen,
            has_public=any(id(s) in public for s in chosen),
            is_pending_lookup=self._is_pending_lookup,
        )

    def _select_subnet_objects(self, selection: SubnetSelection) -> list[ISubnet]:
        chosen_by = [
            name
            for name in ("subnets", "subnet_type", "subnet_group_name")
            if getattr(selection, name) is not None
        ]
        if len(chosen_by) > 1:
            raise ValidationError(
                self,
                f"the subnet selection sets {' and '.join(chosen_by)}; set only one of subnets, "
                "subnet_type and subnet_group_name",
            )
        if selection.subnets is not None:
            return list(selection.subnets)
        if selection.subnet_group_name is not None:
            subnets = self._subnets_of_group(selection.subnet_group_name)
        else:
            subnets = self._subnets_of_type(selection.subnet_type or self._default_subnet_type())
        filters = list(selection.subnet_filters or ())
        if selection.availability_zones is not None:
            filters.append(SubnetFilter.availability_zones(selection.availability_zones))
        if selection.one_per_az:
            filters.append(SubnetFilter.one_per_az())
        for subnet_filter in filters:
            subnets = subnet_filter.select_subnets(subnets)
        return subnets

    def _default_subnet_type(self) -> SubnetType:
        if self.private_subnets:
            return SubnetType.PRIVATE_WITH_EGRESS
        if self.isolated_subnets:
            return SubnetType.PRIVATE_ISOLATED
        return SubnetType.PUBLIC

    def _subnets_of_type(self, subnet_type: SubnetType) -> list[ISubnet]:
        by_type = {
            SubnetType.PRIVATE_ISOLATED: self.isolated_subnets,
            SubnetType.PRIVATE_WITH_NAT: self.private_subnets,
            SubnetType.PRIVATE_WITH_EGRESS: self.private_subnets,
            SubnetType.PUBLIC: self.public_subnets,
        }
        subnets = by_type[subnet_type]
        if not subnets:
            available = [f"SubnetType.{t.name}" for t, found in by_type.items() if found]
            has = ", ".join(available) if available else "no subnets at all"
            raise ValidationError(
                self,
                f"subnet_type=SubnetType.{subnet_type.name} matches no subnets of this VPC; "
                f"it has {has}, so select one of those or add a subnet group of that type",
            )
        return list(subnets)

    def _subnets_of_group(self, group_name: str) -> list[ISubnet]:
        every = [*self.public_subnets, *self.private_subnets, *self.isolated_subnets]
        subnets = [s for s in every if subnet_group_name_of(s) == group_name]
        if not subnets and not self._is_pending_lookup:  # a dummy VPC has none of the real groups
            names = list(dict.fromkeys(subnet_group_name_of(s) for s in every))
            raise ValidationError(
                self,
                f"subnet_group_name={group_name!r} matches no subnet group of this VPC; use one of {names!r}",
            )
        return subnets

    def add_gateway_endpoint(
        self,
        id: str,
        *,
        service: IGatewayVpcEndpointService,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        subnets: Sequence[SubnetSelection | Mapping[str, Any]] | None = None,
    ) -> GatewayVpcEndpoint:
        """Add a gateway endpoint (S3, DynamoDB) to the route tables of the VPC's subnets."""
        return GatewayVpcEndpoint(
            self,
            id,
            vpc=cast("IVpc", self),
            service=service,
            dns_record_ip_type=dns_record_ip_type,
            ip_address_type=ip_address_type,
            subnets=subnets,
        )

    def add_interface_endpoint(
        self,
        id: str,
        *,
        service: IInterfaceVpcEndpointService,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        lookup_supported_azs: bool | None = None,
        open: bool | None = None,  # noqa: A002
        private_dns_enabled: bool | None = None,
        private_dns_only_for_inbound_resolver_endpoint: VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint
        | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        service_region: str | None = None,
        subnets: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> InterfaceVpcEndpoint:
        """Add an interface endpoint to the VPC's subnets, one per AZ."""
        # Deferred for import speed: interface endpoints bring security groups, connections and the table
        # of AWS services, which a VPC without interface endpoints does not need.
        from .interface_vpc_endpoint import InterfaceVpcEndpoint

        return InterfaceVpcEndpoint(
            self,
            id,
            vpc=cast("IVpc", self),
            service=service,
            dns_record_ip_type=dns_record_ip_type,
            ip_address_type=ip_address_type,
            lookup_supported_azs=lookup_supported_azs,
            open=open,
            private_dns_enabled=private_dns_enabled,
            private_dns_only_for_inbound_resolver_endpoint=private_dns_only_for_inbound_resolver_endpoint,
            security_groups=security_groups,
            service_region=service_region,
            subnets=subnets,
        )

    def add_flow_log(
        self,
        id: str,
        *,
        destination: FlowLogDestination | None = None,
        log_format: Sequence[LogFormat] | None = None,
        max_aggregation_interval: FlowLogMaxAggregationInterval | None = None,
        traffic_type: FlowLogTrafficType | None = None,
    ) -> FlowLog:
        """Add a flow log that records the VPC's traffic."""
        return FlowLog(
            self,
            id,
            resource_type=FlowLogResourceType.from_vpc(cast("IVpc", self)),
            destination=destination,
            log_format=log_format,
            max_aggregation_interval=max_aggregation_interval,
            traffic_type=traffic_type,
        )


class Vpc(_VpcBase):
    """A VPC with subnet groups across AZs, an internet gateway and NAT gateways (`AWS::EC2::VPC`)."""

    DEFAULT_CIDR_RANGE = "10.0.0.0/16"
    """The CIDR range of a VPC without `ip_addresses`."""
    DEFAULT_SUBNETS: list[SubnetConfiguration] = [
        SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC),
        SubnetConfiguration(name="Private", subnet_type=SubnetType.PRIVATE_WITH_EGRESS),
    ]
    """The subnet groups of a VPC without `subnet_configuration`."""
    DEFAULT_SUBNETS_NO_NAT: list[SubnetConfiguration] = [
        SubnetConfiguration(name="Public", subnet_type=SubnetType.PUBLIC),
        SubnetConfiguration(name="Isolated", subnet_type=SubnetType.PRIVATE_ISOLATED),
    ]
    """The subnet groups of a VPC with `nat_gateways=0` and without `subnet_configuration`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        availability_zones: Sequence[str] | None = None,
        cidr: str | None = None,
        create_internet_gateway: bool | None = None,
        default_instance_tenancy: DefaultInstanceTenancy | None = None,
        enable_dns_hostnames: bool | None = None,
        enable_dns_support: bool | None = None,
        flow_logs: Mapping[str, FlowLogOptions | Mapping[str, Any]] | None = None,
        gateway_endpoints: Mapping[str, GatewayVpcEndpointOptions | Mapping[str, Any]] | None = None,
        ip_addresses: IIpAddresses | None = None,
        ip_protocol: IpProtocol | None = None,
        ipv6_addresses: IIpv6Addresses | None = None,
        max_azs: int | None = None,
        nat_gateway_provider: NatProvider | None = None,
        nat_gateways: int | None = None,
        nat_gateway_subnets: SubnetSelection | Mapping[str, Any] | None = None,
        reserved_azs: int | None = None,
        restrict_default_security_group: bool | None = None,
        subnet_configuration: Sequence[SubnetConfiguration | Mapping[str, Any]] | None = None,
        vpc_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = VpcProps(
            availability_zones=availability_zones,
            cidr=cidr,
            create_internet_gateway=create_internet_gateway,
            default_instance_tenancy=default_instance_tenancy,
            enable_dns_hostnames=enable_dns_hostnames,
            enable_dns_support=enable_dns_support,
            flow_logs=flow_logs,
            gateway_endpoints=gateway_endpoints,
            ip_addresses=ip_addresses,
            ip_protocol=ip_protocol,
            ipv6_addresses=ipv6_addresses,
            max_azs=max_azs,
            nat_gateway_provider=nat_gateway_provider,
            nat_gateways=nat_gateways,
            nat_gateway_subnets=nat_gateway_subnets,
            reserved_azs=reserved_azs,
            restrict_default_security_group=restrict_default_security_group,
            subnet_configuration=subnet_configuration,
            vpc_name=vpc_name,
        )
        self.public_subnets = []
        self.private_subnets = []
        self.isolated_subnets = []
        self._internet_connectivity = DependencyGroup()
        self.internet_gateway_id: str | None = None
        self.vpn_gateway_id = None
        self._ip_addresses = self._resolve_ip_addresses(props)
        self._ipv6_addresses = self._resolve_ipv6_addresses(props)
        vpc_ipam = struct_returned_by(
            self._ip_addresses.allocate_vpc_cidr(),
            VpcIpamOptions,
            where=self.node.path,
            method="allocate_vpc_cidr",
        )
        self.dns_hostnames_enabled: bool = props.enable_dns_hostnames is not False
        self.dns_support_enabled: bool = props.enable_dns_support is not False
        # Differs from aws-cdk-lib, which refuses enable_dns_hostnames=True unless enable_dns_support=True is
        # passed too, and writes DNS support off with the default hostnames on (EC2 rejects that VPC): the
        # settings in effect are checked.
        if self.dns_hostnames_enabled and not self.dns_support_enabled:
            raise ValidationError(
                self,
                "enable_dns_support=False with DNS hostnames on (enable_dns_hostnames defaults to True); "
                "DNS hostnames need DNS support, so set enable_dns_hostnames=False or keep DNS support on",
            )
        tenancy = props.default_instance_tenancy or DefaultInstanceTenancy.DEFAULT
        self._resource = CfnVPC(
            self,
            "Resource",
            cidr_block=vpc_ipam.cidr_block,
            ipv4_ipam_pool_id=vpc_ipam.ipv4_ipam_pool_id,
            ipv4_netmask_length=vpc_ipam.ipv4_netmask_length,
            enable_dns_hostnames=self.dns_hostnames_enabled,
            enable_dns_support=self.dns_support_enabled,
            instance_tenancy=tenancy.value.lower(),
        )
        self.vpc_default_network_acl: str = self._resource.attr_default_network_acl
        self.vpc_cidr_block_associations: list[str] = self._resource.attr_cidr_block_associations
        # The generated CfnVPC has no attr_cidr_block; aws-cdk-lib's CfnVPC has it.
        self.vpc_cidr_block: str = Token.as_string(self._resource.get_att("CidrBlock"))
        self.vpc_default_security_group: str = self._resource.attr_default_security_group
        self.vpc_ipv6_cidr_blocks: list[str] = self._resource.attr_ipv6_cidr_blocks
        self.vpc_id = self._resource.ref
        self._ipv6_cidr_block: CfnVPCCidrBlock | None = None
        if self._ipv6_addresses is not None:
            self._ipv6_cidr_block = call_with_struct(
                self._ipv6_addresses.allocate_vpc_ipv6_cidr,
                AllocateVpcIpv6CidrRequest,
                scope=self,
                vpc_id=self.vpc_id,
            )
        Tags.of(self).add(_NAME_TAG, props.vpc_name or self.node.path)
        self.availability_zones = self._choose_availability_zones(props)
        self._subnet_configuration = list(
            props.subnet_configuration
            if props.subnet_configuration is not None
            else (Vpc.DEFAULT_SUBNETS_NO_NAT if props.nat_gateways == 0 else Vpc.DEFAULT_SUBNETS)
        )
        self._check_ipv6_assign_address_on_creation()
        nat_gateway_count = self._nat_gateway_count(props.nat_gateways)
        self._create_subnets()
        has_outbound = any(
            c.subnet_type is not SubnetType.PRIVATE_ISOLATED and not c.reserved
            for c in self._subnet_configuration
        )
        if has_outbound and props.create_internet_gateway is not False:
            self._create_internet_gateway(props, nat_gateway_count)
        if self._ipv6_addresses is not None and (
            self.private_subnets
            or not FeatureFlags.of(self).is_enabled(REQUIRE_PRIVATE_SUBNETS_FOR_EGRESS_ONLY_INTERNET_GATEWAY)
        ):
            self._create_egress_only_internet_gateway()
        for endpoint_id, options in (props.gateway_endpoints or {}).items():
            self.add_gateway_endpoint(endpoint_id, service=options.service, subnets=options.subnets)
        for flow_log_id, flow_log_options in (props.flow_logs or {}).items():
            self.add_flow_log(
                flow_log_id,
                destination=flow_log_options.destination,
                log_format=flow_log_options.log_format,
                max_aggregation_interval=flow_log_options.max_aggregation_interval,
                traffic_type=flow_log_options.traffic_type,
            )
        restrict = props.restrict_default_security_group
        if restrict is None:
            restrict = FeatureFlags.of(self).is_enabled(RESTRICT_DEFAULT_SECURITY_GROUP)
        if restrict:
            # Deferred for import speed: the custom resource's handler asset (pathlib, hashing) is needed
            # only by VPCs that restrict their default security group.
            from ._restrict_default_security_group import add_restrict_default_security_group

            add_restrict_default_security_group(self, self.vpc_default_security_group)

    @property
    def internet_connectivity_established(self) -> DependencyGroup:
        """Depend on this to wait until the VPC's internet gateway exists."""
        return self._internet_connectivity

    def _resolve_ip_addresses(self, props: VpcProps) -> IIpAddresses:
        if props.cidr is not None and props.ip_addresses is not None:
            raise ValidationError(
                self,
                f"cidr={props.cidr!r} and ip_addresses={props.ip_addresses!r} are both set; "
                "use only ip_addresses (cidr is deprecated)",
            )
        provider = props.ip_addresses or IpAddresses.cidr(props.cidr or Vpc.DEFAULT_CIDR_RANGE)
        if isinstance(provider, (_Cidr, _AwsIpam)):
            problem = provider.problem()
            if problem is not None:
                if props.cidr is not None:
                    problem = problem.replace(f"ip_addresses={provider!r}", f"cidr={props.cidr!r}", 1)
                raise ValidationError(self, problem)
        return provider

    def _resolve_ipv6_addresses(self, props: VpcProps) -> IIpv6Addresses | None:
        """The IPv6 provider of a dual-stack VPC, or None for an IPv4-only one."""
        if props.ip_protocol is IpProtocol.DUAL_STACK:
            return props.ipv6_addresses or Ipv6Addresses.amazon_provided()
        if props.ipv6_addresses is not None:
            protocol = props.ip_protocol or IpProtocol.IPV4_ONLY
            raise ValidationError(
                self,
                f"ipv6_addresses={props.ipv6_addresses!r} is set on a VPC with ip_protocol=IpProtocol."
                f"{protocol.name}; set ip_protocol=IpProtocol.DUAL_STACK or leave ipv6_addresses unset",
            )
        return None

    def _check_ipv6_assign_address_on_creation(self) -> None:
        if self._ipv6_addresses is not None:
            return
        for configuration in self._subnet_configuration:
            if configuration.ipv6_assign_address_on_creation is not None:
                raise ValidationError(
                    self,
                    f"subnet_configuration {configuration.name!r}: ipv6_assign_address_on_creation="
                    f"{configuration.ipv6_assign_address_on_creation!r} is set on an IPv4-only VPC; set "
                    "ip_protocol=IpProtocol.DUAL_STACK or leave ipv6_assign_address_on_creation unset",
                )

    def _choose_availability_zones(self, props: VpcProps) -> list[str]:
        if props.availability_zones is not None and props.max_azs is not None:
            raise ValidationError(
                self,
                f"availability_zones={list(props.availability_zones)!r} and max_azs={props.max_azs!r} "
                "are both set; use only one of them",
            )
        if props.availability_zones is not None:
            if not props.availability_zones:
                raise ValidationError(
                    self, "availability_zones=[] is empty; give at least one availability zone"
                )
            zones = list(props.availability_zones)
            self._check_zones_are_the_stacks(zones)
        else:
            max_azs = 3 if props.max_azs is None else props.max_azs
            # Differs from aws-cdk-lib, which builds a VPC without subnets for max_azs < 1.
            if max_azs < 1:
                raise ValidationError(
                    self, f"max_azs={max_azs!r} is less than 1; a VPC needs at least one availability zone"
                )
            zones = list(self.stack.availability_zones[:max_azs])
        reserved = props.reserved_azs or 0
        if reserved < 0:
            raise ValidationError(self, f"reserved_azs={reserved!r} is negative; use 0 or more")
        self._reserved_az_count = reserved
        return zones

    def _check_zones_are_the_stacks(self, zones: list[str]) -> None:
        # As in aws-cdk-lib, the stack's zones are read (and so looked up, with a `missing` context entry
        # until the cdk CLI has cached them); tokens and the lookup's placeholders say nothing yet.
        known = [
            zone
            for zone in self.stack.availability_zones
            if not Token.is_unresolved(zone) and zone not in _PLACEHOLDER_AZS
        ]
        if known and not all(Token.is_unresolved(zone) or zone in known for zone in zones):
            raise ValidationError(
                self,
                f"availability_zones={zones!r} are not all availability zones of the stack {known!r}; "
                "use zones of the stack's region, or max_azs",
            )

    def _nat_gateway_count(self, requested: int | None) -> int:
        configs = self._subnet_configuration
        has_private = any(c.subnet_type in _PRIVATE_TYPES and not c.reserved for c in configs)
        has_nat_private = any(
            c.subnet_type is SubnetType.PRIVATE_WITH_NAT and not c.reserved for c in configs
        )
        has_public = any(c.subnet_type is SubnetType.PUBLIC and not c.reserved for c in configs)
        if requested is not None and requested < 0:
            raise ValidationError(self, f"nat_gateways={requested!r} is negative; use 0 or more")
        zone_count = len(self.availability_zones)
        count = min(requested, zone_count) if requested is not None else (zone_count if has_private else 0)
        if count == 0 and has_nat_private:
            raise ValidationError(
                self,
                "nat_gateways=0 but subnet_configuration has PRIVATE_WITH_NAT subnets, which need a NAT "
                "gateway; make them PRIVATE_WITH_EGRESS, PRIVATE_ISOLATED or PUBLIC, or allow NAT gateways",
            )
        if count > 0 and not has_public:
            raise ValidationError(
                self,
                f"nat_gateways={count!r} NAT gateways need a PUBLIC subnet group to live in, and "
                "subnet_configuration has none; add a PUBLIC group or set nat_gateways=0",
            )
        return count

    def _create_subnets(self) -> None:
        zones = [*self.availability_zones, *([_RESERVED_AZ] * self._reserved_az_count)]
        requested = [
            RequestedSubnet(
                availability_zone=zone,
                configuration=configuration,
                subnet_construct_id=subnet_construct_id(configuration.name, index),
            )
            for configuration in self._subnet_configuration
            for index, zone in enumerate(zones)
        ]
        for configuration in self._subnet_configuration:
            mask = configuration.cidr_mask
            if mask is not None and not 16 <= mask <= 28:
                raise ValidationError(
                    self,
                    f"subnet_configuration {configuration.name!r}: cidr_mask={mask!r} is out of range; "
                    "use a mask from 16 to 28",
                )
        if isinstance(self._ip_addresses, _AwsIpam):
            problem = self._ip_addresses.subnets_problem(requested)
            if problem is not None:
                raise ValidationError(self, problem)
        try:
            answer = call_with_struct(
                self._ip_addresses.allocate_subnets_cidr,
                AllocateCidrRequest,
                requested_subnets=requested,
                vpc_cidr=self.vpc_cidr_block,
            )
        except ValueError as error:
            raise ValidationError(
                self, f"subnet_configuration does not fit in ip_addresses={self._ip_addresses!r}: {error}"
            ) from None
        allocated = self._allocated_subnets_in(answer, "allocate_subnets_cidr")
        if len(allocated) != len(requested):
            raise ValidationError(
                self,
                f"ip_addresses.allocate_subnets_cidr() returned {len(allocated)} subnets for "
                f"{len(requested)} requested ones; return one AllocatedSubnet per requested subnet, in the "
                "order requested",
            )
        if self._ipv6_addresses is not None:
            allocated = self._with_ipv6_cidrs(self._ipv6_addresses, allocated)
        for request, allocation in zip(requested, allocated, strict=True):
            self._create_subnet(request, allocation)

    def _with_ipv6_cidrs(
        self, provider: IIpv6Addresses, allocated: Sequence[AllocatedSubnet]
    ) -> Sequence[AllocatedSubnet]:
        """The allocated subnets with an IPv6 range each, split from the VPC's IPv6 block."""
        count = len(allocated)
        if count > _MAX_IPV6_SUBNETS:
            raise ValidationError(
                self,
                f"subnet_configuration makes {count} subnets (reserved ones included) and a dual-stack VPC "
                f"splits its IPv6 block into at most {_MAX_IPV6_SUBNETS}; use fewer subnet groups or "
                "availability zones",
            )
        blocks = call_with_struct(
            provider.create_ipv6_cidr_blocks,
            CreateIpv6CidrBlocksRequest,
            ipv6_selected_cidr=Fn.select(0, self.vpc_ipv6_cidr_blocks),
            subnet_count=count,
        )
        # The provider answers with one token for the whole Fn::Cidr list, or with literal ranges.
        if any(Token.is_unresolved(block) for block in blocks):
            ipv6_cidrs = [Fn.select(index, blocks) for index in range(count)]
        else:
            ipv6_cidrs = list(blocks)
        answer = call_with_struct(
            provider.allocate_subnets_ipv6_cidr,
            AllocateIpv6CidrRequest,
            allocated_subnets=allocated,
            ipv6_cidrs=ipv6_cidrs,
        )
        return self._allocated_subnets_in(answer, "allocate_subnets_ipv6_cidr")

    def _allocated_subnets_in(self, answer: object, method: str) -> Sequence[AllocatedSubnet]:
        """The subnets an address provider's `method` returned: a struct, or a dict read the way aws_cdk
        reads one (camelCase keys, at every level)."""
        where = self.node.path
        if isinstance(answer, Mapping) and isinstance(answer.get("allocatedSubnets"), Sequence):
            subnets = [
                struct_returned_by(item, AllocatedSubnet, where=where, method=method)
                for item in answer["allocatedSubnets"]
            ]
            answer = {**answer, "allocatedSubnets": subnets}
        return struct_returned_by(answer, SubnetIpamOptions, where=where, method=method).allocated_subnets

    def _create_subnet(self, request: RequestedSubnet, allocation: AllocatedSubnet) -> None:
        configuration = request.configuration
        if configuration.reserved or request.availability_zone == _RESERVED_AZ:
            return
        subnet_type = configuration.subnet_type
        if subnet_type is not SubnetType.PUBLIC and configuration.map_public_ip_on_launch is not None:
            raise ValidationError(
                self,
                f"subnet_configuration {configuration.name!r}: map_public_ip_on_launch="
                f"{configuration.map_public_ip_on_launch!r} is set on a SubnetType.{subnet_type.name} group; "
                "only PUBLIC subnets take it",
            )
        is_dual_stack = self._ipv6_addresses is not None
        map_public_ip = False
        if subnet_type is SubnetType.PUBLIC:
            # A dual-stack public subnet maps public IPv4 addresses only when asked to.
            given = configuration.map_public_ip_on_launch
            map_public_ip = given is True if is_dual_stack else given is not False
        assign_ipv6 = configuration.ipv6_assign_address_on_creation is not False if is_dual_stack else None
        subnet_class = PublicSubnet if subnet_type is SubnetType.PUBLIC else PrivateSubnet
        subnet = subnet_class(
            self,
            request.subnet_construct_id,
            availability_zone=request.availability_zone,
            vpc_id=self.vpc_id,
            cidr_block=allocation.cidr,
            map_public_ip_on_launch=map_public_ip,
            ipv6_cidr_block=allocation.ipv6_cidr,
            assign_ipv6_address_on_creation=assign_ipv6,
        )
        if self._ipv6_cidr_block is not None:
            # A subnet's IPv6 range is split from the VPC's block, which exists only once associated.
            subnet.node.add_dependency(self._ipv6_cidr_block)
        if subnet_type is SubnetType.PUBLIC:
            self.public_subnets.append(subnet)
        elif subnet_type is SubnetType.PRIVATE_ISOLATED:
            self.isolated_subnets.append(subnet)
        else:
            self.private_subnets.append(subnet)
        # These tags let a later lookup of the VPC recover the subnet groups.
        only_subnets = [CfnSubnet.CFN_RESOURCE_TYPE_NAME]
        Tags.of(subnet).add(_SUBNET_NAME_TAG, configuration.name, include_resource_types=only_subnets)
        Tags.of(subnet).add(
            _SUBNET_TYPE_TAG, _subnet_type_tag(subnet_type), include_resource_types=only_subnets
        )

    def _create_internet_gateway(self, props: VpcProps, nat_gateway_count: int) -> None:
        gateway = CfnInternetGateway(self, "IGW")
        self.internet_gateway_id = gateway.ref
        self._internet_connectivity.add(gateway)
        attachment = CfnVPCGatewayAttachment(
            self, "VPCGW", internet_gateway_id=gateway.ref, vpc_id=self.vpc_id
        )
        for subnet in self.public_subnets:
            if isinstance(subnet, PublicSubnet):
                subnet.add_default_internet_route(gateway.ref, attachment)
                if self._ipv6_addresses is not None:
                    subnet.add_ipv6_default_internet_route(gateway.ref, attachment)
        if nat_gateway_count > 0:
            provider = props.nat_gateway_provider or NatProvider.gateway()
            placement = props.nat_gateway_subnets or SubnetSelection(subnet_type=SubnetType.PUBLIC)
            self._create_nat_gateways(provider, nat_gateway_count, placement)

    def _create_egress_only_internet_gateway(self) -> None:
        # Without the requirePrivateSubnetsForEgressOnlyInternetGateway flag, aws-cdk-lib creates it in
        # every dual-stack VPC, even one without private subnets to route through it.
        gateway = CfnEgressOnlyInternetGateway(self, "EIGW6", vpc_id=self.vpc_id)
        for subnet in self.private_subnets:
            if isinstance(subnet, PrivateSubnet):
                subnet.add_ipv6_default_egress_only_internet_route(gateway.ref)

    def _create_nat_gateways(self, provider: NatProvider, count: int, placement: SubnetSelection) -> None:
        candidates = self._select_subnet_objects(placement)
        public = [s for s in self.public_subnets if isinstance(s, PublicSubnet)]
        for subnet in candidates:
            if not any(subnet is p for p in public):
                raise ValidationError(
                    self,
                    f"nat_gateway_subnets selects {subnet.node.path!r}, which is not a public subnet; "
                    "select PUBLIC subnets only",
                )
        chosen = [s for s in candidates if isinstance(s, PublicSubnet)][:count]
        private = [s for s in self.private_subnets if isinstance(s, PrivateSubnet)]
        call_with_struct(
            provider.configure_nat, ConfigureNatOptions, vpc=self, nat_subnets=chosen, private_subnets=private
        )

    @staticmethod
    def from_vpc_attributes(
        scope: Construct,
        id: str,
        *,
        availability_zones: Sequence[str],
        vpc_id: str,
        isolated_subnet_ids: Sequence[str] | None = None,
        isolated_subnet_ipv4_cidr_blocks: Sequence[str] | None = None,
        isolated_subnet_names: Sequence[str] | None = None,
        isolated_subnet_route_table_ids: Sequence[str] | None = None,
        private_subnet_ids: Sequence[str] | None = None,
        private_subnet_ipv4_cidr_blocks: Sequence[str] | None = None,
        private_subnet_names: Sequence[str] | None = None,
        private_subnet_route_table_ids: Sequence[str] | None = None,
        public_subnet_ids: Sequence[str] | None = None,
        public_subnet_ipv4_cidr_blocks: Sequence[str] | None = None,
        public_subnet_names: Sequence[str] | None = None,
        public_subnet_route_table_ids: Sequence[str] | None = None,
        region: str | None = None,
        vpc_cidr_block: str | None = None,
        vpn_gateway_id: str | None = None,
    ) -> IVpc:
        """An existing VPC, described by its id, AZs and subnets."""
        attributes = VpcAttributes(
            availability_zones=availability_zones,
            vpc_id=vpc_id,
            isolated_subnet_ids=isolated_subnet_ids,
            isolated_subnet_ipv4_cidr_blocks=isolated_subnet_ipv4_cidr_blocks,
            isolated_subnet_names=isolated_subnet_names,
            isolated_subnet_route_table_ids=isolated_subnet_route_table_ids,
            private_subnet_ids=private_subnet_ids,
            private_subnet_ipv4_cidr_blocks=private_subnet_ipv4_cidr_blocks,
            private_subnet_names=private_subnet_names,
            private_subnet_route_table_ids=private_subnet_route_table_ids,
            public_subnet_ids=public_subnet_ids,
            public_subnet_ipv4_cidr_blocks=public_subnet_ipv4_cidr_blocks,
            public_subnet_names=public_subnet_names,
            public_subnet_route_table_ids=public_subnet_route_table_ids,
            region=region,
            vpc_cidr_block=vpc_cidr_block,
            vpn_gateway_id=vpn_gateway_id,
        )
        return _ImportedVpc(scope, id, attributes)

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        is_default: bool | None = None,
        owner_account_id: str | None = None,
        region: str | None = None,
        return_vpn_gateways: bool | None = None,
        subnet_group_name_tag: str | None = None,
        tags: Mapping[str, str] | None = None,
        vpc_id: str | None = None,
        vpc_name: str | None = None,
    ) -> IVpc:
        """An existing VPC that the CDK CLI looks up in the account; the answer is cached in context.

        Until the CLI has looked it up, the VPC is aws-cdk-lib's dummy (`vpc-12345`, two AZs) and the
        lookup is listed under `missing` in the cloud assembly manifest. The stack needs an account and
        a region.
        """
        options = VpcLookupOptions(
            is_default=is_default,
            owner_account_id=owner_account_id,
            region=region,
            return_vpn_gateways=return_vpn_gateways,
            subnet_group_name_tag=subnet_group_name_tag,
            tags=tags,
            vpc_id=vpc_id,
            vpc_name=vpc_name,
        )
        return _LookedUpVpcConstruct(scope, id, lookup_vpc(scope, id, options), options.region)


class _LookedUpVpcConstruct(_VpcBase):
    """A VPC the CLI looked up: its subnet groups as they are in the account, one subnet per entry."""

    def __init__(self, scope: Construct, id: str, found: LookedUpVpc, region: str | None) -> None:
        super().__init__(scope, id, region=region)
        self.vpc_id = found.vpc_id
        self.vpc_cidr_block = found.vpc_cidr_block
        self.availability_zones = found.availability_zones
        self.vpn_gateway_id = found.vpn_gateway_id
        self.internet_connectivity_established = DependencyGroup()
        self._is_pending_lookup = found.is_dummy
        by_type: dict[str, list[ISubnet]] = {kind: [] for kind in SUBNET_GROUP_TYPES}
        for name, kind, subnets in found.subnet_groups:
            by_type[kind].extend(
                Subnet.from_subnet_attributes(
                    self,
                    subnet_construct_id(name, index),
                    subnet_id=subnet["subnetId"],
                    availability_zone=subnet["availabilityZone"],
                    route_table_id=subnet.get("routeTableId"),
                    ipv4_cidr_block=subnet.get("cidr"),
                )
                for index, subnet in enumerate(subnets)
            )
        self.public_subnets = by_type["Public"]
        self.private_subnets = by_type["Private"]
        self.isolated_subnets = by_type["Isolated"]


class _ImportedVpc(_VpcBase):
    def __init__(self, scope: Construct, id: str, attributes: VpcAttributes) -> None:
        super().__init__(scope, id, region=attributes.region)
        self.vpc_id = attributes.vpc_id
        self._vpc_cidr_block = attributes.vpc_cidr_block
        self.availability_zones = list(attributes.availability_zones)
        self.vpn_gateway_id = attributes.vpn_gateway_id
        self.internet_connectivity_established = DependencyGroup()
        groups: list[tuple[str, SubnetType]] = [
            ("public", SubnetType.PUBLIC),
            ("private", SubnetType.PRIVATE_WITH_EGRESS),
            ("isolated", SubnetType.PRIVATE_ISOLATED),
        ]
        imported: dict[str, list[ISubnet]] = {}
        for prefix, subnet_type in groups:
            group = ImportedSubnetGroup(
                self,
                subnet_type=subnet_type,
                availability_zones=self.availability_zones,
                subnet_ids=getattr(attributes, f"{prefix}_subnet_ids"),
                names=getattr(attributes, f"{prefix}_subnet_names"),
                route_table_ids=getattr(attributes, f"{prefix}_subnet_route_table_ids"),
                ipv4_cidr_blocks=getattr(attributes, f"{prefix}_subnet_ipv4_cidr_blocks"),
                field_prefix=prefix,
            )
            imported[prefix] = [
                Subnet.from_subnet_attributes(
                    self,
                    subnet.construct_id,
                    subnet_id=subnet.subnet_id,
                    availability_zone=subnet.availability_zone,
                    route_table_id=subnet.route_table_id,
                    ipv4_cidr_block=subnet.ipv4_cidr_block,
                )
                for subnet in group.subnet_attributes()
            ]
        self.public_subnets = imported["public"]
        self.private_subnets = imported["private"]
        self.isolated_subnets = imported["isolated"]

    @property
    def vpc_cidr_block(self) -> str:
        if self._vpc_cidr_block is None:
            raise ValidationError(
                self,
                "vpc_cidr_block=None was given on import, so the VPC's range is unknown; "
                "pass vpc_cidr_block=... to Vpc.from_vpc_attributes()",
            )
        return self._vpc_cidr_block
