"""UserPoolResourceServer and ResourceServerScope: the server, its scopes and OAuth scope names."""

from __future__ import annotations

import attrs

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_cognito import (
    IUserPoolResourceServer,
    OAuthScope,
    ResourceServerScope,
    UserPool,
    UserPoolResourceServer,
    UserPoolResourceServerProps,
)
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of


def test_resource_server_keywords_match_props_fields() -> None:
    assert keyword_names(UserPoolResourceServer.__init__) == {
        f.name for f in attrs.fields(UserPoolResourceServerProps)
    }


def test_resource_server_name_defaults_to_its_identifier(stack: Stack) -> None:
    server = UserPool(stack, "Pool").add_resource_server("Server", identifier="books")
    assert properties_of(server)["Name"] == "books"


def test_o_auth_scope_of_a_resource_server_joins_server_and_scope(stack: Stack) -> None:
    server = UserPool(stack, "Pool").add_resource_server("Server", identifier="books")
    scope = OAuthScope.resource_server(
        server, ResourceServerScope(scope_name="read", scope_description="Read")
    )
    assert stack.resolve(scope.scope_name) == {"Fn::Join": ["", [{"Ref": logical_id_of(server)}, "/read"]]}


def test_imported_resource_server_keeps_its_id(stack: Stack) -> None:
    server = UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Server", "books")
    assert isinstance(server, IUserPoolResourceServer)
    assert server.user_pool_resource_server_id == "books"
