"""Version: the scaling configuration of a published version (Lambda Managed Instances)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Fn, Stack, Token, ValidationError
from apigwv2_integrations.aws_lambda import Code, Function, Runtime, Version
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack) -> Function:
    return Function(
        stack, "Fn", runtime=Runtime.PYTHON_3_13, handler="index.handler", code=Code.from_inline("x")
    )


def _scaling_configs(stack: Stack, template: Render) -> list[Any]:
    versions = resources_of_type(template(stack), "AWS::Lambda::Version").values()
    return [version["Properties"].get("FunctionScalingConfig") for version in versions]


def test_execution_environments_render_a_function_scaling_config(stack: Stack, template: Render) -> None:
    function = _function(stack)
    Version(stack, "Both", lambda_=function, min_execution_environments=1, max_execution_environments=4)
    Version(stack, "Min", lambda_=function, min_execution_environments=2)
    Version(stack, "Max", lambda_=function, max_execution_environments=0)
    Version(stack, "Neither", lambda_=function)
    assert _scaling_configs(stack, template) == [
        {"MaxExecutionEnvironments": 4, "MinExecutionEnvironments": 1},
        {"MinExecutionEnvironments": 2},
        {"MaxExecutionEnvironments": 0},
        None,
    ]


def test_current_version_options_carry_execution_environments(stack: Stack, template: Render) -> None:
    function = Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_13,
        handler="index.handler",
        code=Code.from_inline("x"),
        current_version_options={"min_execution_environments": 1, "max_execution_environments": 3},
    )
    _ = function.current_version
    assert _scaling_configs(stack, template) == [
        {"MaxExecutionEnvironments": 3, "MinExecutionEnvironments": 1}
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"min_execution_environments": -1}, "min_execution_environments=-1 is negative; use 0 or more"),
        ({"max_execution_environments": -2}, "max_execution_environments=-2 is negative; use 0 or more"),
        (
            {"min_execution_environments": 5, "max_execution_environments": 2},
            "min_execution_environments=5 is more than max_execution_environments=2; make the minimum at most "
            "the maximum",
        ),
    ],
)
def test_execution_environments_are_checked(stack: Stack, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Version(stack, "V", lambda_=_function(stack), **options)
    assert str(error.value) == f"Test/V: {message}"


def test_unresolved_execution_environments_are_left_to_lambda(stack: Stack, template: Render) -> None:
    Version(
        stack,
        "V",
        lambda_=_function(stack),
        min_execution_environments=Token.as_number(Fn.ref("AWS::NoValue")),
        max_execution_environments=3,
    )
    assert _scaling_configs(stack, template) == [
        {"MaxExecutionEnvironments": 3, "MinExecutionEnvironments": {"Ref": "AWS::NoValue"}}
    ]
