"""HttpUserPoolAuthorizer with an empty list of clients: refused when bound, naming the argument the caller
gave (the clients are the authorizer's JWT audiences, and API Gateway needs at least one)."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_cognito as cognito
from apigwv2_integrations.aws_apigatewayv2 import HttpApi
from apigwv2_integrations.aws_apigatewayv2_authorizers import HttpUserPoolAuthorizer
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type


def test_user_pool_authorizer_with_an_empty_client_list_is_refused_when_bound(stack: Stack) -> None:
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_abc")
    authorizer = HttpUserPoolAuthorizer("Auth", pool, user_pool_clients=[])
    with pytest.raises(ValidationError) as caught:
        HttpApi(stack, "Api").add_routes(
            path="/books", integration=HttpUrlIntegration("Backend", "https://a"), authorizer=authorizer
        )
    assert str(caught.value) == (
        "Test/Api: HttpUserPoolAuthorizer 'Auth': user_pool_clients=[] names no client; pass at least one user "
        "pool client, or leave user_pool_clients out to have one added to the pool"
    )


def test_user_pool_authorizer_without_clients_adds_one_to_the_pool(stack: Stack, template: Any) -> None:
    pool = cognito.UserPool(stack, "Pool")
    HttpApi(stack, "Api").add_routes(
        path="/books",
        integration=HttpUrlIntegration("Backend", "https://a"),
        authorizer=HttpUserPoolAuthorizer("Auth", pool),
    )
    assert len(resources_of_type(template(stack), "AWS::Cognito::UserPoolClient")) == 1
