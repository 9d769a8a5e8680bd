"""JSON text as JavaScript's JSON.stringify writes it (core/synthesis/json_text.py)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from apigwv2_integrations.core.synthesis.json_text import dump_template, json_stringify, number_text
from apigwv2_integrations.core.tokens.json import JSON_NULL_MARKER

NUMBERS_CASE = Path(__file__).parents[2] / "data" / "parity" / "core-json-numbers"


def test_json_stringify_is_compact_and_puts_integer_keys_first() -> None:
    assert json_stringify({"b": [1, "é"], "10": None, "2": True}) == '{"2":true,"10":null,"b":[1,"é"]}'


def test_json_stringify_writes_numbers_and_the_null_marker_as_javascript() -> None:
    value = {"a": (5.0, 1e-05, 1.5e-06, 1e-07, 1e21, 2.5), "b": JSON_NULL_MARKER}
    assert json_stringify(value) == '{"a":[5,0.00001,0.0000015,1e-7,1e+21,2.5],"b":null}'
    assert dump_template(value, indent=None) == json_stringify(value).encode("utf-8")


def test_json_stringify_writes_the_null_marker_as_null_without_other_special_values() -> None:
    assert json_stringify({"a": [JSON_NULL_MARKER, "x"]}) == '{"a":[null,"x"]}'
    assert json_stringify(JSON_NULL_MARKER) == "null"


def test_json_stringify_keeps_text_that_only_contains_the_null_marker() -> None:
    value = ["x" + JSON_NULL_MARKER, '"' + JSON_NULL_MARKER]
    assert json_stringify(value) == '["x\\u0001JSON_NULL\\u0001","\\"\\u0001JSON_NULL\\u0001"]'


def test_json_stringify_writes_nan_and_infinities_as_null() -> None:
    assert json_stringify({"a": [float("nan"), float("inf"), float("-inf")]}) == '{"a":[null,null,null]}'


@pytest.mark.parametrize(
    "value",
    [5.0, -0.0, 1e15, 1e16, 1e20, 1.5e20, 1e21, 1e-05, 1.5e-06, 1e-07, 2.5e-09, 1e-10, 1e-40, 5e-324, 0.5],
)
def test_json_stringify_writes_floats_as_number_text_wherever_they_are(value: float) -> None:
    text = number_text(value)
    assert json_stringify(value) == text
    assert json_stringify({"a": [value, 1], "b": {"c": value}}) == f'{{"a":[{text},1],"b":{{"c":{text}}}}}'


def test_json_stringify_keeps_strings_that_look_like_floats_or_integer_keys() -> None:
    value = {"a": "x.0,", "b": '"1":', "c": "1e+21", "d": "2e-05", "e": "v1.0]"}
    assert json_stringify(value) == '{"a":"x.0,","b":"\\"1\\":","c":"1e+21","d":"2e-05","e":"v1.0]"}'


def test_json_stringify_puts_integer_keys_first_in_nested_objects() -> None:
    value = {"x": {"b": 1, "01": 2, "10": 3, "0": 4, "4294967295": 5}}
    assert json_stringify(value) == '{"x":{"0":4,"10":3,"b":1,"01":2,"4294967295":5}}'


def test_dump_template_indents_as_json_stringify_with_an_indent() -> None:
    assert dump_template({"a": [1.5, {}]}).decode("utf-8") == '{\n "a": [\n  1.5,\n  {}\n ]\n}'


def test_number_text_writes_floats_as_json_stringify() -> None:
    values = [
        5.0,
        -0.0,
        0.1,
        1e21,
        1e-05,
        -1.5e-06,
        1e-07,
        -2.5e-07,
        1e16,
        5e-324,
        float("nan"),
        float("inf"),
    ]
    assert [number_text(v) for v in values] == [
        "5",
        "0",
        "0.1",
        "1e+21",
        "0.00001",
        "-0.0000015",
        "1e-7",
        "-2.5e-7",
        "10000000000000000",
        "5e-324",
        "null",
        "null",
    ]


@pytest.mark.parametrize(
    "name",
    ["Indented.template.json", "Compact.template.json", "ParentInner571755B8.nested.template.json"],
)
def test_templates_with_floats_are_byte_for_byte_those_of_aws_cdk_lib(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (NUMBERS_CASE / "app.py").read_text()
    app = tmp_path / "app.py"
    app.write_text(
        source.replace("import aws_cdk as cdk", "import apigwv2_integrations as cdk").replace(
            "from constructs import Construct", "from apigwv2_integrations import Construct"
        )
    )
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path / "out"))
    runpy.run_path(str(app), run_name="__main__")
    assert (tmp_path / "out" / name).read_bytes() == (NUMBERS_CASE / name).read_bytes()
