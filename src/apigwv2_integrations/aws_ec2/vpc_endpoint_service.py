"""VPC endpoint services: network load balancers offered through AWS PrivateLink to endpoints in other VPCs,
with the principals allowed to connect to them."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_ec2 import CfnVPCEndpointService, CfnVPCEndpointServicePermissions, VPCEndpointServiceReference
from ..core.construct import Construct
from ..core.converters import optional_tuple, to_tuple
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.pseudo import Aws
from ..interfaces.aws_ec2 import IVPCEndpointServiceRef

if TYPE_CHECKING:
    from typing import ClassVar

    from ..aws_iam.arn_principals import ArnPrincipal

_DEFAULT_PREFIX = "com.amazonaws.vpce"

# The regions whose service names start with another prefix than `com.amazonaws.vpce`, as the region facts
# of aws-cdk-lib 2.275.0 name them; every other region, and a region unknown at synth, gets the default.
_SERVICE_NAME_PREFIXES = {
    "cn-north-1": "cn.com.amazonaws.vpce",
    "cn-northwest-1": "cn.com.amazonaws.vpce",
    "eu-isoe-west-1": "uk.adc-e.cloud.vpce",
    "eusc-de-east-1": "eu.amazonaws.vpce",
    "us-iso-east-1": "gov.ic.c2s.vpce",
    "us-iso-west-1": "gov.ic.c2s.vpce",
    "us-isob-east-1": "gov.sgov.sc2s.vpce",
    "us-isob-west-1": "gov.sgov.sc2s.vpce",
    "us-isof-east-1": "gov.ic.hci.csp.vpce",
    "us-isof-south-1": "gov.ic.hci.csp.vpce",
}


class IpAddressType(SimpleEnum):
    """IP address types supported for VPC endpoint service."""

    IPV4 = "IPV4"
    """IPv4 connections."""
    IPV6 = "IPV6"
    """IPv6 connections."""


# The CloudFormation spelling of each IP address type.
_SUPPORTED_IP_ADDRESS_TYPE = {IpAddressType.IPV4: "ipv4", IpAddressType.IPV6: "ipv6"}


@runtime_checkable
class IVpcEndpointServiceLoadBalancer(Protocol):
    """A load balancer that can host a VPC endpoint service, such as a NetworkLoadBalancer."""

    @property
    def load_balancer_arn(self) -> str:
        """The ARN of the load balancer that hosts the VPC endpoint service."""
        ...


@runtime_checkable
class IVpcEndpointService(IResource, IVPCEndpointServiceRef, Protocol):
    """A VPC endpoint service."""

    @property
    def vpc_endpoint_service_id(self) -> str:
        """The service's id, like `vpce-svc-xxxxxxxxxxxxxxxx`."""
        ...

    @property
    def vpc_endpoint_service_name(self) -> str:
        """The name consumers connect to, like `com.amazonaws.vpce.<region>.vpce-svc-xxxxxxxxxxxxxxxx`."""
        ...


@lazy_frozen(kw_only=True)
class VpcEndpointServiceProps(metaclass=LazyAttrsMeta):
    """Properties of a VpcEndpointService."""

    vpc_endpoint_service_load_balancers: Sequence[IVpcEndpointServiceLoadBalancer] = field(converter=to_tuple)
    """One or more load balancers to host the VPC endpoint service."""
    acceptance_required: bool | None = None
    """Whether requests from service consumers to connect to the service through an endpoint must be
    accepted. Default: True."""
    allowed_principals: Sequence[ArnPrincipal] | None = field(default=None, converter=optional_tuple)
    """IAM users, IAM roles, or AWS accounts allowed to connect to the service. Default: no principals."""
    allowed_regions: Sequence[str] | None = field(default=None, converter=optional_tuple)
    """The regions from which service consumers can access the service. Default: the region hosting the
    service only."""
    contributor_insights: bool | None = None
    """Whether to enable the built-in Contributor Insights rules provided by AWS PrivateLink.
    Default: False."""
    supported_ip_address_types: Sequence[IpAddressType] | None = field(default=None, converter=optional_tuple)
    """Which IP address types the service supports. Default: no specific IP address types configured."""


class VpcEndpointService(Resource):
    """A VPC endpoint service (`AWS::EC2::VPCEndpointService`), with its permissions when principals are
    allowed (`AWS::EC2::VPCEndpointServicePermissions`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-ec2.VpcEndpointService"
    """aws_cdk's id of the class for property injection (which this package does not do)."""
    DEFAULT_PREFIX: ClassVar[str] = _DEFAULT_PREFIX
    """The prefix of a service name when the stack's region is not known at synth."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc_endpoint_service_load_balancers: Sequence[IVpcEndpointServiceLoadBalancer],
        acceptance_required: bool | None = None,
        allowed_principals: Sequence[ArnPrincipal] | None = None,
        allowed_regions: Sequence[str] | None = None,
        contributor_insights: bool | None = None,
        supported_ip_address_types: Sequence[IpAddressType] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = VpcEndpointServiceProps(
            vpc_endpoint_service_load_balancers=vpc_endpoint_service_load_balancers,
            acceptance_required=acceptance_required,
            allowed_principals=allowed_principals,
            allowed_regions=allowed_regions,
            contributor_insights=contributor_insights,
            supported_ip_address_types=supported_ip_address_types,
        )
        if not props.vpc_endpoint_service_load_balancers:
            raise ValidationError(
                self,
                f"vpc_endpoint_service_load_balancers={list(props.vpc_endpoint_service_load_balancers)!r} is "
                "empty; give at least one load balancer to host the service, e.g. a NetworkLoadBalancer",
            )
        self.vpc_endpoint_service_load_balancers: list[IVpcEndpointServiceLoadBalancer] = list(
            props.vpc_endpoint_service_load_balancers
        )
        self.acceptance_required: bool = (
            props.acceptance_required if props.acceptance_required is not None else True
        )
        self.allowed_principals: list[ArnPrincipal] = list(props.allowed_principals or ())
        self.contributor_insights_enabled: bool | None = props.contributor_insights

        # aws-cdk-lib names the L1 after the construct, not "Resource", which its logical ID keeps.
        resource = CfnVPCEndpointService(
            self,
            id,
            network_load_balancer_arns=[
                lb.load_balancer_arn for lb in self.vpc_endpoint_service_load_balancers
            ],
            acceptance_required=self.acceptance_required,
            contributor_insights_enabled=self.contributor_insights_enabled,
            supported_ip_address_types=[
                _SUPPORTED_IP_ADDRESS_TYPE[t] for t in props.supported_ip_address_types
            ]
            if props.supported_ip_address_types is not None
            else None,
            # An empty list is written as given, as aws-cdk-lib does.
            supported_regions=list(props.allowed_regions) if props.allowed_regions is not None else None,
        )
        self._resource = resource
        self.vpc_endpoint_service_id: str = resource.ref
        # A region unknown at synth is a token, which matches no entry: it gets the default prefix.
        prefix = _SERVICE_NAME_PREFIXES.get(self.stack.region, _DEFAULT_PREFIX)
        self.vpc_endpoint_service_name: str = Fn.join(".", [prefix, Aws.REGION, self.vpc_endpoint_service_id])
        if self.allowed_principals:
            CfnVPCEndpointServicePermissions(
                self,
                "Permissions",
                service_id=self.vpc_endpoint_service_id,
                allowed_principals=[principal.arn for principal in self.allowed_principals],
            )

    @property
    def vpc_endpoint_service_ref(self) -> VPCEndpointServiceReference:
        """A reference to the service: its id."""
        return self._resource.vpc_endpoint_service_ref
