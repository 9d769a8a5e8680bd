"""API keys and usage plans of a WebSocket API: the whole template is snapshotted and accepted by cfn-lint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiKey,
    Period,
    QuotaSettings,
    RateLimitedApiKey,
    ThrottleSettings,
    UsagePlan,
    UsagePlanPerApiStage,
    WebSocketApi,
    WebSocketApiKeySelectionExpression,
    WebSocketRoute,
    WebSocketStage,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from tests.cfn_lint import assert_cfn_lint_clean


@pytest.fixture
def rendered(stack: Stack, template: Callable[[Stack], dict[str, Any]]) -> dict[str, Any]:
    api = WebSocketApi(
        stack, "Api", api_key_selection_expression=WebSocketApiKeySelectionExpression.HEADER_X_API_KEY
    )
    WebSocketRoute(
        stack,
        "Send",
        web_socket_api=api,
        route_key="send",
        integration=WebSocketMockIntegration("Send"),
        api_key_required=True,
    )
    stage = WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod", auto_deploy=True)
    RateLimitedApiKey(
        stack,
        "Limited",
        api_stages=[UsagePlanPerApiStage(api=api, stage=stage)],
        quota=QuotaSettings(limit=1000, period=Period.DAY),
        throttle=ThrottleSettings(rate_limit=10, burst_limit=2),
    )
    plan = UsagePlan(stack, "Plan", usage_plan_name="basic")
    plan.add_api_stage(api=api, stage=stage)
    plan.add_api_key(ApiKey(stack, "Key", api_key_name="partner"))
    return template(stack)


def test_api_key_template_snapshot(rendered: dict[str, Any], snapshot_json: SnapshotAssertion) -> None:
    assert rendered == snapshot_json


def test_api_key_template_passes_cfn_lint(rendered: dict[str, Any]) -> None:
    assert_cfn_lint_clean(rendered)
