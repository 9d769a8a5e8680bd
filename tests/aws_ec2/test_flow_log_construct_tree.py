"""VPC flow logs in the construct tree: default child, rule acknowledgments, order against bucket cleanup."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import RemovalPolicy, Stack
from apigwv2_integrations.aws_ec2 import FlowLog, FlowLogDestination, FlowLogResourceType
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.cfn.aws_ec2 import CfnFlowLog
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

ENI = FlowLogResourceType.from_network_interface_id("eni-0123abcd")
CASE_REASON = (
    "AWS::EC2::FlowLog DestinationOptions accepts properties in camelCase, even they are listed as "
    "PascalCase in the spec"
)


def test_flow_log_default_child_is_its_cfn_flow_log(stack: Stack) -> None:
    flow_log = FlowLog(stack, "Log", resource_type=ENI)
    assert isinstance(flow_log.node.default_child, CfnFlowLog)
    assert flow_log.node.default_child.node.id == "FlowLog"


def test_flow_log_acknowledges_destination_option_rules_as_aws_cdk_lib(stack: Stack) -> None:
    flow_log = FlowLog(stack, "Log", resource_type=ENI)
    assert [(entry.type, entry.data) for entry in flow_log.node.metadata] == [
        ("aws:cdk:acknowledged-rules", {"CloudFormation-Validate::F3002": CASE_REASON}),
        ("aws:cdk:acknowledged-rules", {"CloudFormation-Validate::F3003": CASE_REASON}),
    ]


def test_flow_log_to_auto_deleted_bucket_waits_for_the_cleanup(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Logs", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
    FlowLog(stack, "Log", resource_type=ENI, destination=FlowLogDestination.to_s3(bucket))
    (flow_log,) = resources_of_type(template(stack), "AWS::EC2::FlowLog").values()
    assert flow_log["DependsOn"] == ["LogsAutoDeleteObjectsCustomResource5E3FFB0C", "LogsPolicy90DB40C9"]


def test_flow_log_to_kept_bucket_without_policy_has_no_dependency(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Logs")
    FlowLog(stack, "Log", resource_type=ENI, destination=FlowLogDestination.to_s3(bucket))
    (flow_log,) = resources_of_type(template(stack), "AWS::EC2::FlowLog").values()
    assert "DependsOn" not in flow_log
