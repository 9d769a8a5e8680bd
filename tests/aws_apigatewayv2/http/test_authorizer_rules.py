"""Deploy-time rules of HTTP authorizers: cache TTL, audiences, identity sources, the authorizer quota."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Duration, Lazy, Stack
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


def test_lambda_identity_source_of_an_unknown_form_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpAuthorizer(
            stack,
            "Authorizer",
            http_api=HttpApi(stack, "Api"),
            identity_source=["$request.header.Authorization", "header.X-Token"],
            type=HttpAuthorizerType.LAMBDA,
            authorizer_uri=LAMBDA_URI,
        )
    assert str(caught.value) == (
        "Test/Authorizer: identity_source[1]='header.X-Token' is not a source API Gateway reads for a Lambda "
        "authorizer; use '$request.header.NAME', '$request.querystring.NAME', '$context.NAME' or "
        "'$stageVariables.NAME'"
    )


def test_lambda_identity_sources_of_every_form_are_accepted(stack: Stack) -> None:
    sources = [
        "$request.header.X-Key",
        "$request.querystring.token",
        "$context.sourceIp",
        "$stageVariables.v",
    ]
    authorizer = HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=HttpApi(stack, "Api"),
        identity_source=sources,
        type=HttpAuthorizerType.LAMBDA,
        authorizer_uri=LAMBDA_URI,
    )
    assert properties_of(authorizer)["IdentitySource"] == sources


def test_jwt_identity_source_with_two_entries_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpAuthorizer(
            stack,
            "Authorizer",
            http_api=HttpApi(stack, "Api"),
            identity_source=["$request.header.Authorization", "$context.sourceIp"],
            type=HttpAuthorizerType.JWT,
            jwt_issuer="https://issuer.example.com",
            jwt_audience=["books"],
        )
    assert str(caught.value) == (
        "Test/Authorizer: identity_source=['$request.header.Authorization', '$context.sourceIp'] is not a JWT "
        "source API Gateway accepts; use one entry, '$request.header.NAME' or '$request.querystring.NAME', "
        "e.g. ['$request.header.Authorization']"
    )


def test_identity_source_tokens_are_not_checked(stack: Stack) -> None:
    source = Lazy.string(lambda: "$request.header.Authorization")
    authorizer = HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=HttpApi(stack, "Api"),
        identity_source=[source],
        type=HttpAuthorizerType.JWT,
        jwt_issuer="https://issuer.example.com",
        jwt_audience=["books"],
    )
    assert properties_of(authorizer)["IdentitySource"] == ["$request.header.Authorization"]


def test_more_authorizers_than_the_default_quota_is_a_warning(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    authorizers = [
        HttpAuthorizer(
            stack,
            f"Authorizer{n}",
            http_api=api,
            identity_source=["$request.header.Authorization"],
            type=HttpAuthorizerType.LAMBDA,
            authorizer_uri=LAMBDA_URI,
        )
        for n in range(11)
    ]
    assert [entry.data for entry in authorizers[-1].node.metadata] == [
        "the API has more than 10 authorizers, API Gateway's default quota; ask for a quota increase before "
        "deploying [ack: apigwv2:authorizer-quota]"
    ]
    assert authorizers[9].node.metadata == []
