"""One small stack per integration kind: its whole template is snapshotted and accepted by cfn-lint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegrationSubtype,
    HttpMethod,
    MappingValue,
    ParameterMapping,
    WebSocketApi,
    WebSocketStage,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    HttpEventBridgeIntegration,
    HttpLambdaIntegration,
    HttpSqsIntegration,
    HttpStepFunctionsIntegration,
    HttpUrlIntegration,
    WebSocketAwsIntegration,
    WebSocketLambdaIntegration,
    WebSocketMockIntegration,
)
from tests.cfn_lint import assert_cfn_lint_clean


def function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Handler",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    )


def http_lambda(stack: Stack) -> None:
    books = HttpLambdaIntegration("Books", function(stack))
    api = HttpApi(stack, "Api", default_integration=books)
    api.add_routes(path="/books/{id}", methods=[HttpMethod.GET, HttpMethod.DELETE], integration=books)


def http_url(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/books/{proxy+}",
        methods=[HttpMethod.GET],
        integration=HttpUrlIntegration(
            "Books",
            "https://books.example.com/{proxy}",
            timeout=Duration.seconds(10),
            parameter_mapping=ParameterMapping().append_header("x-source", MappingValue.custom("api")),
        ),
    )


def http_sqs(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Jobs")
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/jobs", methods=[HttpMethod.POST], integration=HttpSqsIntegration("Send", queue=queue)
    )
    api.add_routes(
        path="/jobs",
        methods=[HttpMethod.GET],
        integration=HttpSqsIntegration(
            "Receive", queue=queue, subtype=HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE
        ),
    )


def http_eventbridge(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/events",
        methods=[HttpMethod.POST],
        integration=HttpEventBridgeIntegration("PutEvents", event_bus_ref=bus.event_bus_ref),
    )


def http_stepfunctions(stack: Stack) -> None:
    machine = sfn.StateMachine(
        stack,
        "Machine",
        definition_body=sfn.DefinitionBody.from_string(
            '{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}'
        ),
        state_machine_type=sfn.StateMachineType.EXPRESS,
    )
    api = HttpApi(stack, "Api")
    api.add_routes(
        path="/run",
        methods=[HttpMethod.POST],
        integration=HttpStepFunctionsIntegration(
            "StartSync",
            state_machine=machine,
            subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION,
        ),
    )
    api.add_routes(
        path="/run",
        methods=[HttpMethod.DELETE],
        integration=HttpStepFunctionsIntegration(
            "Stop",
            state_machine=machine,
            subtype=HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
            parameter_mapping=ParameterMapping().custom("ExecutionArn", "$request.querystring.executionArn"),
        ),
    )


def web_socket_lambda(stack: Stack) -> None:
    chat = WebSocketLambdaIntegration("Chat", function(stack))
    api = WebSocketApi(
        stack,
        "Api",
        connect_route_options={"integration": chat},
        disconnect_route_options={"integration": chat},
        default_route_options={"integration": chat},
    )
    WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="dev", auto_deploy=True)


def web_socket_mock(stack: Stack) -> None:
    api = WebSocketApi(stack, "Api")
    api.add_route("$default", integration=WebSocketMockIntegration("Echo"), return_response=True)
    WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="dev", auto_deploy=True)


def web_socket_aws(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    api = WebSocketApi(stack, "Api")
    api.add_route(
        "$default",
        integration=WebSocketAwsIntegration(
            "PutItem",
            integration_uri=f"arn:aws:apigateway:{stack.region}:dynamodb:action/PutItem",
            integration_method="POST",
            credentials_role=role,
            request_templates={"application/json": '{"TableName": "messages"}'},
            template_selection_expression="\\$default",
        ),
    )
    WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="dev", auto_deploy=True)


STACKS: dict[str, Callable[[Stack], None]] = {
    "http_eventbridge": http_eventbridge,
    "http_lambda": http_lambda,
    "http_sqs": http_sqs,
    "http_stepfunctions": http_stepfunctions,
    "http_url": http_url,
    "web_socket_lambda": web_socket_lambda,
    "web_socket_mock": web_socket_mock,
    "web_socket_aws": web_socket_aws,
}


@pytest.fixture(params=sorted(STACKS))
def rendered(
    request: pytest.FixtureRequest, stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> Any:
    STACKS[request.param](stack)
    return template(stack)


def test_integration_template_snapshot(rendered: dict[str, Any], snapshot_json: SnapshotAssertion) -> None:
    assert rendered == snapshot_json


def test_integration_template_passes_cfn_lint(rendered: dict[str, Any]) -> None:
    assert_cfn_lint_clean(rendered)
