"""StepFunctionsStartExecution: the three integration patterns, associate_with_parent, the statements of
`.sync`, and the errors."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json


def _child(stack: Stack) -> sfn.StateMachine:
    return sfn.StateMachine(
        stack, "Child", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "P"))
    )


def _resource(suffix: str) -> object:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, f":states:::states:{suffix}"]]}


def test_start_execution_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.StepFunctionsStartExecution.__init__).parameters) - {
        "self",
        "scope",
        "id",
    }
    assert keywords == {f.name for f in fields_of(tasks.StepFunctionsStartExecutionProps)}


def test_start_passes_the_state_input_on(stack: Stack) -> None:
    task = tasks.StepFunctionsStartExecution(stack, "Start", state_machine=_child(stack))
    assert state_json(stack, task) == {
        "End": True,
        "Type": "Task",
        "Resource": _resource("startExecution"),
        "Parameters": {"Input.$": "$", "StateMachineArn": {"Ref": "ChildDAB30558"}},
    }
    machine(stack, task)
    assert policy_statements(stack) == [
        {"Action": "states:StartExecution", "Effect": "Allow", "Resource": {"Ref": "ChildDAB30558"}}
    ]


def test_run_job_waits_for_the_child_and_may_read_and_stop_it(stack: Stack) -> None:
    task = tasks.StepFunctionsStartExecution(
        stack,
        "Run",
        state_machine=_child(stack),
        integration_pattern=sfn.IntegrationPattern.RUN_JOB,
        input=sfn.TaskInput.from_object({"id": 1}),
        associate_with_parent=True,
        name="run",
    )
    assert state_json(stack, task)["Resource"] == _resource("startExecution.sync:2")
    assert state_json(stack, task)["Parameters"] == {
        "Input": {"id": 1, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"},
        "StateMachineArn": {"Ref": "ChildDAB30558"},
        "Name": "run",
    }
    machine(stack, task)
    account = [{"Ref": "AWS::Region"}, ":", {"Ref": "AWS::AccountId"}]
    assert policy_statements(stack)[1:] == [
        {
            "Action": ["states:DescribeExecution", "states:StopExecution"],
            "Effect": "Allow",
            "Resource": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":states:",
                        *account,
                        ":execution:",
                        {"Fn::Select": [6, {"Fn::Split": [":", {"Ref": "ChildDAB30558"}]}]},
                        "*",
                    ],
                ]
            },
        },
        {
            "Action": ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
            "Effect": "Allow",
            "Resource": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":events:",
                        *account,
                        ":rule/StepFunctionsGetEventsForStepFunctionsExecutionRule",
                    ],
                ]
            },
        },
    ]


def test_a_jsonata_start_links_the_parent_with_jsonata_and_sends_dollar_by_default(stack: Stack) -> None:
    child = _child(stack)
    linked = tasks.StepFunctionsStartExecution.jsonata(
        stack, "Linked", state_machine=child, associate_with_parent=True
    )
    plain = tasks.StepFunctionsStartExecution.jsonata(stack, "Plain", state_machine=child)
    assert state_json(stack, linked)["Arguments"]["Input"] == {
        "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID": "{% $states.context.Execution.Id %}"
    }
    # As aws-cdk-lib: the whole input is written `$` in JSONata too.
    assert state_json(stack, plain)["Arguments"]["Input"] == "$"


def test_start_execution_errors(stack: Stack) -> None:
    child = _child(stack)
    with pytest.raises(ValidationError) as text_input:
        tasks.StepFunctionsStartExecution(
            stack,
            "Text",
            state_machine=child,
            associate_with_parent=True,
            input=sfn.TaskInput.from_json_path_at("$.in"),
        )
    assert str(text_input.value) == (
        "Test/Text: associate_with_parent=True adds the parent's execution id to the input, so input must be "
        "an object, not a text or a JSON path; use input=TaskInput.from_object(...)"
    )
    with pytest.raises(ValidationError) as no_token:
        tasks.StepFunctionsStartExecution(
            stack, "Wait", state_machine=child, integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN
        )
    assert str(no_token.value) == (
        "Test/Wait: input does not contain the task token, which "
        "integration_pattern=IntegrationPattern.WAIT_FOR_TASK_TOKEN needs; put JsonPath.task_token (JSONPath) "
        "or '{% $states.context.Task.Token %}' (JSONata) in it"
    )
