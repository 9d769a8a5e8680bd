"""InstanceTarget: registers an EC2 instance (anything with an `instance_id`) by its id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import CfnInstance, Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import ApplicationTargetGroup, NetworkTargetGroup
from apigwv2_integrations.aws_elasticloadbalancingv2_targets import InstanceIdTarget, InstanceTarget
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Instance:
    """Stands for an `aws_ec2.Instance`: InstanceTarget reads only its id."""

    def __init__(self, resource: CfnInstance) -> None:
        self.instance_id = resource.ref


def test_instance_target_registers_the_instance_id_in_both_kinds_of_group(
    stack: Stack, template: Render
) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    instance = _Instance(CfnInstance(stack, "Instance", image_id="ami-12345678"))
    ApplicationTargetGroup(stack, "Alb", vpc=vpc, port=80, targets=[InstanceTarget(instance, 8080)])
    NetworkTargetGroup(stack, "Nlb", vpc=vpc, port=80, targets=[InstanceTarget(instance)])
    groups = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::TargetGroup")
    assert groups["Alb16C2F182"]["Properties"]["TargetType"] == "instance"
    assert groups["Alb16C2F182"]["Properties"]["Targets"] == [{"Id": {"Ref": "Instance"}, "Port": 8080}]
    assert groups["NlbBCDB97FE"]["Properties"]["Targets"] == [{"Id": {"Ref": "Instance"}}]


def test_instance_target_is_an_instance_id_target(stack: Stack) -> None:
    instance = _Instance(CfnInstance(stack, "Instance", image_id="ami-12345678"))
    target = InstanceTarget(instance, 80)
    assert isinstance(target, InstanceIdTarget)
    assert target.port == 80
