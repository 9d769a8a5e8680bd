"""JSON text as JavaScript's JSON.stringify writes it (core/synthesis/json_text.py)."""

from __future__ import annotations

from apigwv2_integrations.core.synthesis.json_text import dump_template, json_stringify, number_text


def test_json_stringify_is_compact_and_puts_integer_keys_first() -> None:
    assert json_stringify({"b": [1, "é"], "10": None, "2": True}) == '{"2":true,"10":null,"b":[1,"é"]}'


def test_dump_template_indents_as_json_stringify_with_an_indent() -> None:
    assert dump_template({"a": [1.5, {}]}).decode("utf-8") == '{\n "a": [\n  1.5,\n  {}\n ]\n}'


def test_number_text_writes_floats_as_json_stringify() -> None:
    values = [5.0, -0.0, 0.1, 1e21, 1e-05, -2.5e-07, float("nan"), float("inf")]
    assert [number_text(v) for v in values] == ["5", "0", "0.1", "1e+21", "1e-5", "-2.5e-7", "null", "null"]
