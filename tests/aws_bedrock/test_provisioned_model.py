"""ProvisionedModel: a provisioned model imported by its ARN."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_bedrock import IModel, ProvisionedModel
from apigwv2_integrations.core.errors import ArgumentTypeError

ARN = "arn:aws:bedrock:us-east-2:123456789012:provisioned-model/abc-123"


def test_from_provisioned_model_arn_keeps_the_arn_and_adds_nothing_to_the_tree(stack: Stack) -> None:
    model = ProvisionedModel.from_provisioned_model_arn(stack, "Model", ARN)
    assert model.model_arn == ARN
    assert isinstance(model, IModel)
    assert stack.node.children == []


def test_from_provisioned_model_arn_rejects_an_arn_that_is_not_a_string(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as raised:
        ProvisionedModel.from_provisioned_model_arn(stack, "Model", 3)  # type: ignore[arg-type]
    assert str(raised.value) == (
        "ProvisionedModel.from_provisioned_model_arn: provisioned_model_arn=3 is an int; use a str"
    )
