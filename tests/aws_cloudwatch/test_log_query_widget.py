"""LogQueryWidget: the query with its SOURCE clauses, the views, the language, and the errors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_cloudwatch import (
    Dashboard,
    LogQueryLanguage,
    LogQueryVisualizationType,
    LogQueryWidget,
)


def _properties(stack: Stack, widget: LogQueryWidget) -> dict[str, Any]:
    Dashboard(stack, "Dashboard").add_widgets(widget)
    (resource,) = Template.from_stack(stack).find_resources("AWS::CloudWatch::Dashboard").values()
    body = resource["Properties"]["DashboardBody"]
    parts = [body] if isinstance(body, str) else body["Fn::Join"][1]  # a body without tokens is plain text
    text = "".join(part if isinstance(part, str) else "<region>" for part in parts)
    (rendered,) = json.loads(text)["widgets"]
    assert (rendered["type"], rendered["width"], rendered["height"]) == ("log", widget.width, widget.height)
    return dict(rendered["properties"])


def test_query_lines_follow_the_sources_of_every_log_group(stack: Stack) -> None:
    widget = LogQueryWidget(log_group_names=["a", "b"], query_lines=["fields @message", "limit 5"])
    assert _properties(stack, widget) == {
        "view": "table",
        "region": "<region>",
        "query": "SOURCE 'a' | SOURCE 'b' | fields @message\n| limit 5",
    }


@pytest.mark.parametrize(
    ("view", "rendered"),
    [
        (LogQueryVisualizationType.LINE, {"view": "timeSeries", "stacked": False}),
        (LogQueryVisualizationType.STACKEDAREA, {"view": "timeSeries", "stacked": True}),
        (LogQueryVisualizationType.BAR, {"view": "bar"}),
        (LogQueryVisualizationType.PIE, {"view": "pie"}),
    ],
)
def test_each_view(stack: Stack, view: LogQueryVisualizationType, rendered: dict[str, Any]) -> None:
    properties = _properties(stack, LogQueryWidget(log_group_names=["a"], query_string="x", view=view))
    assert {k: v for k, v in properties.items() if k in ("view", "stacked")} == rendered


def test_title_region_account_language_and_size(stack: Stack) -> None:
    widget = LogQueryWidget(
        log_group_names=["a"],
        query_string="SELECT 1",
        query_language=LogQueryLanguage.SQL,
        title="Errors",
        region="eu-west-1",
        account_id="111111111111",
        width=12,
        height=4,
    )
    assert _properties(stack, widget) == {
        "view": "table",
        "title": "Errors",
        "region": "eu-west-1",
        "accountId": "111111111111",
        "query": "SOURCE 'a' | SELECT 1",
        "queryLanguage": "SQL",
    }


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            {"log_group_names": [], "query_string": "x"},
            "log_group_names=[] is empty; name at least one log group",
        ),
        ({"log_group_names": ["a"]}, "query_string=None and query_lines=None: give exactly one of them"),
        (
            {"log_group_names": ["a"], "query_string": "x", "query_lines": ["y"]},
            "query_string='x' and query_lines=('y',): give exactly one of them",
        ),
    ],
)
def test_errors(props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        LogQueryWidget(**props)
    assert str(error.value) == message
