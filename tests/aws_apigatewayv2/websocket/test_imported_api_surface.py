"""An imported WebSocket API offers what aws-cdk-lib's IWebSocketApi offers (websocket/api.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_apigatewayv2 import WebSocketApi, WebSocketStage


def test_imported_api_has_no_grant_manage_connections(stack: Stack) -> None:
    api = WebSocketApi.from_web_socket_api_attributes(stack, "Imported", web_socket_id="abc123")
    role = iam.Role(stack, "Manager", assumed_by=iam.AccountRootPrincipal())
    with pytest.raises(AttributeError):
        api.grant_manage_connections(role)  # type: ignore[attr-defined]


def test_imported_api_has_no_arn_for_execute_api_v2(stack: Stack) -> None:
    api = WebSocketApi.from_web_socket_api_attributes(stack, "Imported", web_socket_id="abc123")
    with pytest.raises(AttributeError):
        api.arn_for_execute_api_v2("sendmessage")  # type: ignore[attr-defined]


def test_stage_of_imported_api_still_grants_management_api_access(stack: Stack) -> None:
    api = WebSocketApi.from_web_socket_api_attributes(stack, "Imported", web_socket_id="abc123")
    stage = WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="dev")
    role = iam.Role(stack, "Manager", assumed_by=iam.AccountRootPrincipal())
    stage.grant_management_api_access(role)
    assert role.node.try_find_child("DefaultPolicy") is not None
