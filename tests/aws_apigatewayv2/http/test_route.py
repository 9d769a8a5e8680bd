"""HttpRoute and HttpRouteKey: route keys, path rules, targets, authorization and ARNs."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpMethod,
    HttpNoneAuthorizer,
    HttpRoute,
    HttpRouteAuthorizerConfig,
    HttpRouteIntegration,
    HttpRouteIntegrationConfig,
    HttpRouteKey,
    HttpRouteProps,
    IHttpRoute,
)
from apigwv2_integrations.aws_apigatewayv2_authorizers import HttpJwtAuthorizer
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of


def url_integration() -> HttpUrlIntegration:
    return HttpUrlIntegration("Backend", "https://example.com")


def route_arn(api_ref: str, suffix: str) -> dict[str, object]:
    return {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":execute-api:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":",
                {"Ref": api_ref},
                suffix,
            ],
        ]
    }


def test_http_route_keywords_match_props_fields() -> None:
    assert keyword_names(HttpRoute.__init__) == {f.name for f in attrs.fields(HttpRouteProps)}


def test_route_key_with_method_and_path() -> None:
    key = HttpRouteKey.with_("/books", HttpMethod.GET)
    assert (key.key, key.method, key.path) == ("GET /books", HttpMethod.GET, "/books")


def test_route_key_without_method_is_any() -> None:
    # Differs from aws-cdk-lib, which renders "undefined /books".
    key = HttpRouteKey.with_("/books")
    assert (key.key, key.method, key.path) == ("ANY /books", HttpMethod.ANY, "/books")


def test_route_key_default_has_no_method_or_path() -> None:
    key = HttpRouteKey.DEFAULT
    assert (key.key, key.method, key.path) == ("$default", None, None)


def test_route_key_accepts_root_path() -> None:
    assert HttpRouteKey.with_("/", HttpMethod.GET).key == "GET /"


def test_route_key_accepts_path_variables() -> None:
    assert HttpRouteKey.with_("/books/{id}/pages/{page}").key == "ANY /books/{id}/pages/{page}"


def test_route_key_accepts_greedy_variable_at_the_end() -> None:
    assert HttpRouteKey.with_("/files/{proxy+}").key == "ANY /files/{proxy+}"


def test_route_key_accepts_a_path_of_1000_characters() -> None:
    path = "/" + "a" * 999
    assert HttpRouteKey.with_(path).path == path


def test_route_key_rejects_missing_leading_slash() -> None:
    with pytest.raises(ValidationError) as caught:
        HttpRouteKey.with_("books")
    assert str(caught.value) == (
        "HttpRouteKey.with_: path='books' must start with '/'; use a path like '/books/{id}' or '/{proxy+}'"
    )


def test_route_key_rejects_trailing_slash() -> None:
    with pytest.raises(ValidationError) as caught:
        HttpRouteKey.with_("/books/")
    assert str(caught.value) == (
        "HttpRouteKey.with_: path='/books/' must not end with '/'; "
        "use a path like '/books/{id}' or '/{proxy+}'"
    )


def test_route_key_rejects_more_than_1000_characters() -> None:
    with pytest.raises(ValidationError) as caught:
        HttpRouteKey.with_("/" + "a" * 1000)
    assert str(caught.value) == (
        "HttpRouteKey.with_: path='/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'... is 1001 characters long; "
        "use at most 1000"
    )


def test_route_key_rejects_greedy_variable_before_the_end() -> None:
    with pytest.raises(ValidationError) as caught:
        HttpRouteKey.with_("/files/{proxy+}/meta")
    assert str(caught.value) == (
        "HttpRouteKey.with_: path='/files/{proxy+}/meta' has a greedy variable '{proxy+}' before the end; "
        "it must be the last segment"
    )


def test_route_key_rejects_empty_segment() -> None:
    with pytest.raises(ValidationError) as caught:
        HttpRouteKey.with_("/books//pages")
    assert str(caught.value) == (
        "HttpRouteKey.with_: path='/books//pages' has an invalid segment ''; segments are literal text or "
        "{name} / {name+} path variables"
    )


def test_route_key_rejects_unbalanced_braces() -> None:
    with pytest.raises(ValidationError) as caught:
        HttpRouteKey.with_("/books/{id")
    assert str(caught.value) == (
        "HttpRouteKey.with_: path='/books/{id' has an invalid segment '{id'; segments are literal text or "
        "{name} / {name+} path variables"
    )


def test_route_key_skips_checks_for_tokens(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    assert HttpRouteKey.with_(api.api_id).path == api.api_id


def test_route_key_with_tokens_checks_the_literal_start_and_end(stack: Stack) -> None:
    value = CfnParameter(stack, "Segment").value_as_string
    assert HttpRouteKey.with_("/items/" + value).path == "/items/" + value
    with pytest.raises(ValidationError, match=r"path='items/\$\{Token\[.*must start with '/'"):
        HttpRouteKey.with_("items/" + value)
    with pytest.raises(ValidationError, match=r"path='/items/\$\{Token\[.*\]\}/' must not end with '/'"):
        HttpRouteKey.with_("/items/" + value + "/")


def test_route_renders_key_target_and_no_authorization(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    route = HttpRoute(
        stack,
        "Route",
        http_api=api,
        route_key=HttpRouteKey.with_("/books", HttpMethod.GET),
        integration=url_integration(),
    )
    assert properties_of(route) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "AuthorizationType": "NONE",
        "RouteKey": "GET /books",
        "Target": {
            "Fn::Join": ["", ["integrations/", {"Ref": logical_id_of(route.node.find_child("Backend"))}]]
        },
    }


def test_route_none_authorizer_renders_none_and_keeps_scopes_as_aws_cdk_lib(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    route = HttpRoute(
        stack,
        "Route",
        http_api=api,
        route_key=HttpRouteKey.with_("/books"),
        integration=url_integration(),
        authorizer=HttpNoneAuthorizer(),
        authorization_scopes=["books:read"],
    )
    properties = properties_of(route)
    assert properties["AuthorizationType"] == "NONE"
    assert properties["AuthorizationScopes"] == ["books:read"]


class _SharedAuthorizer:
    """A route authorizer written in an app, returning aws_cdk's AuthorizationType string."""

    def __init__(self, authorization_type: str) -> None:
        self.authorization_type = authorization_type

    def bind(self, *, route: object, scope: object) -> HttpRouteAuthorizerConfig:
        return HttpRouteAuthorizerConfig(authorization_type=self.authorization_type, authorizer_id="abc123")


class _DictAuthorizer:
    def bind(self, *, route: object, scope: object) -> object:
        return {"authorization_type": "CUSTOM"}


def books_route(stack: Stack, authorizer: object) -> HttpRoute:
    return HttpRoute(
        stack,
        "Route",
        http_api=HttpApi(stack, "Api"),
        route_key=HttpRouteKey.with_("/books", HttpMethod.GET),
        integration=url_integration(),
        authorizer=authorizer,  # type: ignore[arg-type]
    )


def test_route_authorizer_config_takes_an_authorization_type_string(stack: Stack) -> None:
    properties = properties_of(books_route(stack, _SharedAuthorizer("CUSTOM")))
    assert (properties["AuthorizationType"], properties["AuthorizerId"]) == ("CUSTOM", "abc123")


def test_route_authorizer_config_with_an_unknown_authorization_type_is_an_error(stack: Stack) -> None:
    with pytest.raises(ValidationError) as raised:
        books_route(stack, _SharedAuthorizer("BOGUS"))
    assert str(raised.value) == (
        "Test/Route: authorizer _SharedAuthorizer returned authorization_type='BOGUS'; use 'AWS_IAM', 'JWT', "
        "'CUSTOM' or 'NONE'"
    )


def test_route_authorizer_bind_returning_a_dict_is_an_error(stack: Stack) -> None:
    with pytest.raises(TypeError) as raised:
        books_route(stack, _DictAuthorizer())
    assert str(raised.value) == (
        "Test/Route: authorizer _DictAuthorizer returned {'authorization_type': 'CUSTOM'} from bind(); "
        "bind() must return HttpRouteAuthorizerConfig(...)"
    )


def test_route_integration_bind_returning_none_is_an_error(stack: Stack) -> None:
    class NoConfig(HttpRouteIntegration):
        def bind(self, *, route: IHttpRoute, scope: Construct) -> HttpRouteIntegrationConfig:
            return None  # type: ignore[return-value]

    with pytest.raises(TypeError) as raised:
        HttpApi(stack, "Api").add_routes(path="/books", integration=NoConfig("Books"))
    assert str(raised.value) == (
        "Test/Api/ANY--books: integration 'Books' returned None from bind(); "
        "bind() must return HttpRouteIntegrationConfig(...)"
    )


def test_route_id_is_the_route_ref(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    route = HttpRoute(
        stack, "Route", http_api=api, route_key=HttpRouteKey.with_("/books"), integration=url_integration()
    )
    assert stack.resolve(route.route_id) == {"Ref": logical_id_of(route)}


def test_route_path_is_the_key_path(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    route = HttpRoute(
        stack, "Route", http_api=api, route_key=HttpRouteKey.with_("/books"), integration=url_integration()
    )
    assert route.path == "/books"


def test_default_route_has_no_path(stack: Stack) -> None:
    api = HttpApi(stack, "Api", default_integration=url_integration())
    route = api.node.find_child("DefaultRoute")
    assert isinstance(route, HttpRoute)
    assert route.path is None


def test_route_arn_uses_method_and_path(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    route = HttpRoute(
        stack,
        "Route",
        http_api=api,
        route_key=HttpRouteKey.with_("/books", HttpMethod.GET),
        integration=url_integration(),
    )
    assert stack.resolve(route.route_arn) == route_arn("ApiF70053CD", "/*/GET/books")


def test_route_arn_of_any_route_is_a_method_wildcard(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    route = HttpRoute(
        stack, "Route", http_api=api, route_key=HttpRouteKey.with_("/books"), integration=url_integration()
    )
    assert stack.resolve(route.route_arn) == route_arn("ApiF70053CD", "/*/*/books")


def test_route_arn_replaces_path_variables_and_the_rest_with_wildcard(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    route = HttpRoute(
        stack,
        "Route",
        http_api=api,
        route_key=HttpRouteKey.with_("/books/{id}/pages", HttpMethod.GET),
        integration=url_integration(),
    )
    assert stack.resolve(route.route_arn) == route_arn("ApiF70053CD", "/*/GET/books/*")


def test_route_arn_of_default_route_covers_the_root(stack: Stack) -> None:
    api = HttpApi(stack, "Api", default_integration=url_integration())
    route = api.node.find_child("DefaultRoute")
    assert isinstance(route, HttpRoute)
    assert stack.resolve(route.route_arn) == route_arn("ApiF70053CD", "/*/*/")


def test_route_rejects_an_integration_of_another_kind(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    with pytest.raises(TypeError) as caught:
        HttpRoute(
            stack,
            "Route",
            http_api=api,
            route_key=HttpRouteKey.with_("/books"),
            integration="https://example.com",  # type: ignore[arg-type]
        )
    assert str(caught.value) == (
        "Test/Route: integration='https://example.com' is a str; use an HttpRouteIntegration, such as "
        "HttpAlbIntegration, HttpEventBridgeIntegration or HttpLambdaIntegration"
    )


def test_route_takes_the_api_default_authorizer_and_scopes_unless_given(stack: Stack) -> None:
    api = HttpApi(
        stack,
        "Api",
        default_authorizer=HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["aud"]),
        default_authorization_scopes=["read"],
    )
    backend = url_integration()

    def route(id: str, **options: object) -> dict[str, object]:
        key = HttpRouteKey.with_(f"/{id.lower()}", HttpMethod.GET)
        made = HttpRoute(stack, id, http_api=api, route_key=key, integration=backend, **options)  # type: ignore[arg-type]
        properties = properties_of(made)
        return {k: properties.get(k) for k in ("AuthorizationType", "AuthorizationScopes")}

    assert route("Plain") == {"AuthorizationType": "JWT", "AuthorizationScopes": ["read"]}
    assert route("Own", authorization_scopes=["write"]) == {
        "AuthorizationType": "JWT",
        "AuthorizationScopes": ["write"],
    }
    assert route("Empty", authorization_scopes=[]) == {
        "AuthorizationType": "JWT",
        "AuthorizationScopes": None,
    }
    assert route("Open", authorizer=HttpNoneAuthorizer()) == {
        "AuthorizationType": "NONE",
        "AuthorizationScopes": ["read"],
    }


def test_route_scopes_without_any_authorizer_are_dropped(stack: Stack) -> None:
    route = HttpRoute(
        stack,
        "Route",
        http_api=HttpApi(stack, "Api"),
        route_key=HttpRouteKey.with_("/books", HttpMethod.GET),
        integration=url_integration(),
        authorization_scopes=["read"],
    )
    assert "AuthorizationScopes" not in properties_of(route)
