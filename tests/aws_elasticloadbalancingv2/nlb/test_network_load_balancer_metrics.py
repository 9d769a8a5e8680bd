"""The metric methods of network load balancers."""

from __future__ import annotations

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import NetworkLoadBalancer

FULL_NAME = {"Fn::GetAtt": ["LB8A12904C", "LoadBalancerFullName"]}


def test_network_load_balancer_metrics(stack: Stack) -> None:
    lb = NetworkLoadBalancer(stack, "LB", vpc=Vpc(stack, "Vpc"))
    metrics = [lb.metric_active_flow_count(), lb.metric_tcp_client_reset_count(), lb.metric_consumed_lc_us()]
    assert [(m.namespace, m.metric_name, m.statistic) for m in metrics] == [
        ("AWS/NetworkELB", "ActiveFlowCount", "Average"),
        ("AWS/NetworkELB", "TCP_Client_Reset_Count", "Sum"),
        ("AWS/NetworkELB", "ConsumedLCUs", "Sum"),
    ]
    assert stack.resolve(lb.metric("PeakPacketsPerSecond").dimensions) == {"LoadBalancer": FULL_NAME}


def test_custom_metrics_are_attached_to_the_load_balancers_stack(app: App) -> None:
    stack = Stack(app, "Test", env=Environment(account="123456789012", region="eu-west-2"))
    lb = NetworkLoadBalancer(stack, "LB", vpc=Vpc(stack, "Vpc"))
    custom = lb.metrics.custom("PeakPacketsPerSecond")
    assert (custom.namespace, custom.statistic) == ("AWS/NetworkELB", "Average")
    assert (custom.region, custom.account) == ("eu-west-2", "123456789012")
