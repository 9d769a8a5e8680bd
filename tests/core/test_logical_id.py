"""Construct path -> logical ID, against vectors made by aws-cdk-lib (core/logical_id.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, CfnResource, Construct, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.core.logical_id import make_unique_id, path_hash, remove_dupes

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "logical_ids.json").read_text()
)


@pytest.mark.parametrize("vector", VECTORS, ids=[repr("/".join(v["path"]))[:60] for v in VECTORS])
def test_cfn_resource_logical_id_matches_aws_cdk_lib(vector: dict[str, Any]) -> None:
    stack = Stack(App(), "Stack")
    scope: Construct = stack
    *parents, leaf = vector["path"]
    for component in parents:
        scope = scope.node.try_find_child(component) or Construct(scope, component)
    resource = CfnResource(scope, leaf, type="AWS::SQS::Queue")
    assert resource.logical_id == vector["logical_id"]
    assert list(Template.from_stack(stack).find_resources("AWS::SQS::Queue")) == [vector["logical_id"]]


def test_hash_is_the_first_8_hex_digits_of_md5_upper_case() -> None:
    assert path_hash(["A", "Queue"]) == "DEC6B7B4"


def test_remove_dupes_drops_a_component_the_previous_ends_with() -> None:
    assert remove_dupes(["MyVpc", "Vpc", "Vpc", "X"]) == ["MyVpc", "X"]


def test_empty_path_has_no_unique_id() -> None:
    with pytest.raises(ValueError) as error:
        make_unique_id(["Default"])
    assert str(error.value) == "cannot compute a unique id for an empty path"


def test_tokens_in_ids_are_rejected() -> None:
    with pytest.raises(ValueError) as error:
        make_unique_id(["A", "${Token[X.1]}"])
    assert str(error.value) == "cannot compute a unique id from tokens in 'A/${Token[X.1]}'; use literal ids"


def test_override_logical_id(stack: Stack, template: Any) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    queue.override_logical_id("Renamed")
    assert queue.logical_id == "Renamed"
    assert list(template(stack)["Resources"]) == ["Renamed"]


def test_rename_logical_id(stack: Stack, template: Any) -> None:
    stack.rename_logical_id("Queue", "Other")
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    assert list(template(stack)["Resources"]) == ["Other"]


def test_override_logical_id_rejects_an_empty_id(stack: Stack) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    with pytest.raises(Exception) as error:
        queue.override_logical_id("")
    assert (
        str(error.value)
        == "Test/Queue: override_logical_id: new_logical_id='' is invalid; pass a non-empty string"
    )


def test_logical_id_token_follows_a_later_override(stack: Stack) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    token = queue.logical_id_token
    queue.override_logical_id("Late")
    assert stack.resolve(token) == "Late"


def test_a_rename_that_finds_no_logical_id_fails_synthesis() -> None:
    # An element with override_logical_id() is not allocated its ID, so renaming that ID finds nothing.
    app = App()
    stack = Stack(app, "Renames")
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    CfnResource(stack, "Fixed", type="AWS::SQS::Queue").override_logical_id("Pinned")
    stack.rename_logical_id("Queue", "Renamed")
    stack.rename_logical_id("BootstrapVersion", "Version")
    stack.rename_logical_id("Typo", "X")
    stack.rename_logical_id("Fixed", "Y")
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "Renames",
            "rename_logical_id() was given 'Typo', 'Fixed', which no element of the stack is allocated; "
            "rename the logical IDs its elements get (not ones set with override_logical_id())",
        )
    ]
