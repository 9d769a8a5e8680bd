"""Amazon EC2 networking: VPCs, subnets, security groups and connections, and every `Cfn*` class of EC2."""

import typing as _typing

from ..cfn.aws_ec2 import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_ec2 import *  # noqa: F403
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
else:
    _L2_SOURCES = {
        "._vpc_types": (
            "IPrivateSubnet",
            "IPublicSubnet",
            "IRouteTable",
            "ISubnet",
            "IVpc",
            "SelectedSubnets",
            "SubnetConfiguration",
            "SubnetSelection",
            "SubnetType",
        ),
        ".connections": ("Connections", "ConnectionsProps", "IConnectable"),
        ".ip_addresses": (
            "AllocateCidrRequest",
            "AllocatedSubnet",
            "IIpAddresses",
            "IpAddresses",
            "RequestedSubnet",
            "SubnetIpamOptions",
            "VpcIpamOptions",
        ),
        ".nat": ("GatewayConfig", "NatGatewayProps", "NatGatewayProvider", "NatProvider"),
        ".peer": ("IPeer", "Peer"),
        ".port": ("Port", "PortProps", "Protocol"),
        ".security_group": (
            "ISecurityGroup",
            "SecurityGroup",
            "SecurityGroupImportOptions",
            "SecurityGroupProps",
        ),
        ".subnet": ("SubnetFilter",),
        ".vpc": (
            "AddRouteOptions",
            "DefaultInstanceTenancy",
            "PrivateSubnet",
            "PrivateSubnetProps",
            "PublicSubnet",
            "PublicSubnetProps",
            "RouterType",
            "Subnet",
            "SubnetAttributes",
            "SubnetProps",
            "Vpc",
            "VpcAttributes",
            "VpcProps",
        ),
        ".vpc_endpoint": (
            "GatewayVpcEndpoint",
            "GatewayVpcEndpointAwsService",
            "GatewayVpcEndpointOptions",
            "GatewayVpcEndpointProps",
            "IGatewayVpcEndpoint",
            "IGatewayVpcEndpointService",
        ),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_ec2"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
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
