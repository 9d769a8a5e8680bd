"""Members aws-cdk-lib has on every L1 class: props structs, type checks, inspect and legacy attributes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from apigwv2_integrations.aws_ec2 import CfnSubnet, CfnVPC, CfnVPCProps
from apigwv2_integrations.aws_events import CfnEventBus
from apigwv2_integrations.aws_servicediscovery import CfnService
from apigwv2_integrations.cfn.aws_cloudwatch import CfnAnomalyDetector
from apigwv2_integrations.cfn.aws_ec2 import CfnTransitGatewayPeeringAttachment
from apigwv2_integrations.cfn.aws_route53 import CfnHealthCheck
from apigwv2_integrations.core.stack import Stack


class _Inspector:
    def __init__(self) -> None:
        self.attributes: dict[str, Any] = {}

    def add_attribute(self, key: str, value: Any) -> None:
        self.attributes[key] = value


def test_props_struct_holds_the_constructor_keywords() -> None:
    props = CfnVPCProps(cidr_block="10.0.0.0/16", enable_dns_support=True)
    assert (props.cidr_block, props.enable_dns_support, props.instance_tenancy) == ("10.0.0.0/16", True, None)
    assert "vpc_encryption_control" in {f.name for f in attrs.fields(CfnVPCProps)}


def test_type_check_compares_the_resource_type(stack: Stack) -> None:
    vpc = CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16")
    assert CfnVPC.is_cfn_vpc(vpc)
    assert not CfnSubnet.is_cfn_subnet(vpc)
    assert not CfnVPC.is_cfn_vpc(stack)


def test_inspect_gives_the_type_and_the_properties_set(stack: Stack) -> None:
    inspector = _Inspector()
    CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16").inspect(inspector)
    assert inspector.attributes == {
        "aws:cdk:cloudformation:type": "AWS::EC2::VPC",
        "aws:cdk:cloudformation:props": {"CidrBlock": "10.0.0.0/16"},
    }


def test_attributes_that_share_a_name_with_a_property_are_get_atts(stack: Stack) -> None:
    vpc = CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16")
    service = CfnService(stack, "Service", name="svc")
    bus = CfnEventBus(stack, "Bus", name="bus")
    assert stack.resolve(vpc.attr_cidr_block) == {"Fn::GetAtt": ["Vpc", "CidrBlock"]}
    assert stack.resolve(service.attr_name) == {"Fn::GetAtt": ["Service", "Name"]}
    assert stack.resolve(bus.attr_policy) == {"Fn::GetAtt": ["Bus", "Policy"]}


def test_renamed_and_nested_legacy_attributes_use_their_get_att_names(stack: Stack) -> None:
    detector = CfnAnomalyDetector(stack, "Detector")
    attachment = CfnTransitGatewayPeeringAttachment(
        stack,
        "Peering",
        peer_account_id="1",
        peer_region="us-east-1",
        peer_transit_gateway_id="tgw-1",
        transit_gateway_id="tgw-2",
    )
    assert stack.resolve(detector.attr_anomaly_detector_id) == {"Fn::GetAtt": ["Detector", "Id"]}
    assert stack.resolve(detector.attr_id) == {"Fn::GetAtt": ["Detector", "Id"]}
    assert stack.resolve(attachment.attr_status_code) == {"Fn::GetAtt": ["Peering", "Status.Code"]}


def test_tag_manager_v2_resources_expose_cdk_tag_manager_and_their_tag_property(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    check = CfnHealthCheck(
        stack,
        "Check",
        health_check_config={"type": "TCP", "ip_address": "192.0.2.1", "port": 22},
        health_check_tags=[{"key": "team", "value": "a"}],
    )
    assert check.cdk_tag_manager is check.tags
    assert check.health_check_tags == [{"key": "team", "value": "a"}]
    rendered = template(stack)["Resources"]["Check"]["Properties"]["HealthCheckTags"]
    assert rendered == [{"Key": "team", "Value": "a"}]
    check.health_check_tags = [{"key": "team", "value": "b"}]
    assert check.health_check_tags_raw == [{"key": "team", "value": "b"}]
