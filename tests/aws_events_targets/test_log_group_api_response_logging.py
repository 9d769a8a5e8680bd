"""CloudWatchLogGroup: the SDK calls of its log group resource policy under the response-logging flag."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_logs as logs
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_FLAG = "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault"


def _policy_calls(tmp_path: Path, template: Render, context: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    stack = Stack(App(outdir=str(tmp_path), context=context), "Test")
    group = logs.LogGroup(stack, "Group")
    events.Rule(
        stack,
        "Rule",
        event_pattern=events.EventPattern(source=["app"]),
        targets=[targets.CloudWatchLogGroup(group)],
    )
    (policy,) = resources_of_type(template(stack), "Custom::CloudwatchLogResourcePolicy").values()
    properties = policy["Properties"]
    put_call_end: str = properties["Create"]["Fn::Join"][1][-1]
    return put_call_end, json.loads(properties["Delete"])


def test_calls_log_their_responses_under_the_flag(tmp_path: Path, template: Render) -> None:
    put_call_end, delete_call = _policy_calls(tmp_path, template, {_FLAG: True})
    assert put_call_end.endswith(
        '"physicalResourceId":{"id":"EventsLogGroupPolicyTestRuleC1B7AEF7"},"logApiResponseData":true}'
    )
    assert list(delete_call)[-1] == "logApiResponseData"
    assert delete_call["logApiResponseData"] is True


@pytest.mark.parametrize("context", [{}, {_FLAG: False}])
def test_calls_say_nothing_of_logging_without_the_flag(
    tmp_path: Path, template: Render, context: dict[str, Any]
) -> None:
    put_call_end, delete_call = _policy_calls(tmp_path, template, context)
    assert "logApiResponseData" not in put_call_end
    assert "logApiResponseData" not in delete_call
