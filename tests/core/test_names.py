"""Names.unique_id and Names.unique_resource_name (core/names.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Construct, Names, Stack

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "construct_addresses.json").read_text()
)


@pytest.mark.parametrize("vector", VECTORS, ids=["/".join(v["path"]) for v in VECTORS])
def test_unique_id_matches_aws_cdk_lib(vector: dict[str, Any]) -> None:
    scope: Construct = App()
    for component in vector["path"]:
        scope = scope.node.try_find_child(component) or Construct(scope, component)
    assert Names.unique_id(scope) == vector["unique_id"]


def test_unique_id_of_the_app_is_empty() -> None:
    assert Names.unique_id(App()) == ""


def test_unique_resource_name_starts_at_the_stack() -> None:
    stack = Stack(App(), "MyStack")
    construct = Construct(Construct(stack, "Api"), "Handler")
    assert Names.unique_resource_name(construct) == "MyStackApiHandler3010740A"  # aws-cdk-lib 2.275.0


def test_unique_resource_name_keeps_the_hash_when_shortened() -> None:
    stack = Stack(App(), "MyStack")
    construct = Construct(Construct(stack, "Api" * 20), "Handler" * 10)
    # aws-cdk-lib 2.275.0 gives the same names.
    assert (
        Names.unique_resource_name(construct, max_length=32, separator="-")
        == "MyStack-ApiAdlerHandler-271204C5"
    )
    assert Names.unique_resource_name(construct) == "MyStack" + "Api" * 20 + "Handler" * 10 + "271204C5"


def test_stack_relative_construct_path_starts_below_the_stack(stack: Stack) -> None:
    deep = Construct(Construct(stack, "Api"), "Route")
    assert Names.stack_relative_construct_path(deep) == "Api/Route"
    assert Names.stack_relative_construct_path(stack) == ""
    outside = Construct(Construct(stack.node.root, "Loose"), "Child")
    assert Names.stack_relative_construct_path(outside) == "/Loose/Child"
