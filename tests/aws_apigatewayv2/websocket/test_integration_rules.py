"""Deploy-time rules of WebSocket integrations: the integration quota of an API, request parameters."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Fn, Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    WebSocketApi,
    WebSocketIntegration,
    WebSocketIntegrationType,
)
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def _aws_integration(stack: Stack, request_parameters: dict[str, str]) -> WebSocketIntegration:
    return WebSocketIntegration(
        stack,
        "Enqueue",
        web_socket_api=WebSocketApi(stack, "Api"),
        integration_type=WebSocketIntegrationType.AWS,
        integration_uri="arn:aws:apigateway:eu-west-1:sqs:path/123456789012/inbound",
        integration_method="POST",
        request_parameters=request_parameters,
    )


def test_request_parameters_of_every_form_api_gateway_accepts_render(stack: Stack) -> None:
    parameters = {
        "integration.request.header.Content-Type": "'application/x-www-form-urlencoded'",
        "integration.request.header.connectionId": "context.connectionId",
        "integration.request.querystring.token": "route.request.querystring.token",
        "integration.request.querystring.names": "route.request.multivaluequerystring.name",
        "integration.request.header.X-Auth": "route.request.header.Authorization",
        "integration.request.header.X-Tier": "stageVariables.tier",
        "integration.request.path.room": "route.request.body.room.id",
        "integration.request.header.X-Table": Fn.import_value("TableName"),
    }
    integration = _aws_integration(stack, parameters)
    assert stack.resolve(properties_of(integration)["RequestParameters"]) == {
        **parameters,
        "integration.request.header.X-Table": {"Fn::ImportValue": "TableName"},
    }


def test_a_request_parameter_key_of_another_form_is_an_error(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        _aws_integration(stack, {"append:header.X-Conn": "context.connectionId"})
    assert str(caught.value) == (
        "Test/Enqueue: request_parameters key 'append:header.X-Conn' is rejected by API Gateway; use "
        "'integration.request.header.NAME', 'integration.request.querystring.NAME' or "
        "'integration.request.path.NAME'"
    )


def test_a_request_parameter_value_of_the_http_api_form_is_an_error(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        _aws_integration(stack, {"integration.request.header.X-Auth": "$request.header.Authorization"})
    assert str(caught.value) == (
        "Test/Enqueue: request_parameters['integration.request.header.X-Auth']='$request.header.Authorization' "
        "is rejected by API Gateway; use 'route.request.header.NAME', 'route.request.querystring.NAME' (on "
        "$connect), 'route.request.body.PATH', 'context.NAME', 'stageVariables.NAME' or a static value in "
        "single quotes, e.g. \"'application/json'\""
    )


def test_more_integrations_than_the_default_quota_is_a_warning(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    integrations = [
        WebSocketIntegration(
            stack,
            f"Integration{n}",
            web_socket_api=api,
            integration_type=WebSocketIntegrationType.MOCK,
            integration_uri="",
        )
        for n in range(301)
    ]
    assert [entry.data for entry in integrations[-1].node.metadata] == [
        "the API has more than 300 integrations, API Gateway's default quota; ask for a quota increase before "
        "deploying [ack: apigwv2:integration-quota]"
    ]
    assert integrations[299].node.metadata == []
