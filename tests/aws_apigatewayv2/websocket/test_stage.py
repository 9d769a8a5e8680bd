"""WebSocketStage: rendering, URLs and imports."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_apigatewayv2 import (
    AccessLogSettings,
    LogGroupLogDestination,
    WebSocketApi,
    WebSocketStage,
    WebSocketStageProps,
)
from apigwv2_integrations.aws_logs import LogGroup
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, properties_of


def test_web_socket_stage_keywords_match_props_fields() -> None:
    assert keyword_names(WebSocketStage.__init__) == {f.name for f in attrs.fields(WebSocketStageProps)}


def test_web_socket_stage_renders_name_and_options(stack: Stack) -> None:
    stage = WebSocketStage(
        stack,
        "Stage",
        web_socket_api=WebSocketApi(stack, "Chat"),
        stage_name="dev",
        auto_deploy=True,
        description="development",
        throttle={"rate_limit": 5},
        stage_variables={"table": "messages"},
    )
    assert properties_of(stage) == {
        "ApiId": {"Ref": "Chat26DEB33F"},
        "AutoDeploy": True,
        "DefaultRouteSettings": {"ThrottlingRateLimit": 5},
        "Description": "development",
        "StageName": "dev",
        "StageVariables": {"table": "messages"},
    }


def test_web_socket_stage_without_throttle_or_metrics_has_no_default_route_settings(stack: Stack) -> None:
    stage = WebSocketStage(stack, "Stage", web_socket_api=WebSocketApi(stack, "Chat"), stage_name="dev")
    assert properties_of(stage) == {"ApiId": {"Ref": "Chat26DEB33F"}, "StageName": "dev"}


def test_web_socket_stage_with_detailed_metrics_off_alone_has_no_default_route_settings(stack: Stack) -> None:
    stage = WebSocketStage(
        stack,
        "Stage",
        web_socket_api=WebSocketApi(stack, "Chat"),
        stage_name="dev",
        detailed_metrics_enabled=False,
    )
    assert "DefaultRouteSettings" not in properties_of(stage)


def test_web_socket_stage_access_logs_default_to_the_web_socket_request_fields(stack: Stack) -> None:
    # Common Log Format with the event type, route key and connection id in place of the HTTP request.
    logs = LogGroup(stack, "Logs")
    stage = WebSocketStage(
        stack,
        "Stage",
        web_socket_api=WebSocketApi(stack, "Chat"),
        stage_name="dev",
        access_log_settings=AccessLogSettings(destination=LogGroupLogDestination(logs)),
    )
    assert properties_of(stage)["AccessLogSettings"]["Format"] == (
        "$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "
        '"$context.eventType $context.routeKey $context.connectionId" $context.status $context.requestId'
    )


def test_web_socket_stage_variables_added_after_creation_are_rendered(stack: Stack) -> None:
    stage = WebSocketStage(stack, "Stage", web_socket_api=WebSocketApi(stack, "Chat"), stage_name="dev")
    stage.add_stage_variable("table", "messages")
    assert properties_of(stage)["StageVariables"] == {"table": "messages"}


def _url(scheme: str) -> dict[str, Any]:
    return {
        "Fn::Join": [
            "",
            [
                f"{scheme}://",
                {"Ref": "Chat26DEB33F"},
                ".execute-api.",
                {"Ref": "AWS::Region"},
                ".",
                {"Ref": "AWS::URLSuffix"},
                "/dev",
            ],
        ]
    }


def test_web_socket_stage_url_is_wss(stack: Stack) -> None:
    stage = WebSocketStage(stack, "Stage", web_socket_api=WebSocketApi(stack, "Chat"), stage_name="dev")
    assert stack.resolve(stage.url) == _url("wss")


def test_web_socket_stage_callback_url_is_https(stack: Stack) -> None:
    stage = WebSocketStage(stack, "Stage", web_socket_api=WebSocketApi(stack, "Chat"), stage_name="dev")
    assert stack.resolve(stage.callback_url) == _url("https")


def test_imported_web_socket_stage_keeps_name_and_api(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    stage = WebSocketStage.from_web_socket_stage_attributes(stack, "Imported", api=api, stage_name="prod")
    assert (stage.stage_name, stage.api) == ("prod", api)


def test_imported_web_socket_stage_has_no_callback_url(stack: Stack) -> None:
    stage = WebSocketStage.from_web_socket_stage_attributes(
        stack, "Imported", api=WebSocketApi(stack, "Chat"), stage_name="prod"
    )
    with pytest.raises(ValidationError) as caught:
        _ = stage.callback_url
    assert str(caught.value) == (
        "Test/Imported: callback_url is not known for an imported stage; build it from the API id"
    )


def test_web_socket_stage_metric_uses_api_and_stage(stack: Stack) -> None:
    stage = WebSocketStage(stack, "Stage", web_socket_api=WebSocketApi(stack, "Chat"), stage_name="dev")
    metric = stage.metric("MessageCount", statistic="Sum")
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "Chat26DEB33F"}, "Stage": "dev"}


def test_web_socket_stage_metric_ignores_dimensions_map(stack: Stack) -> None:
    stage = WebSocketStage(stack, "Stage", web_socket_api=WebSocketApi(stack, "Chat"), stage_name="dev")
    metric = stage.metric("MessageCount", dimensions_map={"Stage": "other", "Route": "$default"})
    assert stack.resolve(metric.dimensions_map) == {"ApiId": {"Ref": "Chat26DEB33F"}, "Stage": "dev"}


def test_grant_management_api_access_allows_this_stage(stack: Stack) -> None:
    stage = WebSocketStage(stack, "Stage", web_socket_api=WebSocketApi(stack, "Chat"), stage_name="dev")
    grantee = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    stage.grant_management_api_access(grantee)
    assert properties_of(grantee.node.find_child("DefaultPolicy"))["PolicyDocument"]["Statement"] == [
        {
            "Action": "execute-api:ManageConnections",
            "Effect": "Allow",
            "Resource": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":execute-api:",
                        {"Ref": "AWS::Region"},
                        ":",
                        {"Ref": "AWS::AccountId"},
                        ":",
                        {"Ref": "Chat26DEB33F"},
                        "/dev/*/@connections/*",
                    ],
                ]
            },
        }
    ]
