"""Metric and MathExpression: defaults, statistics, `with_`, configs, and the errors of bad input."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cloudwatch import MathExpression, Metric, Stats, Unit
from apigwv2_integrations.core.errors import ValidationError


def test_metric_defaults_to_average_over_five_minutes() -> None:
    metric = Metric(namespace="Books", metric_name="Orders")
    assert (metric.statistic, metric.period, metric.dimensions, metric.to_string()) == (
        "Average",
        Duration.minutes(5),
        None,
        "Orders",
    )


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("sum", "Sum"),
        ("avg", "Average"),
        ("n", "SampleCount"),
        ("P99", "p99"),
        ("tm(10%:90%)", "TM(10%:90%)"),
    ],
)
def test_metric_normalizes_statistics(given: str, stored: str) -> None:
    assert Metric(namespace="A", metric_name="B", statistic=given).statistic == stored


def test_stats_builds_percentile_and_trimmed_statistics() -> None:
    assert (Stats.p(99.9), Stats.tm(10, 90), Stats.pr(100), Stats.ts(95)) == (
        "p99.9",
        "TM(10%:90%)",
        "PR(:100)",
        "ts95",
    )


def test_stats_rejects_a_percentage_above_100() -> None:
    with pytest.raises(ValidationError) as error:
        Stats.p(101)
    assert str(error.value) == "percentile=101 is out of range; use a percentage from 0 to 100"


def test_unrecognized_statistic_is_kept_with_a_warning() -> None:
    metric = Metric(namespace="A", metric_name="B", statistic="median")
    assert metric.statistic == "median"
    assert list(metric.warnings_v2 or {}) == ["CloudWatch:Alarm:UnrecognizedStatistic"]


def test_with_returns_the_same_metric_when_nothing_changes() -> None:
    metric = Metric(namespace="A", metric_name="B", statistic="Sum")
    assert metric.with_(statistic="Sum", period=Duration.seconds(300)) is metric
    changed = metric.with_(label="Orders", unit=Unit.COUNT)
    assert (changed.label, changed.unit, changed.statistic) == ("Orders", Unit.COUNT, "Sum")


def test_to_metric_config_sorts_dimensions() -> None:
    config = Metric(namespace="A", metric_name="B", dimensions_map={"Z": "1", "A": "2"}).to_metric_config()
    assert config.metric_stat is not None
    assert [(d.name, d.value) for d in config.metric_stat.dimensions or []] == [("A", "2"), ("Z", "1")]


def test_attach_to_takes_a_literal_stack_environment(stack: Stack) -> None:
    env_stack = Stack(stack.node.root, "Env", env={"account": "111111111111", "region": "eu-west-1"})
    metric = Metric(namespace="A", metric_name="B").attach_to(env_stack)
    assert (metric.account, metric.region) == ("111111111111", "eu-west-1")
    assert Metric(namespace="A", metric_name="B").attach_to(stack).region is None


def test_metric_rejects_a_period_that_is_not_a_metric_period() -> None:
    with pytest.raises(ValidationError) as error:
        Metric(namespace="A", metric_name="B", period=Duration.seconds(45))
    assert str(error.value) == (
        "period=Duration.seconds(45) is not a metric period; use 1, 5, 10 or 30 seconds or a multiple of 60 seconds"
    )


def test_metric_rejects_a_dimension_without_a_value() -> None:
    with pytest.raises(ValidationError) as error:
        Metric(namespace="A", metric_name="B", dimensions_map={"Queue": None})  # type: ignore[dict-item]
    assert str(error.value) == "dimensions_map['Queue']=None has no value; give every dimension a value"


def test_metric_rejects_a_dimension_value_that_is_not_a_string() -> None:
    with pytest.raises(TypeError) as error:
        Metric(namespace="AWS/SQS", metric_name="NumberOfMessagesSent", dimensions_map={"Port": 8080})
    assert str(error.value) == "dimensions_map['Port']=8080 is not a str; use a str, e.g. '8080'"


def test_metric_rejects_more_than_30_dimensions() -> None:
    with pytest.raises(ValidationError) as error:
        Metric(namespace="A", metric_name="B", dimensions_map={f"D{i}": "x" for i in range(31)})
    assert str(error.value) == "dimensions_map has 31 dimensions; use at most 30"


def test_math_expression_sets_the_period_of_its_metrics_and_warns_when_it_overrides_one() -> None:
    errors = Metric(namespace="A", metric_name="Errors", period=Duration.minutes(1))
    expression = MathExpression(
        expression="errors * 2", using_metrics={"errors": errors}, period=Duration.hours(1)
    )
    assert expression.using_metrics["errors"].to_metric_config().metric_stat.period == Duration.hours(1)  # type: ignore[union-attr]
    assert list(expression.warnings_v2 or {}) == ["CloudWatch:Math:MetricsPeriodsOverridden"]


def test_math_expression_warns_about_unknown_identifiers() -> None:
    expression = MathExpression(
        expression="a + b", using_metrics={"a": Metric(namespace="A", metric_name="B")}
    )
    assert (expression.warnings_v2 or {})["CloudWatch:Math:UnknownIdentifier"] == (
        "Math expression 'a + b' references unknown identifiers: b. Please add them to the 'usingMetrics' map."
    )


def test_math_expression_rejects_an_identifier_with_a_capital_first_letter() -> None:
    with pytest.raises(ValidationError) as error:
        MathExpression(expression="Errors", using_metrics={"Errors": Metric(namespace="A", metric_name="B")})
    assert str(error.value) == (
        "using_metrics has invalid identifiers ['Errors']; start each with a lowercase letter "
        "and use only letters, digits and underscores"
    )


def test_math_expression_rejects_one_id_for_two_metrics() -> None:
    inner = MathExpression(expression="m * 2", using_metrics={"m": Metric(namespace="A", metric_name="One")})
    with pytest.raises(ValidationError) as error:
        MathExpression(
            expression="x + m", using_metrics={"x": inner, "m": Metric(namespace="A", metric_name="Two")}
        )
    assert str(error.value) == (
        "using_metrics uses the id 'm' for two different metrics, Two and One; rename one of them"
    )


def test_statistic_numbers_are_written_as_aws_cdk_lib_writes_them() -> None:
    assert (Stats.percentile(99), Stats.percentile(99.9), Stats.percentile_rank(1e21)) == (
        "p99",
        "p99.9",
        "PR(:1e+21)",
    )
