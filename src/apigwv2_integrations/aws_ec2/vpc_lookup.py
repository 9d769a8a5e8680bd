"""VpcLookupOptions: how `Vpc.from_lookup` finds a VPC, and the CLI's answer about it."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.construct import Construct
from ..core.context_provider import ContextProvider
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack, acknowledge_literal_availability_zones
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

VPC_PROVIDER = "vpc-provider"


def _dummy_group(name: str, subnets: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {
        "name": name,
        "type": name,
        "subnets": [
            {"subnetId": subnet, "availabilityZone": zone, "routeTableId": table, "cidr": "1.2.3.4/5"}
            for subnet, zone, table in subnets
        ],
    }


_DUMMY_PRIVATE = [("p-12345", "dummy1a", "rtb-12345p"), ("p-67890", "dummy1b", "rtb-57890p")]
# What aws-cdk-lib answers until the CLI has looked the VPC up: two AZs with public, private and
# isolated subnets (the isolated ones repeat the private ones, as in aws-cdk-lib).
DUMMY_VPC: dict[str, Any] = {
    "vpcId": "vpc-12345",
    "vpcCidrBlock": "1.2.3.4/5",
    "availabilityZones": ["dummy1a", "dummy1b"],
    "subnetGroups": [
        _dummy_group("Public", [("s-12345", "dummy1a", "rtb-12345s"), ("s-67890", "dummy1b", "rtb-67890s")]),
        _dummy_group("Private", _DUMMY_PRIVATE),
        _dummy_group("Isolated", _DUMMY_PRIVATE),
    ],
}
SUBNET_GROUP_TYPES = ("Public", "Private", "Isolated")


@lazy_frozen(kw_only=True)
class VpcLookupOptions(metaclass=LazyAttrsMeta):
    """How `Vpc.from_lookup` finds a VPC: every option given must match."""

    is_default: bool | None = None
    """Whether the VPC is the account's default VPC. Default: either."""
    owner_account_id: str | None = None
    """The account that owns the VPC (a shared VPC). Default: any."""
    region: str | None = None
    """The region to look in. Default: the stack's."""
    return_vpn_gateways: bool | None = None
    """Whether to look up the VPC's VPN gateway. Default: true (the CLI's default)."""
    subnet_group_name_tag: str | None = None
    """The subnet tag holding the subnet group name. Default: "aws-cdk:subnet-name"."""
    tags: Mapping[str, str] | None = None
    """Tags the VPC has. Default: none."""
    vpc_id: str | None = None
    """The VPC's id. Default: any."""
    vpc_name: str | None = None
    """The VPC's Name tag. Default: any."""


class LookedUpVpc:
    """The CLI's answer about a VPC (or aws-cdk-lib's dummy VPC until it has one)."""

    def __init__(self, response: Mapping[str, Any], is_dummy: bool) -> None:
        self.is_dummy = is_dummy
        self.vpc_id: str = response["vpcId"]
        self.vpc_cidr_block: str = response.get("vpcCidrBlock") or DUMMY_VPC["vpcCidrBlock"]
        self.vpn_gateway_id: str | None = response.get("vpnGatewayId")
        self.subnet_groups: list[tuple[str, str, list[Mapping[str, Any]]]] = [
            (group["name"], group["type"], list(group.get("subnets") or ()))
            for group in response.get("subnetGroups") or ()
        ]
        zones = response.get("availabilityZones") or sorted(
            {subnet["availabilityZone"] for _, _, subnets in self.subnet_groups for subnet in subnets}
        )
        self.availability_zones: list[str] = list(zones)


def lookup_vpc(scope: Construct, id: str, options: VpcLookupOptions) -> LookedUpVpc:
    """The VPC the options find, from context; aws-cdk-lib's dummy VPC until the CLI has looked it up."""
    values = [options.vpc_id, options.vpc_name, options.owner_account_id, options.region]
    values += list((options.tags or {}).keys()) + list((options.tags or {}).values())
    if any(value is not None and Token.is_unresolved(value) for value in values):
        raise ValidationError(
            scope,
            f"Vpc.from_lookup({id!r}) got a token; every argument of a lookup must be known at synth",
        )
    lookup_filter: dict[str, str] = {f"tag:{key}": value for key, value in (options.tags or {}).items()}
    if options.vpc_id is not None:
        lookup_filter["vpc-id"] = options.vpc_id
    if options.vpc_name is not None:
        lookup_filter["tag:Name"] = options.vpc_name
    if options.owner_account_id is not None:
        lookup_filter["owner-id"] = options.owner_account_id
    if options.is_default is not None:
        lookup_filter["isDefault"] = "true" if options.is_default else "false"
    props: dict[str, Any] = {}
    if options.region is not None:
        props["region"] = options.region
    props.update(filter=lookup_filter, returnAsymmetricSubnets=True)
    if options.return_vpn_gateways is not None:
        props["returnVpnGateways"] = options.return_vpn_gateways
    if options.subnet_group_name_tag is not None:
        props["subnetGroupNameTag"] = options.subnet_group_name_tag
    value = ContextProvider.get_value(scope, provider=VPC_PROVIDER, props=props, dummy_value=None).value
    acknowledge_literal_availability_zones(Stack.of(scope))
    if value is None:
        return LookedUpVpc(DUMMY_VPC, is_dummy=True)
    if not isinstance(value, Mapping) or not isinstance(value.get("vpcId"), str):
        raise ValidationError(
            scope,
            f"the context value of Vpc.from_lookup({id!r}) is not a VPC (it has no 'vpcId'); clear it from "
            "cdk.context.json so the CLI looks the VPC up again",
        )
    for group in value.get("subnetGroups") or ():
        if group.get("type") not in SUBNET_GROUP_TYPES:
            raise ValidationError(
                scope,
                f"the context value of Vpc.from_lookup({id!r}) has a subnet group of type "
                f"{group.get('type')!r}; the CLI answers {', '.join(SUBNET_GROUP_TYPES)}",
            )
    return LookedUpVpc(value, is_dummy=False)
