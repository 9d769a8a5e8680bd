"""VpcLink: lets an HTTP API reach private resources in a VPC."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...aws_ec2 import ISubnet, IVpc, SubnetSelection, SubnetType
from ...cfn.aws_apigatewayv2 import CfnVpcLink, VpcLinkReference
from ...core.construct import Construct

# This module loads only for apps with a VPC link, which build or import a VPC with aws_ec2 anyway.
from ...core.converters import optional_tuple
from ...core.names import Names
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, as_dict, field, lazy_frozen
from ...core.tokens.lazy import Lazy
from ._types import IVpcLink

if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ...interfaces.aws_ec2 import ISecurityGroupRef


def _to_subnet_selection(value: SubnetSelection | Mapping[str, Any] | None) -> SubnetSelection | None:
    if isinstance(value, Mapping):
        return SubnetSelection(**value)
    return value


@lazy_frozen(kw_only=True)
class VpcLinkProps(metaclass=LazyAttrsMeta):
    """Properties of a VpcLink."""

    vpc: IVpc
    """The VPC the link reaches into."""
    security_groups: Sequence[ISecurityGroupRef] | None = field(default=None, converter=optional_tuple)
    """Security groups of the link's network interfaces (L2 or `CfnSecurityGroup`). Default: none."""
    subnets: SubnetSelection | None = field(default=None, converter=_to_subnet_selection)
    """Subnets of the link. Default: the VPC's private subnets with egress."""
    vpc_link_name: str | None = None
    """The link's name. Default: the construct's unique id."""


@lazy_frozen(kw_only=True)
class VpcLinkAttributes(metaclass=LazyAttrsMeta):
    """What identifies an existing VPC link."""

    vpc_link_id: str
    vpc: IVpc


class _ImportedVpcLink(Resource):
    def __init__(self, scope: Construct, id: str, attributes: VpcLinkAttributes) -> None:
        super().__init__(scope, id)
        self.vpc_link_id = attributes.vpc_link_id
        self.vpc = attributes.vpc

    @property
    def vpc_link_ref(self) -> VpcLinkReference:
        """A reference to this VPC link (`VpcLinkReference`)."""
        return VpcLinkReference(vpc_link_id=self.vpc_link_id)


class _RequiresSubnets:
    def __init__(self, link: VpcLink) -> None:
        self._link = link

    def validate(self) -> list[str]:
        if self._link._subnets:
            return []
        return [
            "subnets is empty; a VPC link needs at least one subnet: pass subnets=... or call add_subnets()"
        ]


class VpcLink(Resource):
    """A VPC link of HTTP APIs (`AWS::ApiGatewayV2::VpcLink`)."""

    PROPERTY_INJECTION_ID: ClassVar[str] = "aws-cdk-lib.aws-apigatewayv2.VpcLink"
    """aws_cdk's id of the class for property injection (which this package does not do)."""

    @property
    def vpc_link_ref(self) -> VpcLinkReference:
        """A reference to this VPC link (`VpcLinkReference`)."""
        return VpcLinkReference(vpc_link_id=self.vpc_link_id)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        security_groups: Sequence[ISecurityGroupRef] | None = None,
        subnets: SubnetSelection | Mapping[str, Any] | None = None,
        vpc_link_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = VpcLinkProps(
            vpc=vpc, security_groups=security_groups, subnets=subnets, vpc_link_name=vpc_link_name
        )
        self.vpc = props.vpc
        self._subnets: list[ISubnet] = []
        self._security_groups: list[ISecurityGroupRef] = []
        resource = CfnVpcLink(
            self,
            "Resource",
            name=props.vpc_link_name or Names.unique_id(self),
            subnet_ids=Lazy.list(lambda: [subnet.subnet_id for subnet in self._subnets]),
            security_group_ids=Lazy.list(
                lambda: [group.security_group_ref.security_group_id for group in self._security_groups]
            ),
        )
        self.vpc_link_id: str = resource.ref
        selection = props.subnets or SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS)
        self.add_subnets(*props.vpc.select_subnets(**as_dict(selection)).subnets)
        if props.security_groups:
            self.add_security_groups(*props.security_groups)
        self.node.add_validation(_RequiresSubnets(self))

    @staticmethod
    def from_vpc_link_attributes(scope: Construct, id: str, *, vpc_link_id: str, vpc: IVpc) -> IVpcLink:
        """An existing VPC link."""
        return _ImportedVpcLink(scope, id, VpcLinkAttributes(vpc_link_id=vpc_link_id, vpc=vpc))

    def add_subnets(self, *subnets: ISubnet) -> None:
        """Add subnets (rendered at synth, so later additions count)."""
        self._subnets.extend(subnets)

    def add_security_groups(self, *groups: ISecurityGroupRef) -> None:
        """Add security groups (rendered at synth, so later additions count)."""
        self._security_groups.extend(groups)
