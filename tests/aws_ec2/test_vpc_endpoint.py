"""Gateway endpoints: route tables of the selected subnets and the service name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import (
    GatewayVpcEndpointAwsService,
    SubnetSelection,
    SubnetType,
    Vpc,
    VpcEndpointDnsRecordIpType,
    VpcEndpointIpAddressType,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def test_gateway_endpoint_routes_selected_subnets(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    vpc.add_gateway_endpoint(
        "Dynamo",
        service=GatewayVpcEndpointAwsService.DYNAMODB,
        subnets=[SubnetSelection(subnet_type=SubnetType.PUBLIC)],
    )
    properties = template(stack)["Resources"]["VpcDynamo993D9CE4"]["Properties"]
    assert (properties["RouteTableIds"], properties["ServiceName"], properties["VpcEndpointType"]) == (
        [{"Ref": "VpcPublicSubnet1RouteTable6C95E38E"}],
        {"Fn::Join": ["", ["com.amazonaws.", {"Ref": "AWS::Region"}, ".dynamodb"]]},
        "Gateway",
    )


def test_gateway_endpoint_needs_route_tables(stack: Stack) -> None:
    vpc = Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-1", availability_zones=["a"], public_subnet_ids=["s1"]
    )
    with pytest.raises(ValidationError) as caught:
        vpc.add_gateway_endpoint("S3", service=GatewayVpcEndpointAwsService.S3)
    assert str(caught.value) == (
        "Test/Vpc/S3: the selected subnets have no known route tables, so the endpoint has nothing to route; "
        "import the VPC's subnets with their route table ids"
    )


def test_gateway_endpoint_renders_dns_record_and_ip_address_types(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1)
    vpc.add_gateway_endpoint(
        "S3",
        service=GatewayVpcEndpointAwsService.S3,
        dns_record_ip_type=VpcEndpointDnsRecordIpType.DUALSTACK,
        ip_address_type=VpcEndpointIpAddressType.IPV4,
    )
    endpoints = resources_of_type(template(stack), "AWS::EC2::VPCEndpoint")
    assert [
        (e["Properties"]["DnsOptions"], e["Properties"]["IpAddressType"]) for e in endpoints.values()
    ] == [({"DnsRecordIpType": "dualstack"}, "ipv4")]
