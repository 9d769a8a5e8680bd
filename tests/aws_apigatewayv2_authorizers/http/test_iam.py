"""HttpIamAuthorizer: routes that require SigV4, and grant_invoke on them."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod
from apigwv2_integrations.aws_apigatewayv2_authorizers import HttpIamAuthorizer
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import properties_of


def backend() -> HttpUrlIntegration:
    return HttpUrlIntegration("Backend", "https://example.com")


def role(stack: Stack) -> iam.Role:
    return iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))


def invoke_arn(suffix: str) -> dict[str, Any]:
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
                {"Ref": "ApiF70053CD"},
                suffix,
            ],
        ]
    }


def policy_statements(grantee: iam.Role) -> list[dict[str, Any]]:
    statements: list[dict[str, Any]] = properties_of(grantee.node.find_child("DefaultPolicy"))[
        "PolicyDocument"
    ]["Statement"]
    return statements


def test_iam_route_renders_aws_iam_without_authorizer(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/books", integration=backend(), authorizer=HttpIamAuthorizer())
    properties = properties_of(route)
    assert properties["AuthorizationType"] == "AWS_IAM"
    assert "AuthorizerId" not in properties


def test_grant_invoke_allows_the_route_method_and_path(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books/{id}", methods=[HttpMethod.GET], integration=backend(), authorizer=HttpIamAuthorizer()
    )
    grantee = role(stack)
    route.grant_invoke(grantee)
    assert policy_statements(grantee) == [
        {"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": invoke_arn("/*/GET/books/*")}
    ]


def test_grant_invoke_on_any_route_allows_chosen_methods(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/books", integration=backend(), authorizer=HttpIamAuthorizer())
    grantee = role(stack)
    route.grant_invoke(grantee, http_methods=[HttpMethod.GET, HttpMethod.POST, HttpMethod.GET])
    assert policy_statements(grantee) == [
        {
            "Action": "execute-api:Invoke",
            "Effect": "Allow",
            "Resource": [invoke_arn("/*/GET/books"), invoke_arn("/*/POST/books")],
        }
    ]


def test_grant_invoke_needs_iam_authorization(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/books", methods=[HttpMethod.GET], integration=backend())
    with pytest.raises(ValidationError) as caught:
        route.grant_invoke(role(stack))
    assert str(caught.value) == (
        "Test/Api/GET--books: grant_invoke needs IAM authorization; pass authorizer=HttpIamAuthorizer()"
    )


def test_grant_invoke_rejects_methods_the_route_does_not_serve(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(
        path="/books", methods=[HttpMethod.GET], integration=backend(), authorizer=HttpIamAuthorizer()
    )
    with pytest.raises(ValidationError) as caught:
        route.grant_invoke(role(stack), http_methods=[HttpMethod.GET, HttpMethod.DELETE])
    assert str(caught.value) == (
        "Test/Api/GET--books: http_methods=['GET', 'DELETE'] includes methods this GET route does not serve; "
        "grant GET only"
    )
