"""HttpStepFunctionsIntegration: start, start-sync and stop executions through a role."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegrationSubtype,
    HttpMethod,
    ParameterMapping,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    HttpStepFunctionsIntegration,
    HttpStepFunctionsIntegrationProps,
)
from apigwv2_integrations.aws_stepfunctions import DefinitionBody, StateMachine, StateMachineType
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, properties_of
from tests.conftest import resources_of_type

MACHINE_ARN = {"Ref": "Machine6FC8AE80"}
IMPORTED_ARN = "arn:aws:states:eu-west-1:111111111111:stateMachine:orders"


def machine(stack: Stack, machine_type: StateMachineType | None = None) -> StateMachine:
    return StateMachine(
        stack,
        "Machine",
        definition_body=DefinitionBody.from_string('{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}'),
        state_machine_type=machine_type,
    )


def route_with(stack: Stack, integration: HttpStepFunctionsIntegration) -> Any:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/run", methods=[HttpMethod.POST], integration=integration)
    return route


def statement_of(stack: Stack, template: Any) -> Any:
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    return policy["Properties"]["PolicyDocument"]["Statement"]


def test_http_stepfunctions_integration_keywords_match_props_fields() -> None:
    assert keyword_names(HttpStepFunctionsIntegration.__init__) == {
        f.name for f in attrs.fields(HttpStepFunctionsIntegrationProps)
    }


def test_http_stepfunctions_integration_defaults_to_start_execution(stack: Stack, template: Any) -> None:
    route = route_with(stack, HttpStepFunctionsIntegration("Run", state_machine=machine(stack)))
    assert (statement_of(stack, template), properties_of(route.node.find_child("Run"))) == (
        [
            {
                "Action": "states:StartExecution",
                "Effect": "Allow",
                "Resource": MACHINE_ARN,
                "Sid": "AllowStepFunctionsExecution",
            }
        ],
        {
            "ApiId": {"Ref": "ApiF70053CD"},
            "ConnectionType": "INTERNET",
            "CredentialsArn": stack.resolve(route.node.find_child("InvokeRole").role_arn),
            "IntegrationSubtype": "StepFunctions-StartExecution",
            "IntegrationType": "AWS_PROXY",
            "PayloadFormatVersion": "1.0",
            "RequestParameters": {"StateMachineArn": MACHINE_ARN},
        },
    )


def test_http_stepfunctions_integration_starts_sync_executions_of_an_express_machine(
    stack: Stack, template: Any
) -> None:
    integration = HttpStepFunctionsIntegration(
        "Run",
        state_machine=machine(stack, StateMachineType.EXPRESS),
        subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION,
    )
    route = route_with(stack, integration)
    assert (
        statement_of(stack, template)[0]["Action"],
        properties_of(route.node.find_child("Run"))["IntegrationSubtype"],
    ) == ("states:StartSyncExecution", "StepFunctions-StartSyncExecution")


def test_http_stepfunctions_integration_rejects_start_sync_on_a_standard_machine(stack: Stack) -> None:
    integration = HttpStepFunctionsIntegration(
        "Run",
        state_machine=machine(stack),
        subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION,
    )
    with pytest.raises(ValidationError) as error:
        route_with(stack, integration)
    assert str(error.value) == (
        "Test/Api/POST--run: integration 'Run': subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION "
        "needs an EXPRESS state machine, but 'Test/Machine' is STANDARD; use STEPFUNCTIONS_START_EXECUTION "
        "or state_machine_type=StateMachineType.EXPRESS"
    )


def test_http_stepfunctions_integration_stops_any_execution_of_the_machine(
    stack: Stack, template: Any
) -> None:
    integration = HttpStepFunctionsIntegration(
        "Run",
        state_machine=machine(stack, StateMachineType.EXPRESS),
        subtype=HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
        parameter_mapping=ParameterMapping().custom("ExecutionArn", "$request.querystring.executionArn"),
    )
    route = route_with(stack, integration)
    assert (
        statement_of(stack, template)[0]["Resource"],
        properties_of(route.node.find_child("Run"))["RequestParameters"],
    ) == (
        {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":states:",
                    {"Ref": "AWS::Region"},
                    ":",
                    {"Ref": "AWS::AccountId"},
                    ":execution:",
                    {"Fn::GetAtt": ["Machine6FC8AE80", "Name"]},
                    ":*",
                ],
            ]
        },
        {"ExecutionArn": "$request.querystring.executionArn"},
    )


def test_http_stepfunctions_integration_with_an_imported_machine(stack: Stack, template: Any) -> None:
    imported = StateMachine.from_state_machine_arn(stack, "Imported", IMPORTED_ARN)
    route = route_with(
        stack,
        HttpStepFunctionsIntegration(
            "Run", state_machine=imported, subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION
        ),
    )
    assert (
        statement_of(stack, template)[0]["Resource"],
        properties_of(route.node.find_child("Run"))["RequestParameters"],
    ) == (IMPORTED_ARN, {"StateMachineArn": IMPORTED_ARN})


def test_http_stepfunctions_integration_stops_executions_of_an_imported_machine_by_its_arn(
    stack: Stack, template: Any
) -> None:
    imported = StateMachine.from_state_machine_arn(stack, "Imported", IMPORTED_ARN)
    integration = HttpStepFunctionsIntegration(
        "Run",
        state_machine=imported,
        subtype=HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
        parameter_mapping=ParameterMapping().custom("ExecutionArn", "$request.body.executionArn"),
    )
    route_with(stack, integration)
    assert (
        statement_of(stack, template)[0]["Resource"]
        == "arn:aws:states:eu-west-1:111111111111:execution:orders:*"
    )


def test_http_stepfunctions_integration_rejects_another_services_subtype_when_bound(stack: Stack) -> None:
    integration = HttpStepFunctionsIntegration(
        "Run", state_machine=machine(stack), subtype=HttpIntegrationSubtype.SQS_SEND_MESSAGE
    )
    with pytest.raises(ValidationError) as error:
        route_with(stack, integration)
    assert str(error.value) == (
        "Test/Api/POST--run: integration 'Run': subtype=HttpIntegrationSubtype.SQS_SEND_MESSAGE is not a "
        "Step Functions subtype; use STEPFUNCTIONS_START_EXECUTION, STEPFUNCTIONS_START_SYNC_EXECUTION, "
        "STEPFUNCTIONS_STOP_EXECUTION"
    )


def test_http_stepfunctions_integration_rejects_what_is_not_a_state_machine() -> None:
    with pytest.raises(TypeError) as error:
        HttpStepFunctionsIntegration("Run", state_machine="orders")  # type: ignore[arg-type]
    assert str(error.value) == (
        "HttpStepFunctionsIntegration('Run'): state_machine='orders' is a str; use an IStateMachine (a state "
        "machine, defined in this app or imported), such as StateMachine or StateMachine.from_state_machine_arn(...)"
    )
