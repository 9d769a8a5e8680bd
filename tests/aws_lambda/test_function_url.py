"""FunctionUrl and add_function_url (aws_lambda/function_url.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c):\n    return 1\n"),
    )


def test_add_function_url_defaults_to_iam_auth(stack: Stack, template: Render) -> None:
    url = function(stack).add_function_url()
    assert url.auth_type is lambda_.FunctionUrlAuthType.AWS_IAM
    rendered = template(stack)
    assert rendered["Resources"]["FnFunctionUrl8C1B0DE8"]["Properties"] == {
        "AuthType": "AWS_IAM",
        "TargetFunctionArn": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
    }
    assert resources_of_type(rendered, "AWS::Lambda::Permission") == {}


def test_public_url_allows_anyone_through_the_url(stack: Stack, template: Render) -> None:
    function(stack).add_function_url(
        auth_type=lambda_.FunctionUrlAuthType.NONE,
        cors=lambda_.FunctionUrlCorsOptions(allowed_origins=["*"]),
        invoke_mode=lambda_.InvokeMode.RESPONSE_STREAM,
    )
    rendered = template(stack)
    permissions = resources_of_type(rendered, "AWS::Lambda::Permission")
    assert sorted(p["Properties"]["Action"] for p in permissions.values()) == [
        "lambda:InvokeFunction",
        "lambda:InvokeFunctionUrl",
    ]
    url = resources_of_type(rendered, "AWS::Lambda::Url")["FnFunctionUrl8C1B0DE8"]["Properties"]
    assert url["Cors"] == {"AllowMethods": ["*"], "AllowOrigins": ["*"]}
    assert url["InvokeMode"] == "RESPONSE_STREAM"


def test_grant_invoke_url_grants_the_url_and_the_invocation_through_it(
    stack: Stack, template: Render
) -> None:
    url = function(stack).add_function_url()
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    url.grant_invoke_url(role)
    statements = template(stack)["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    assert statements == [
        {
            "Action": "lambda:InvokeFunctionUrl",
            "Condition": {"StringEquals": {"lambda:FunctionUrlAuthType": "AWS_IAM"}},
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
        },
        {
            "Action": "lambda:InvokeFunction",
            "Condition": {"Bool": {"lambda:InvokedViaFunctionUrl": True}},
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
        },
    ]


def test_cors_max_age_is_at_most_a_day(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        function(stack).add_function_url(cors=lambda_.FunctionUrlCorsOptions(max_age=Duration.hours(25)))
    assert str(error.value) == (
        "Test/Fn/FunctionUrl: cors.max_age=Duration.hours(25) is longer than 24 hours; use at most Duration.hours(24)"
    )


def test_a_version_cannot_have_a_url(stack: Stack) -> None:
    version = function(stack).current_version
    with pytest.raises(ValidationError) as error:
        lambda_.FunctionUrl(stack, "Url", function=version)
    assert (
        str(error.value) == f"Test/Url: function={version!r} is a Version; a URL needs a function or an alias"
    )


def test_a_function_url_is_an_ifunction_url(stack: Stack) -> None:
    url = function(stack).add_function_url()
    assert isinstance(url, lambda_.IFunctionUrl)
    assert not isinstance(stack, lambda_.IFunctionUrl)
