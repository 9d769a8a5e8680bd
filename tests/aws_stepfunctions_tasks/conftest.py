"""What the task state tests share: a function, and the state or the machine's policy as rendered."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.assertions import Template


@pytest.fixture
def function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    )


def state_json(stack: Stack, state: sfn.State, query_language: sfn.QueryLanguage | None = None) -> Any:
    """The state as the definition renders it, tokens resolved."""
    return stack.resolve(state.to_state_json(query_language))


def machine(stack: Stack, chainable: sfn.IChainable, **props: Any) -> sfn.StateMachine:
    return sfn.StateMachine(
        stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(chainable), **props
    )


def definition_text(stack: Stack, state_machine: sfn.StateMachine) -> Any:
    """The DefinitionString: JSON text, or the Fn::Join of its parts when it holds tokens."""
    return stack.resolve(state_machine.node.default_child._cfn_properties()["DefinitionString"])  # type: ignore[union-attr]


def policy_statements(stack: Stack) -> list[Any]:
    """The statements of the state machine role's default policy, in order."""
    template = Template.from_stack(stack).to_json()
    policies = [
        resource
        for logical_id, resource in template["Resources"].items()
        if resource["Type"] == "AWS::IAM::Policy" and logical_id.startswith("MachineRoleDefaultPolicy")
    ]
    assert len(policies) == 1
    statements: list[Any] = policies[0]["Properties"]["PolicyDocument"]["Statement"]
    return statements
