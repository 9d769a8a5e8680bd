"""DynamoAttributeValue and DynamoProjectionExpression (dynamodb/shared_types.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.aws_stepfunctions import FieldUtils

V = tasks.DynamoAttributeValue


def test_every_attribute_value_kind(stack: Stack) -> None:
    values = {
        "s": V.from_string("x"),
        "n": V.from_number(1.5),
        "whole": V.from_number(2),
        "nfs": V.number_from_string("12"),
        "ss": V.from_string_set(["a", "b"]),
        "ns": V.from_number_set([1, 2.5]),
        "nss": V.number_set_from_strings(["1"]),
        "b": V.from_binary("YQ=="),
        "bs": V.from_binary_set(["YQ=="]),
        "m": V.from_map({"k": V.from_string("v")}),
        "l": V.from_list([V.from_string("v"), V.from_null(True)]),
        "bool": V.from_boolean(False),
    }
    assert {key: value.to_object() for key, value in values.items()} == {
        "s": {"S": "x"},
        "n": {"N": "1.5"},
        "whole": {"N": "2"},
        "nfs": {"N": "12"},
        "ss": {"SS": ["a", "b"]},
        "ns": {"NS": ["1", "2.5"]},
        "nss": {"NS": ["1"]},
        "b": {"B": "YQ=="},
        "bs": {"BS": ["YQ=="]},
        "m": {"M": {"k": {"S": "v"}}},
        "l": {"L": [{"S": "v"}, {"NULL": True}]},
        "bool": {"BOOL": False},
    }
    assert values["s"].attribute_value == {"S": "x"}


def test_json_path_values_render_with_dollar_keys(stack: Stack) -> None:
    item = {
        "bool": V.boolean_from_json_path(sfn.JsonPath.string_at("$.b")),
        "list": V.list_from_json_path(sfn.JsonPath.string_at("$.l")),
        # As aws-cdk-lib: a map's key already ends in `.$`, so a JsonPath token gets a second one.
        "map": V.map_from_json_path(sfn.JsonPath.string_at("$.m")),
        "map_text": V.map_from_json_path("$.m"),
        "number": V.from_number(sfn.JsonPath.number_at("$.n")),
        "set": V.from_string_set(sfn.JsonPath.list_at("$.ss")),
    }
    rendered = stack.resolve(FieldUtils.render_object({k: v.to_object() for k, v in item.items()}))
    assert rendered == {
        "bool": {"BOOL.$": "$.b"},
        "list": {"L.$": "$.l"},
        "map": {"M.$.$": "$.m"},
        "map_text": {"M.$": "$.m"},
        "number": {"N.$": "$.n"},
        "set": {"SS.$": "$.ss"},
    }


def test_jsonata_values() -> None:
    assert V.boolean_from_jsonata("{% $b %}").to_object() == {"BOOL": "{% $b %}"}
    assert V.list_from_jsonata("{% $l %}").to_object() == {"L": "{% $l %}"}
    assert V.map_from_jsonata("{% $m %}").to_object() == {"M": "{% $m %}"}


@pytest.mark.parametrize("factory", [V.boolean_from_json_path, V.list_from_json_path, V.map_from_json_path])
def test_json_path_values_must_be_data_paths(factory: object) -> None:
    with pytest.raises(ValidationError) as error:
        factory("items")  # type: ignore[operator]
    assert str(error.value) == "value='items' is not a data JSON path; use '$' or a path starting with '$.'"


@pytest.mark.parametrize("factory", [V.boolean_from_jsonata, V.list_from_jsonata, V.map_from_jsonata])
def test_jsonata_values_must_be_expressions(factory: object) -> None:
    with pytest.raises(ValidationError) as error:
        factory("$items")  # type: ignore[operator]
    assert str(error.value) == "value='$items' is not a JSONata expression; write it as '{% ... %}'"


def test_a_projection_expression_starts_with_an_attribute() -> None:
    assert (
        tasks.DynamoProjectionExpression().with_attribute("a").with_attribute("b").at_index(0).to_string()
        == "a.b[0]"
    )
    with pytest.raises(ValidationError) as error:
        tasks.DynamoProjectionExpression().at_index(1)
    assert str(error.value) == "at_index(1) comes before any attribute; call with_attribute(...) first"
