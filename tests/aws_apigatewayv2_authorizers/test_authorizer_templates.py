"""One small stack per authorizer kind: its whole template is snapshotted and accepted by cfn-lint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_cognito as cognito
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpMethod, WebSocketApi, WebSocketStage
from apigwv2_integrations.aws_apigatewayv2_authorizers import (
    HttpIamAuthorizer,
    HttpJwtAuthorizer,
    HttpLambdaAuthorizer,
    HttpLambdaResponseType,
    HttpUserPoolAuthorizer,
    WebSocketIamAuthorizer,
    WebSocketLambdaAuthorizer,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    HttpUrlIntegration,
    WebSocketMockIntegration,
)
from tests.cfn_lint import assert_cfn_lint_clean


def authorizer_function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "AuthHandler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return {'isAuthorized': True}\n"),
    )


def books() -> HttpUrlIntegration:
    return HttpUrlIntegration("Books", "https://books.example.com")


def http_iam(stack: Stack) -> None:
    api = HttpApi(stack, "Api", default_authorizer=HttpIamAuthorizer())
    api.add_routes(path="/books", methods=[HttpMethod.GET], integration=books())


def http_jwt(stack: Stack) -> None:
    jwt = HttpJwtAuthorizer("Jwt", "https://issuer.example.com", jwt_audience=["books"])
    api = HttpApi(stack, "Api", default_authorizer=jwt, default_authorization_scopes=["books:read"])
    api.add_routes(path="/books", methods=[HttpMethod.GET], integration=books())


def http_lambda(stack: Stack) -> None:
    authorizer = HttpLambdaAuthorizer(
        "Authorizer",
        authorizer_function(stack),
        response_types=[HttpLambdaResponseType.SIMPLE],
        results_cache_ttl=Duration.minutes(10),
    )
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/books",
        methods=[HttpMethod.GET, HttpMethod.POST],
        integration=books(),
        authorizer=authorizer,
    )


def http_lambda_role(stack: Stack) -> None:
    role = iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    handler = authorizer_function(stack)
    handler.grant_invoke(role)
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/books",
        methods=[HttpMethod.GET],
        integration=books(),
        authorizer=HttpLambdaAuthorizer("Authorizer", handler, role=role),
    )


def http_user_pool(stack: Stack) -> None:
    pool = cognito.UserPool(stack, "Pool")
    client = pool.add_client("Client", o_auth=cognito.OAuthSettings(callback_urls=["https://example.com/cb"]))
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/books",
        methods=[HttpMethod.GET],
        integration=books(),
        authorizer=HttpUserPoolAuthorizer("Authorizer", pool, user_pool_clients=[client]),
    )


def web_socket_iam(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    api.add_route(
        "$connect", integration=WebSocketMockIntegration("Connect"), authorizer=WebSocketIamAuthorizer()
    )
    WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="dev", auto_deploy=True)


def web_socket_lambda(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    api.add_route(
        "$connect",
        integration=WebSocketMockIntegration("Connect"),
        authorizer=WebSocketLambdaAuthorizer(
            "Authorizer", authorizer_function(stack), identity_source=["route.request.querystring.token"]
        ),
    )
    WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="dev", auto_deploy=True)


STACKS: dict[str, Callable[[Stack], None]] = {
    "http_iam": http_iam,
    "http_jwt": http_jwt,
    "http_lambda": http_lambda,
    "http_lambda_role": http_lambda_role,
    "http_user_pool": http_user_pool,
    "web_socket_iam": web_socket_iam,
    "web_socket_lambda": web_socket_lambda,
}


@pytest.fixture(params=sorted(STACKS))
def rendered(
    request: pytest.FixtureRequest, stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> Any:
    STACKS[request.param](stack)
    return template(stack)


def test_authorizer_template_snapshot(rendered: dict[str, Any], snapshot_json: SnapshotAssertion) -> None:
    assert rendered == snapshot_json


def test_authorizer_template_passes_cfn_lint(rendered: dict[str, Any]) -> None:
    assert_cfn_lint_clean(rendered)
