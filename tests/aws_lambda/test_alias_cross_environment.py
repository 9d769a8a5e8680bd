"""Alias ARNs read by stacks of other environments: by the function's physical name, as aws-cdk-lib does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, PhysicalName, Stack, SynthesisError
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_lambda import Alias, Code, Function, Runtime
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

HOME = Environment(account="111111111111", region="us-east-1")


def _aliased_function(stack: Stack, function_name: str | None) -> Alias:
    function = Function(
        stack,
        "Quote",
        function_name=function_name,
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("def handler(event, context):\n    return 1\n"),
    )
    return Alias(stack, "Live", alias_name="live", version=function.current_version)


def _invoker_in(stack: Stack) -> Role:
    return Role(
        stack,
        "Invoker",
        assumed_by=ServicePrincipal("lambda.amazonaws.com"),
        role_name=PhysicalName.GENERATE_IF_NEEDED,
    )


def test_alias_read_by_another_account_names_the_function(app: App, template: Render) -> None:
    producer = Stack(app, "Pricing", env=HOME)
    alias = _aliased_function(producer, PhysicalName.GENERATE_IF_NEEDED)
    partner = Stack(app, "Partner", env=Environment(account="222222222222", region="us-east-1"))
    alias.grant_invoke(_invoker_in(partner))
    generated = "pricingpricingquotef6ec16b04bbc382255fe"
    function = template(producer)["Resources"]["QuoteE2906A56"]
    assert function["Properties"]["FunctionName"] == generated
    (policy,) = resources_of_type(template(partner), "AWS::IAM::Policy").values()
    (statement,) = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Resource"] == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, f":lambda:us-east-1:111111111111:function:{generated}:live"],
        ]
    }
    assert "Outputs" not in template(producer)


def test_alias_read_by_another_account_needs_a_function_name(app: App) -> None:
    producer = Stack(app, "Pricing", env=HOME)
    alias = _aliased_function(producer, None)
    partner = Stack(app, "Partner", env=Environment(account="222222222222", region="us-east-1"))
    alias.grant_invoke(_invoker_in(partner))
    with pytest.raises(SynthesisError) as raised:
        app.synth()
    assert str(raised.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Pricing/Quote: is read by stack 'Partner' of environment aws://222222222222/us-east-1, another than "
        "its own (aws://111111111111/us-east-1), which can only refer to it by its physical name; give it a "
        "name (its name property) or PhysicalName.GENERATE_IF_NEEDED"
    )
