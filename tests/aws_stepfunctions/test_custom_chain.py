"""Chain.custom (aws_stepfunctions/chain.py): end states aws-cdk-lib accepts, and continuing such a chain."""

from __future__ import annotations

import json
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.core.errors import ValidationError


def definition_of(stack: Stack, chainable: sfn.IChainable) -> Any:
    machine = sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(chainable))
    rendered = stack.resolve(machine.node.default_child._cfn_properties()["DefinitionString"])  # type: ignore[union-attr]
    return json.loads(rendered) if isinstance(rendered, str) else rendered


def test_custom_chain_takes_a_final_state_among_its_end_states(stack: Stack) -> None:
    # A hand-built chain whose branches end in a Succeed, as a cleanup flow returned from `next` would be.
    check = sfn.Choice(stack, "IsHeld")
    release = sfn.Pass(stack, "Release")
    check.when(sfn.Condition.is_present("$.lock"), release)
    done = sfn.Succeed(stack, "Done")
    check.otherwise(done)
    chain = sfn.Chain.custom(check, [done], release.next(done))

    final_state: object = done  # typed as INextable in the chain, as in aws-cdk-lib
    assert chain.end_states == [final_state]
    assert definition_of(stack, chain)["States"]["Release"] == {"Type": "Pass", "Next": "Done"}


def test_custom_chain_ending_in_a_final_state_cannot_continue(stack: Stack) -> None:
    start = sfn.Pass(stack, "Start")
    chain = sfn.Chain.custom(start, [sfn.Succeed(stack, "Done")], start)
    with pytest.raises(ValidationError) as error:
        chain.next(sfn.Pass(stack, "After"))
    assert str(error.value) == (
        "cannot continue the chain: its end state <Succeed Test/Done> does not allow a next state; "
        "end the chain with a state that has `next`"
    )
