"""Deploy-time rules of HTTP integrations: payload format 1.0 for HTTP proxies and AWS services."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegration,
    HttpIntegrationSubtype,
    HttpIntegrationType,
    PayloadFormatVersion,
)
from apigwv2_integrations.core.errors import ValidationError


def test_http_proxy_with_payload_format_2_0_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpIntegration(
            stack,
            "Integration",
            http_api=HttpApi(stack, "Api"),
            integration_type=HttpIntegrationType.HTTP_PROXY,
            integration_uri="https://example.com",
            payload_format_version=PayloadFormatVersion.VERSION_2_0,
        )
    assert str(caught.value) == (
        "Test/Integration: payload_format_version=PayloadFormatVersion('2.0') is not accepted for HTTP_PROXY "
        "integrations; use PayloadFormatVersion.VERSION_1_0"
    )


def test_aws_service_integration_with_payload_format_2_0_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpIntegration(
            stack,
            "Integration",
            http_api=HttpApi(stack, "Api"),
            integration_type=HttpIntegrationType.AWS_PROXY,
            integration_subtype=HttpIntegrationSubtype.SQS_SEND_MESSAGE,
            payload_format_version=PayloadFormatVersion.VERSION_2_0,
        )
    assert str(caught.value) == (
        "Test/Integration: payload_format_version=PayloadFormatVersion('2.0') is not accepted for "
        "SQS-SendMessage integrations; use PayloadFormatVersion.VERSION_1_0"
    )


def test_http_proxy_with_payload_format_1_0_is_accepted(stack: Stack) -> None:
    integration = HttpIntegration(
        stack,
        "Integration",
        http_api=HttpApi(stack, "Api"),
        integration_type=HttpIntegrationType.HTTP_PROXY,
        integration_uri="https://example.com",
        payload_format_version=PayloadFormatVersion.VERSION_1_0,
    )
    assert integration.node.path == "Test/Integration"


def test_more_than_300_integrations_on_an_http_api_are_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api")

    def integration(n: int) -> HttpIntegration:
        return HttpIntegration(
            stack,
            f"Integration{n}",
            http_api=api,
            integration_type=HttpIntegrationType.HTTP_PROXY,
            integration_uri=f"https://example.com/{n}",
        )

    for n in range(300):
        integration(n)
    with pytest.raises(ValidationError) as caught:
        integration(300)
    assert str(caught.value) == (
        "Test/Integration300: this is integration 301 of the API; API Gateway allows at most 300 integrations "
        "per HTTP API, share integrations between routes or split the API"
    )
