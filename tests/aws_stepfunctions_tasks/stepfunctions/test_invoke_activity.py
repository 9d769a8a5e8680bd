"""StepFunctionsInvokeActivity: the activity as Resource, its parameters or arguments, and its metrics."""

from __future__ import annotations

import inspect

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json


def test_invoke_activity_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.StepFunctionsInvokeActivity.__init__).parameters) - {
        "self",
        "scope",
        "id",
    }
    assert keywords == {f.name for f in fields_of(tasks.StepFunctionsInvokeActivityProps)}


def test_invoke_activity_renders_the_activity_and_its_input(stack: Stack) -> None:
    activity = sfn.Activity(stack, "Approval")
    with_parameters = tasks.StepFunctionsInvokeActivity(
        stack, "Ask", activity=activity, parameters={"id": sfn.JsonPath.string_at("$.id")}
    )
    with_arguments = tasks.StepFunctionsInvokeActivity.jsonata(
        stack, "AskJsonata", activity=activity, arguments={"id": "{% $id %}"}
    )
    assert state_json(stack, with_parameters) == {
        "End": True,
        "Type": "Task",
        "Resource": {"Ref": "ApprovalD0E6B331"},
        "Parameters": {"id.$": "$.id"},
    }
    assert state_json(stack, with_arguments)["Arguments"] == {"id": "{% $id %}"}


def test_invoke_activity_metrics_are_the_activitys(stack: Stack) -> None:
    activity = sfn.Activity(stack, "Approval")
    task = tasks.StepFunctionsInvokeActivity(stack, "Ask", activity=activity)
    assert task.metric_succeeded().metric_name == "ActivitiesSucceeded"
    assert task.metric_schedule_time().metric_name == "ActivityScheduleTime"
    assert stack.resolve(task.metric_failed().dimensions) == {"ActivityArn": {"Ref": "ApprovalD0E6B331"}}


def test_invoke_activity_with_a_customer_managed_key_lets_the_machine_use_the_key_for_that_activity(
    stack: Stack,
) -> None:
    key = kms.Key(stack, "Key")
    encrypted = sfn.Activity(
        stack, "Approval", encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key)
    )
    aws_owned = sfn.Activity(stack, "Audit", encryption_configuration=sfn.AwsOwnedEncryptionConfiguration())
    machine(
        stack,
        tasks.StepFunctionsInvokeActivity(stack, "Ask", activity=encrypted).next(
            tasks.StepFunctionsInvokeActivity(stack, "Log", activity=aws_owned)
        ),
    )
    assert policy_statements(stack) == [
        {
            "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
            "Condition": {
                "StringEquals": {"kms:EncryptionContext:aws:states:activityArn": {"Ref": "ApprovalD0E6B331"}}
            },
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
        }
    ]
