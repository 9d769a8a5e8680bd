"""A user's own IAccessLogSettings class is checked when the stage renders it: a clear TypeError, not an
AttributeError from inside the package."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigateway import AccessLogField, AccessLogFormat
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpStage, LogGroupLogDestination
from apigwv2_integrations.aws_logs import LogGroup


class OwnAccessLogSettings:
    """Settings written the aws_cdk way: a class with `destination` and `format` properties."""

    def __init__(self, destination: Any, log_format: Any) -> None:
        self._destination = destination
        self._format = log_format

    @property
    def destination(self) -> Any:
        return self._destination

    @property
    def format(self) -> Any:
        return self._format


def stage_with(stack: Stack, settings: OwnAccessLogSettings) -> HttpStage:
    api = HttpApi(stack, "Api", create_default_stage=False)
    return HttpStage(stack, "Stage", http_api=api, access_log_settings=settings)


def test_a_log_group_given_as_the_destination_is_a_type_error(stack: Stack) -> None:
    settings = OwnAccessLogSettings(LogGroup(stack, "Logs"), None)
    with pytest.raises(TypeError) as caught:
        stage_with(stack, settings)
    assert str(caught.value) == (
        "Test/Stage: access_log_settings.destination=<LogGroup Test/Logs> is a LogGroup; use an "
        "IAccessLogDestination, e.g. LogGroupLogDestination(log_group)"
    )


def test_a_string_given_as_the_format_is_a_type_error(stack: Stack) -> None:
    settings = OwnAccessLogSettings(LogGroupLogDestination(LogGroup(stack, "Logs")), "$context.requestId")
    with pytest.raises(TypeError) as caught:
        stage_with(stack, settings)
    assert str(caught.value) == (
        "Test/Stage: access_log_settings.format='$context.requestId' is a str; use an AccessLogFormat, e.g. "
        "AccessLogFormat.custom(text) or AccessLogFormat.json_with_standard_fields()"
    )


def test_own_settings_with_a_destination_and_a_format_are_rendered(stack: Stack) -> None:
    log_format = AccessLogFormat.custom(AccessLogField.context_request_id())
    settings = OwnAccessLogSettings(LogGroupLogDestination(LogGroup(stack, "Logs")), log_format)
    stage = stage_with(stack, settings)
    rendered = stack.resolve(stage.node.default_child.access_log_settings)  # type: ignore[union-attr]
    assert rendered["format"] == "$context.requestId"
