"""WebSocketIamAuthorizer: a $connect route that requires SigV4, with no authorizer resource."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import WebSocketApi
from apigwv2_integrations.aws_apigatewayv2_authorizers import WebSocketIamAuthorizer
from apigwv2_integrations.aws_apigatewayv2_integrations import WebSocketMockIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of
from tests.conftest import resources_of_type


def test_iam_connect_route_renders_aws_iam_without_authorizer(stack: Stack, template: Any) -> None:
    api = WebSocketApi(stack, "Chat")
    route = api.add_route(
        "$connect", integration=WebSocketMockIntegration("Connect"), authorizer=WebSocketIamAuthorizer()
    )
    properties = properties_of(route)
    assert (properties["AuthorizationType"], "AuthorizerId" in properties) == ("AWS_IAM", False)
    assert resources_of_type(template(stack), "AWS::ApiGatewayV2::Authorizer") == {}


def test_iam_authorizer_works_only_on_connect(stack: Stack) -> None:
    api = WebSocketApi(stack, "Chat")
    with pytest.raises(ValidationError) as caught:
        api.add_route(
            "sendmessage", integration=WebSocketMockIntegration("Send"), authorizer=WebSocketIamAuthorizer()
        )
    assert str(caught.value) == (
        "Test/Chat/sendmessage-Route: authorizer is set on route_key='sendmessage'; WebSocket authorizers "
        "work only on the $connect route"
    )
