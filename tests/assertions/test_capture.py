"""Capture: values remembered by a successful match (assertions/capture.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations.assertions import Capture, Match, Template

TEMPLATE = {
    "Resources": {
        "A": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": 30, "QueueName": "a"}},
        "B": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": 31, "Tags": [{"Key": "k"}]}},
    }
}


def test_capture_keeps_every_matched_value_in_order() -> None:
    capture = Capture()
    Template.from_json(TEMPLATE).has_resource_properties("AWS::SQS::Queue", {"VisibilityTimeout": capture})
    assert capture.as_number() == 30
    assert capture.next() is True
    assert capture.as_number() == 31
    assert capture.next() is False


def test_capture_keeps_nothing_from_a_failed_match() -> None:
    capture = Capture()
    result = Match.object_like({"a": capture, "b": 1}).test({"a": "x", "b": 2}).finished()
    assert result.has_failed()
    with pytest.raises(AssertionError) as error:
        capture.as_string()
    assert str(error.value) == "No value captured"


def test_capture_commits_only_when_finished() -> None:
    capture = Capture()
    result = capture.test("x")
    with pytest.raises(AssertionError):
        capture.as_string()
    result.finished()
    assert capture.as_string() == "x"


def test_capture_with_a_pattern_matches_it_first() -> None:
    capture = Capture(Match.string_like_regexp("^a"))
    assert capture.test("b").render_mismatch() == "!! String 'b' did not match pattern '^a'\n\"b\""
    capture.test("abc").finished()
    assert capture.as_string() == "abc"


def test_capture_as_object_and_as_array() -> None:
    properties, tags = Capture(), Capture()
    Template.from_json(TEMPLATE).has_resource("AWS::SQS::Queue", {"Properties": properties})
    Template.from_json(TEMPLATE).has_resource_properties("AWS::SQS::Queue", {"Tags": tags})
    assert properties.as_object() == {"VisibilityTimeout": 30, "QueueName": "a"}
    assert tags.as_array() == [{"Key": "k"}]


def test_capture_of_the_wrong_type_says_what_it_found() -> None:
    capture = Capture()
    capture.test({"k": 1}).finished()
    with pytest.raises(AssertionError) as error:
        capture.as_number()
    assert (
        str(error.value)
        == 'Captured value is expected to be number but found object. Value is {\n  "k": 1\n}'
    )
    for read in (capture.as_string, capture.as_array, capture.as_boolean):
        with pytest.raises(AssertionError):
            read()


def test_capture_of_a_missing_key_fails_the_match() -> None:
    capture = Capture()
    result = Match.object_like({"a": capture}).test({})
    assert result.render_mismatch() == "{\n!! Missing key 'a'\n  \"a\": undefined\n}"


def test_capture_with_a_dict_pattern_matches_it_object_like() -> None:
    capture = Capture({"a": 1})
    template = {"Resources": {"A": {"Type": "T", "Properties": {"N": {"a": 1, "b": 2}}}}}
    Template.from_json(template).has_resource_properties("T", {"N": capture})
    assert capture.as_object() == {"a": 1, "b": 2}


def test_capture_with_a_literal_pattern_matches_it_exactly() -> None:
    capture = Capture(30)
    Template.from_json(TEMPLATE).has_resource_properties("AWS::SQS::Queue", {"VisibilityTimeout": capture})
    assert capture.as_number() == 30
    assert Capture([1]).test([1, 2]).to_human_strings() == [
        "Too many elements in array (expecting 1, got 2) at /1 (using exact matcher)"
    ]
