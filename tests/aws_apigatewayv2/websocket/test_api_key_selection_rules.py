"""Deploy-time rule of WebSocket APIs: the two API key selection expressions API Gateway accepts."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack, Token
from apigwv2_integrations.aws_apigatewayv2 import WebSocketApi, WebSocketApiKeySelectionExpression
from apigwv2_integrations.core.errors import ValidationError


@pytest.mark.parametrize(
    "expression", ["$request.header.X-Api-Key", "$request.querystring.key", "$context.identity.apiKey", ""]
)
def test_other_api_key_selection_expressions_are_rejected(stack: Stack, expression: str) -> None:
    with pytest.raises(ValidationError) as caught:
        WebSocketApi(
            stack, "Api", api_key_selection_expression=WebSocketApiKeySelectionExpression(expression)
        )
    assert str(caught.value) == (
        f"Test/Api: api_key_selection_expression=WebSocketApiKeySelectionExpression({expression!r}) is "
        "rejected by API Gateway; use WebSocketApiKeySelectionExpression.HEADER_X_API_KEY "
        "('$request.header.x-api-key') or WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY "
        "('$context.authorizer.usageIdentifierKey')"
    )


@pytest.mark.parametrize(
    "selector",
    [
        WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
        WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY,
        WebSocketApiKeySelectionExpression("$request.header.x-api-key"),
    ],
)
def test_the_two_supported_expressions_are_accepted(
    stack: Stack, template: Any, selector: WebSocketApiKeySelectionExpression
) -> None:
    WebSocketApi(stack, "Api", api_key_selection_expression=selector)
    resources = template(stack)["Resources"]
    (api,) = [r for r in resources.values() if r["Type"] == "AWS::ApiGatewayV2::Api"]
    assert api["Properties"]["ApiKeySelectionExpression"] == selector.custom_api_key_selector


def test_unresolved_expression_is_left_to_cloudformation(stack: Stack) -> None:
    expression = Token.as_string({"Ref": "KeySelector"})
    api = WebSocketApi(
        stack, "Api", api_key_selection_expression=WebSocketApiKeySelectionExpression(expression)
    )
    assert api.node.metadata == []
