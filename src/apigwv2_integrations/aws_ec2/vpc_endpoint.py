"""VPC endpoints: the shared base with its endpoint policy, and gateway endpoints (S3, DynamoDB), which route
from the VPC's route tables to an AWS service."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..cfn.aws_ec2 import CfnVPCEndpoint, VPCEndpointReference
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ..core.struct_callbacks import call_with_struct
from ..core.tokens.lazy import Lazy
from ..core.tokens.pseudo import Aws
from ._subnet_groups import route_table_ids_of
from ._vpc_types import ISubnet, IVpc, SubnetSelection, to_subnet_selection

if TYPE_CHECKING:
    from typing import Any

    from ..aws_iam.policy_document import PolicyDocument
    from ..aws_iam.policy_statement import PolicyStatement


class VpcEndpointDnsRecordIpType(SimpleEnum):
    """Which IP addresses the endpoint's DNS records hold."""

    IPV4 = "IPV4"
    """A records only."""
    IPV6 = "IPV6"
    """AAAA records only."""
    DUALSTACK = "DUALSTACK"
    """A and AAAA records."""
    SERVICE_DEFINED = "SERVICE_DEFINED"
    """As the service decides (for services that support IPv6 only on some of their names)."""


class VpcEndpointIpAddressType(SimpleEnum):
    """Which IP addresses the endpoint's network interfaces get."""

    IPV4 = "IPV4"
    """IPv4 addresses."""
    IPV6 = "IPV6"
    """IPv6 addresses (the subnets must be IPv6 only)."""
    DUALSTACK = "DUALSTACK"
    """IPv4 and IPv6 addresses."""


# The CloudFormation spellings of the enums, shared with interface endpoints.
DNS_RECORD_IP_TYPE = {
    VpcEndpointDnsRecordIpType.IPV4: "ipv4",
    VpcEndpointDnsRecordIpType.IPV6: "ipv6",
    VpcEndpointDnsRecordIpType.DUALSTACK: "dualstack",
    VpcEndpointDnsRecordIpType.SERVICE_DEFINED: "service-defined",
}
IP_ADDRESS_TYPE = {
    VpcEndpointIpAddressType.IPV4: "ipv4",
    VpcEndpointIpAddressType.IPV6: "ipv6",
    VpcEndpointIpAddressType.DUALSTACK: "dualstack",
}


@runtime_checkable
class IVpcEndpoint(IResource, Protocol):
    """A VPC endpoint, defined here or imported."""

    @property
    def vpc_endpoint_id(self) -> str:
        """The endpoint's id."""
        ...

    @property
    def vpc_endpoint_ref(self) -> VPCEndpointReference:
        """A reference to the endpoint: its id."""
        ...


class VpcEndpoint(Resource):
    """What gateway and interface endpoints share: the endpoint policy."""

    vpc_endpoint_id: str
    _policy_document: PolicyDocument | None = None

    @property
    def vpc_endpoint_ref(self) -> VPCEndpointReference:
        """A reference to the endpoint: its id."""
        return VPCEndpointReference(vpc_endpoint_id=self.vpc_endpoint_id)

    def add_to_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the endpoint policy, which then replaces the default that allows everything."""
        if not statement.has_principal:
            raise ValidationError(
                self,
                f"add_to_policy(statement={statement.to_statement_json()!r}) names no principal, which an "
                "endpoint policy needs; pass principals=[...] to the PolicyStatement, e.g. AnyPrincipal()",
            )
        if self._policy_document is None:
            # Deferred for import speed: only endpoints with a policy need IAM's documents.
            from ..aws_iam.policy_document import PolicyDocument

            self._policy_document = PolicyDocument()
        self._policy_document.add_statements(statement)

    def _rendered_policy_document(self) -> Any:
        """The `PolicyDocument` property: a token that renders the statements added so far, or nothing."""
        return Lazy.uncached_any(lambda: self._policy_document)


@runtime_checkable
class IGatewayVpcEndpointService(Protocol):
    """An AWS service reachable through a gateway endpoint."""

    @property
    def name(self) -> str:
        """The service name (`com.amazonaws.<region>.s3`)."""
        ...


class GatewayVpcEndpointAwsService:
    """An AWS service with gateway endpoints."""

    S3: GatewayVpcEndpointAwsService
    """Amazon S3."""
    S3_EXPRESS: GatewayVpcEndpointAwsService
    """Amazon S3 Express One Zone."""
    DYNAMODB: GatewayVpcEndpointAwsService
    """Amazon DynamoDB."""

    def __init__(self, name: str, prefix: str | None = None) -> None:
        self.name = f"{prefix or 'com.amazonaws'}.{Aws.REGION}.{name}"
        self._short_name = name

    def __repr__(self) -> str:
        return f"GatewayVpcEndpointAwsService({self._short_name!r})"


GatewayVpcEndpointAwsService.S3 = GatewayVpcEndpointAwsService("s3")
GatewayVpcEndpointAwsService.S3_EXPRESS = GatewayVpcEndpointAwsService("s3express")
GatewayVpcEndpointAwsService.DYNAMODB = GatewayVpcEndpointAwsService("dynamodb")


def _to_subnet_selections(
    value: Sequence[SubnetSelection | Mapping[str, Any]] | None,
) -> tuple[SubnetSelection, ...] | None:
    if value is None:
        return None
    return tuple(s for s in (to_subnet_selection(v) for v in value) if s is not None)


@lazy_frozen(kw_only=True)
class GatewayVpcEndpointOptions(metaclass=LazyAttrsMeta):
    """Options of a gateway endpoint added to a VPC."""

    service: IGatewayVpcEndpointService
    """The service to reach."""
    dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None
    """Which IP addresses the endpoint's DNS records hold. Default: chosen by AWS."""
    ip_address_type: VpcEndpointIpAddressType | None = None
    """Which IP addresses the endpoint supports. Default: chosen by AWS."""
    subnets: Sequence[SubnetSelection] | None = field(default=None, converter=_to_subnet_selections)
    """Subnets whose route tables get the endpoint's routes. Default: every subnet of the VPC."""


@lazy_frozen(kw_only=True)
class GatewayVpcEndpointProps(GatewayVpcEndpointOptions, metaclass=LazyAttrsMeta):
    """Properties of a GatewayVpcEndpoint."""

    vpc: IVpc
    """The VPC of the endpoint."""


@runtime_checkable
class IGatewayVpcEndpoint(IVpcEndpoint, Protocol):
    """A gateway endpoint, defined here or imported."""


class _ImportedGatewayVpcEndpoint(Resource):
    def __init__(self, scope: Construct, id: str, vpc_endpoint_id: str) -> None:
        super().__init__(scope, id)
        self.vpc_endpoint_id = vpc_endpoint_id

    @property
    def vpc_endpoint_ref(self) -> VPCEndpointReference:
        """A reference to the endpoint: its id."""
        return VPCEndpointReference(vpc_endpoint_id=self.vpc_endpoint_id)


class GatewayVpcEndpoint(VpcEndpoint):
    """A gateway endpoint (`AWS::EC2::VPCEndpoint` of type Gateway)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        service: IGatewayVpcEndpointService,
        dns_record_ip_type: VpcEndpointDnsRecordIpType | None = None,
        ip_address_type: VpcEndpointIpAddressType | None = None,
        subnets: Sequence[SubnetSelection | Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = GatewayVpcEndpointProps(
            vpc=vpc,
            service=service,
            dns_record_ip_type=dns_record_ip_type,
            ip_address_type=ip_address_type,
            subnets=subnets,
        )
        chosen: list[ISubnet]
        if props.subnets is not None:
            chosen = []
            for selection in props.subnets:
                selected = call_with_struct(props.vpc.select_subnets, SubnetSelection, **as_dict(selection))
                chosen.extend(selected.subnets)
        else:
            chosen = [*props.vpc.private_subnets, *props.vpc.public_subnets, *props.vpc.isolated_subnets]
        route_table_ids = route_table_ids_of(chosen)
        if not route_table_ids:
            raise ValidationError(
                self,
                "the selected subnets have no known route tables, so the endpoint has nothing to route; "
                "import the VPC's subnets with their route table ids",
            )
        resource = CfnVPCEndpoint(
            self,
            "Resource",
            policy_document=self._rendered_policy_document(),
            route_table_ids=route_table_ids,
            service_name=props.service.name,
            vpc_id=props.vpc.vpc_id,
            vpc_endpoint_type="Gateway",
            dns_options=CfnVPCEndpoint.DnsOptionsSpecificationProperty(
                dns_record_ip_type=DNS_RECORD_IP_TYPE[props.dns_record_ip_type]
            )
            if props.dns_record_ip_type is not None
            else None,
            ip_address_type=IP_ADDRESS_TYPE[props.ip_address_type]
            if props.ip_address_type is not None
            else None,
        )
        self.vpc_endpoint_id: str = resource.ref
        self.vpc_endpoint_creation_timestamp: str = resource.attr_creation_timestamp
        self.vpc_endpoint_dns_entries: list[str] = resource.attr_dns_entries
        self.vpc_endpoint_network_interface_ids: list[str] = resource.attr_network_interface_ids

    @staticmethod
    def from_gateway_vpc_endpoint_id(
        scope: Construct, id: str, gateway_vpc_endpoint_id: str
    ) -> IGatewayVpcEndpoint:
        """An existing gateway endpoint."""
        return _ImportedGatewayVpcEndpoint(scope, id, gateway_vpc_endpoint_id)
