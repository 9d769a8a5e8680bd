"""Deploy-time rule of function environments: the variable names Lambda accepts."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Stack, Token
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.core.errors import SynthesisError


def function(stack: Stack, **options: Any) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.NODEJS_22_X,
        handler="index.handler",
        code=Code.from_inline("x"),
        **options,
    )


def bad_name(name: str) -> str:
    """The problem as a validation of Test/Fn reports it; synth puts the path in front."""
    return (
        f"environment[{name!r}] is not a name Lambda accepts; use a letter, then at least one letter, digit or "
        "underscore ([a-zA-Z]([a-zA-Z0-9_])+), e.g. 'TABLE_NAME'"
    )


@pytest.mark.parametrize("name", ["A", "1ST", "_TABLE", "MY-VAR", "TABLE NAME", "TABLE.NAME", "ÄPFEL", ""])
def test_environment_name_lambda_rejects_is_reported(stack: Stack, name: str) -> None:
    fn = function(stack, environment={name: "1"})
    assert fn.node.validate() == [bad_name(name)]


@pytest.mark.parametrize("name", ["AB", "a1", "Table_Name", "X_", "TABLE_NAME_2"])
def test_environment_name_of_a_letter_and_more_is_accepted(stack: Stack, name: str) -> None:
    assert function(stack, environment={name: "1"}).node.validate() == []


def test_add_environment_names_are_checked_at_synth(app: App, stack: Stack) -> None:
    fn = function(stack, environment={"STAGE": "prod"})
    fn.add_environment("B", "2")
    fn.add_environment("TABLE-NAME", "books")
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    assert str(caught.value) == (
        "synthesis failed with 2 validation errors:\n"
        f"  Test/Fn: {bad_name('B')}\n"
        f"  Test/Fn: {bad_name('TABLE-NAME')}"
    )


def test_malformed_aws_name_is_reported_as_malformed(stack: Stack) -> None:
    fn = function(stack, environment={"AWS_X-RAY": "1"})
    assert fn.node.validate() == [bad_name("AWS_X-RAY")]


def test_unresolved_environment_name_is_left_to_lambda(stack: Stack) -> None:
    fn = function(stack)
    fn.add_environment(Token.as_string({"Ref": "Name"}), "1")
    assert fn.node.validate() == []
