"""Deploy-time rules of stages: names API Gateway accepts, one name per API, the stage quota, throttling,
a request id in access log lines."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Lazy, Stack
from apigwv2_integrations.aws_apigateway import AccessLogField, AccessLogFormat
from apigwv2_integrations.aws_apigatewayv2 import (
    AccessLogSettings,
    HttpApi,
    HttpStage,
    LogGroupLogDestination,
    ThrottleSettings,
    WebSocketApi,
    WebSocketStage,
)
from apigwv2_integrations.aws_logs import LogGroup
from apigwv2_integrations.core.errors import ValidationError


def test_stage_name_with_a_slash_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    with pytest.raises(ValidationError) as caught:
        HttpStage(stack, "Stage", http_api=api, stage_name="v1/beta")
    assert str(caught.value) == (
        "Test/Stage: stage_name='v1/beta' is rejected by API Gateway; use 1 to 128 letters, digits, hyphens "
        "and underscores, or '$default'"
    )


def test_web_socket_stage_name_over_128_characters_is_rejected(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="a" * 129)
    assert str(caught.value) == (
        f"Test/Stage: stage_name={'a' * 129!r} is rejected by API Gateway; use 1 to 128 letters, digits, "
        "hyphens and underscores, or '$default'"
    )


def test_a_second_default_stage_on_one_api_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        HttpStage(stack, "Stage", http_api=api)
    assert str(caught.value) == (
        "Test/Stage: stage_name='$default' is already the name of Test/Api/DefaultStage on the same API; "
        "give each stage of an API its own name"
    )


def test_one_stage_name_on_two_apis_is_accepted(stack: Stack) -> None:
    first = HttpStage(stack, "First", http_api=HttpApi(stack, "One", create_default_stage=False))
    second = HttpStage(stack, "Second", http_api=HttpApi(stack, "Two", create_default_stage=False))
    assert (first.stage_name, second.stage_name) == ("$default", "$default")


def test_more_stages_than_the_default_quota_is_a_warning(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    stages = [HttpStage(stack, f"Stage{n}", http_api=api, stage_name=f"s{n}") for n in range(11)]
    assert [entry.data for entry in stages[-1].node.metadata] == [
        "the API has more than 10 stages, API Gateway's default quota; ask for a quota increase before "
        "deploying [ack: apigwv2:stage-quota]"
    ]
    assert stages[9].node.metadata == []


def test_stage_variables_api_gateway_rejects_are_reported_at_synth(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    stage = HttpStage(stack, "Stage", http_api=api, stage_name="prod", stage_variables={"ok_name": "x"})
    stage.add_stage_variable("bad-name", "y")
    stage.add_stage_variable("long", "v" * 513)
    assert stage.node.validate() == [
        "stage_variables name 'bad-name' is rejected by API Gateway; use 1 to 64 letters, digits and "
        "underscores",
        "stage_variables['long'] is 513 characters long; API Gateway allows at most 512",
    ]


def test_more_than_100_stage_variables_are_reported_at_synth(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    variables = {f"v{n}": "x" for n in range(101)}
    stage = WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod", stage_variables=variables)
    assert stage.node.validate() == [
        "stage_variables has 101 variables; API Gateway allows at most 100 per stage"
    ]


def test_negative_throttle_rate_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    with pytest.raises(ValidationError) as caught:
        HttpStage(stack, "Stage", http_api=api, throttle=ThrottleSettings(rate_limit=-1, burst_limit=10))
    assert str(caught.value) == (
        "Test/Stage: throttle rate_limit=-1 is negative; use a number of requests per second from 0"
    )


def test_fractional_throttle_burst_on_a_web_socket_stage_is_rejected(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod", throttle={"burst_limit": 2.5})
    assert str(caught.value) == (
        "Test/Stage: throttle burst_limit=2.5 is not a whole number from 0; use an integer number of requests"
    )


def test_throttle_above_the_account_quota_is_a_warning(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    stage = HttpStage(
        stack, "Stage", http_api=api, throttle=ThrottleSettings(rate_limit=20_000, burst_limit=6_000)
    )
    assert [entry.data for entry in stage.node.metadata] == [
        "throttle rate_limit=20000 is above the account's default throttle quota of 10000 requests per "
        "second; ask for a quota increase before deploying [ack: apigwv2:throttle-quota]",
        "throttle burst_limit=6000 is above the account's default burst quota of 5000 requests; ask for a "
        "quota increase before deploying [ack: apigwv2:throttle-quota]",
    ]


def test_throttle_within_the_account_quota_is_accepted(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    stage = HttpStage(
        stack, "Stage", http_api=api, throttle=ThrottleSettings(rate_limit=0, burst_limit=5_000)
    )
    assert stage.node.metadata == []


def _logs_with_format(stack: Stack, log_format: AccessLogFormat) -> AccessLogSettings:
    return AccessLogSettings(destination=LogGroupLogDestination(LogGroup(stack, "Logs")), format=log_format)


def test_an_access_log_format_without_a_request_id_is_rejected(stack: Stack) -> None:
    settings = _logs_with_format(stack, AccessLogFormat.custom("$context.status"))
    with pytest.raises(ValidationError) as caught:
        WebSocketStage(
            stack,
            "Stage",
            web_socket_api=WebSocketApi(stack, "Api"),
            stage_name="dev",
            access_log_settings=settings,
        )
    assert str(caught.value) == (
        "Test/Stage: access_log_settings.format='$context.status' has no request id; API Gateway needs one "
        "in each line: add AccessLogField.context_request_id() or AccessLogField.context_extended_request_id()"
    )


@pytest.mark.parametrize(
    "text",
    [
        f"{AccessLogField.context_status()} {AccessLogField.context_request_id()}",
        f"{AccessLogField.context_extended_request_id()}",
        Lazy.string(lambda: "$context.status"),  # unknown until synth: not checked
    ],
)
def test_an_access_log_format_with_a_request_id_or_a_token_is_accepted(stack: Stack, text: str) -> None:
    settings = _logs_with_format(stack, AccessLogFormat.custom(text))
    stage = HttpStage(
        stack,
        "Stage",
        http_api=HttpApi(stack, "Api", create_default_stage=False),
        access_log_settings=settings,
    )
    assert stage.node.id == "Stage"
