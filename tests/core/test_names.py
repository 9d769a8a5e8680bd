"""Names.unique_id and Names.unique_resource_name (core/names.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Construct, Names, NestedStack, Stack, Stage

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


def test_unique_resource_name_starts_with_the_stack_name() -> None:
    stack = Stack(App(), "Deps", stack_name="my-deps-stack")
    queue = Construct(stack, "Q3")
    # aws-cdk-lib 2.275.0 gives the same names.
    assert Names.unique_resource_name(queue, max_length=40) == "mydepsstackQ314A7C258"
    assert Names.unique_resource_name(stack) == "mydepsstack"
    assert Names.unique_resource_name(stack, allowed_special_characters="-") == "my-deps-stack"


def test_unique_resource_name_in_a_stage_holds_the_stage_name() -> None:
    app = App()
    beta = Stack(Stage(app, "Beta"), "S2")
    production = Stack(Stage(app, "Prod", stage_name="production"), "Deps")
    # aws-cdk-lib 2.275.0 gives the same names.
    assert Names.unique_resource_name(Construct(beta, "Q"), separator="-") == "BetaS2-Q-6F469BEE"
    assert Names.unique_resource_name(Construct(production, "Q3")) == "productionDepsQ3C575B023"
    assert Names.unique_resource_name(production) == "productionDeps"


def test_unique_resource_name_in_a_nested_stack_starts_at_its_parent() -> None:
    nested = NestedStack(Stack(Stage(App(), "Beta"), "S2"), "Nest")
    # A nested stack's name is a deploy-time value: the parent's name starts the path. aws-cdk-lib 2.275.0
    # gives the same names.
    assert Names.unique_resource_name(Construct(nested, "X")) == "BetaS2NestXDD615E6A"
    assert (
        Names.unique_resource_name(Construct(nested, "Y"), separator="-", max_length=15) == "Bet-Y-B9CB8A6C"
    )


def test_unique_resource_name_outside_a_stack_starts_at_the_app() -> None:
    free = Construct(App(), "Free")
    assert Names.unique_resource_name(Construct(free, "Child")) == "FreeChildB721C2D4"  # aws-cdk-lib 2.275.0


@pytest.mark.parametrize(
    ("max_length", "expected"),
    [
        (40, "mydepsstackAVerydWithManyLettersBCF5EBFB"),
        (12, "myrsBCF5EBFB"),
        # Below ten characters nothing of the readable part is cut out; below eight the cut comes from the
        # other side. aws-cdk-lib 2.275.0 gives the same names.
        (9, "mydepsstackAVeryLongIdWithManyLettersBCF5EBFB"),
        (5, "mydepsstackAVeryLongIdWithManyLetterydepsstackAVeryLongIdWithManyLettersBCF5EBFB"),
    ],
)
def test_unique_resource_name_cuts_the_middle_to_max_length(max_length: int, expected: str) -> None:
    stack = Stack(App(), "Deps", stack_name="my-deps-stack")
    construct = Construct(Construct(stack, "AVeryLongId"), "WithManyLetters")
    assert Names.unique_resource_name(construct, max_length=max_length) == expected
