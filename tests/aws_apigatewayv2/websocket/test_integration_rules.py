"""Deploy-time rules of WebSocket integrations: the integration quota of an API."""

from __future__ import annotations

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    WebSocketApi,
    WebSocketIntegration,
    WebSocketIntegrationType,
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
