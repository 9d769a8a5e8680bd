"""Errors: the tests of an exception's kind that aws_cdk.Errors has."""

from __future__ import annotations

import pytest

from apigwv2_integrations import App, Errors, Stack, SynthesisError, ValidationError
from apigwv2_integrations.assertions import Template


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
