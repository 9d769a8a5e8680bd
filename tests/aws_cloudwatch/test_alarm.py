"""Alarm and Dashboard: rendering of metrics, expressions, actions and widgets, and their errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_cloudwatch import (
    Alarm,
    AlarmActionConfig,
    Column,
    ComparisonOperator,
    CustomWidget,
    Dashboard,
    GaugeWidget,
    GraphWidget,
    GraphWidgetView,
    HorizontalAnnotation,
    MathExpression,
    Metric,
    Row,
    SearchExpression,
    SingleValueWidget,
    TextWidget,
    TreatMissingData,
)
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Topic:
    def bind(self, scope: Construct, alarm: Any) -> AlarmActionConfig:
        return AlarmActionConfig(alarm_action_arn="arn:aws:sns:us-east-1:111111111111:ops")


def _alarm_properties(template: dict[str, Any]) -> dict[str, Any]:
    (alarm,) = resources_of_type(template, "AWS::CloudWatch::Alarm").values()
    return dict(alarm["Properties"])


def test_alarm_on_a_metric_renders_its_fields(stack: Stack, template: Render) -> None:
    metric = Metric(namespace="Books", metric_name="Orders", dimensions_map={"Shop": "a"}, statistic="p90")
    alarm = Alarm(stack, "Alarm", metric=metric, threshold=3, evaluation_periods=2)
    alarm.add_alarm_action(_Topic())
    assert _alarm_properties(template(stack)) == {
        "AlarmActions": ["arn:aws:sns:us-east-1:111111111111:ops"],
        "ComparisonOperator": "GreaterThanOrEqualToThreshold",
        "Dimensions": [{"Name": "Shop", "Value": "a"}],
        "EvaluationPeriods": 2,
        "ExtendedStatistic": "p90",
        "MetricName": "Orders",
        "Namespace": "Books",
        "Period": 300,
        "Threshold": 3,
    }


def test_alarm_on_a_labelled_metric_uses_a_metric_query(stack: Stack, template: Render) -> None:
    Alarm(
        stack,
        "Alarm",
        metric=Metric(namespace="A", metric_name="B", label="Bees"),
        threshold=1,
        evaluation_periods=1,
    )
    assert _alarm_properties(template(stack))["Metrics"] == [
        {
            "Id": "m1",
            "Label": "Bees",
            "MetricStat": {"Metric": {"MetricName": "B", "Namespace": "A"}, "Period": 300, "Stat": "Average"},
            "ReturnData": True,
        }
    ]


def test_alarm_annotation_describes_the_threshold(stack: Stack) -> None:
    alarm = Alarm(
        stack,
        "Alarm",
        metric=Metric(namespace="A", metric_name="Errors", period=Duration.minutes(1)),
        threshold=5,
        evaluation_periods=3,
        comparison_operator=ComparisonOperator.GREATER_THAN_THRESHOLD,
    )
    assert alarm.to_annotation() == {"label": "Errors > 5 for 3 datapoints within 3 minutes", "value": 5}


def test_imported_alarm_takes_its_name_from_the_arn(stack: Stack) -> None:
    alarm = Alarm.from_alarm_arn(
        stack, "Imported", "arn:aws:cloudwatch:us-east-1:111111111111:alarm:high-cpu"
    )
    assert (alarm.alarm_name, alarm.render_alarm_rule()) == (
        "high-cpu",
        'ALARM("arn:aws:cloudwatch:us-east-1:111111111111:alarm:high-cpu")',
    )


def test_imported_alarm_needs_an_arn_with_a_name(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Alarm.from_alarm_arn(stack, "Imported", "arn:aws:sns:us-east-1:111111111111:alerts")
    assert str(error.value) == (
        "Test/Imported: alarm_arn='arn:aws:sns:us-east-1:111111111111:alerts' names no alarm; use an ARN like "
        "'arn:aws:cloudwatch:<region>:<account>:alarm:<alarm name>'"
    )


def test_alarm_rejects_an_anomaly_operator_on_a_plain_metric(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Alarm(
            stack,
            "Alarm",
            metric=Metric(namespace="A", metric_name="B"),
            threshold=0,
            evaluation_periods=1,
            comparison_operator=ComparisonOperator.LESS_THAN_LOWER_THRESHOLD,
        )
    assert str(error.value) == (
        "Test/Alarm: comparison_operator=ComparisonOperator.LESS_THAN_LOWER_THRESHOLD needs an "
        "ANOMALY_DETECTION_BAND() metric; use AnomalyDetectionAlarm or wrap the metric in "
        "Metric.anomaly_detection_for(...)"
    )


def test_alarm_rejects_a_fixed_operator_on_an_anomaly_band(stack: Stack) -> None:
    band = Metric.anomaly_detection_for(metric=Metric(namespace="A", metric_name="B"))
    with pytest.raises(ValidationError) as error:
        Alarm(stack, "Alarm", metric=band, threshold=0, evaluation_periods=1)
    assert str(error.value) == (
        "Test/Alarm: comparison_operator=ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD is a fixed "
        "threshold operator, which cannot watch an ANOMALY_DETECTION_BAND() expression; use an anomaly "
        "detection operator"
    )


@pytest.mark.parametrize(("threshold", "warns"), [(5, True), (Alarm.ANOMALY_DETECTION_NO_THRESHOLD, False)])
def test_anomaly_alarm_warns_that_a_threshold_is_unused(stack: Stack, threshold: float, warns: bool) -> None:
    band = Metric.anomaly_detection_for(metric=Metric(namespace="A", metric_name="B"))
    Alarm(
        stack,
        "Alarm",
        metric=band,
        threshold=threshold,
        evaluation_periods=1,
        comparison_operator=ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
    )
    warnings = Annotations.from_stack(stack).find_warning("/Test/Alarm", Match.any_value())
    assert [w.entry.data for w in warnings] == (
        [
            "threshold is unused for anomaly detection alarms. Use 'Alarm.ANOMALY_DETECTION_NO_THRESHOLD' or "
            "use the AnomalyDetectionAlarm construct. "
            "[ack: aws-cdk-lib/aws-cloudwatch:thresholdIgnoredForAnomalyDetection]"
        ]
        if warns
        else []
    )


def test_alarm_rejects_a_metric_of_another_region(stack: Stack) -> None:
    env_stack = Stack(stack.node.root, "Env", env={"region": "eu-west-1"})
    with pytest.raises(ValidationError) as error:
        Alarm(
            env_stack,
            "Alarm",
            metric=Metric(namespace="A", metric_name="B", region="us-east-1"),
            threshold=1,
            evaluation_periods=1,
        )
    assert str(error.value) == (
        "Env/Alarm: metric=B is in region 'us-east-1' but the alarm's stack is in 'eu-west-1'; "
        "create the alarm in a stack of the metric's region"
    )


def test_alarm_rejects_a_math_expression_with_more_than_ten_metrics(stack: Stack) -> None:
    metrics = {f"m{i}": Metric(namespace="A", metric_name=f"B{i}") for i in range(11)}
    expression = MathExpression(expression=" + ".join(metrics), using_metrics=metrics)
    with pytest.raises(ValidationError) as error:
        Alarm(stack, "Alarm", metric=expression, threshold=1, evaluation_periods=1)
    assert (
        str(error.value) == "Test/Alarm: metric uses 11 metrics; alarms on math expressions take at most 10"
    )


def test_graph_widget_rejects_labels_outside_a_pie() -> None:
    with pytest.raises(ValidationError) as error:
        GraphWidget(display_labels_on_chart=True)
    assert str(error.value) == (
        "display_labels_on_chart=True needs view=GraphWidgetView.PIE; set the view or drop the labels"
    )


def test_widgets_reject_end_without_start_and_too_wide_widgets() -> None:
    with pytest.raises(ValidationError) as error:
        SingleValueWidget(metrics=[], end="2024-01-01T00:00:00Z")
    assert str(error.value) == "end='2024-01-01T00:00:00Z' is given without start; give start too"
    with pytest.raises(ValidationError) as error:
        TextWidget(markdown="x", width=25)
    assert str(error.value) == "width=25 is too wide; use at most 24 grid units"


def test_row_wraps_at_the_grid_width() -> None:
    row = Row(TextWidget(markdown="a", width=20), TextWidget(markdown="b", width=10))
    row.position(0, 0)
    assert [(w["x"], w["y"]) for w in row.to_json()] == [(0, 0), (0, 2)]
    assert (row.width, row.height) == (20, 4)


def test_alarms_and_dashboard_template(
    stack: Stack, template: Render, snapshot_json: SnapshotAssertion
) -> None:
    errors = Metric(
        namespace="AWS/Lambda",
        metric_name="Errors",
        statistic="Sum",
        dimensions_map={"FunctionName": "books"},
    )
    invocations = errors.with_(dimensions_map={"FunctionName": "books"}, label="Invocations")
    rate = MathExpression(
        expression="100 * errors / calls", using_metrics={"errors": errors, "calls": invocations}
    )
    rate.create_alarm(
        stack,
        "ErrorRate",
        threshold=5,
        evaluation_periods=3,
        datapoints_to_alarm=2,
        treat_missing_data=TreatMissingData.NOT_BREACHING,
        alarm_description="errors above 5%",
    )
    errors.create_alarm(
        stack, "Errors", threshold=1, evaluation_periods=1, actions_enabled=False
    ).add_ok_action(_Topic())
    dashboard = Dashboard(stack, "Dashboard", dashboard_name="books", start="-P7D")
    dashboard.add_widgets(TextWidget(markdown="# Books", width=24, height=1))
    dashboard.add_widgets(
        GraphWidget(
            title="Errors",
            left=[errors],
            right=[rate],
            left_annotations=[HorizontalAnnotation(value=1, label="limit")],
            view=GraphWidgetView.BAR,
            period=Duration.minutes(1),
        ),
        Column(SingleValueWidget(metrics=[rate], sparkline=True), TextWidget(markdown="note")),
    )
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    assert rendered == snapshot_json


def test_search_expression_renders_in_graphs_only(stack: Stack, template: Render) -> None:
    search = SearchExpression(
        expression="SEARCH('{AWS/Lambda,FunctionName} Errors', 'Sum', 60)", label="errors"
    )
    assert search.to_metric_config().search_expression is not None
    assert str(search) == "errors"
    with pytest.raises(ValidationError) as error:
        Alarm(stack, "Alarm", metric=search, threshold=1, evaluation_periods=1)
    assert str(error.value) == (
        "Test/Alarm: metric is a search expression, which alarms cannot watch; use search expressions "
        "only in dashboard graphs"
    )


def test_gauge_and_custom_widgets_render_their_properties(stack: Stack) -> None:
    gauge = GaugeWidget(
        metrics=[Metric(namespace="A", metric_name="Cpu")], left_y_axis={"max": 50, "label": "pct"}
    )
    custom = CustomWidget(
        function_arn="arn:aws:lambda:us-east-1:1:function:f", title="c", update_on_resize=False
    )
    gauge.position(0, 0)
    custom.position(6, 0)
    (gauge_json,) = stack.resolve(gauge.to_json())
    (custom_json,) = stack.resolve(custom.to_json())
    assert gauge_json["properties"]["yAxis"] == {"left": {"min": 0, "max": 50, "label": "pct"}}
    assert custom_json["properties"] == {
        "endpoint": "arn:aws:lambda:us-east-1:1:function:f",
        "title": "c",
        "updateOn": {"refresh": True, "resize": False, "timeRange": True},
    }
