"""The metric methods of functions, versions and aliases, and the account-wide Function.metric_all*."""

from __future__ import annotations

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cloudwatch import Metric
from apigwv2_integrations.aws_lambda import Code, Function, Runtime


def _function(stack: Stack) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(e, c): pass"),
    )


def test_function_metrics_use_the_function_name_and_aws_cdk_statistics(stack: Stack) -> None:
    fn = _function(stack)
    metrics = [fn.metric_errors(), fn.metric_invocations(), fn.metric_throttles(), fn.metric_duration()]
    assert [(m.metric_name, m.statistic) for m in metrics] == [
        ("Errors", "Sum"),
        ("Invocations", "Sum"),
        ("Throttles", "Sum"),
        ("Duration", "Average"),
    ]
    assert stack.resolve(metrics[0].dimensions) == {"FunctionName": {"Ref": "Fn9270CBC0"}}


def test_function_metric_options_override_the_defaults(stack: Stack) -> None:
    metric = _function(stack).metric_errors(statistic="Maximum", period=Duration.minutes(1), label="errors")
    assert (metric.statistic, metric.period, metric.label) == ("Maximum", Duration.minutes(1), "errors")


def test_alias_metrics_add_the_resource_dimension(stack: Stack) -> None:
    fn = _function(stack)
    alias = fn.add_alias("live")
    assert stack.resolve(alias.metric_invocations().dimensions) == {
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "Resource": {"Fn::Join": ["", [{"Ref": "Fn9270CBC0"}, ":live"]]},
    }


def test_metric_all_has_no_dimensions() -> None:
    metric = Function.metric_all_concurrent_executions()
    assert isinstance(metric, Metric)
    assert (metric.metric_name, metric.statistic, metric.dimensions) == (
        "ConcurrentExecutions",
        "Maximum",
        None,
    )
