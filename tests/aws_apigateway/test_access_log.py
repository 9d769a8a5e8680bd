"""AccessLogFormat and AccessLogField: access log formats and the `$context` variables they are made of."""

from __future__ import annotations

import json
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_apigateway as apigateway
from apigwv2_integrations.aws_apigateway import AccessLogField, AccessLogFormat
from apigwv2_integrations.aws_apigatewayv2 import (
    AccessLogSettings,
    HttpApi,
    HttpStage,
    LogGroupLogDestination,
    WebSocketApi,
    WebSocketStage,
)
from apigwv2_integrations.aws_logs import LogGroup
from tests.aws_apigatewayv2.inspection import properties_of


def test_access_log_field_is_exported_by_aws_apigateway() -> None:
    assert "AccessLogField" in apigateway.__all__
    assert apigateway.AccessLogField is AccessLogField


def test_access_log_field_without_an_argument_is_a_context_variable() -> None:
    assert AccessLogField.context_identity_client_cert_issuner_dn() == "$context.identity.clientCert.issuerDN"


def test_access_log_field_with_an_argument_ends_with_it() -> None:
    assert AccessLogField.context_authorizer_claims("email") == "$context.authorizer.claims.email"


def test_access_log_field_of_the_deprecated_account_id_is_the_callers() -> None:
    assert AccessLogField.context_account_id() == AccessLogField.context_caller_account_id()


def test_http_stage_renders_a_custom_format_of_access_log_fields(stack: Stack) -> None:
    log_format = AccessLogFormat.custom(
        f"{AccessLogField.context_request_id()} {AccessLogField.context_authorizer('tenant')}"
    )
    stage = HttpStage(
        stack,
        "Stage",
        http_api=HttpApi(stack, "Api", create_default_stage=False),
        access_log_settings=AccessLogSettings(
            destination=LogGroupLogDestination(LogGroup(stack, "Logs")), format=log_format
        ),
    )
    settings: dict[str, Any] = properties_of(stage)["AccessLogSettings"]
    assert settings["Format"] == "$context.requestId $context.authorizer.tenant"


def test_web_socket_stage_renders_a_custom_format_of_access_log_fields(stack: Stack) -> None:
    log_format = AccessLogFormat.custom(
        f"{AccessLogField.context_connection_id()} {AccessLogField.context_event_type()} "
        f"{AccessLogField.context_request_id()}"
    )
    stage = WebSocketStage(
        stack,
        "Stage",
        web_socket_api=WebSocketApi(stack, "Chat"),
        stage_name="dev",
        access_log_settings=AccessLogSettings(
            destination=LogGroupLogDestination(LogGroup(stack, "Logs")), format=log_format
        ),
    )
    settings: dict[str, Any] = properties_of(stage)["AccessLogSettings"]
    assert settings["Format"] == "$context.connectionId $context.eventType $context.requestId"


def test_json_with_standard_fields_lists_them_in_aws_cdk_libs_order() -> None:
    every = dict.fromkeys(
        (
            "caller",
            "http_method",
            "ip",
            "protocol",
            "request_time",
            "resource_path",
            "response_length",
            "status",
            "user",
        ),
        True,
    )
    text = AccessLogFormat.json_with_standard_fields(**every).to_string()
    assert list(json.loads(text)) == [
        "requestId",
        "ip",
        "user",
        "caller",
        "requestTime",
        "httpMethod",
        "resourcePath",
        "status",
        "protocol",
        "responseLength",
    ]
