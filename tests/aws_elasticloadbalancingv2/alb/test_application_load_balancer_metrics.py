"""The metric methods of application load balancers."""

from __future__ import annotations

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationLoadBalancer,
    HttpCodeElb,
    HttpCodeTarget,
)

FULL_NAME = {"Fn::GetAtt": ["LB8A12904C", "LoadBalancerFullName"]}


def test_application_load_balancer_metrics(stack: Stack) -> None:
    lb = ApplicationLoadBalancer(stack, "LB", vpc=Vpc(stack, "Vpc"))
    metrics = [
        lb.metric_http_code_elb(HttpCodeElb.ELB_5XX_COUNT),
        lb.metric_http_code_target(HttpCodeTarget.TARGET_4XX_COUNT, period=Duration.minutes(1)),
        lb.metric_target_response_time(),
        lb.metric_consumed_lc_us(),
        lb.metric_request_count(),
        lb.metric("Custom"),
    ]
    assert [(m.namespace, m.metric_name, m.statistic) for m in metrics] == [
        ("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "Sum"),
        ("AWS/ApplicationELB", "HTTPCode_Target_4XX_Count", "Sum"),
        ("AWS/ApplicationELB", "TargetResponseTime", "Average"),
        ("AWS/ApplicationELB", "ConsumedLCUs", "Sum"),
        ("AWS/ApplicationELB", "RequestCount", "Sum"),
        ("AWS/ApplicationELB", "Custom", "Average"),
    ]
    assert stack.resolve(metrics[0].dimensions) == {"LoadBalancer": FULL_NAME}
    assert lb.metrics is lb.metrics
