"""An empty string is a value, not a missing one: names stay empty, and an empty target counts as none."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpAuthorizer,
    HttpAuthorizerType,
    HttpIntegration,
    HttpIntegrationType,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def test_empty_api_name_is_rendered_instead_of_the_id(stack: Stack) -> None:
    api = HttpApi(stack, "Api", api_name="")
    assert api.http_api_name == ""
    assert properties_of(api)["Name"] == ""


def test_empty_authorizer_name_is_rendered_instead_of_the_id(stack: Stack) -> None:
    authorizer = HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=HttpApi(stack, "Api"),
        type=HttpAuthorizerType.JWT,
        identity_source=["$request.header.Authorization"],
        jwt_issuer="https://issuer.example.com",
        jwt_audience=["audience"],
        authorizer_name="",
    )
    assert properties_of(authorizer)["Name"] == ""


def test_empty_integration_uri_without_subtype_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpIntegration(
            stack,
            "Integration",
            http_api=HttpApi(stack, "Api"),
            integration_type=HttpIntegrationType.HTTP_PROXY,
            integration_uri="",
        )
    assert str(caught.value) == (
        "Test/Integration: integration_uri='' is empty and integration_subtype is None; pass one of them"
    )


def test_url_integration_with_an_empty_url_is_rejected(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(ValidationError) as caught:
        api.add_routes(path="/books", integration=HttpUrlIntegration("Books", ""))
    assert str(caught.value) == (
        "Test/Api/ANY--books/Books: integration_uri='' is empty and integration_subtype is None; "
        "pass one of them"
    )


def test_jwt_authorizer_with_an_empty_issuer_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpAuthorizer(
            stack,
            "Authorizer",
            http_api=HttpApi(stack, "Api"),
            type=HttpAuthorizerType.JWT,
            identity_source=["$request.header.Authorization"],
            jwt_issuer="",
            jwt_audience=["audience"],
        )
    assert str(caught.value) == "Test/Authorizer: JWT authorizers need jwt_audience and jwt_issuer; pass both"


def test_lambda_authorizer_with_an_empty_uri_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpAuthorizer(
            stack,
            "Authorizer",
            http_api=HttpApi(stack, "Api"),
            type=HttpAuthorizerType.LAMBDA,
            identity_source=["$request.header.Authorization"],
            authorizer_uri="",
        )
    assert str(caught.value) == (
        "Test/Authorizer: authorizer_uri=''; Lambda authorizers need the function's invoke URI"
    )
