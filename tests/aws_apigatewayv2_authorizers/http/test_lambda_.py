"""HttpLambdaAuthorizer: one REQUEST authorizer and one invoke permission per API, its defaults and errors."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Duration, Environment, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpMethod,
    HttpRoute,
    HttpRouteKey,
)
from apigwv2_integrations.aws_apigatewayv2_authorizers import (
    HttpLambdaAuthorizer,
    HttpLambdaAuthorizerProps,
    HttpLambdaResponseType,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type


def function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "AuthFn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {'isAuthorized': True}\n"),
    )


def backend(id: str = "Backend") -> HttpUrlIntegration:
    return HttpUrlIntegration(id, "https://example.com")


def authorizer_properties(api: HttpApi, id: str = "Auth") -> dict[str, Any]:
    return properties_of(api.node.find_child(id))


def invoke_uri(region: Any = None) -> dict[str, Any]:
    return {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":apigateway:",
                {"Ref": "AWS::Region"} if region is None else region,
                ":lambda:path/2015-03-31/functions/",
                {"Fn::GetAtt": ["AuthFnE7829713", "Arn"]},
                "/invocations",
            ],
        ]
    }


def test_http_lambda_authorizer_keywords_match_props_fields() -> None:
    assert keyword_names(HttpLambdaAuthorizer.__init__) == {
        f.name for f in attrs.fields(HttpLambdaAuthorizerProps)
    }


def test_lambda_authorizer_defaults_to_iam_responses_and_a_five_minute_cache(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/books", integration=backend(), authorizer=HttpLambdaAuthorizer("Auth", function(stack))
    )
    assert authorizer_properties(api) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "AuthorizerPayloadFormatVersion": "1.0",
        "AuthorizerResultTtlInSeconds": 300,
        "AuthorizerType": "REQUEST",
        "AuthorizerUri": invoke_uri(),
        "IdentitySource": ["$request.header.Authorization"],
        "Name": "Auth",
    }


@pytest.mark.parametrize(
    ("response_types", "expected"),
    [
        ([HttpLambdaResponseType.SIMPLE], ("2.0", True)),
        ([HttpLambdaResponseType.SIMPLE, HttpLambdaResponseType.IAM], ("2.0", True)),
        ([HttpLambdaResponseType.IAM], ("1.0", None)),
        ([], ("1.0", None)),
    ],
)
def test_simple_responses_select_payload_format_2_0(
    stack: Stack, response_types: list[HttpLambdaResponseType], expected: tuple[str, bool | None]
) -> None:
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer("Auth", function(stack), response_types=response_types)
    api.add_routes(path="/books", integration=backend(), authorizer=authorizer)
    properties = authorizer_properties(api)
    assert (properties["AuthorizerPayloadFormatVersion"], properties.get("EnableSimpleResponses")) == expected


def test_lambda_authorizer_renders_name_identity_source_and_cache_ttl(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer(
        "Auth",
        function(stack),
        authorizer_name="books-authorizer",
        identity_source=["$request.header.X-Api-Key", "$request.querystring.token"],
        results_cache_ttl=Duration.minutes(10),
    )
    api.add_routes(path="/books", integration=backend(), authorizer=authorizer)
    properties = authorizer_properties(api)
    assert (properties["Name"], properties["IdentitySource"], properties["AuthorizerResultTtlInSeconds"]) == (
        "books-authorizer",
        ["$request.header.X-Api-Key", "$request.querystring.token"],
        600,
    )


def test_zero_cache_ttl_and_empty_identity_source_are_rendered(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer(
        "Auth", function(stack), identity_source=[], results_cache_ttl=Duration.seconds(0)
    )
    api.add_routes(path="/books", integration=backend(), authorizer=authorizer)
    properties = authorizer_properties(api)
    assert (properties["AuthorizerResultTtlInSeconds"], properties["IdentitySource"]) == (0, [])


def test_lambda_authorizer_lets_api_gateway_invoke_the_handler(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/books", integration=backend(), authorizer=HttpLambdaAuthorizer("Auth", function(stack))
    )
    permission = api.node.find_child("TestApiAuthC1949E45-Permission")
    assert (logical_id_of(permission), properties_of(permission)) == (
        "ApiTestApiAuthC1949E45Permission6D7FB312",
        {
            "Action": "lambda:InvokeFunction",
            "FunctionName": {"Fn::GetAtt": ["AuthFnE7829713", "Arn"]},
            "Principal": "apigateway.amazonaws.com",
            "SourceArn": {
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
                        {"Ref": "ApiF70053CD"},
                        "/authorizers/",
                        {"Ref": "ApiAuth3D21DCFE"},
                    ],
                ]
            },
        },
    )


def test_lambda_route_renders_custom_authorization(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer("Auth", function(stack))
    (route,) = api.add_routes(
        path="/books", methods=[HttpMethod.GET], integration=backend(), authorizer=authorizer
    )
    properties = properties_of(route)
    assert (properties["AuthorizationType"], properties["AuthorizerId"]) == (
        "CUSTOM",
        {"Ref": logical_id_of(api.node.find_child("Auth"))},
    )


def test_shared_lambda_authorizer_makes_one_authorizer_and_one_permission(
    stack: Stack, template: Any
) -> None:
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer("Auth", function(stack))
    api.add_routes(
        path="/books", methods=[HttpMethod.GET, HttpMethod.POST], integration=backend(), authorizer=authorizer
    )
    HttpRoute(
        stack,
        "Authors",
        http_api=api,
        route_key=HttpRouteKey.with_("/authors", HttpMethod.GET),
        integration=backend("Authors"),
        authorizer=authorizer,
    )
    rendered = template(stack)
    assert (
        len(resources_of_type(rendered, "AWS::ApiGatewayV2::Authorizer")),
        len(resources_of_type(rendered, "AWS::Lambda::Permission")),
    ) == (1, 1)


def test_default_lambda_authorizer_applies_to_added_routes(stack: Stack) -> None:
    api = HttpApi(stack, "Api", default_authorizer=HttpLambdaAuthorizer("Auth", function(stack)))
    (route,) = api.add_routes(path="/books", integration=backend())
    assert properties_of(route)["AuthorizationType"] == "CUSTOM"


def test_authorizer_uri_takes_the_region_of_the_handler_stack() -> None:
    app = App()
    handler_stack = Stack(app, "Handlers", env=Environment(account="111111111111", region="eu-west-1"))
    handler = lambda_.Function.from_function_arn(
        handler_stack, "Imported", "arn:aws:lambda:us-east-2:111111111111:function:auth"
    )
    api = HttpApi(Stack(app, "Apis"), "Api")
    api.add_routes(path="/books", integration=backend(), authorizer=HttpLambdaAuthorizer("Auth", handler))
    assert authorizer_properties(api)["AuthorizerUri"] == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":apigateway:eu-west-1:lambda:path/2015-03-31/functions/"
                "arn:aws:lambda:us-east-2:111111111111:function:auth/invocations",
            ],
        ]
    }


def test_authorizer_id_is_the_authorizer_ref_once_bound(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer("Auth", function(stack))
    api.add_routes(path="/books", integration=backend(), authorizer=authorizer)
    assert stack.resolve(authorizer.authorizer_id) == {"Ref": "ApiAuth3D21DCFE"}


def test_lambda_authorizer_authorization_type_is_custom() -> None:
    assert HttpLambdaAuthorizer.authorization_type == "CUSTOM"


def test_lambda_authorizer_id_needs_a_route_first(stack: Stack) -> None:
    authorizer = HttpLambdaAuthorizer("Auth", function(stack))
    with pytest.raises(ValidationError) as caught:
        _ = authorizer.authorizer_id
    assert str(caught.value) == "HttpLambdaAuthorizer 'Auth' has no authorizer yet; bind it to a route first"


def test_lambda_authorizer_rejects_a_second_api(stack: Stack) -> None:
    authorizer = HttpLambdaAuthorizer("Auth", function(stack))
    HttpApi(stack, "Books").add_routes(path="/books", integration=backend(), authorizer=authorizer)
    with pytest.raises(ValidationError) as caught:
        HttpApi(stack, "Authors").add_routes(
            path="/authors", methods=[HttpMethod.GET], integration=backend(), authorizer=authorizer
        )
    assert str(caught.value) == (
        "Test/Authors/GET--authors: authorizer HttpLambdaAuthorizer 'Auth' is already bound to the API "
        "Test/Books; an authorizer serves one API only, so create another HttpLambdaAuthorizer for this API"
    )


def test_results_cache_ttl_must_be_whole_seconds(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpLambdaAuthorizer("Auth", function(stack), results_cache_ttl=Duration.millis(1500))
    assert str(caught.value) == (
        "HttpLambdaAuthorizer 'Auth': results_cache_ttl=Duration.millis(1500) is not a whole number of "
        "seconds; use whole seconds such as Duration.seconds(1), or Duration.seconds(0) to turn caching off"
    )


def test_results_cache_ttl_in_whole_seconds_from_millis_is_accepted(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer("Auth", function(stack), results_cache_ttl=Duration.millis(2000))
    api.add_routes(path="/books", integration=backend(), authorizer=authorizer)
    assert authorizer_properties(api)["AuthorizerResultTtlInSeconds"] == 2


@pytest.mark.parametrize(
    ("keywords", "message"),
    [
        (
            {"response_types": ["SIMPLE"]},
            "HttpLambdaAuthorizer('Auth'): response_types[0]='SIMPLE' is a str; use an HttpLambdaResponseType, "
            "e.g. HttpLambdaResponseType.SIMPLE",
        ),
        (
            {"results_cache_ttl": 300},
            "HttpLambdaAuthorizer('Auth'): results_cache_ttl=300 is an int; use a Duration, e.g. Duration.seconds(300)",
        ),
        (
            {"identity_source": "$request.header.Authorization"},
            "HttpLambdaAuthorizer('Auth'): identity_source='$request.header.Authorization' is a str; "
            "use a list of str",
        ),
    ],
)
def test_lambda_authorizer_rejects_wrong_types(stack: Stack, keywords: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError) as caught:
        HttpLambdaAuthorizer("Auth", function(stack), **keywords)
    assert str(caught.value) == message


def test_lambda_authorizer_with_a_role_renders_credentials_and_adds_no_permission(stack: Stack) -> None:
    role = iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer("Auth", function(stack), role=role)
    api.add_routes(path="/books", integration=backend(), authorizer=authorizer)
    rendered = Template.from_stack(stack).to_json()
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}
    (resource,) = resources_of_type(rendered, "AWS::ApiGatewayV2::Authorizer").values()
    assert resource["Properties"]["AuthorizerCredentialsArn"] == {"Fn::GetAtt": [logical_id_of(role), "Arn"]}


def test_lambda_authorizer_takes_an_l1_role(stack: Stack) -> None:
    role = iam.CfnRole(
        stack, "Invoker", assume_role_policy_document={"Version": "2012-10-17", "Statement": []}
    )
    api = HttpApi(stack, "Api")
    authorizer = HttpLambdaAuthorizer("Auth", function(stack), role=role)
    api.add_routes(path="/books", integration=backend(), authorizer=authorizer)
    rendered = Template.from_stack(stack).to_json()
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}
    (resource,) = resources_of_type(rendered, "AWS::ApiGatewayV2::Authorizer").values()
    assert resource["Properties"]["AuthorizerCredentialsArn"] == {"Fn::GetAtt": [logical_id_of(role), "Arn"]}
