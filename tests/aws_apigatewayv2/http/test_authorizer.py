"""HttpAuthorizer: payload format defaults, credentials roles, imported authorizers and the none authorizer."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations.aws_apigatewayv2 import (
    AuthorizerPayloadVersion,
    CfnApi,
    HttpApi,
    HttpAuthorizer,
    HttpAuthorizerProps,
    HttpAuthorizerType,
    HttpMethod,
    HttpNoneAuthorizer,
    IHttpRouteAuthorizer,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, logical_id_of, properties_of

LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn/invocations"


def test_http_authorizer_keywords_match_props_fields() -> None:
    assert keyword_names(HttpAuthorizer.__init__) == {f.name for f in attrs.fields(HttpAuthorizerProps)}


def lambda_authorizer(stack: Stack, **options: object) -> HttpAuthorizer:
    return HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=HttpApi(stack, "Api"),
        identity_source=["$request.header.Authorization"],
        type=HttpAuthorizerType.LAMBDA,
        authorizer_uri=LAMBDA_URI,
        **options,  # type: ignore[arg-type]
    )


def test_lambda_authorizer_defaults_to_payload_format_2_0(stack: Stack) -> None:
    assert properties_of(lambda_authorizer(stack))["AuthorizerPayloadFormatVersion"] == "2.0"


def test_lambda_authorizer_takes_an_authorizer_payload_version(stack: Stack) -> None:
    authorizer = lambda_authorizer(stack, payload_format_version=AuthorizerPayloadVersion.VERSION_1_0)
    assert properties_of(authorizer)["AuthorizerPayloadFormatVersion"] == "1.0"


def test_lambda_authorizer_renders_the_role_as_credentials(stack: Stack) -> None:
    role = iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    authorizer = lambda_authorizer(stack, role=role)
    assert properties_of(authorizer)["AuthorizerCredentialsArn"] == {
        "Fn::GetAtt": [logical_id_of(role), "Arn"]
    }


def test_lambda_authorizer_renders_an_l1_role_as_credentials(stack: Stack) -> None:
    role = iam.CfnRole(
        stack, "Invoker", assume_role_policy_document={"Version": "2012-10-17", "Statement": []}
    )
    authorizer = lambda_authorizer(stack, role=role)
    assert properties_of(authorizer)["AuthorizerCredentialsArn"] == {
        "Fn::GetAtt": [logical_id_of(role), "Arn"]
    }


def test_authorizer_of_an_l1_api_renders_its_ref(stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="books", protocol_type="HTTP")
    authorizer = HttpAuthorizer(
        stack,
        "Authorizer",
        http_api=api,
        identity_source=["$request.header.Authorization"],
        type=HttpAuthorizerType.JWT,
        jwt_audience=["books"],
        jwt_issuer="https://issuer.example.com",
    )
    assert properties_of(authorizer)["ApiId"] == {"Ref": logical_id_of(api)}


def test_jwt_authorizer_rejects_a_role(stack: Stack) -> None:
    role = iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    with pytest.raises(ValidationError) as caught:
        HttpAuthorizer(
            stack,
            "Authorizer",
            http_api=HttpApi(stack, "Api"),
            identity_source=["$request.header.Authorization"],
            type=HttpAuthorizerType.JWT,
            jwt_audience=["books"],
            jwt_issuer="https://issuer.example.com",
            role=role,
        )
    assert str(caught.value) == (
        "Test/Authorizer: role is set on a JWT authorizer; only Lambda authorizers take a role, remove it"
    )


def test_http_authorizer_type_iam_is_aws_iam() -> None:
    assert HttpAuthorizerType.IAM.value == "AWS_IAM"


def test_imported_authorizer_gives_routes_its_type(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    imported = HttpAuthorizer.from_http_authorizer_attributes(
        stack, "Imported", authorizer_id="auth42", authorizer_type="CUSTOM"
    )
    assert isinstance(imported, IHttpRouteAuthorizer)
    (route,) = api.add_routes(
        path="/books",
        methods=[HttpMethod.GET],
        integration=HttpUrlIntegration("Books", "https://example.com"),
        authorizer=imported,
    )
    properties = properties_of(route)
    assert (properties["AuthorizationType"], properties["AuthorizerId"]) == ("CUSTOM", "auth42")


def test_imported_authorizer_rejects_an_authorizer_type_that_routes_cannot_render(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpAuthorizer.from_http_authorizer_attributes(
            stack, "Imported", authorizer_id="auth42", authorizer_type="REQUEST"
        )
    assert str(caught.value) == (
        "Test/Imported: authorizer_type='REQUEST' is not a route authorization type; "
        "use one of 'AWS_IAM', 'JWT', 'CUSTOM', 'NONE'"
    )


def test_none_authorizer_authorization_type_is_none() -> None:
    assert HttpNoneAuthorizer().authorization_type == "NONE"
