"""A state machine's timeout is a whole number of seconds, checked when the state machine is made, as
aws-cdk-lib checks it; a definition given as a string leaves the timeout unused, as there."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_stepfunctions import DefinitionBody, Pass, StateMachine
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type


def test_timeout_in_whole_seconds_reaches_the_definition(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    StateMachine(
        stack,
        "Machine",
        definition_body=DefinitionBody.from_chainable(Pass(stack, "Start")),
        timeout=Duration.minutes(5),
    )
    (machine,) = resources_of_type(template(stack), "AWS::StepFunctions::StateMachine").values()
    definition = json.loads(machine["Properties"]["DefinitionString"])
    assert definition["TimeoutSeconds"] == 300


def test_timeout_of_a_fraction_of_a_second_is_rejected_at_the_call(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        StateMachine(
            stack,
            "Machine",
            definition_body=DefinitionBody.from_chainable(Pass(stack, "Start")),
            timeout=Duration.millis(1500),
        )
    assert str(error.value) == (
        "Test/Machine: timeout=Duration.millis(1500) is not a whole number of seconds; use Duration.seconds(...)"
    )


def test_timeout_is_unused_with_a_string_definition(stack: Stack) -> None:
    machine = StateMachine(
        stack,
        "Machine",
        definition_body=DefinitionBody.from_string(
            '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}'
        ),
        timeout=Duration.millis(1500),
    )
    assert machine.node.path == "Test/Machine"
