"""State machine names take aws-cdk-lib's characters only; an empty error list is rendered as given."""

from __future__ import annotations

import json
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type


def definition_of(stack: Stack, chainable: sfn.IChainable) -> Any:
    machine = sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(chainable))
    rendered = stack.resolve(machine.node.default_child._cfn_properties()["DefinitionString"])  # type: ignore[union-attr]
    return json.loads(rendered)


@pytest.mark.parametrize("name", ["a:b", "a,b", "a/b", "a;b", "a*b", "a<b"])
def test_state_machine_name_refuses_characters_between_the_parenthesis_and_the_equals_sign(
    stack: Stack, name: str
) -> None:
    with pytest.raises(ValidationError) as error:
        sfn.StateMachine(
            stack,
            "Machine",
            definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Start")),
            state_machine_name=name,
        )
    assert str(error.value) == (
        f"Test/Machine: state_machine_name={name!r} has characters a state machine name cannot have; "
        "use letters, digits and +!@.()-=_' only"
    )


def test_state_machine_name_takes_every_character_aws_cdk_lib_takes(stack: Stack, template: Any) -> None:
    sfn.StateMachine(
        stack,
        "Machine",
        definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Start")),
        state_machine_name="a-b.c(d)=e_f'g+h!i@j",
    )
    machines = resources_of_type(template(stack), "AWS::StepFunctions::StateMachine")
    assert next(iter(machines.values()))["Properties"]["StateMachineName"] == "a-b.c(d)=e_f'g+h!i@j"


def test_an_empty_error_list_is_rendered_empty_and_an_unset_one_as_every_error(stack: Stack) -> None:
    parallel = sfn.Parallel(stack, "Both").branch(sfn.Pass(stack, "One"))
    parallel.add_retry(errors=[])
    parallel.add_retry(errors=["Custom"])
    parallel.add_catch(sfn.Pass(stack, "Handle"), errors=[])
    parallel.add_catch(sfn.Pass(stack, "HandleAll"))
    state = definition_of(stack, parallel)["States"]["Both"]
    assert state["Retry"] == [{"ErrorEquals": []}, {"ErrorEquals": ["Custom"]}]
    assert state["Catch"] == [
        {"ErrorEquals": [], "Next": "Handle"},
        {"ErrorEquals": ["States.ALL"], "Next": "HandleAll"},
    ]
