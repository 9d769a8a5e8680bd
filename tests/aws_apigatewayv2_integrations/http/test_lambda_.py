"""HttpLambdaIntegration: AWS_PROXY to a function, payload format, and the invoke permissions per route."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpMethod,
    MappingValue,
    ParameterMapping,
    PayloadFormatVersion,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    HttpLambdaIntegration,
    HttpLambdaIntegrationProps,
)
from apigwv2_integrations.core.names import Names
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of
from tests.conftest import resources_of_type


def function(stack: Stack, id: str = "Fn") -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    )


def source_arn(api_ref: str, suffix: str) -> dict[str, Any]:
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


def permissions(template: dict[str, Any]) -> dict[str, Any]:
    return resources_of_type(template, "AWS::Lambda::Permission")


def test_http_lambda_integration_keywords_match_props_fields() -> None:
    assert keyword_names(HttpLambdaIntegration.__init__) == {
        f.name for f in attrs.fields(HttpLambdaIntegrationProps)
    }


def test_http_lambda_integration_is_aws_proxy_to_the_function_with_payload_2_0(stack: Stack) -> None:
    fn = function(stack)
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/books", integration=HttpLambdaIntegration("Books", fn))
    assert properties_of(route.node.find_child("Books")) == {
        "ApiId": {"Ref": "ApiF70053CD"},
        "IntegrationType": "AWS_PROXY",
        "IntegrationUri": {"Fn::GetAtt": [logical_id_of(fn), "Arn"]},
        "PayloadFormatVersion": "2.0",
    }


def test_http_lambda_integration_renders_payload_timeout_and_mapping(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    integration = HttpLambdaIntegration(
        "Books",
        function(stack),
        payload_format_version=PayloadFormatVersion.VERSION_1_0,
        timeout=Duration.seconds(10),
        parameter_mapping=ParameterMapping().append_header("x-stage", MappingValue.context_variable("stage")),
    )
    (route,) = api.add_routes(path="/books", integration=integration)
    properties = properties_of(route.node.find_child("Books"))
    assert (
        properties["PayloadFormatVersion"],
        properties["TimeoutInMillis"],
        properties["RequestParameters"],
    ) == (
        "1.0",
        10000,
        {"append:header.x-stage": "$context.stage"},
    )


def test_http_lambda_integration_grants_invoke_per_route(stack: Stack, template: Any) -> None:
    fn = function(stack)
    api = HttpApi(stack, "Api")
    books = HttpLambdaIntegration("Books", fn)
    get, post = api.add_routes(path="/books", methods=[HttpMethod.GET, HttpMethod.POST], integration=books)
    assert set(permissions(template(stack))) == {
        logical_id_of(get.node.find_child("Books-Permission")),
        logical_id_of(post.node.find_child("Books-Permission")),
    }


def test_http_lambda_permission_is_scoped_to_the_route_path(stack: Stack) -> None:
    fn = function(stack)
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books/{id}", methods=[HttpMethod.GET], integration=HttpLambdaIntegration("Books", fn)
    )
    assert properties_of(route.node.find_child("Books-Permission")) == {
        "Action": "lambda:InvokeFunction",
        "FunctionName": {"Fn::GetAtt": [logical_id_of(fn), "Arn"]},
        "Principal": "apigateway.amazonaws.com",
        "SourceArn": source_arn("ApiF70053CD", "/*/*/books/{id}"),
    }


def test_http_lambda_permission_of_default_route_covers_every_path(stack: Stack) -> None:
    api = HttpApi(stack, "Api", default_integration=HttpLambdaIntegration("Handler", function(stack)))
    permission = api.node.find_child("DefaultRoute").node.find_child("Handler-Permission")
    assert properties_of(permission)["SourceArn"] == source_arn("ApiF70053CD", "/*/*")


def test_http_lambda_unscoped_permission_is_granted_once_per_api(stack: Stack, template: Any) -> None:
    fn = function(stack)
    api = HttpApi(stack, "Api")
    unscoped = HttpLambdaIntegration("Unscoped", fn, scope_permission_to_route=False)
    (first,) = api.add_routes(path="/a", methods=[HttpMethod.GET], integration=unscoped)
    api.add_routes(path="/b", methods=[HttpMethod.POST], integration=unscoped)
    (permission,) = permissions(template(stack)).values()
    assert permission["Properties"]["SourceArn"] == source_arn("ApiF70053CD", "/*/*/*")
    # Created under the first route, named after the function and the API as aws-cdk-lib names it.
    (child,) = [c for c in first.node.children if c.node.id.startswith("ApiPermission.ApiScoped.")]
    assert (
        child.node.id
        == f"ApiPermission.ApiScoped.{Names.node_unique_id(fn.node)}.{Names.node_unique_id(api.node)}"
    )


def test_http_lambda_unscoped_permission_is_shared_by_integrations_of_one_function(
    stack: Stack, template: Any
) -> None:
    fn = function(stack)
    api = HttpApi(stack, "Api")
    (first,) = api.add_routes(
        path="/a", integration=HttpLambdaIntegration("A", fn, scope_permission_to_route=False)
    )
    api.add_routes(path="/b", integration=HttpLambdaIntegration("B", fn, scope_permission_to_route=False))
    # As aws-cdk-lib: the second integration finds the first one's permission in the stack by its id.
    assert [
        logical_id_of(
            first.node.find_child(
                f"ApiPermission.ApiScoped.{Names.node_unique_id(fn.node)}.{Names.node_unique_id(api.node)}"
            )
        )
    ] == list(permissions(template(stack)))


def test_http_lambda_integration_rejects_a_handler_that_is_not_a_function() -> None:
    with pytest.raises(TypeError) as caught:
        HttpLambdaIntegration("Books", "arn:aws:lambda:us-east-1:111111111111:function:books")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "HttpLambdaIntegration('Books'): handler='arn:aws:lambda:us-east-1:111111111111:function:books' is a "
        "str; use an IFunction (a Lambda function), such as Function or Function.from_function_arn(...)"
    )


def test_http_lambda_unscoped_permission_is_granted_per_api(stack: Stack, template: Any) -> None:
    fn = function(stack)
    for api_id in ("First", "Second"):
        HttpApi(stack, api_id).add_routes(
            path="/a", integration=HttpLambdaIntegration("Unscoped", fn, scope_permission_to_route=False)
        )
    assert len(permissions(template(stack))) == 2


def test_http_lambda_integration_is_shared_by_routes(stack: Stack, template: Any) -> None:
    api = HttpApi(stack, "Api")
    books = HttpLambdaIntegration("Books", function(stack))
    api.add_routes(path="/books", integration=books)
    api.add_routes(path="/authors", integration=books)
    assert len(resources_of_type(template(stack), "AWS::ApiGatewayV2::Integration")) == 1


def test_http_lambda_integration_after_current_version_does_not_warn(stack: Stack) -> None:
    fn = function(stack)
    fn.current_version  # noqa: B018 - reading it makes the version
    HttpApi(stack, "Api").add_routes(path="/books", integration=HttpLambdaIntegration("Books", fn))
    # The permission sits under the route, which has no CurrentVersion child, as in aws-cdk-lib.
    found = Annotations.from_stack(stack).find_warning(
        "*", Match.string_like_regexp("AWS Lambda has changed their authorization strategy")
    )
    assert found == []
