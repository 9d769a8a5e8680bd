"""Patterns and arguments of the assertions API as aws_cdk's Python bindings take them."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations.assertions import Match, Template

TEMPLATE = {
    "Resources": {
        "R": {
            "Type": "X",
            "Properties": {"Num": 1, "L": [{"A": {"B": 1}}, {"D": [1, 2]}, 5], "O": {"S": "s"}},
        }
    }
}


def test_a_key_set_to_none_in_a_pattern_is_left_out_as_aws_cdk_bindings_drop_it() -> None:
    template = Template.from_json(TEMPLATE)
    template.has_resource_properties("X", {"Num": None, "Nope": None})
    template.has_resource_properties("X", {"O": Match.object_equals({"S": "s", "Q": None})})


def test_has_resource_properties_with_none_matches_no_resource() -> None:
    with pytest.raises(AssertionError, match="Expected type undefined but received object"):
        Template.from_json(TEMPLATE).has_resource_properties("X", None)


def test_a_pattern_that_is_not_a_dict_or_matcher_is_a_type_error() -> None:
    props: Any = "Properties"
    with pytest.raises(TypeError) as error:
        Template.from_json(TEMPLATE).has_resource("X", props)
    assert str(error.value) == (
        "Template.has_resource: props='Properties' is a str; use a dict of str to any value or a Matcher, "
        "such as Capture"
    )


def test_resource_count_is_takes_a_float_as_aws_cdk_numbers() -> None:
    template = Template.from_json(TEMPLATE)
    template.resource_count_is("X", 1.0)
    with pytest.raises(AssertionError) as error:
        template.resource_count_is("X", 2.0)
    assert str(error.value) == "Expected 2 resources of type X but found 1"


def test_a_malformed_resources_section_has_no_resources() -> None:
    Template.from_json({"Resources": [1]}).resource_count_is("X", 0)
    Template.from_json({"Resources": {"A": "x"}}).resource_count_is("X", 0)


def test_from_string_rejects_text_that_is_not_a_json_object() -> None:
    with pytest.raises(ValueError) as error:
        Template.from_string("[1, 2]")
    assert str(error.value) == (
        "Template.from_string: template='[1, 2]' is not a JSON object; use the text of a template"
    )
    with pytest.raises(ValueError, match=r"^Template.from_string: template is not valid JSON \("):
        Template.from_string("{oops")


def test_string_like_regexp_rejects_a_pattern_python_cannot_compile() -> None:
    with pytest.raises(ValueError) as error:
        Match.string_like_regexp("(")
    assert str(error.value) == (
        "Match.string_like_regexp: pattern='(' is not a valid regular expression "
        "(missing ), unterminated subpattern at position 0); use one that Python's re module compiles"
    )


def test_an_element_an_array_with_pattern_matched_is_shown_opened() -> None:
    with pytest.raises(AssertionError) as error:
        Template.from_json(TEMPLATE).has_resource_properties(
            "X", {"L": Match.array_with([{"A": Match.any_value()}, {"Z": 1}])}
        )
    assert str(error.value) == "\n".join(
        [
            "Template has 1 resources with type X, but none match as expected.",
            "The 1 closest matches:",
            "R :: {",
            '  "Properties": {',
            '    "L": [',
            "!!     arrayWith pattern 0 matched here",
            "      {",
            '        "A": { "B": 1 }',
            "      },",
            '      { "D": [ 1, 2 ] },',
            "!!     Could not match arrayWith pattern 1. This is the closest match",
            "!!     Expected type object but received number",
            "      5",
            "    ],",
            '    "Num": 1,',
            '    "O": { "S": "s" }',
            "  },",
            '  "Type": "X"',
            "}",
        ]
    )
