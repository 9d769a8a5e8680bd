"""Deploy-time rules of API keys and usage plans: key length, quota and throttle ranges."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiKey,
    Period,
    QuotaSettings,
    RateLimitedApiKey,
    ThrottleSettings,
    UsagePlan,
)
from apigwv2_integrations.core.errors import ValidationError


@pytest.mark.parametrize("value", ["k" * 19, "k" * 129])
def test_api_key_value_outside_20_to_128_characters_is_rejected(stack: Stack, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ApiKey(stack, "Key", value=value)
    assert str(caught.value) == (
        f"Test/Key: value is {len(value)} characters long; API Gateway accepts API key values of 20 to 128 "
        "characters, or omit value to have one generated"
    )


def test_api_key_value_of_20_characters_is_accepted(stack: Stack) -> None:
    assert ApiKey(stack, "Key", value="k" * 20).node.metadata == []


def test_negative_quota_limit_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UsagePlan(stack, "Plan", quota=QuotaSettings(limit=-5, period=Period.DAY))
    assert str(caught.value) == (
        "Test/Plan: quota limit=-5 is not a whole number from 0; use an integer number of requests"
    )


def test_quota_offset_without_a_period_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        UsagePlan(stack, "Plan", quota=QuotaSettings(limit=100, offset=2))
    assert str(caught.value) == (
        "Test/Plan: quota offset=2 is set without a period; API Gateway counts the offset within a period, "
        "pass period=Period.DAY, Period.WEEK or Period.MONTH"
    )


def test_negative_plan_throttle_rate_on_a_rate_limited_key_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        RateLimitedApiKey(stack, "Key", throttle=ThrottleSettings(rate_limit=-0.5))
    assert str(caught.value) == (
        "Test/Key/UsagePlanResource: throttle rate_limit=-0.5 is negative; use a number of requests per second "
        "from 0"
    )


def test_quota_with_an_offset_and_a_period_is_accepted(stack: Stack) -> None:
    plan = UsagePlan(stack, "Plan", quota=QuotaSettings(limit=100, offset=2, period=Period.WEEK))
    assert plan.node.metadata == []
