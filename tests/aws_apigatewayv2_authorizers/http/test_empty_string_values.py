"""HTTP authorizers keep an empty string as given: a region or issuer of "" is not replaced by a default."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_cognito as cognito
from apigwv2_integrations.aws_apigatewayv2 import HttpApi
from apigwv2_integrations.aws_apigatewayv2_authorizers import HttpJwtAuthorizer, HttpUserPoolAuthorizer
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type


def backend() -> HttpUrlIntegration:
    return HttpUrlIntegration("Backend", "https://example.com")


def test_user_pool_authorizer_keeps_an_empty_region_in_the_issuer(stack: Stack, template: Any) -> None:
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_abc")
    HttpApi(stack, "Api").add_routes(
        path="/books",
        integration=backend(),
        authorizer=HttpUserPoolAuthorizer("Auth", pool, user_pool_region=""),
    )
    (authorizer,) = resources_of_type(template(stack), "AWS::ApiGatewayV2::Authorizer").values()
    assert authorizer["Properties"]["JwtConfiguration"]["Issuer"] == (
        "https://cognito-idp..amazonaws.com/us-east-1_abc"
    )


def test_jwt_authorizer_with_an_empty_issuer_is_rejected_when_bound(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(
            path="/books", integration=backend(), authorizer=HttpJwtAuthorizer("Auth", "", jwt_audience=["a"])
        )
    assert str(caught.value) == "Test/Api/Auth: JWT authorizers need jwt_audience and jwt_issuer; pass both"
