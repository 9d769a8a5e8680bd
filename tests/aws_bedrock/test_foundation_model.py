"""FoundationModel and FoundationModelIdentifier: model ids, ARNs in the stack's region, wrong types."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_bedrock import FoundationModel, FoundationModelIdentifier, IModel
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import ArgumentTypeError

NOVA_ID = "amazon.nova-pro-v1:0"


def test_a_constant_holds_its_model_id() -> None:
    identifier = FoundationModelIdentifier.AMAZON_NOVA_PRO_V1_0
    assert identifier.model_id == NOVA_ID
    assert (
        FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1.model_id == "amazon.titan-text-express-v1"
    )
    assert FoundationModelIdentifier.AI21_LABS_JURASSIC_2_ULTRA_V1_0_8_K.model_id == "ai21.j2-ultra-v1:0:8k"


def test_every_constant_is_an_identifier_of_the_class() -> None:
    names = [name for name in dir(FoundationModelIdentifier) if name.isupper()]
    assert len(names) == 170
    assert all(isinstance(getattr(FoundationModelIdentifier, n), FoundationModelIdentifier) for n in names)


def test_an_identifier_made_from_a_string_keeps_it_and_reprs_as_its_call() -> None:
    identifier = FoundationModelIdentifier("example.new-model-v1:0")
    assert identifier.model_id == "example.new-model-v1:0"
    assert repr(identifier) == "FoundationModelIdentifier('example.new-model-v1:0')"
    assert str(identifier) == repr(identifier)


def test_from_foundation_model_id_names_the_model_in_the_stack_partition_and_region(stack: Stack) -> None:
    model = FoundationModel.from_foundation_model_id(
        stack, "Model", FoundationModelIdentifier.AMAZON_NOVA_PRO_V1_0
    )
    assert model.model_id == NOVA_ID
    assert stack.resolve(model.model_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":bedrock:",
                {"Ref": "AWS::Region"},
                f"::foundation-model/{NOVA_ID}",
            ],
        ]
    }
    assert isinstance(model, IModel)


def test_from_foundation_model_id_uses_the_region_of_a_stack_with_an_env(app: App) -> None:
    stack = Stack(app, "Regional", env=Environment(account="123456789012", region="eu-central-1"))
    inner = Construct(stack, "Inner")
    model = FoundationModel.from_foundation_model_id(inner, "Model", FoundationModelIdentifier("a.b-v1"))
    # Foundation models belong to no account, whatever the stack's account.
    assert stack.resolve(model.model_arn) == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":bedrock:eu-central-1::foundation-model/a.b-v1"],
        ]
    }


def test_from_foundation_model_id_adds_nothing_to_the_tree_or_the_template(
    stack: Stack, template: Any
) -> None:
    FoundationModel.from_foundation_model_id(stack, "Model", FoundationModelIdentifier.AMAZON_RERANK_V1)
    FoundationModel.from_foundation_model_id(stack, "Model", FoundationModelIdentifier.AMAZON_RERANK_V1)
    assert stack.node.children == []
    assert "Resources" not in template(stack)


def test_from_foundation_model_id_rejects_a_model_id_string(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as raised:
        FoundationModel.from_foundation_model_id(stack, "Model", NOVA_ID)  # type: ignore[arg-type]
    assert (
        str(raised.value)
        == f"Test: foundation_model_id={NOVA_ID!r} is a str; use a FoundationModelIdentifier"
    )


def test_an_identifier_rejects_a_model_id_that_is_not_a_string() -> None:
    with pytest.raises(ArgumentTypeError) as raised:
        FoundationModelIdentifier(3)  # type: ignore[arg-type]
    assert str(raised.value) == "FoundationModelIdentifier: model_id=3 is an int; use a str"
