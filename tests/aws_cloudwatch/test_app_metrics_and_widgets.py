"""IMetric and IWidget objects that an app writes itself: a metric's configuration read as aws_cdk reads
it (a MetricConfig or a dict with camelCase keys at every level), and a widget's JSON as a list."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations import aws_cloudwatch as cw
from apigwv2_integrations.core.errors import ArgumentTypeError, SynthesisError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Metric:
    warnings = None
    warnings_v2 = None

    def __init__(self, config: Any) -> None:
        self.config = config

    def to_metric_config(self) -> Any:
        return self.config


_STAT_DICT = {
    "metricStat": {
        "namespace": "N",
        "metricName": "M",
        "period": Duration.minutes(5),
        "statistic": "Sum",
        "dimensions": [{"name": "A", "value": "B"}],
    },
    "renderingProperties": {"label": "DictLbl"},
}


def test_alarm_on_a_metric_returning_a_camel_case_dict(stack: Stack, template: Render) -> None:
    cw.Alarm(stack, "A", metric=_Metric(_STAT_DICT), threshold=1, evaluation_periods=1)
    (alarm,) = resources_of_type(template(stack), "AWS::CloudWatch::Alarm").values()
    # A labelled metric stat renders as a Metrics entry, as in aws-cdk-lib.
    assert alarm["Properties"]["Metrics"] == [
        {
            "Id": "m1",
            "Label": "DictLbl",
            "MetricStat": {
                "Metric": {"Dimensions": [{"Name": "A", "Value": "B"}], "MetricName": "M", "Namespace": "N"},
                "Period": 300,
                "Stat": "Sum",
            },
            "ReturnData": True,
        }
    ]


def test_graph_of_a_math_expression_dict_is_labelled_as_aws_cdk_labels_app_objects(
    stack: Stack, template: Render
) -> None:
    expression = _Metric(
        {
            "mathExpression": {
                "expression": "m1 * 2",
                "period": 300,
                "usingMetrics": {"m1": cw.Metric(namespace="N", metric_name="X")},
            }
        }
    )
    dashboard = cw.Dashboard(stack, "D")
    dashboard.add_widgets(cw.GraphWidget(left=[_Metric(_STAT_DICT), expression]))
    (resource,) = resources_of_type(template(stack), "AWS::CloudWatch::Dashboard").values()
    body = "".join(
        part if isinstance(part, str) else "?"
        for part in resource["Properties"]["DashboardBody"]["Fn::Join"][1]
    )
    assert '["N","M","A","B",{"label":"DictLbl","stat":"Sum"}]' in body
    assert '[{"expression":"m1 * 2","label":"[object Object]"}]' in body


def test_metric_returning_none_is_a_type_error(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as error:
        cw.Alarm(stack, "A", metric=_Metric(None), threshold=1, evaluation_periods=1)
    assert str(error.value) == (
        "_Metric: to_metric_config() returned None; return a MetricConfig(...) or a dict of its fields"
    )


class _Widget:
    warnings = None
    warnings_v2 = None

    def __init__(self, width: float, height: float, answer: Callable[[_Widget], Any]) -> None:
        self.width = width
        self.height = height
        self.answer = answer
        self.x: float | None = None
        self.y: float | None = None

    def position(self, x: float, y: float) -> None:
        self.x, self.y = x, y

    def to_json(self) -> Any:
        return self.answer(self)


def _text(widget: _Widget) -> list[dict[str, Any]]:
    return [{"type": "text", "width": widget.width, "height": widget.height, "x": widget.x, "y": widget.y}]


def test_app_widgets_are_placed_and_rendered(stack: Stack, template: Render) -> None:
    dashboard = cw.Dashboard(stack, "D")
    dashboard.add_widgets(_Widget(3, 2, _text), cw.TextWidget(markdown="x", width=4), _Widget(3, 2, _text))
    (resource,) = resources_of_type(template(stack), "AWS::CloudWatch::Dashboard").values()
    widgets = json.loads(resource["Properties"]["DashboardBody"])["widgets"]
    assert [(w["type"], w["x"], w["y"]) for w in widgets] == [("text", 0, 0), ("text", 3, 0), ("text", 7, 0)]


def test_app_widget_json_that_is_not_a_list_is_reported_at_synth(app: App) -> None:
    stack = Stack(app, "Test")
    dashboard = cw.Dashboard(stack, "D")
    dashboard.add_widgets(_Widget(6, 6, lambda widget: None))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/D/Resource: _Widget.to_json() returned None; return a list of widget dicts, such as "
        "[{'type': 'text', 'x': 0, 'y': 0, 'width': 6, 'height': 2, 'properties': {'markdown': '...'}}]"
    )
