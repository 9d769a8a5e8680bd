"""HttpJwtAuthorizer: one authorizer resource per API, JWT routes and their scopes."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod, HttpNoneAuthorizer
from apigwv2_integrations.aws_apigatewayv2_authorizers import HttpJwtAuthorizer
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import logical_id_of, properties_of
from tests.conftest import resources_of_type


def backend() -> HttpUrlIntegration:
    return HttpUrlIntegration("Backend", "https://example.com")


def test_jwt_authorizer_creates_authorizer_under_the_api(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    api.add_routes(path="/books", integration=backend(), authorizer=jwt)
    assert properties_of(api.node.find_child("Jwt")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "AuthorizerType": "JWT",
        "IdentitySource": ["$request.header.Authorization"],
        "JwtConfiguration": {"Audience": ["books"], "Issuer": "https://issuer.example.com"},
        "Name": "Jwt",
    }


def test_jwt_authorizer_renders_name_and_identity_source(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    jwt = HttpJwtAuthorizer(
        "Jwt",
        "https://issuer.example.com",
        jwt_audience=["books"],
        authorizer_name="books-jwt",
        identity_source=["$request.header.X-Token"],
    )
    api.add_routes(path="/books", integration=backend(), authorizer=jwt)
    properties = properties_of(api.node.find_child("Jwt"))
    assert (properties["Name"], properties["IdentitySource"]) == ("books-jwt", ["$request.header.X-Token"])


def test_jwt_route_renders_authorizer_and_scopes(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    (route,) = api.add_routes(
        path="/books",
        methods=[HttpMethod.GET],
        integration=backend(),
        authorizer=jwt,
        authorization_scopes=["read"],
    )
    properties = properties_of(route)
    assert (
        properties["AuthorizationType"],
        properties["AuthorizerId"],
        properties["AuthorizationScopes"],
    ) == (
        "JWT",
        {"Ref": logical_id_of(api.node.find_child("Jwt"))},
        ["read"],
    )


def test_jwt_authorizer_is_created_once_per_api(stack: Stack, template: Any) -> None:
    api = HttpApi(stack, "Api")
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    api.add_routes(path="/books", integration=backend(), authorizer=jwt)
    api.add_routes(
        path="/authors", integration=HttpUrlIntegration("Authors", "https://example.com"), authorizer=jwt
    )
    assert len(resources_of_type(template(stack), "AWS::ApiGatewayV2::Authorizer")) == 1


def test_default_authorizer_and_scopes_apply_to_added_routes(stack: Stack) -> None:
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    api = HttpApi(stack, "Api", default_authorizer=jwt, default_authorization_scopes=["read"])
    (route,) = api.add_routes(path="/books", integration=backend())
    properties = properties_of(route)
    assert (properties["AuthorizationType"], properties["AuthorizationScopes"]) == ("JWT", ["read"])


def test_route_scopes_replace_default_scopes(stack: Stack) -> None:
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    api = HttpApi(stack, "Api", default_authorizer=jwt, default_authorization_scopes=["read"])
    (route,) = api.add_routes(path="/books", integration=backend(), authorization_scopes=["write"])
    assert properties_of(route)["AuthorizationScopes"] == ["write"]


def test_none_authorizer_overrides_default_authorizer(stack: Stack) -> None:
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    api = HttpApi(stack, "Api", default_authorizer=jwt)
    (route,) = api.add_routes(path="/health", integration=backend(), authorizer=HttpNoneAuthorizer())
    properties = properties_of(route)
    assert properties["AuthorizationType"] == "NONE"
    assert "AuthorizerId" not in properties


def test_jwt_authorizer_id_needs_a_route_first() -> None:
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    with pytest.raises(ValidationError) as caught:
        _ = jwt.authorizer_id
    assert str(caught.value) == "HttpJwtAuthorizer 'Jwt' has no authorizer yet; bind it to a route first"
