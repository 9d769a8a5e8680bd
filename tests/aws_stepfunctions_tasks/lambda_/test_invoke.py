"""LambdaInvoke: the invoke integration and payload_response_only, the default retry, the grant on the
function and its versions, metrics, and every error of its options."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.errors import ArgumentTypeError
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json

FN_ARN = {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}
INVOKE = {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":states:::lambda:invoke"]]}
SERVICE_RETRY = {
    "ErrorEquals": [
        "Lambda.ClientExecutionTimeoutException",
        "Lambda.ServiceException",
        "Lambda.AWSLambdaException",
        "Lambda.SdkClientException",
    ],
    "IntervalSeconds": 2,
    "MaxAttempts": 6,
    "BackoffRate": 2,
}


def test_lambda_invoke_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.LambdaInvoke.__init__).parameters) - {"self", "scope", "id"}
    assert keywords == {f.name for f in fields_of(tasks.LambdaInvokeProps)}


def test_invoke_sends_the_state_input_and_retries_lambda_service_errors(
    stack: Stack, function: lambda_.Function
) -> None:
    task = tasks.LambdaInvoke(stack, "Invoke", lambda_function=function)
    assert state_json(stack, task) == {
        "End": True,
        "Retry": [SERVICE_RETRY],
        "Type": "Task",
        "Resource": INVOKE,
        "Parameters": {"FunctionName": FN_ARN, "Payload.$": "$"},
    }


def test_invoke_options_render_as_the_invoke_api_parameters(stack: Stack, function: lambda_.Function) -> None:
    task = tasks.LambdaInvoke(
        stack,
        "Invoke",
        lambda_function=function,
        payload=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.id")}),
        invocation_type=tasks.LambdaInvocationType.DRY_RUN,
        client_context="e30=",
        qualifier="live",
        retry_on_service_exceptions=False,
    )
    assert state_json(stack, task)["Parameters"] == {
        "FunctionName": FN_ARN,
        "Payload": {"id.$": "$.id"},
        "InvocationType": "DryRun",
        "ClientContext": "e30=",
        "Qualifier": "live",
    }
    assert "Retry" not in state_json(stack, task)


def test_payload_response_only_calls_the_function_arn(stack: Stack, function: lambda_.Function) -> None:
    bare = tasks.LambdaInvoke(stack, "Bare", lambda_function=function, payload_response_only=True)
    from_path = tasks.LambdaInvoke(
        stack,
        "FromPath",
        lambda_function=function,
        payload_response_only=True,
        payload=sfn.TaskInput.from_json_path_at("$.order"),
    )
    assert state_json(stack, bare)["Resource"] == FN_ARN
    assert "Parameters" not in state_json(stack, bare)
    # As aws-cdk-lib: a JSON path payload is the Parameters value itself, not `Parameters.$`.
    assert state_json(stack, from_path)["Parameters"] == "$.order"


def test_a_callback_invoke_waits_for_the_task_token(stack: Stack, function: lambda_.Function) -> None:
    task = tasks.LambdaInvoke(
        stack,
        "Invoke",
        lambda_function=function,
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload=sfn.TaskInput.from_object({"token": sfn.JsonPath.task_token}),
    )
    assert state_json(stack, task)["Resource"] == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":states:::lambda:invoke.waitForTaskToken"]]
    }
    assert state_json(stack, task)["Parameters"]["Payload"] == {"token.$": "$$.Task.Token"}


def test_a_jsonata_callback_may_read_the_token_with_jsonata(stack: Stack, function: lambda_.Function) -> None:
    task = tasks.LambdaInvoke.jsonata(
        stack,
        "Invoke",
        lambda_function=function,
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload=sfn.TaskInput.from_object({"token": "{% $states.context.Task.Token %}"}),
    )
    assert state_json(stack, task)["Arguments"]["Payload"] == {"token": "{% $states.context.Task.Token %}"}


def test_a_jsonata_invoke_sends_the_states_input(stack: Stack, function: lambda_.Function) -> None:
    task = tasks.LambdaInvoke.jsonata(stack, "Invoke", lambda_function=function, outputs={"r": "{% 1 %}"})
    rendered = state_json(stack, task)
    assert rendered["QueryLanguage"] == "JSONata"
    assert rendered["Arguments"] == {"FunctionName": FN_ARN, "Payload": "{% $states.input %}"}
    assert rendered["Output"] == {"r": "{% 1 %}"}


def test_the_role_may_invoke_the_function_and_its_versions_but_an_alias_only_itself(
    stack: Stack, function: lambda_.Function
) -> None:
    alias = lambda_.Alias(stack, "Live", alias_name="live", version=function.current_version)
    machine(
        stack,
        tasks.LambdaInvoke(stack, "Latest", lambda_function=function).next(
            tasks.LambdaInvoke(stack, "Aliased", lambda_function=alias)
        ),
    )
    assert policy_statements(stack) == [
        {
            "Action": "lambda:InvokeFunction",
            "Effect": "Allow",
            "Resource": [FN_ARN, {"Fn::Join": ["", [FN_ARN, ":*"]]}],
        },
        {"Action": "lambda:InvokeFunction", "Effect": "Allow", "Resource": {"Ref": "Live848578DF"}},
    ]


def test_user_retries_come_after_the_service_retry(stack: Stack, function: lambda_.Function) -> None:
    task = tasks.LambdaInvoke(stack, "Invoke", lambda_function=function)
    task.add_retry(errors=["Custom"], interval=Duration.seconds(1))
    assert state_json(stack, task)["Retry"] == [
        SERVICE_RETRY,
        {"ErrorEquals": ["Custom"], "IntervalSeconds": 1},
    ]


def test_invoke_metrics_are_the_functions(stack: Stack, function: lambda_.Function) -> None:
    task = tasks.LambdaInvoke(stack, "Invoke", lambda_function=function)
    assert task.metric_failed().metric_name == "LambdaFunctionsFailed"
    assert task.metric_run_time().metric_name == "LambdaFunctionRunTime"
    assert stack.resolve(task.metric_failed().dimensions) == {"LambdaFunctionArn": FN_ARN}


@pytest.mark.parametrize(
    ("option", "shown"),
    [
        (
            {"integration_pattern": sfn.IntegrationPattern.REQUEST_RESPONSE},
            "integration_pattern=IntegrationPattern.REQUEST_RESPONSE",
        ),
        ({"invocation_type": tasks.LambdaInvocationType.EVENT}, "invocation_type=LambdaInvocationType.EVENT"),
        ({"client_context": "e30="}, "client_context='e30='"),
        ({"qualifier": "live"}, "qualifier='live'"),
    ],
)
def test_payload_response_only_takes_no_invoke_option(
    stack: Stack, function: lambda_.Function, option: dict[str, object], shown: str
) -> None:
    with pytest.raises(ValidationError) as error:
        tasks.LambdaInvoke(stack, "Invoke", lambda_function=function, payload_response_only=True, **option)  # type: ignore[arg-type]
    assert str(error.value) == (
        f"Test/Invoke: payload_response_only=True cannot be combined with {shown}; "
        "leave payload_response_only unset to use them"
    )


def test_a_callback_needs_the_task_token_in_the_payload(stack: Stack, function: lambda_.Function) -> None:
    with pytest.raises(ValidationError) as error:
        tasks.LambdaInvoke(
            stack,
            "Invoke",
            lambda_function=function,
            integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
            payload=sfn.TaskInput.from_object({"id": sfn.JsonPath.string_at("$.id")}),
        )
    assert str(error.value) == (
        "Test/Invoke: payload does not contain the task token, which "
        "integration_pattern=IntegrationPattern.WAIT_FOR_TASK_TOKEN needs; put JsonPath.task_token (JSONPath) "
        "or '{% $states.context.Task.Token %}' (JSONata) in it"
    )


def test_invoke_cannot_run_a_job(stack: Stack, function: lambda_.Function) -> None:
    with pytest.raises(ValidationError) as error:
        tasks.LambdaInvoke(
            stack, "Invoke", lambda_function=function, integration_pattern=sfn.IntegrationPattern.RUN_JOB
        )
    assert str(error.value) == (
        "Test/Invoke: integration_pattern=IntegrationPattern.RUN_JOB is not supported by LambdaInvoke; "
        "use IntegrationPattern.REQUEST_RESPONSE or IntegrationPattern.WAIT_FOR_TASK_TOKEN"
    )


def test_the_factories_take_their_props_only(stack: Stack, function: lambda_.Function) -> None:
    with pytest.raises(TypeError) as unknown:
        tasks.LambdaInvoke.json_path(stack, "Invoke", lambda_function=function, outputs={"a": 1})
    assert "outputs" in str(unknown.value)
    with pytest.raises(ArgumentTypeError) as wrong:
        tasks.LambdaInvoke.jsonata(stack, "Other", lambda_function="my-function")
    assert str(wrong.value) == (
        "Test/Other: lambda_function='my-function' is a str; use an IFunction (a Lambda function), "
        "such as Function or Function.from_function_arn(...)"
    )
