"""InstanceIdTarget: registers an EC2 instance by id, with an optional port."""

from __future__ import annotations

from apigwv2_integrations.aws_elasticloadbalancingv2 import TargetType
from apigwv2_integrations.aws_elasticloadbalancingv2_targets import InstanceIdTarget


def test_instance_target_makes_the_group_an_instance_group() -> None:
    props = InstanceIdTarget("i-1").attach_to_application_target_group(None)
    assert props.target_type == TargetType.INSTANCE
    assert props.target_json == {"id": "i-1", "port": None}
