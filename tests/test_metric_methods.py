"""The `metric*` methods of every service take aws_cdk's metric option keywords, typed and checked."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_certificatemanager as acm
from apigwv2_integrations import aws_dynamodb as dynamodb
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.aws_cloudwatch.metric import (
    CommonMetricOptions,
    MetricOptions,
    metric_keywords,
    metric_options,
)
from apigwv2_integrations.core.errors import ArgumentTypeError

OPTION_NAMES = [field.name for field in attrs.fields(CommonMetricOptions)]


def test_metric_keywords_picks_the_options_out_of_a_methods_arguments() -> None:
    arguments = {"self": object(), "metric_name": "Errors", **dict.fromkeys(OPTION_NAMES), "label": "Errors"}
    assert metric_keywords(arguments) == {**dict.fromkeys(OPTION_NAMES), "label": "Errors"}


def test_metric_options_builds_the_struct_once() -> None:
    options = metric_options({**dict.fromkeys(OPTION_NAMES), "period": Duration.minutes(1), "extra": 1})
    assert options == MetricOptions(period=Duration.minutes(1))


def _metric_sources(stack: Stack) -> list[object]:
    vpc = ec2.Vpc(stack, "Vpc")
    function = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
    )
    log_group = logs.LogGroup(stack, "Logs")
    alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc)
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    group = elbv2.ApplicationTargetGroup(stack, "Group", vpc=vpc, port=80)
    alb.add_listener("Listener", port=80, default_target_groups=[group])
    network_group = elbv2.NetworkTargetGroup(stack, "NetworkGroup", vpc=vpc, port=80)
    nlb.add_listener("Listener", port=80, default_target_groups=[network_group])
    api = apigwv2.HttpApi(stack, "Api")
    return [
        function,
        lambda_.Function,
        sqs.Queue(stack, "Queue"),
        dynamodb.Table(
            stack, "Table", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING)
        ),
        dynamodb.TableV2(
            stack, "TableV2", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING)
        ),
        log_group,
        logs.MetricFilter(
            stack,
            "Filter",
            log_group=log_group,
            metric_namespace="Books",
            metric_name="Orders",
            filter_pattern=logs.FilterPattern.all_events(),
        ),
        alb,
        alb.metrics,
        nlb,
        nlb.metrics,
        group,
        group.metrics,
        network_group,
        network_group.metrics,
        api,
        api.default_stage,
        apigwv2.WebSocketApi(stack, "Socket"),
        acm.Certificate(stack, "Cert", domain_name="books.example.com"),
        sfn.Activity(stack, "Activity"),
        sfn.StateMachine(
            stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Start"))
        ),
    ]


def _metric_methods(source: object) -> list[Callable[..., Any]]:
    # A load balancer's or target group's `metrics` object names its metrics without the `metric_` prefix.
    is_metrics_object = type(source).__name__.endswith(("LoadBalancerMetrics", "TargetGroupMetrics"))
    names = [
        n
        for n in dir(source)
        if (not n.startswith("_") if is_metrics_object else n.startswith("metric") and n != "metrics")
    ]
    return [getattr(source, n) for n in names if callable(getattr(source, n))]


def _option_keywords(method: Callable[..., Any]) -> list[str]:
    parameters = inspect.signature(method).parameters
    return [
        name
        for name in OPTION_NAMES
        if name in parameters
        and parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
        and parameters[name].default is None
    ]


def test_every_metric_method_takes_the_option_keywords(stack: Stack) -> None:
    methods = [method for source in _metric_sources(stack) for method in _metric_methods(source)]
    assert len(methods) > 150
    assert [m.__qualname__ for m in methods if _option_keywords(m) != OPTION_NAMES] == []


@pytest.mark.parametrize(
    ("construct_id", "method", "keywords", "message"),
    [
        (
            "Fn",
            "metric_duration",
            {"period": "5"},
            "Test/Fn.metric_duration: period='5' is a str; use a Duration, e.g. Duration.seconds(5)",
        ),
        (
            "Table",
            "metric_consumed_read_capacity_units",
            {"period": "5"},
            "Test/Table.metric_consumed_read_capacity_units: period='5' is a str; use a Duration, "
            "e.g. Duration.seconds(5)",
        ),
        (
            "Queue",
            "metric_number_of_messages_sent",
            {"statistic": 3},
            "Test/Queue.metric_number_of_messages_sent: statistic=3 is an int; use a str",
        ),
    ],
)
def test_a_wrong_option_type_names_the_method_and_the_option(
    stack: Stack, construct_id: str, method: str, keywords: dict[str, Any], message: str
) -> None:
    _metric_sources(stack)
    source = stack.node.find_child(construct_id)
    with pytest.raises(ArgumentTypeError) as caught:
        getattr(source, method)(**keywords)
    assert str(caught.value) == message
