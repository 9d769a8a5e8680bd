"""TableWidget (layouts, summaries, thresholds), VerticalAnnotation and dashboard variables, with their errors."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_cloudwatch import (
    Color,
    Dashboard,
    DashboardVariable,
    DefaultValue,
    GraphWidget,
    Metric,
    TableLayout,
    TableSummaryColumn,
    TableSummaryProps,
    TableThreshold,
    TableWidget,
    TableWidgetProps,
    Values,
    VariableInputType,
    VariableType,
    VariableValue,
    VerticalAnnotation,
    VerticalShading,
)
from apigwv2_integrations.core.struct import fields_of
from tests.cfn_lint import assert_cfn_lint_clean

ERRORS = Metric(namespace="AWS/Lambda", metric_name="Errors", dimensions_map={"FunctionName": "f"})
DURATION = Metric(namespace="AWS/Lambda", metric_name="Duration", statistic="p99", period=Duration.minutes(1))


def _body(stack: Stack) -> dict[str, Any]:
    template = Template.from_stack(stack).to_json()
    assert_cfn_lint_clean(template)
    (resource,) = (r for r in template["Resources"].values() if r["Type"] == "AWS::CloudWatch::Dashboard")
    body = resource["Properties"]["DashboardBody"]
    parts = [body] if isinstance(body, str) else body["Fn::Join"][1]  # a body without tokens is plain text
    return dict(json.loads("".join(part if isinstance(part, str) else "<region>" for part in parts)))


def _properties(stack: Stack, widget: Any) -> dict[str, Any]:
    Dashboard(stack, "Dashboard").add_widgets(widget)
    (rendered,) = _body(stack)["widgets"]
    return dict(rendered["properties"])


def test_table_widget_keywords_are_its_props_fields() -> None:
    keywords = set(inspect.signature(TableWidget.__init__).parameters) - {"self"}
    assert keywords == {f.name for f in fields_of(TableWidgetProps)}


def test_table_widget_defaults_write_every_table_option(stack: Stack) -> None:
    assert _properties(stack, TableWidget(metrics=[ERRORS])) == {
        "view": "table",
        "table": {
            "layout": "horizontal",
            "showTimeSeriesData": True,
            "stickySummary": False,
            "summaryColumns": [],
        },
        "region": "<region>",
        "metrics": [["AWS/Lambda", "Errors", "FunctionName", "f"]],
        "yAxis": {},
    }


def test_table_widget_without_metrics_leaves_metrics_out(stack: Stack) -> None:
    assert "metrics" not in _properties(stack, TableWidget())


def test_table_widget_thresholds_render_as_horizontal_annotations(stack: Stack) -> None:
    widget = TableWidget(
        title="t",
        metrics=[ERRORS],
        thresholds=[
            TableThreshold.above(5, Color.RED),
            TableThreshold.below(1),
            TableThreshold.between(1, 5, Color.GREEN),
        ],
    )
    widget.add_metric(DURATION)
    properties = _properties(stack, widget)
    assert list(properties)[:2] == ["title", "view"]
    assert properties["metrics"][1] == ["AWS/Lambda", "Duration", {"period": 60, "stat": "p99"}]
    assert properties["annotations"] == {
        "horizontal": [
            {"value": 5, "color": "#d62728", "fill": "above"},
            {"value": 1, "fill": "below"},
            [{"value": 1, "color": "#2ca02c"}, {"value": 5}],
        ]
    }


def test_table_widget_vertical_layout_with_summary_and_every_option(stack: Stack) -> None:
    widget = TableWidget(
        metrics=[ERRORS],
        layout=TableLayout.VERTICAL,
        summary={
            "columns": [TableSummaryColumn.AVERAGE, TableSummaryColumn.MINIMUM],
            "hide_non_summary_columns": True,
            "sticky": True,
        },
        show_units_in_label=True,
        full_precision=True,
        live_data=True,
        set_period_to_time_range=True,
        period=Duration.hours(1),
        statistic="Sum",
        start="-P7D",
        end="2024-01-01T00:00:00Z",
        account_id="123456789012",
        region="eu-west-1",
        width=12,
        height=8,
    )
    assert (widget.width, widget.height) == (12, 8)
    assert _properties(stack, widget) == {
        "view": "table",
        "table": {
            "layout": "vertical",
            "showTimeSeriesData": False,
            "stickySummary": True,
            "summaryColumns": ["AVG", "MIN"],
        },
        "region": "eu-west-1",
        "metrics": [["AWS/Lambda", "Errors", "FunctionName", "f"]],
        "yAxis": {"left": {"showUnits": True}},
        "liveData": True,
        "singleValueFullPrecision": True,
        "setPeriodToTimeRange": True,
        "period": 3600,
        "stat": "Sum",
        "start": "-P7D",
        "end": "2024-01-01T00:00:00Z",
        "accountId": "123456789012",
    }


def test_table_widget_false_options_are_written_but_show_units_false_is_not(stack: Stack) -> None:
    widget = TableWidget(
        metrics=[ERRORS],
        summary=TableSummaryProps(columns=[TableSummaryColumn.MAXIMUM, TableSummaryColumn.SUM]),
        show_units_in_label=False,
        live_data=False,
        full_precision=False,
    )
    properties = _properties(stack, widget)
    assert properties["table"]["summaryColumns"] == ["MAX", "SUM"]
    assert properties["yAxis"] == {}
    assert (properties["liveData"], properties["singleValueFullPrecision"]) == (False, False)


def test_table_threshold_json_and_repr() -> None:
    assert TableThreshold.above(1).to_json() == {"value": 1, "fill": "above"}
    assert TableThreshold.between(5, 1).to_json() == [{"value": 5}, {"value": 1}]
    assert repr(TableThreshold.between(1, 5, "#000000")) == "TableThreshold.between(1, 5, '#000000')"
    assert repr(TableThreshold.below(2)) == "TableThreshold.below(2)"


def test_table_widget_end_without_start_is_an_error() -> None:
    with pytest.raises(ValidationError) as error:
        TableWidget(metrics=[ERRORS], end="2024-01-01T00:00:00Z")
    assert str(error.value) == "end='2024-01-01T00:00:00Z' is given without start; give start too"


def test_table_widget_too_wide_is_an_error() -> None:
    with pytest.raises(ValidationError) as error:
        TableWidget(metrics=[ERRORS], width=25)
    assert str(error.value) == "width=25 is too wide; use at most 24 grid units"


def test_graph_widget_vertical_annotations(stack: Stack) -> None:
    widget = GraphWidget(
        left=[ERRORS],
        vertical_annotations=[
            VerticalAnnotation(date="2024-01-01T00:00:00Z"),
            {
                "date": "2024-01-02T00:00:00Z",
                "color": "#ff0000",
                "fill": VerticalShading.AFTER,
                "label": "deploy",
                "visible": False,
            },
        ],
    )
    assert _properties(stack, widget)["annotations"] == {
        "vertical": [
            {"value": "2024-01-01T00:00:00Z"},
            {
                "value": "2024-01-02T00:00:00Z",
                "color": "#ff0000",
                "fill": "after",
                "label": "deploy",
                "visible": False,
            },
        ]
    }


def test_graph_widget_rejects_a_vertical_annotation_date_that_is_not_iso_8601() -> None:
    with pytest.raises(ValidationError) as error:
        GraphWidget(
            left=[ERRORS],
            vertical_annotations=[
                VerticalAnnotation(date="2024-01-01T00:00:00Z"),
                VerticalAnnotation(date="2024-01-02"),
            ],
        )
    assert str(error.value) == (
        "vertical_annotations[1].date='2024-01-02' is not an ISO 8601 date-time; write it like '2024-01-31T12:00:00Z'"
    )


def test_dashboard_variables_of_each_kind_follow_the_widgets(stack: Stack) -> None:
    dashboard = Dashboard(
        stack,
        "Dashboard",
        start="-P1D",
        variables=[
            DashboardVariable(
                id="v1", input_type=VariableInputType.INPUT, type=VariableType.PROPERTY, value="FunctionName"
            )
        ],
    )
    dashboard.add_variable(
        DashboardVariable(
            id="v2",
            input_type=VariableInputType.RADIO,
            type=VariableType.PATTERN,
            value="us-east-1",
            label="Region",
            default_value=DefaultValue.value("us-east-1"),
            visible=False,
            values=Values.from_values(
                VariableValue(value="us-east-1", label="N. Virginia"), {"value": "eu-west-1"}
            ),
        )
    )
    dashboard.add_variable(
        DashboardVariable(
            id="v3",
            input_type=VariableInputType.SELECT,
            type=VariableType.PROPERTY,
            value="FunctionName",
            default_value=DefaultValue.FIRST,
            values=Values.from_search('{AWS/Lambda,FunctionName} MetricName="Errors"', "FunctionName"),
        )
    )
    dashboard.add_variable(
        DashboardVariable(
            id="v4",
            input_type=VariableInputType.SELECT,
            type=VariableType.PROPERTY,
            value="ApiId",
            visible=True,
            values=Values.from_search_components(
                namespace="AWS/ApiGateway",
                dimensions=["ApiId", "Stage"],
                metric_name="Count",
                populate_from="ApiId",
            ),
        )
    )
    body = _body(stack)
    assert list(body) == ["start", "widgets", "variables"]
    assert body["variables"] == [
        {"property": "FunctionName", "type": "property", "inputType": "input", "id": "v1"},
        {
            "pattern": "us-east-1",
            "type": "pattern",
            "inputType": "radio",
            "id": "v2",
            "defaultValue": "us-east-1",
            "visible": False,
            "label": "Region",
            "values": [{"label": "N. Virginia", "value": "us-east-1"}, {"value": "eu-west-1"}],
        },
        {
            "property": "FunctionName",
            "type": "property",
            "inputType": "select",
            "id": "v3",
            "defaultValue": "__FIRST",
            "search": '{AWS/Lambda,FunctionName} MetricName="Errors"',
            "populateFrom": "FunctionName",
        },
        {
            "property": "ApiId",
            "type": "property",
            "inputType": "select",
            "id": "v4",
            "visible": True,
            "search": '{AWS/ApiGateway,ApiId,Stage} MetricName="Count"',
            "populateFrom": "ApiId",
        },
    ]
    assert [list(v) for v in body["variables"]][1] == [
        "pattern",
        "type",
        "inputType",
        "id",
        "defaultValue",
        "visible",
        "label",
        "values",
    ]


def test_dashboard_without_variables_leaves_them_out(stack: Stack) -> None:
    Dashboard(stack, "Dashboard", variables=[], start="-P1D")
    assert _body(stack) == {"start": "-P1D", "widgets": []}


def test_default_value_repr_and_val() -> None:
    assert (DefaultValue.FIRST.val, repr(DefaultValue.FIRST)) == ("__FIRST", "DefaultValue.FIRST")
    assert (DefaultValue.value(5).val, repr(DefaultValue.value("x"))) == (5, "DefaultValue.value('x')")


@pytest.mark.parametrize("input_type", [VariableInputType.RADIO, VariableInputType.SELECT])
def test_radio_and_select_variables_need_values(input_type: VariableInputType) -> None:
    with pytest.raises(ValidationError) as error:
        DashboardVariable(id="a", input_type=input_type, type=VariableType.PROPERTY, value="x")
    assert str(error.value) == (
        f"input_type=VariableInputType.{input_type.name} needs values; give Values.from_values(...), "
        "Values.from_search(...) or Values.from_search_components(...)"
    )


def test_input_variable_rejects_values() -> None:
    with pytest.raises(ValidationError) as error:
        DashboardVariable(
            id="a",
            input_type=VariableInputType.INPUT,
            type=VariableType.PROPERTY,
            value="x",
            values=Values.from_search("e", "p"),
        )
    assert str(error.value) == (
        "values=Values.from_search('e', 'p') cannot be combined with input_type=VariableInputType.INPUT; "
        "use VariableInputType.SELECT or RADIO, or drop values"
    )


def test_values_from_no_values_is_an_error() -> None:
    with pytest.raises(ValidationError) as error:
        Values.from_values()
    assert str(error.value) == "values=() is empty; give at least one VariableValue"


def test_search_components_need_a_dimension() -> None:
    with pytest.raises(ValidationError) as error:
        Values.from_search_components(namespace="N", dimensions=[], metric_name="M", populate_from="P")
    assert str(error.value) == "dimensions=[] is empty; give at least one dimension"


def test_search_components_populate_from_must_be_a_dimension() -> None:
    with pytest.raises(ValidationError) as error:
        Values.from_search_components(namespace="N", dimensions=["A"], metric_name="M", populate_from="P")
    assert str(error.value) == "populate_from='P' is not one of dimensions=['A']; use one of the dimensions"


def test_search_components_with_a_token_dimension_is_not_checked(stack: Stack) -> None:
    values = Values.from_search_components(
        namespace="N", dimensions=[stack.region], metric_name="M", populate_from="P"
    )
    assert values.to_json()["populateFrom"] == "P"


def test_an_unnamed_dashboard_arn_ends_with_a_slash(stack: Stack) -> None:
    # As aws-cdk-lib: "dashboard/" followed by nothing, as the name is generated at deploy time.
    arn = stack.resolve(Dashboard(stack, "Unnamed").dashboard_arn)
    assert arn["Fn::Join"][1][-1] == ":dashboard/"
    assert stack.resolve(Dashboard(stack, "Named", dashboard_name="ops").dashboard_arn)["Fn::Join"][1][
        -1
    ] == (":dashboard/ops")
