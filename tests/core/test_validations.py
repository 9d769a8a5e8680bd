"""Validations: warnings and errors by rule id, and acknowledgments recorded with their reason."""

from __future__ import annotations

import pytest

from apigwv2_integrations import (
    Acknowledgment,
    App,
    CfnResource,
    Stack,
    SynthesisError,
    ValidationError,
    Validations,
)


def _metadata(construct: CfnResource | Stack) -> list[tuple[str, object]]:
    return [(entry.type, entry.data) for entry in construct.node.metadata]


def test_acknowledged_rules_are_silenced_below_and_recorded(app: App, stack: Stack) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    Validations.of(queue).add_warning("W1", "first")
    Validations.of(queue).add_warning("my rule", "kept")
    Validations.of(stack).acknowledge(Acknowledgment(id="annotation::W1", reason="known"))
    assert app.synth().warnings == [("Test/Queue", "kept [ack: Annotation::my-rule]")]
    assert _metadata(stack) == [("aws:cdk:acknowledged-rules", {"Annotation::W1": "known"})]


def test_a_rule_of_another_namespace_keeps_it(stack: Stack) -> None:
    Validations.of(stack).acknowledge(Acknowledgment(id="CloudFormation Validate::E3012", reason="r"))
    assert _metadata(stack) == [("aws:cdk:acknowledged-rules", {"CloudFormation-Validate::E3012": "r"})]


def test_errors_name_their_rule_and_fail_the_synth(app: App, stack: Stack) -> None:
    Validations.of(stack).add_error("E1", "bad")
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == "synthesis failed with 1 validation error:\n  Test: bad (Annotation::E1)"


def test_a_rule_id_with_two_separators_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Validations.of(stack).add_warning("a::b::c", "x")
    assert (
        str(error.value)
        == "Test: id='a::b::c' has more than one '::'; use 'prefix::RuleName' with one separator"
    )


def test_separators_inside_brackets_belong_to_the_rule_name(stack: Stack) -> None:
    Validations.of(stack).acknowledge(Acknowledgment(id="Plugin::Rule[a::b]", reason="r"))
    assert _metadata(stack) == [("aws:cdk:acknowledged-rules", {"Plugin::Rule[a::b]": "r"})]


def test_validation_plugins_are_not_supported(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Validations.of(stack).add_plugins("plugin")
    assert str(error.value) == (
        "Test: add_plugins('plugin') is not supported; policy validation plugins are not run by this package"
    )
