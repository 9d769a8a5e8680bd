"""JSON text of values that may hold tokens (core/tokens/json.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Aws, JsonNull, Stack
from apigwv2_integrations.core.tokens.json import js_number_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (3.0, "3"),
        (-1.5, "-1.5"),
        (123.456, "123.456"),
        (0.0001, "0.0001"),
        (0.00001, "0.00001"),
        (2.5e-6, "0.0000025"),
        (1e-7, "1e-7"),
        (-3.5e-9, "-3.5e-9"),
        (1e16, "10000000000000000"),
        (123456789012345678, "123456789012345680"),
        (9.999999999999999e20, "999999999999999900000"),
        (1e21, "1e+21"),
        (1.5e300, "1.5e+300"),
    ],
)
def test_js_number_text_writes_numbers_as_javascript_does(value: float, expected: str) -> None:
    assert js_number_text(value) == expected


def test_to_json_string_writes_index_like_keys_first_and_javascript_numbers(stack: Stack) -> None:
    value = {"b": [0.00001, 1e-7, 123.456], "10": Aws.REGION, "3": {"z": 1, "0": 2}}
    # aws-cdk-lib 2.275.0 gives the same text.
    assert stack.resolve(stack.to_json_string(value)) == {
        "Fn::Join": [
            "",
            ['{"3":{"0":2,"z":1},"10":"', {"Ref": "AWS::Region"}, '","b":[0.00001,1e-7,123.456]}'],
        ]
    }


def test_to_json_string_indents_with_space(stack: Stack) -> None:
    text = stack.resolve(stack.to_json_string({"x": [1, {"y": 0.000001}], "1": "one"}, space=2))
    assert text == '{\n  "1": "one",\n  "x": [\n    1,\n    {\n      "y": 0.000001\n    }\n  ]\n}'


def test_to_json_string_leaves_out_none_and_writes_json_null(stack: Stack) -> None:
    # aws-cdk-lib 2.275.0 gives the same text.
    value = {"a": None, "b": [1, True, None, {"c": None}], "n": JsonNull.INSTANCE}
    assert stack.resolve(stack.to_json_string(value)) == '{"b":[1,true,{}],"n":null}'
