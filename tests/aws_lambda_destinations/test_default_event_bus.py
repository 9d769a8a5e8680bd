"""EventBridgeDestination without a bus imports the default bus as a `DefaultEventBus` child of the scope
it binds to, once per scope, as aws-cdk-lib does; a response-only LambdaDestination adds its rule first.

The whole output is compared with aws-cdk-lib's in the parity cases `integ-lambda-async-destinations` and
`integ-lambda-response-chain`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_lambda_destinations as destinations
from tests.aws_lambda_destinations.test_destinations import _function
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _children_of_invoke_config(fn: lambda_.Function) -> list[str]:
    return [child.node.id for child in fn.node.find_child("EventInvokeConfig").node.children]


def test_default_bus_is_a_child_of_the_invoke_config(stack: Stack) -> None:
    fn = _function(stack, "Fn", on_failure=destinations.EventBridgeDestination())
    assert _children_of_invoke_config(fn) == ["DefaultEventBus", "Resource"]


def test_both_outcomes_share_one_default_bus(stack: Stack, template: Render) -> None:
    fn = _function(
        stack,
        "Fn",
        on_success=destinations.EventBridgeDestination(),
        on_failure=destinations.EventBridgeDestination(),
    )
    assert _children_of_invoke_config(fn) == ["DefaultEventBus", "Resource"]
    (config,) = resources_of_type(template(stack), "AWS::Lambda::EventInvokeConfig").values()
    destination_config = config["Properties"]["DestinationConfig"]
    assert destination_config["OnSuccess"] == destination_config["OnFailure"]


def test_response_only_destination_adds_its_rule_before_the_bus(stack: Stack) -> None:
    target = _function(stack, "Next")
    fn = _function(stack, "Fn", on_success=destinations.LambdaDestination(target, response_only=True))
    assert _children_of_invoke_config(fn) == ["Success", "DefaultEventBus", "Resource"]
