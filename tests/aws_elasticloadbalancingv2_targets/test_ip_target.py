"""IpTarget: registers an IP address, with optional port and availability zone."""

from __future__ import annotations

from apigwv2_integrations.aws_elasticloadbalancingv2 import TargetType
from apigwv2_integrations.aws_elasticloadbalancingv2_targets import IpTarget


def test_ip_target_makes_the_group_an_ip_group() -> None:
    props = IpTarget("10.0.0.1", 80, "us-east-1a").attach_to_network_target_group(None)
    assert props.target_type == TargetType.IP
    assert props.target_json == {"id": "10.0.0.1", "port": 80, "availability_zone": "us-east-1a"}
