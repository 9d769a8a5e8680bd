"""Deploy-time rules of HTTP APIs: CORS settings API Gateway accepts."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_apigatewayv2 import CorsPreflightOptions, HttpApi
from apigwv2_integrations.core.errors import ValidationError


def test_cors_max_age_over_a_day_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpApi(stack, "Api", cors_preflight=CorsPreflightOptions(max_age=Duration.days(2)))
    assert str(caught.value) == (
        "Test/Api: cors_preflight max_age=Duration.days(2) is over API Gateway's limit; use at most "
        "Duration.days(1)"
    )
