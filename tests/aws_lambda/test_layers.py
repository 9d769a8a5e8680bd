"""LayerVersion as a construct (aws_lambda/layers.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import RemovalPolicy, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def layer_directory(tmp_path: Path) -> str:
    (tmp_path / "layer" / "python").mkdir(parents=True)
    (tmp_path / "layer" / "python" / "shared.py").write_text("VALUE = 1\n")
    return str(tmp_path / "layer")


def test_layer_version_renders_its_content_and_permissions(
    tmp_path: Path, stack: Stack, template: Render
) -> None:
    layer = lambda_.LayerVersion(
        stack,
        "Layer",
        code=lambda_.Code.from_asset(layer_directory(tmp_path)),
        compatible_runtimes=[lambda_.Runtime.PYTHON_3_12],
        layer_version_name="shared",
        removal_policy=RemovalPolicy.RETAIN,
    )
    layer.add_permission("Everyone", account_id="*")
    rendered = template(stack)
    (version,) = resources_of_type(rendered, "AWS::Lambda::LayerVersion").values()
    assert version["Properties"]["CompatibleRuntimes"] == ["python3.12"]
    assert version["Properties"]["LayerName"] == "shared"
    assert version["DeletionPolicy"] == "Retain"
    (permission,) = resources_of_type(rendered, "AWS::Lambda::LayerVersionPermission").values()
    assert permission["Properties"] == {
        "Action": "lambda:GetLayerVersion",
        "LayerVersionArn": {"Ref": "LayerB20D2F06"},
        "Principal": "*",
    }


def test_layer_cannot_be_inline_code(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        lambda_.LayerVersion(stack, "Layer", code=lambda_.Code.from_inline("x = 1"))
    assert str(error.value) == (
        "Test/Layer: code=Code.from_inline(...) cannot be a layer; use Code.from_asset or Code.from_bucket"
    )


def test_layer_lists_a_runtime(tmp_path: Path, stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        lambda_.LayerVersion(
            stack, "Layer", code=lambda_.Code.from_asset(layer_directory(tmp_path)), compatible_runtimes=[]
        )
    assert (
        str(error.value)
        == "Test/Layer: compatible_runtimes=[] lists no runtime; list the runtimes or leave it unset"
    )


def test_organization_permission_needs_every_account(tmp_path: Path, stack: Stack) -> None:
    layer = lambda_.LayerVersion(stack, "Layer", code=lambda_.Code.from_asset(layer_directory(tmp_path)))
    with pytest.raises(ValidationError) as error:
        layer.add_permission("Org", account_id="111111111111", organization_id="o-abcdefghij")
    assert str(error.value) == (
        "Test/Layer: organization_id='o-abcdefghij' needs account_id='*', but account_id='111111111111'; "
        "pass account_id='*'"
    )
