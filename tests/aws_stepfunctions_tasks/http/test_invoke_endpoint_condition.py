"""HttpInvoke's states:HTTPEndpoint condition: any endpoint when the whole api_root is a JSONata expression,
the root followed by a wildcard otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import SecretValue, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements


def _endpoint_condition(stack: Stack, factory: Any, api_root: str) -> Any:
    connection = events.Connection(
        stack,
        "Connection",
        authorization=events.Authorization.api_key("x-api-key", SecretValue.unsafe_plain_text("k")),
    )
    task = factory(
        stack,
        "Call",
        connection=connection,
        api_root=api_root,
        api_endpoint=sfn.TaskInput.from_text("orders"),
        method=sfn.TaskInput.from_text("GET"),
    )
    machine(stack, task)
    (statement,) = [s for s in policy_statements(stack) if s["Action"] == "states:InvokeHTTPEndpoint"]
    return statement["Condition"]["StringLike"]["states:HTTPEndpoint"]


@pytest.mark.parametrize("factory", [tasks.HttpInvoke.jsonata, tasks.HttpInvoke])
def test_a_jsonata_root_lets_the_role_call_any_endpoint(stack: Stack, factory: Any) -> None:
    assert _endpoint_condition(stack, factory, "{% 'https://' & $states.input.hostname %}") == "*"


@pytest.mark.parametrize(
    "api_root",
    ["https://{% $states.input.hostname %}", " {% $host %} ", "{% $host", "$.root"],
)
def test_a_root_that_is_not_one_jsonata_expression_is_matched_as_a_prefix(
    stack: Stack, api_root: str
) -> None:
    assert _endpoint_condition(stack, tasks.HttpInvoke.jsonata, api_root) == f"{api_root}*"
