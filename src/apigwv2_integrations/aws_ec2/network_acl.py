"""Network ACLs: the stateless subnet firewall, its numbered entries, and its associations with subnets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_ec2 import (
    CfnNetworkAcl,
    CfnNetworkAclEntry,
    CfnSubnetNetworkAclAssociation,
    NetworkAclEntryReference,
    NetworkAclReference,
    SubnetNetworkAclAssociationReference,
)
from ..core.construct import Construct
from ..core.names import Names
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, cast, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tags import Tags
from ._vpc_types import ISubnet, IVpc, SubnetSelection, SubnetType, to_subnet_selection
from .network_acl_types import AclCidr, AclTraffic

if TYPE_CHECKING:
    from typing import Any

    from ..interfaces.aws_ec2 import INetworkAclRef
    from .subnet import SubnetFilter

_NAME_TAG = "Name"


class Action(SimpleEnum):
    """What an entry does with the traffic it matches."""

    ALLOW = "allow"
    """Let the traffic through."""
    DENY = "deny"
    """Drop the traffic."""


class TrafficDirection(SimpleEnum):
    """Which traffic an entry applies to."""

    EGRESS = "EGRESS"
    """Traffic leaving the subnet."""
    INGRESS = "INGRESS"
    """Traffic entering the subnet."""


# --- structs -------------------------------------------------------------------------------------


@lazy_frozen(kw_only=True)
class NetworkAclProps(metaclass=LazyAttrsMeta):
    """Properties of a NetworkAcl."""

    vpc: IVpc
    """The VPC of the ACL."""
    network_acl_name: str | None = None
    """The ACL's `Name` tag. Default: the construct path."""
    subnet_selection: SubnetSelection | None = field(default=None, converter=to_subnet_selection)
    """Subnets to associate the ACL with. Default: none; call `associate_with_subnet`."""


@lazy_frozen(kw_only=True)
class CommonNetworkAclEntryOptions(metaclass=LazyAttrsMeta):
    """What every network ACL entry has: range, traffic, rule number, direction and action."""

    cidr: AclCidr
    """The address range the entry matches."""
    rule_number: float
    """The entry's number; entries are evaluated from the lowest number up, and the first match decides."""
    traffic: AclTraffic
    """The protocol and ports (or ICMP type and code) the entry matches."""
    direction: TrafficDirection | None = None
    """Whether the entry applies to traffic entering or leaving the subnet. Default: INGRESS."""
    network_acl_entry_name: str | None = None
    """The entry's name. Default: a generated name."""
    rule_action: Action | None = None
    """Whether matching traffic is let through or dropped. Default: ALLOW."""


@lazy_frozen(kw_only=True)
class NetworkAclEntryProps(CommonNetworkAclEntryOptions, metaclass=LazyAttrsMeta):
    """Properties of a NetworkAclEntry."""

    network_acl: INetworkAcl
    """The ACL the entry belongs to."""


@lazy_frozen(kw_only=True)
class SubnetNetworkAclAssociationProps(metaclass=LazyAttrsMeta):
    """Properties of a SubnetNetworkAclAssociation."""

    network_acl: INetworkAclRef
    """The ACL to associate with the subnet."""
    subnet: ISubnet
    """The subnet to associate with the ACL."""
    subnet_network_acl_association_name: str | None = None
    """The association's name. Default: a generated name."""


# --- interfaces ----------------------------------------------------------------------------------


@runtime_checkable
class INetworkAcl(IResource, Protocol):
    """A network ACL, defined here or imported."""

    @property
    def network_acl_id(self) -> str:
        """The ACL's id."""
        ...

    @property
    def network_acl_ref(self) -> NetworkAclReference:
        """A reference to the ACL: its id."""
        ...

    def add_entry(
        self,
        id: str,
        *,
        cidr: AclCidr,
        rule_number: float,
        traffic: AclTraffic,
        direction: TrafficDirection | None = None,
        network_acl_entry_name: str | None = None,
        rule_action: Action | None = None,
    ) -> NetworkAclEntry:
        """Add an entry to the ACL."""
        ...


@runtime_checkable
class INetworkAclEntry(IResource, Protocol):
    """A network ACL entry."""

    @property
    def network_acl(self) -> INetworkAcl:
        """The ACL the entry belongs to."""
        ...

    @property
    def network_acl_entry_ref(self) -> NetworkAclEntryReference:
        """A reference to the entry: its id."""
        ...


@runtime_checkable
class ISubnetNetworkAclAssociation(IResource, Protocol):
    """The association of a subnet with a network ACL, defined here or imported."""

    @property
    def subnet_network_acl_association_association_id(self) -> str:
        """The association's id."""
        ...

    @property
    def subnet_network_acl_association_ref(self) -> SubnetNetworkAclAssociationReference:
        """A reference to the association: its id."""
        ...


# --- network ACLs --------------------------------------------------------------------------------


class _NetworkAclBase(Resource):
    """What defined and imported ACLs share: adding entries."""

    network_acl_id: str

    @property
    def network_acl_ref(self) -> NetworkAclReference:
        """A reference to the ACL: its id."""
        return NetworkAclReference(network_acl_id=self.network_acl_id)

    def add_entry(
        self,
        id: str,
        *,
        cidr: AclCidr,
        rule_number: float,
        traffic: AclTraffic,
        direction: TrafficDirection | None = None,
        network_acl_entry_name: str | None = None,
        rule_action: Action | None = None,
    ) -> NetworkAclEntry:
        """Add an entry to the ACL (a child construct `id` of the ACL)."""
        return NetworkAclEntry(
            self,
            id,
            network_acl=self,
            cidr=cidr,
            rule_number=rule_number,
            traffic=traffic,
            direction=direction,
            network_acl_entry_name=network_acl_entry_name,
            rule_action=rule_action,
        )


class _ImportedNetworkAcl(_NetworkAclBase):
    def __init__(self, scope: Construct, id: str, network_acl_id: str) -> None:
        super().__init__(scope, id)
        self.network_acl_id = network_acl_id


class NetworkAcl(_NetworkAclBase):
    """A network ACL (`AWS::EC2::NetworkAcl`), optionally associated with subnets of its VPC."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        network_acl_name: str | None = None,
        subnet_selection: SubnetSelection | Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=network_acl_name)
        props = NetworkAclProps(vpc=vpc, network_acl_name=network_acl_name, subnet_selection=subnet_selection)
        self._vpc = props.vpc
        Tags.of(self).add(_NAME_TAG, props.network_acl_name or self.node.path)
        resource = CfnNetworkAcl(self, "Resource", vpc_id=props.vpc.vpc_id)
        self.network_acl_id: str = resource.ref
        self.network_acl_vpc_id: str = resource.vpc_id
        selection = props.subnet_selection
        if selection is not None:
            self.associate_with_subnet(
                "DefaultAssociation",
                availability_zones=selection.availability_zones,
                one_per_az=selection.one_per_az,
                subnet_filters=selection.subnet_filters,
                subnet_group_name=selection.subnet_group_name,
                subnets=selection.subnets,
                subnet_type=selection.subnet_type,
            )

    @staticmethod
    def from_network_acl_id(scope: Construct, id: str, network_acl_id: str) -> INetworkAcl:
        """An existing network ACL."""
        return _ImportedNetworkAcl(scope, id, network_acl_id)

    def associate_with_subnet(
        self,
        id: str,
        *,
        availability_zones: Sequence[str] | None = None,
        one_per_az: bool | None = None,
        subnet_filters: Sequence[SubnetFilter] | None = None,
        subnet_group_name: str | None = None,
        subnets: Sequence[ISubnet] | None = None,
        subnet_type: SubnetType | None = None,
    ) -> None:
        """Associate the ACL with the selected subnets of its VPC (one association per subnet)."""
        selected = call_with_struct(
            self._vpc.select_subnets,
            SubnetSelection,
            availability_zones=availability_zones,
            one_per_az=one_per_az,
            subnet_filters=subnet_filters,
            subnet_group_name=subnet_group_name,
            subnets=subnets,
            subnet_type=subnet_type,
        )
        for subnet in selected.subnets:
            subnet.associate_network_acl(id, self)


def associate_subnet_with_network_acl(subnet: ISubnet, id: str, network_acl: INetworkAcl) -> None:
    """What a subnet's `associate_network_acl` does: an association, named after the subnet, under the ACL."""
    # As aws-cdk-lib does: the association lives under the ACL when the ACL is a construct (so several
    # ACLs can use the same id), and its id ends with the unique id of the other party.
    if isinstance(network_acl, Construct):
        scope: Construct = network_acl
        other = subnet.node
    else:
        scope = cast("Construct", subnet)
        other = network_acl.node
    SubnetNetworkAclAssociation(
        scope, id + Names.node_unique_id(other), network_acl=network_acl, subnet=subnet
    )


# --- entries and associations --------------------------------------------------------------------


class NetworkAclEntry(Resource):
    """One numbered rule of a network ACL (`AWS::EC2::NetworkAclEntry`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network_acl: INetworkAcl,
        cidr: AclCidr,
        rule_number: float,
        traffic: AclTraffic,
        direction: TrafficDirection | None = None,
        network_acl_entry_name: str | None = None,
        rule_action: Action | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=network_acl_entry_name)
        props = NetworkAclEntryProps(
            network_acl=network_acl,
            cidr=cidr,
            rule_number=rule_number,
            traffic=traffic,
            direction=direction,
            network_acl_entry_name=network_acl_entry_name,
            rule_action=rule_action,
        )
        self.network_acl: INetworkAcl = props.network_acl
        cidr_config = props.cidr.to_cidr_config()
        traffic_config = props.traffic.to_traffic_config()
        icmp = traffic_config.icmp
        port_range = traffic_config.port_range
        resource = CfnNetworkAclEntry(
            self,
            "Resource",
            network_acl_id=props.network_acl.network_acl_id,
            rule_number=props.rule_number,
            rule_action=(props.rule_action or Action.ALLOW).value,
            # Left out when no direction was given; an explicit INGRESS renders `false`, as in aws-cdk-lib.
            egress=None if props.direction is None else props.direction is TrafficDirection.EGRESS,
            cidr_block=cidr_config.cidr_block,
            ipv6_cidr_block=cidr_config.ipv6_cidr_block,
            protocol=traffic_config.protocol,
            icmp=None if icmp is None else CfnNetworkAclEntry.IcmpProperty(code=icmp.code, type=icmp.type),
            port_range=None
            if port_range is None
            else CfnNetworkAclEntry.PortRangeProperty(from_=port_range.from_, to=port_range.to),
        )
        self._resource = resource

    @property
    def network_acl_entry_ref(self) -> NetworkAclEntryReference:
        """A reference to the entry: its id."""
        return NetworkAclEntryReference(network_acl_entry_id=self._resource.ref)


class _ImportedSubnetNetworkAclAssociation(Resource):
    def __init__(self, scope: Construct, id: str, association_id: str) -> None:
        super().__init__(scope, id)
        self.subnet_network_acl_association_association_id = association_id

    @property
    def subnet_network_acl_association_ref(self) -> SubnetNetworkAclAssociationReference:
        """A reference to the association: its id."""
        return SubnetNetworkAclAssociationReference(
            association_id=self.subnet_network_acl_association_association_id
        )


class SubnetNetworkAclAssociation(Resource):
    """The association of a subnet with a network ACL (`AWS::EC2::SubnetNetworkAclAssociation`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network_acl: INetworkAclRef,
        subnet: ISubnet,
        subnet_network_acl_association_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=subnet_network_acl_association_name)
        props = SubnetNetworkAclAssociationProps(
            network_acl=network_acl,
            subnet=subnet,
            subnet_network_acl_association_name=subnet_network_acl_association_name,
        )
        resource = CfnSubnetNetworkAclAssociation(
            self,
            "Resource",
            network_acl_id=props.network_acl.network_acl_ref.network_acl_id,
            subnet_id=props.subnet.subnet_id,
        )
        self.network_acl: INetworkAclRef = props.network_acl
        self.subnet: ISubnet = props.subnet
        self.subnet_network_acl_association_association_id: str = resource.attr_association_id

    @property
    def subnet_network_acl_association_ref(self) -> SubnetNetworkAclAssociationReference:
        """A reference to the association: its id."""
        return SubnetNetworkAclAssociationReference(
            association_id=self.subnet_network_acl_association_association_id
        )

    @staticmethod
    def from_subnet_network_acl_association_association_id(
        scope: Construct, id: str, subnet_network_acl_association_association_id: str
    ) -> ISubnetNetworkAclAssociation:
        """An existing association."""
        return _ImportedSubnetNetworkAclAssociation(scope, id, subnet_network_acl_association_association_id)
