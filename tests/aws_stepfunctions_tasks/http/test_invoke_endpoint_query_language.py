"""HttpInvoke shapes its endpoint by its own query_language, not the state machine's (http/invoke.py)."""

from __future__ import annotations

from apigwv2_integrations import SecretValue, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from tests.aws_stepfunctions_tasks.conftest import state_json


def _invoke(stack: Stack, **options: object) -> tasks.HttpInvoke:
    connection = events.Connection(
        stack,
        "Connection",
        authorization=events.Authorization.api_key("x-api-key", SecretValue.unsafe_plain_text("k")),
    )
    return tasks.HttpInvoke(
        stack,
        "Call",
        connection=connection,
        api_root="https://api.example.com",
        api_endpoint=sfn.TaskInput.from_text("orders"),
        method=sfn.TaskInput.from_text("GET"),
        **options,  # type: ignore[arg-type]
    )


def test_inherited_jsonata_keeps_a_json_path_endpoint(stack: Stack) -> None:
    rendered = state_json(stack, _invoke(stack), sfn.QueryLanguage.JSONATA)
    assert (
        rendered["Arguments"]["ApiEndpoint"] == "States.Format('{}/{}', 'https://api.example.com', 'orders')"
    )


def test_own_jsonata_builds_a_jsonata_endpoint(stack: Stack) -> None:
    rendered = state_json(stack, _invoke(stack, query_language=sfn.QueryLanguage.JSONATA))
    assert rendered["Arguments"]["ApiEndpoint"] == "{% 'https://api.example.com' & '/' & 'orders' %}"
