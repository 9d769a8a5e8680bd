"""HttpUserPoolAuthorizer: a JWT authorizer whose issuer is a Cognito user pool and audience its clients."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_cognito as cognito
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod
from apigwv2_integrations.aws_apigatewayv2_authorizers import (
    HttpUserPoolAuthorizer,
    HttpUserPoolAuthorizerProps,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of


def backend() -> HttpUrlIntegration:
    return HttpUrlIntegration("Backend", "https://example.com")


def test_user_pool_authorizer_keywords_match_props_fields() -> None:
    assert keyword_names(HttpUserPoolAuthorizer.__init__) - {"id", "pool"} == {
        f.name for f in attrs.fields(HttpUserPoolAuthorizerProps)
    }


def test_user_pool_authorizer_adds_a_client_to_the_pool_when_given_none(stack: Stack) -> None:
    pool = cognito.UserPool(stack, "Pool")
    api = HttpApi(stack, "Api")
    api.add_routes(path="/books", integration=backend(), authorizer=HttpUserPoolAuthorizer("Auth", pool))
    client = pool.node.find_child("UserPoolAuthorizerClient")
    properties = properties_of(api.node.find_child("Auth"))
    assert properties["JwtConfiguration"] == {
        "Audience": [{"Ref": logical_id_of(client)}],
        "Issuer": {
            "Fn::Join": [
                "",
                [
                    "https://cognito-idp.",
                    {"Ref": "AWS::Region"},
                    ".amazonaws.com/",
                    {"Ref": logical_id_of(pool)},
                ],
            ]
        },
    }


def test_user_pool_authorizer_is_created_once_per_api(stack: Stack) -> None:
    pool = cognito.UserPool(stack, "Pool")
    api = HttpApi(stack, "Api")
    authorizer = HttpUserPoolAuthorizer("Auth", pool)
    api.add_routes(
        path="/books", methods=[HttpMethod.GET, HttpMethod.POST], integration=backend(), authorizer=authorizer
    )
    assert stack.resolve(authorizer.authorizer_id) == {"Ref": logical_id_of(api.node.find_child("Auth"))}
    assert authorizer.authorization_type == "JWT"


def test_user_pool_authorizer_id_needs_a_route_first(stack: Stack) -> None:
    authorizer = HttpUserPoolAuthorizer("Auth", cognito.UserPool(stack, "Pool"))
    with pytest.raises(ValidationError) as caught:
        _ = authorizer.authorizer_id
    assert (
        str(caught.value) == "HttpUserPoolAuthorizer 'Auth' has no authorizer yet; bind it to a route first"
    )
