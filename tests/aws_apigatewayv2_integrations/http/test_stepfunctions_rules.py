"""Deploy-time rules of Step Functions integrations: StopExecution needs the execution's ARN."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import HttpApi, HttpIntegrationSubtype, ParameterMapping
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpStepFunctionsIntegration
from apigwv2_integrations.aws_stepfunctions import StateMachine
from apigwv2_integrations.core.errors import ValidationError

ARN = "arn:aws:states:eu-west-1:111111111111:stateMachine:orders"


def stop(stack: Stack, mapping: ParameterMapping | None) -> None:
    integration = HttpStepFunctionsIntegration(
        "Stop",
        state_machine=StateMachine.from_state_machine_arn(stack, "Machine", ARN),
        subtype=HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
        parameter_mapping=mapping,
    )
    HttpApi(stack, "Api").add_routes(path="/stop", integration=integration)


def test_stop_execution_without_execution_arn_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        stop(stack, ParameterMapping().custom("StateMachineArn", ARN))
    assert str(caught.value) == (
        "Test/Api/ANY--stop: integration 'Stop': parameter_mapping=ParameterMapping({'StateMachineArn': "
        f"{ARN!r}}}) has no 'ExecutionArn', which STEPFUNCTIONS_STOP_EXECUTION needs; add "
        ".custom('ExecutionArn', '$request.body.executionArn') to it, or map 'ExecutionArn' from another "
        "source of the execution's ARN"
    )


def test_stop_execution_with_execution_arn_is_accepted(stack: Stack) -> None:
    stop(stack, ParameterMapping().custom("ExecutionArn", "$request.body.executionArn"))


def test_stop_execution_without_a_mapping_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        stop(stack, None)
    assert str(caught.value) == (
        "Test/Api/ANY--stop: integration 'Stop': parameter_mapping=None maps only 'StateMachineArn', but "
        "STEPFUNCTIONS_STOP_EXECUTION needs 'ExecutionArn'; pass parameter_mapping=ParameterMapping()"
        ".custom('ExecutionArn', '$request.body.executionArn'), or map 'ExecutionArn' from another source "
        "of the execution's ARN"
    )
