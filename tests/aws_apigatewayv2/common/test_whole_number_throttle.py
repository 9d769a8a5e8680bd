"""Throttle limits computed as whole floats (`rate * 2.0`) reach the template as integers, as aws-cdk-lib
writes them; a fractional burst limit is still an error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpStage,
    ThrottleSettings,
    WebSocketApi,
    WebSocketStage,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type


def stage_route_settings(template: dict[str, Any]) -> list[dict[str, Any]]:
    stages = resources_of_type(template, "AWS::ApiGatewayV2::Stage").values()
    return [stage["Properties"]["DefaultRouteSettings"] for stage in stages]


def test_whole_float_burst_limit_of_an_http_stage_is_an_integer(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    rate = 40.0
    HttpStage(stack, "Live", http_api=api, throttle=ThrottleSettings(rate_limit=rate, burst_limit=rate * 2.5))

    (settings,) = stage_route_settings(template(stack))

    assert settings == {"ThrottlingBurstLimit": 100, "ThrottlingRateLimit": 40}
    assert type(settings["ThrottlingBurstLimit"]) is int


def test_whole_float_burst_limit_of_a_web_socket_stage_is_an_integer(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    api = WebSocketApi(stack, "Api")
    WebSocketStage(
        stack, "Live", web_socket_api=api, stage_name="live", throttle=ThrottleSettings(burst_limit=5.0)
    )

    (settings,) = stage_route_settings(template(stack))

    assert settings == {"ThrottlingBurstLimit": 5}
    assert type(settings["ThrottlingBurstLimit"]) is int


def test_fractional_burst_limit_is_still_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api", create_default_stage=False)
    with pytest.raises(ValidationError) as caught:
        HttpStage(stack, "Live", http_api=api, throttle=ThrottleSettings(burst_limit=12.5))
    assert str(caught.value) == (
        "Test/Live: throttle burst_limit=12.5 is not a whole number from 0; use an integer number of requests"
    )
