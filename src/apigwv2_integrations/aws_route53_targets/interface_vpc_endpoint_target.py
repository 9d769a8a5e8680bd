"""Alias records to an interface VPC endpoint."""

from __future__ import annotations

from ..aws_ec2 import InterfaceVpcEndpoint
from ..aws_route53 import AliasRecordTargetConfig, IHostedZone, IRecordSet
from ..core.runtime_typing import TYPE_CHECKING
from ..core.tokens.fn import Fn

if TYPE_CHECKING:
    from typing import Any


class InterfaceVpcEndpointTarget:
    """An alias target to the first DNS entry of an interface VPC endpoint (its `Resource` child)."""

    def __init__(self, vpc_endpoint: InterfaceVpcEndpoint) -> None:
        self.vpc_endpoint = vpc_endpoint
        # The endpoint's CfnVPCEndpoint, whose DnsEntries attribute holds `<zone>:<name>` pairs.
        self._cfn_vpc_endpoint: Any = vpc_endpoint.node.find_child("Resource")

    def bind(self, _record: IRecordSet, _zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target: the zone ID and DNS name in the endpoint's first `<zone>:<name>` DNS entry."""
        first_entry = Fn.select(0, self._cfn_vpc_endpoint.attr_dns_entries)
        return AliasRecordTargetConfig(
            dns_name=Fn.select(1, Fn.split(":", first_entry)),
            hosted_zone_id=Fn.select(0, Fn.split(":", first_entry)),
        )
