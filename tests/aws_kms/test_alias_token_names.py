"""Alias names holding tokens: aws-cdk-lib checks and prefixes only the literal text they start with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_kms import Alias, Key
from apigwv2_integrations.core.errors import ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def alias_names(rendered: dict[str, Any]) -> list[Any]:
    return [r["Properties"]["AliasName"] for r in resources_of_type(rendered, "AWS::KMS::Alias").values()]


def test_literal_start_without_prefix_gets_alias_prefix(stack: Stack, template: Render) -> None:
    Key(stack, "Orders", alias=f"orders-{stack.account}")

    assert alias_names(template(stack)) == [{"Fn::Join": ["", ["alias/orders-", {"Ref": "AWS::AccountId"}]]}]


def test_literal_start_with_prefix_is_kept(stack: Stack, template: Render) -> None:
    Key(stack, "Orders", alias=f"alias/orders-{stack.account}")

    assert alias_names(template(stack)) == [{"Fn::Join": ["", ["alias/orders-", {"Ref": "AWS::AccountId"}]]}]


def test_token_start_is_left_alone(stack: Stack, template: Render) -> None:
    Alias(stack, "Regional", alias_name=f"{stack.region}-orders", target_key=Key(stack, "Orders"))

    assert alias_names(template(stack)) == [{"Fn::Join": ["", [{"Ref": "AWS::Region"}, "-orders"]]}]


def test_reserved_literal_start_is_refused(stack: Stack) -> None:
    name = f"alias/aws/{stack.region}"
    with pytest.raises(ValidationError) as raised:
        Alias(stack, "Reserved", alias_name=name, target_key=Key(stack, "Orders"))

    assert (
        str(raised.value)
        == f"Test: alias_name={name!r} starts with 'alias/aws/', which AWS reserves; rename it"
    )
