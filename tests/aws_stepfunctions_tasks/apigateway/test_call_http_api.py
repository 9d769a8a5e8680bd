"""CallApiGatewayHttpApiEndpoint: the endpoint of an HTTP API, the request parameters, the invoke statement
(with aws-cdk-lib's `undefined` for an unset stage or path), and the errors."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Environment, Stack, ValidationError
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json

ENDPOINT = {
    "Fn::Join": [
        "",
        [{"Ref": "HttpApiF5A9A8A7"}, ".execute-api.", {"Ref": "AWS::Region"}, ".", {"Ref": "AWS::URLSuffix"}],
    ]
}


def _execute_api(resource_name: str) -> object:
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
                {"Ref": "HttpApiF5A9A8A7"},
                resource_name,
            ],
        ]
    }


def test_call_http_api_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.CallApiGatewayHttpApiEndpoint.__init__).parameters) - {
        "self",
        "scope",
        "id",
    }
    assert keywords == {f.name for f in fields_of(tasks.CallApiGatewayHttpApiEndpointProps)}


def test_call_renders_the_request_and_allows_invoking_the_route(stack: Stack) -> None:
    api = apigwv2.HttpApi(stack, "HttpApi")
    task = tasks.CallApiGatewayHttpApiEndpoint(
        stack,
        "Call",
        api_id=api.api_id,
        api_stack=stack,
        stage_name="prod",
        method=tasks.HttpMethod.POST,
        api_path="/books",
        auth_type=tasks.AuthType.IAM_ROLE,
        headers=sfn.TaskInput.from_object({"Accept": ["application/json"]}),
        query_parameters=sfn.TaskInput.from_json_path_at("$.query"),
        request_body=sfn.TaskInput.from_object({"title": sfn.JsonPath.string_at("$.title")}),
    )
    assert state_json(stack, task) == {
        "End": True,
        "Type": "Task",
        "Resource": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":states:::apigateway:invoke"]]},
        "Parameters": {
            "ApiEndpoint": ENDPOINT,
            "Method": "POST",
            "Headers": {"Accept": ["application/json"]},
            "Stage": "prod",
            "Path": "/books",
            "QueryParameters.$": "$.query",
            "RequestBody": {"title.$": "$.title"},
            "AuthType": "IAM_ROLE",
        },
    }
    machine(stack, task)
    assert policy_statements(stack) == [
        {"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": _execute_api("/prod/POST/books")}
    ]


def test_only_an_explicit_no_auth_leaves_the_statement_out(stack: Stack) -> None:
    api = apigwv2.HttpApi(stack, "HttpApi")
    unset = tasks.CallApiGatewayHttpApiEndpoint(
        stack, "Unset", api_id=api.api_id, api_stack=stack, method=tasks.HttpMethod.GET
    )
    no_auth = tasks.CallApiGatewayHttpApiEndpoint(
        stack,
        "NoAuth",
        api_id=api.api_id,
        api_stack=stack,
        method=tasks.HttpMethod.GET,
        auth_type=tasks.AuthType.NO_AUTH,
    )
    assert state_json(stack, unset)["Parameters"]["AuthType"] == "NO_AUTH"
    machine(stack, unset.next(no_auth))
    # As aws-cdk-lib: an unset stage and path are written `undefined` in the ARN.
    assert policy_statements(stack) == [
        {
            "Action": "execute-api:Invoke",
            "Effect": "Allow",
            "Resource": _execute_api("/undefined/GETundefined"),
        }
    ]


def test_an_api_of_another_stack_is_called_in_that_stacks_region(app: object, stack: Stack) -> None:
    other = Stack(app, "Other", env=Environment(account="111111111111", region="eu-west-1"))  # type: ignore[arg-type]
    task = tasks.CallApiGatewayHttpApiEndpoint(
        stack, "Call", api_id="abc123", api_stack=other, method=tasks.HttpMethod.PATCH, stage_name="$default"
    )
    assert state_json(stack, task)["Parameters"]["ApiEndpoint"] == {
        "Fn::Join": ["", ["abc123.execute-api.eu-west-1.", {"Ref": "AWS::URLSuffix"}]]
    }


def test_a_jsonata_call_renders_arguments(stack: Stack) -> None:
    task = tasks.CallApiGatewayHttpApiEndpoint.jsonata(
        stack,
        "Call",
        api_id="abc123",
        api_stack=stack,
        method=tasks.HttpMethod.DELETE,
        api_path="{% $path %}",
        auth_type=tasks.AuthType.RESOURCE_POLICY,
    )
    assert state_json(stack, task)["Arguments"]["Path"] == "{% $path %}"


def test_call_http_api_errors(stack: Stack) -> None:
    with pytest.raises(ValidationError) as run_job:
        tasks.CallApiGatewayHttpApiEndpoint(
            stack,
            "Run",
            api_id="abc123",
            api_stack=stack,
            method=tasks.HttpMethod.GET,
            integration_pattern=sfn.IntegrationPattern.RUN_JOB,
        )
    assert str(run_job.value) == (
        "Test/Run: integration_pattern=IntegrationPattern.RUN_JOB is not supported by "
        "CallApiGatewayHttpApiEndpoint; use IntegrationPattern.REQUEST_RESPONSE or "
        "IntegrationPattern.WAIT_FOR_TASK_TOKEN"
    )
    with pytest.raises(ValidationError) as no_token:
        tasks.CallApiGatewayHttpApiEndpoint(
            stack,
            "Wait",
            api_id="abc123",
            api_stack=stack,
            method=tasks.HttpMethod.GET,
            integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        )
    assert str(no_token.value) == (
        "Test/Wait: headers does not contain the task token, which "
        "integration_pattern=IntegrationPattern.WAIT_FOR_TASK_TOKEN needs; put JsonPath.task_token (JSONPath) "
        "or '{% $states.context.Task.Token %}' (JSONata) in it"
    )
