"""HttpInvoke: the endpoint built with States.Format (or JSONata, or concatenated without the
httpInvokeDynamicJsonPathEndpoint flag), URL-encoded bodies, the connection's statements, and its error."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, SecretValue, Stack, ValidationError
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json

CONNECTION_ARN = {"Fn::GetAtt": ["Connection07624BCD", "Arn"]}


def _connection(stack: Stack) -> events.Connection:
    return events.Connection(
        stack,
        "Connection",
        authorization=events.Authorization.api_key("x-api-key", SecretValue.unsafe_plain_text("k")),
    )


def _invoke(stack: Stack, id: str = "Call", **options: Any) -> tasks.HttpInvoke:
    given: dict[str, Any] = {
        "connection": stack.node.try_find_child("Connection") or _connection(stack),
        "api_root": "https://api.example.com",
        "api_endpoint": sfn.TaskInput.from_text("orders"),
        "method": sfn.TaskInput.from_text("GET"),
        **options,
    }
    return tasks.HttpInvoke(stack, id, **given)


def test_http_invoke_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.HttpInvoke.__init__).parameters) - {"self", "scope", "id"}
    assert keywords == {f.name for f in fields_of(tasks.HttpInvokeProps)}


def test_invoke_formats_the_endpoint_and_authenticates_with_the_connection(stack: Stack) -> None:
    task = _invoke(stack, api_endpoint=sfn.TaskInput.from_json_path_at("$.path"))
    assert state_json(stack, task) == {
        "End": True,
        "Type": "Task",
        "Resource": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":states:::http:invoke"]]},
        "Parameters": {
            "ApiEndpoint.$": "States.Format('{}/{}', 'https://api.example.com', $.path)",
            "Authentication": {"ConnectionArn": CONNECTION_ARN},
            "Method": "GET",
        },
    }


def test_the_role_may_read_the_connection_and_call_urls_under_the_root(stack: Stack) -> None:
    machine(stack, _invoke(stack))
    assert policy_statements(stack) == [
        {"Action": "events:RetrieveConnectionCredentials", "Effect": "Allow", "Resource": CONNECTION_ARN},
        {
            "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Connection07624BCD", "SecretArn"]},
        },
        {
            "Action": "states:InvokeHTTPEndpoint",
            "Condition": {"StringLike": {"states:HTTPEndpoint": "https://api.example.com*"}},
            "Effect": "Allow",
            "Resource": "*",
        },
    ]


@pytest.mark.parametrize(
    ("encoding", "transform"),
    [
        (
            tasks.URLEncodingFormat.COMMAS,
            {"RequestBodyEncoding": "URL_ENCODED", "RequestEncodingOptions": {"ArrayFormat": "COMMAS"}},
        ),
        (tasks.URLEncodingFormat.DEFAULT, {"RequestBodyEncoding": "URL_ENCODED"}),
    ],
)
def test_a_url_encoded_body_sets_the_content_type(
    stack: Stack, encoding: tasks.URLEncodingFormat, transform: object
) -> None:
    task = _invoke(
        stack,
        headers=sfn.TaskInput.from_object({"X-A": "1"}),
        body=sfn.TaskInput.from_object({"a": [1, 2]}),
        query_string_parameters=sfn.TaskInput.from_object({"q": "x"}),
        url_encoding_format=encoding,
    )
    parameters = state_json(stack, task)["Parameters"]
    assert list(parameters) == [
        "ApiEndpoint.$",
        "Authentication",
        "Method",
        "Headers",
        "RequestBody",
        "QueryParameters",
        "Transform",
    ]
    assert parameters["Headers"] == {"X-A": "1", "Content-Type": "application/x-www-form-urlencoded"}
    assert parameters["Transform"] == transform


def test_no_encoding_sends_the_headers_as_given(stack: Stack) -> None:
    task = _invoke(
        stack,
        headers=sfn.TaskInput.from_json_path_at("$.h"),
        url_encoding_format=tasks.URLEncodingFormat.NONE,
    )
    assert state_json(stack, task)["Parameters"]["Headers.$"] == "$.h"
    assert "Transform" not in state_json(stack, task)["Parameters"]


def test_a_jsonata_invoke_joins_the_endpoint_with_jsonata(stack: Stack) -> None:
    task = tasks.HttpInvoke.jsonata(
        stack,
        "Call",
        connection=_connection(stack),
        api_root="https://api.example.com",
        api_endpoint=sfn.TaskInput.from_text("{% $path %}"),
        method=sfn.TaskInput.from_text("POST"),
    )
    assert (
        state_json(stack, task)["Arguments"]["ApiEndpoint"] == "{% 'https://api.example.com' & '/' & $path %}"
    )


def test_without_the_flag_the_endpoint_is_concatenated(tmp_path: Path) -> None:
    app = App(
        outdir=str(tmp_path),
        context={"@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint": False},
    )
    stack = Stack(app, "Test")
    assert state_json(stack, _invoke(stack))["Parameters"]["ApiEndpoint"] == "https://api.example.com/orders"


def test_url_encoding_needs_headers_given_as_an_object(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _invoke(
            stack,
            headers=sfn.TaskInput.from_json_path_at("$.h"),
            url_encoding_format=tasks.URLEncodingFormat.REPEAT,
        )
    assert str(error.value) == (
        "Test/Call: headers is a text or a JSON path, but url_encoding_format adds a Content-Type header to "
        "them; pass headers=TaskInput.from_object(...)"
    )
