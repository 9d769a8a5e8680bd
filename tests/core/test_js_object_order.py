"""aws-cdk-lib keeps a construct's children in a JavaScript object: ids like array indexes come first."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

import apigwv2_integrations as cdk
from apigwv2_integrations.core.js_object_order import is_array_index, js_key_order

NUMERIC_IDS_CASE = Path(__file__).parents[1] / "data" / "parity" / "core-numeric-ids"


@pytest.mark.parametrize("key", ["0", "7", "10", "4294967294"])
def test_canonical_integers_up_to_two_to_the_32_minus_2_are_array_indexes(key: str) -> None:
    assert is_array_index(key)


@pytest.mark.parametrize("key", ["01", "-1", "1.5", "4294967295", "1e3", "", "a1", "\u0661"])
def test_other_keys_are_not_array_indexes(key: str) -> None:
    assert not is_array_index(key)


def test_js_key_order_puts_array_indexes_first_in_number_order_then_the_rest_as_inserted() -> None:
    mapping = {"b": 1, "10": 2, "2": 3, "a": 4, "01": 5, "0": 6}
    assert [key for key, _ in js_key_order(mapping)] == ["0", "2", "10", "b", "a", "01"]


def test_children_with_index_like_ids_come_first_as_in_aws_cdk_lib() -> None:
    stack = cdk.Stack(cdk.App(), "S")
    for child_id in ["b", "10", "2", "a", "01", "0"]:
        cdk.Construct(stack, child_id)
    assert [child.node.id for child in stack.node.children] == ["0", "2", "10", "b", "a", "01"]


def test_a_later_child_without_an_index_like_id_goes_last() -> None:
    stack = cdk.Stack(cdk.App(), "S")
    for child_id in ["b", "1", "a"]:
        cdk.Construct(stack, child_id)
    assert [child.node.id for child in stack.node.children] == ["1", "b", "a"]


def test_template_resources_and_outputs_are_in_aws_cdk_lib_order_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (NUMERIC_IDS_CASE / "app.py").read_text()
    app = tmp_path / "app.py"
    app.write_text(
        source.replace("import aws_cdk as cdk", "import apigwv2_integrations as cdk")
        .replace("from aws_cdk import", "from apigwv2_integrations import")
        .replace("from constructs import Construct", "from apigwv2_integrations import Construct")
    )
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path / "out"))
    runpy.run_path(str(app), run_name="__main__")
    name = "NumericIds.template.json"
    assert (tmp_path / "out" / name).read_bytes() == (NUMERIC_IDS_CASE / name).read_bytes()
