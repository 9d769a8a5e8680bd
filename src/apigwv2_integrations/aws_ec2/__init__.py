"""Amazon EC2 networking: VPCs, subnets, security groups and connections, and every `Cfn*` class of EC2."""

import typing as _typing

from ..cfn.aws_ec2 import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_ec2 import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_ec2"))

from ._vpc_types import (
    IPrivateSubnet,
    IPublicSubnet,
    IRouteTable,
    ISubnet,
    IVpc,
    SelectedSubnets,
    SubnetConfiguration,
    SubnetSelection,
    SubnetType,
)
from .connections import Connections, ConnectionsProps, IConnectable
from .ip_addresses import (
    AllocateCidrRequest,
    AllocatedSubnet,
    IIpAddresses,
    IpAddresses,
    RequestedSubnet,
    SubnetIpamOptions,
    VpcIpamOptions,
)
from .nat import GatewayConfig, NatGatewayProps, NatGatewayProvider, NatProvider
from .peer import IPeer, Peer
from .port import Port, PortProps, Protocol
from .security_group import ISecurityGroup, SecurityGroup, SecurityGroupImportOptions, SecurityGroupProps
from .subnet import SubnetFilter
from .vpc import (
    AddRouteOptions,
    DefaultInstanceTenancy,
    PrivateSubnet,
    PrivateSubnetProps,
    PublicSubnet,
    PublicSubnetProps,
    RouterType,
    Subnet,
    SubnetAttributes,
    SubnetProps,
    Vpc,
    VpcAttributes,
    VpcProps,
)
from .vpc_endpoint import (
    GatewayVpcEndpoint,
    GatewayVpcEndpointAwsService,
    GatewayVpcEndpointOptions,
    GatewayVpcEndpointProps,
    IGatewayVpcEndpoint,
    IGatewayVpcEndpointService,
)

__all__ = [
    *_cfn_all,
    "AddRouteOptions",
    "AllocateCidrRequest",
    "AllocatedSubnet",
    "Connections",
    "ConnectionsProps",
    "DefaultInstanceTenancy",
    "GatewayConfig",
    "GatewayVpcEndpoint",
    "GatewayVpcEndpointAwsService",
    "GatewayVpcEndpointOptions",
    "GatewayVpcEndpointProps",
    "IConnectable",
    "IGatewayVpcEndpoint",
    "IGatewayVpcEndpointService",
    "IIpAddresses",
    "IPeer",
    "IPrivateSubnet",
    "IPublicSubnet",
    "IRouteTable",
    "ISecurityGroup",
    "ISubnet",
    "IVpc",
    "IpAddresses",
    "NatGatewayProps",
    "NatGatewayProvider",
    "NatProvider",
    "Peer",
    "Port",
    "PortProps",
    "PrivateSubnet",
    "PrivateSubnetProps",
    "Protocol",
    "PublicSubnet",
    "PublicSubnetProps",
    "RequestedSubnet",
    "RouterType",
    "SecurityGroup",
    "SecurityGroupImportOptions",
    "SecurityGroupProps",
    "SelectedSubnets",
    "Subnet",
    "SubnetAttributes",
    "SubnetConfiguration",
    "SubnetFilter",
    "SubnetIpamOptions",
    "SubnetProps",
    "SubnetSelection",
    "SubnetType",
    "Vpc",
    "VpcAttributes",
    "VpcIpamOptions",
    "VpcProps",
]
