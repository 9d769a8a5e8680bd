"""Deploy-time rules of HTTP authorizers: the result cache lasts at most an hour."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpAuthorizer, HttpAuthorizerType
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of

LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations"


def authorizer(stack: Stack, ttl: Duration) -> HttpAuthorizer:
    return HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=HttpApi(stack, "Api"),
        identity_source=["$request.header.Authorization"],
        type=HttpAuthorizerType.LAMBDA,
        authorizer_uri=LAMBDA_URI,
        results_cache_ttl=ttl,
    )


def test_cache_ttl_over_an_hour_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        authorizer(stack, Duration.hours(2))
    assert str(caught.value) == (
        "Test/Authorizer: results_cache_ttl=Duration.hours(2) is over API Gateway's limit of one hour; use at "
        "most Duration.hours(1), or Duration.seconds(0) to turn caching off"
    )


def test_cache_ttl_of_an_hour_is_accepted(stack: Stack) -> None:
    assert properties_of(authorizer(stack, Duration.hours(1)))["AuthorizerResultTtlInSeconds"] == 3600


def test_more_than_fifty_jwt_audiences_are_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpAuthorizer(
            stack,
            "Authorizer",
            http_api=HttpApi(stack, "Api"),
            identity_source=["$request.header.Authorization"],
            type=HttpAuthorizerType.JWT,
            jwt_issuer="https://issuer.example.com",
            jwt_audience=[f"a{n}" for n in range(51)],
        )
    assert str(caught.value) == (
        "Test/Authorizer: jwt_audience has 51 entries; API Gateway allows at most 50 audiences per authorizer"
    )
