"""The `authorization_type` attribute of each HTTP authorizer has aws-cdk-lib's type and value."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, CfnOutput, Stack
from apigwv2_integrations import aws_cognito as cognito
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpAuthorizerType
from apigwv2_integrations.aws_apigatewayv2_authorizers import (
    HttpIamAuthorizer,
    HttpJwtAuthorizer,
    HttpLambdaAuthorizer,
    HttpUserPoolAuthorizer,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from tests.aws_apigatewayv2_integrations.test_integration_templates import function


def test_lambda_authorizer_authorization_type_is_the_string_custom(stack: Stack) -> None:
    assert HttpLambdaAuthorizer("Auth", function(stack)).authorization_type == "CUSTOM"
    assert type(HttpLambdaAuthorizer.authorization_type) is str


def test_jwt_authorizer_authorization_type_is_the_string_jwt() -> None:
    authorizer = HttpJwtAuthorizer("Auth", "https://issuer.example.com", jwt_audience=["books"])
    assert authorizer.authorization_type == "JWT"
    assert type(authorizer.authorization_type) is str


def test_iam_authorizer_authorization_type_is_the_iam_authorizer_type() -> None:
    assert HttpIamAuthorizer().authorization_type is HttpAuthorizerType.IAM


@pytest.mark.parametrize("kind", ["lambda", "jwt", "user_pool"])
def test_authorization_type_can_be_a_stack_output(app: App, stack: Stack, kind: str) -> None:
    authorizers: dict[str, Any] = {
        "lambda": lambda: HttpLambdaAuthorizer("Auth", function(stack)),
        "jwt": lambda: HttpJwtAuthorizer("Auth", "https://issuer.example.com", jwt_audience=["books"]),
        "user_pool": lambda: HttpUserPoolAuthorizer("Auth", cognito.UserPool(stack, "Pool")),
    }
    authorizer = authorizers[kind]()
    HttpApi(stack, "Api").add_routes(
        path="/books", integration=HttpUrlIntegration("Backend", "https://example.com"), authorizer=authorizer
    )
    CfnOutput(stack, "AuthorizationType", value=authorizer.authorization_type)
    outputs = app.synth().get_stack_by_name("Test").template["Outputs"]
    assert outputs["AuthorizationType"] == {"Value": "CUSTOM" if kind == "lambda" else "JWT"}
