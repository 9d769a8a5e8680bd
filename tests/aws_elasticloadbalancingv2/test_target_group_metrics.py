"""Target group metrics: dimensions from the first listener's load balancer, and the unattached group."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    ApplicationTargetGroup,
    HttpCodeTarget,
    IApplicationTargetGroupMetrics,
    INetworkTargetGroupMetrics,
    NetworkLoadBalancer,
    NetworkTargetGroup,
)


def test_metrics_carry_the_group_and_its_first_load_balancer(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    group = ApplicationTargetGroup(stack, "Group", vpc=vpc, port=80)
    ApplicationLoadBalancer(stack, "Alb", vpc=vpc).add_listener("L", port=80, default_target_groups=[group])
    assert isinstance(group.metrics, IApplicationTargetGroupMetrics)
    metric = group.metrics.http_code_target(HttpCodeTarget.TARGET_5XX_COUNT)
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/ApplicationELB",
        "HTTPCode_Target_5XX_Count",
        "Sum",
    )
    dimensions = stack.resolve(metric.dimensions)
    listener_arn = {"Ref": "AlbLF92E056F"}
    assert dimensions["TargetGroup"] == {"Fn::GetAtt": ["GroupC77FDACD", "TargetGroupFullName"]}
    assert dimensions["LoadBalancer"] == {
        "Fn::Join": [
            "",
            [
                {"Fn::Select": [1, {"Fn::Split": ["/", listener_arn]}]},
                "/",
                {"Fn::Select": [2, {"Fn::Split": ["/", listener_arn]}]},
                "/",
                {"Fn::Select": [3, {"Fn::Split": ["/", listener_arn]}]},
            ],
        ]
    }
    # The deprecated metric* methods read the same metrics.
    assert stack.resolve(group.metric_target_response_time().dimensions) == dimensions
    assert group.metric_target_response_time().statistic == "Average"


def test_network_group_metrics(stack: Stack) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    group = NetworkTargetGroup(stack, "Group", vpc=vpc, port=80)
    NetworkLoadBalancer(stack, "Nlb", vpc=vpc).add_listener("L", port=80, default_target_groups=[group])
    assert isinstance(group.metrics, INetworkTargetGroupMetrics)
    metric = group.metric_un_healthy_host_count()
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/NetworkELB",
        "UnHealthyHostCount",
        "Average",
    )


def test_a_group_without_a_load_balancer_has_no_metrics_yet(stack: Stack) -> None:
    group = ApplicationTargetGroup(stack, "Group", vpc=Vpc(stack, "Vpc", max_azs=2, nat_gateways=0), port=80)
    with pytest.raises(
        ValidationError, match=r"^Test/Group: the target group is not attached to a load balancer"
    ):
        group.metrics.request_count()
    with pytest.raises(ValidationError, match=r"not attached to a load balancer"):
        _ = group.first_load_balancer_full_name
