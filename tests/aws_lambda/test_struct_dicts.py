"""Function takes dicts for its structs, as aws_cdk does; image code needs a repository."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_logs import RetentionDays
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError


def function(scope: Stack, **props: Any) -> lambda_.Function:
    return lambda_.Function(
        scope,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context): pass"),
        **props,
    )


def test_durable_config_and_log_retention_retry_options_take_dicts(app: App) -> None:
    by_dict = Stack(app, "Dicts")
    function(
        by_dict,
        durable_config={"execution_timeout": Duration.hours(1)},
        log_retention=RetentionDays.ONE_DAY,
        log_retention_retry_options={"max_retries": 3},
    )
    by_struct = Stack(app, "Structs")
    function(
        by_struct,
        durable_config=lambda_.DurableConfig(execution_timeout=Duration.hours(1)),
        log_retention=RetentionDays.ONE_DAY,
        log_retention_retry_options=lambda_.LogRetentionRetryOptions(max_retries=3),
    )
    assert Template.from_stack(by_dict).to_json() == Template.from_stack(by_struct).to_json()


def test_a_durable_config_dict_is_checked_like_the_struct(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        function(stack, durable_config={"execution_timeout": Duration.days(400)})
    assert str(error.value) == (
        "Test/Fn: durable_config.execution_timeout=Duration.days(400) is out of range; use 1 second to 366 days"
    )


def test_ecr_image_code_without_a_repository_is_refused(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as error:
        lambda_.DockerImageFunction(stack, "Fn", code=lambda_.DockerImageCode.from_ecr(None))
    assert str(error.value) == (
        "Test/Fn: code's repository=None is not an ECR repository; pass an aws_ecr.IRepository"
    )


def test_an_empty_function_name_is_called_empty(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        function(stack, function_name="")
    assert str(error.value) == (
        "Test/Fn: function_name='' is empty; use letters, digits, hyphens and underscores"
    )
