"""Errors: the tests of an exception's kind that aws_cdk.Errors has."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Duration, Errors, Stack, SynthesisError, ValidationError
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.core.errors import InvalidValueError


def test_validation_errors_at_construction_and_synth_are_construct_errors() -> None:
    app = App()
    stack = Stack(app, "S")
    with pytest.raises(ValidationError) as built:
        Stack(app, "S")
    stack.node.add_validation(_Fails())
    with pytest.raises(SynthesisError) as synthesized:
        app.synth()
    for error in (built.value, synthesized.value):
        assert (Errors.is_validation_error(error), Errors.is_construct_error(error)) == (True, True)
        assert Errors.is_assertion_error(error) is False


def test_errors_of_bad_input_are_runtime_errors_as_in_aws_cdk_python() -> None:
    # aws_cdk's JavaScript errors reach Python as RuntimeError: apps and tests written for it catch that.
    app = App()
    Stack(app, "S")
    with pytest.raises(RuntimeError) as built:
        Stack(app, "S")
    assert isinstance(built.value, ValidationError)
    with pytest.raises(RuntimeError) as bad_value:
        Duration.seconds(-1)
    assert isinstance(bad_value.value, (InvalidValueError, ValidationError))
    stack = Stack(App(), "T")
    stack.node.add_validation(_Fails())
    with pytest.raises(RuntimeError) as synthesized:
        stack.node.root.synth()  # type: ignore[attr-defined]
    assert isinstance(synthesized.value, SynthesisError)


def test_a_failed_assertion_is_an_assertion_error() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(AssertionError) as failed:
        Template.from_stack(stack).resource_count_is("AWS::SQS::Queue", 1)
    error = failed.value
    assert (Errors.is_assertion_error(error), Errors.is_construct_error(error)) == (True, True)
    assert Errors.is_validation_error(error) is False


def test_other_exceptions_are_no_construct_errors() -> None:
    kinds = (
        Errors.is_construct_error,
        Errors.is_validation_error,
        Errors.is_assertion_error,
        Errors.is_cloud_assembly_error,
        Errors.is_execution_error,
        Errors.is_assumption_error,
    )
    assert [kind(ValueError("x")) for kind in kinds] == [False] * 6
    assert [kind("not an error") for kind in kinds] == [False] * 6


class _Fails:
    def validate(self) -> list[str]:
        return ["always fails"]
