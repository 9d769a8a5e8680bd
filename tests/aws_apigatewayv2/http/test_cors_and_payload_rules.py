"""Deploy-time rules of HTTP APIs: CORS max_age in whole seconds, Lambda payload formats 1.0 and 2.0."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    CorsPreflightOptions,
    HttpApi,
    HttpIntegration,
    HttpIntegrationType,
    PayloadFormatVersion,
)
from apigwv2_integrations.core.errors import ValidationError

LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:books"


def test_cors_max_age_with_a_fraction_of_a_second_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpApi(stack, "Api", cors_preflight=CorsPreflightOptions(max_age=Duration.millis(1500)))
    assert str(caught.value) == (
        "Test/Api: cors_preflight max_age=Duration.millis(1500) is not a whole number of seconds; use e.g. "
        "Duration.seconds(300)"
    )


def test_cors_max_age_of_whole_seconds_is_rendered(stack: Stack, template: Any) -> None:
    HttpApi(stack, "Api", cors_preflight=CorsPreflightOptions(max_age=Duration.millis(2000)))
    (api,) = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::ApiGatewayV2::Api"]
    assert api["Properties"]["CorsConfiguration"] == {"MaxAge": 2}


@pytest.mark.parametrize("version", ["3.0", "2", "1.1"])
def test_lambda_integration_with_an_unknown_payload_format_is_rejected(stack: Stack, version: str) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpIntegration(
            stack,
            "Integration",
            http_api=HttpApi(stack, "Api"),
            integration_type=HttpIntegrationType.AWS_PROXY,
            integration_uri=LAMBDA_ARN,
            payload_format_version=PayloadFormatVersion.custom(version),
        )
    assert str(caught.value) == (
        f"Test/Integration: payload_format_version=PayloadFormatVersion({version!r}) is not accepted for "
        "Lambda integrations; use PayloadFormatVersion.VERSION_1_0 or PayloadFormatVersion.VERSION_2_0"
    )


@pytest.mark.parametrize("version", [PayloadFormatVersion.VERSION_1_0, PayloadFormatVersion.VERSION_2_0])
def test_lambda_integration_with_payload_format_1_0_or_2_0_is_accepted(
    stack: Stack, template: Any, version: PayloadFormatVersion
) -> None:
    HttpIntegration(
        stack,
        "Integration",
        http_api=HttpApi(stack, "Api"),
        integration_type=HttpIntegrationType.AWS_PROXY,
        integration_uri=LAMBDA_ARN,
        payload_format_version=version,
    )
    resources = template(stack)["Resources"]
    (integration,) = [r for r in resources.values() if r["Type"] == "AWS::ApiGatewayV2::Integration"]
    assert integration["Properties"]["PayloadFormatVersion"] == version.version
