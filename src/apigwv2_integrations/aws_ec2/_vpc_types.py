"""The shared vocabulary of VPCs: subnet types and selections, and the VPC and subnet interfaces.

The modules of the package import these names from here; this module imports none of them at run time
(the subnet filter, endpoint, security group and flow log classes appear in its annotations only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..core.construct import IDependable, Node
from ..core.converters import optional_tuple, to_tuple
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

    from ..cfn.aws_ec2 import SubnetReference, VPCReference
    from .interface_vpc_endpoint import (
        IInterfaceVpcEndpointService,
        InterfaceVpcEndpoint,
        VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint,
    )
    from .network_acl import INetworkAcl
    from .security_group import ISecurityGroup
    from .subnet import SubnetFilter
    from .vpc_endpoint import (
        GatewayVpcEndpoint,
        IGatewayVpcEndpointService,
        VpcEndpointDnsRecordIpType,
        VpcEndpointIpAddressType,
    )
    from .vpc_flow_logs import (
        FlowLog,
        FlowLogDestination,
        FlowLogMaxAggregationInterval,
        FlowLogTrafficType,
        LogFormat,
    )


class SubnetType(SimpleEnum):
    """What kind of network access the subnets of a group have."""

    PRIVATE_ISOLATED = "PRIVATE_ISOLATED"
    """No route to or from the internet."""
    PRIVATE_WITH_EGRESS = "PRIVATE_WITH_EGRESS"
    """Outbound internet access through NAT gateways (or another egress route)."""
    PRIVATE_WITH_NAT = "PRIVATE_WITH_NAT"
    """Deprecated: use PRIVATE_WITH_EGRESS."""
    PUBLIC = "PUBLIC"
    """A route to the internet gateway; resources may get public IPs."""


def _checked_subnet_type(value: Any) -> Any:
    # A converter that only checks (a validator would make attrs build the class at import, for the
    # module-level defaults of Vpc).
    if value is not None and not isinstance(value, SubnetType):
        raise TypeError(f"subnet_type must be a SubnetType, got {value!r}")
    return value


# --- structs -------------------------------------------------------------------------------------


@lazy_frozen(kw_only=True)
class SubnetConfiguration(metaclass=LazyAttrsMeta):
    """One subnet group: a subnet of this type and name in every availability zone."""

    name: str
    """The group name; subnet construct ids are `<name>Subnet<n>`."""
    subnet_type: SubnetType = field(converter=_checked_subnet_type)
    """The kind of network access."""
    cidr_mask: int | None = None
    """The mask of each subnet (16 to 28). Default: the remaining space split evenly (with
    IpAddresses.aws_ipam_allocation, its default_subnet_ipv4_netmask_length)."""
    ipv6_assign_address_on_creation: bool | None = None
    """Whether network interfaces get an IPv6 address. Default: false."""
    map_public_ip_on_launch: bool | None = None
    """Whether instances get a public IP (public subnets only). Default: true for public subnets."""
    reserved: bool | None = None
    """Reserve the address space without creating subnets. Default: false."""


@lazy_frozen(kw_only=True)
class SubnetSelection(metaclass=LazyAttrsMeta):
    """Which subnets of a VPC to use: by type, by group name or explicitly, then filtered."""

    availability_zones: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """Keep only subnets in these AZs. Default: all AZs."""
    one_per_az: bool | None = None
    """Keep only the first subnet of each AZ. Default: false."""
    subnet_filters: Sequence[SubnetFilter] | None = field(default=None, converter=optional_tuple)
    """More filters, applied in order. Default: none."""
    subnet_group_name: str | None = None
    """Pick the subnet group with this name. Default: pick by type."""
    subnets: Sequence[ISubnet] | None = field(default=None, converter=optional_tuple)
    """Pick exactly these subnets. Default: pick by type."""
    subnet_type: SubnetType | None = field(default=None, converter=_checked_subnet_type)
    """Pick the subnets of this type. Default: private, else isolated, else public."""


def to_subnet_selection(value: SubnetSelection | Mapping[str, Any] | None) -> SubnetSelection | None:
    """A SubnetSelection from a struct or a dict of its fields."""
    return SubnetSelection(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class SelectedSubnets(metaclass=LazyAttrsMeta):
    """The result of `select_subnets`."""

    availability_zones: Sequence[str] = field(converter=to_tuple)
    """The AZ of each selected subnet."""
    has_public: bool
    """Whether any selected subnet is a public subnet."""
    internet_connectivity_established: IDependable
    """Depend on this to wait until the selected subnets can reach the internet."""
    subnet_ids: Sequence[str] = field(converter=to_tuple)
    """The ids of the selected subnets."""
    subnets: Sequence[ISubnet] = field(converter=to_tuple)
    """The selected subnets."""
    is_pending_lookup: bool | None = None
    """Whether the VPC is still being looked up. Default: false."""


# --- interfaces ----------------------------------------------------------------------------------


@runtime_checkable
class IRouteTable(Protocol):
    """A route table."""

    @property
    def route_table_id(self) -> str:
        """The route table's id."""
        ...


@runtime_checkable
class ISubnet(IResource, Protocol):
    """A subnet, defined here or imported."""

    @property
    def node(self) -> Node:
        """The subnet's construct node."""
        ...

    @property
    def availability_zone(self) -> str:
        """The subnet's availability zone."""
        ...

    @property
    def subnet_id(self) -> str:
        """The subnet's id."""
        ...

    @property
    def subnet_ref(self) -> SubnetReference:
        """A reference to the subnet: its id."""
        ...

    @property
    def internet_connectivity_established(self) -> IDependable:
        """Depend on this to wait until the subnet can reach the internet."""
        ...

    @property
    def ipv4_cidr_block(self) -> str:
        """The subnet's IPv4 range."""
        ...

    @property
    def route_table(self) -> IRouteTable:
        """The subnet's route table."""
        ...

    def associate_network_acl(self, id: str, acl: INetworkAcl) -> None:
        """Associate a network ACL with the subnet."""
        ...


class IPublicSubnet(ISubnet, Protocol):
    """A public subnet."""


class IPrivateSubnet(ISubnet, Protocol):
    """A private or isolated subnet."""


@runtime_checkable
class IVpc(IResource, Protocol):
    """A VPC, defined here or imported."""

    @property
    def node(self) -> Node:
        """The VPC's construct node."""
        ...

    @property
    def vpc_id(self) -> str:
        """The VPC's id."""
        ...

    @property
    def vpc_ref(self) -> VPCReference:
        """A reference to the VPC: its id."""
        ...

    @property
    def vpc_arn(self) -> str:
        """The VPC's ARN."""
        ...

    @property
    def vpc_cidr_block(self) -> str:
        """The VPC's IPv4 range."""
        ...

    @property
    def availability_zones(self) -> list[str]:
        """The VPC's availability zones."""
        ...

    @property
    def public_subnets(self) -> list[ISubnet]:
        """The public subnets."""
        ...

    @property
    def private_subnets(self) -> list[ISubnet]:
        """The private subnets with egress."""
        ...

    @property
    def isolated_subnets(self) -> list[ISubnet]:
        """The isolated subnets."""
        ...

    @property
    def internet_connectivity_established(self) -> IDependable:
        """Depend on this to wait until the VPC can reach the internet."""
        ...

    @property
    def vpn_gateway_id(self) -> str | None:
        """The VPN gateway's id, if any."""
        ...

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
        """The subnets that match a selection."""
        ...

    def add_gateway_endpoint(
        self,
        id: str,
        *,
        service: IGatewayVpcEndpointService,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        subnets: Sequence[SubnetSelection | Mapping[str, Any]] | None = None,
    ) -> GatewayVpcEndpoint:
        """Add a gateway endpoint (S3, DynamoDB) to the VPC's route tables."""
        ...

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
        ...

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
        ...
