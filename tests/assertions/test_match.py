"""Match: each built-in matcher's verdict and its mismatch report (assertions/match.py)."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations.assertions import Match, Matcher, MatchResult


def report(matcher: Matcher, actual: Any) -> str:
    result = matcher.test(actual)
    assert result.has_failed()
    return result.render_mismatch()


def test_exact_reports_a_different_value() -> None:
    assert report(Match.exact(5), 6) == "!! Expected 5 but received 6\n6"


def test_exact_reports_a_different_type() -> None:
    assert report(Match.exact(5), "5") == '!! Expected type number but received string\n"5"'
    assert report(Match.exact(True), 1) == "!! Expected type boolean but received number\n1"


def test_exact_reports_a_missing_value_as_undefined() -> None:
    assert report(Match.exact(5), None) == "!! Expected type number but received undefined\nundefined"


def test_exact_numbers_compare_by_value() -> None:
    assert Match.exact(30).test(30.0).is_success
    assert report(Match.exact(1.5), 1) == "!! Expected 1.5 but received 1\n1"


def test_exact_list_reports_extra_elements_at_the_first_extra() -> None:
    assert report(Match.exact([1, 2]), [1, 2, 3]) == (
        "[\n  1,\n  2,\n!! Too many elements in array (expecting 2, got 3)\n  3\n]"
    )


def test_exact_list_compares_dicts_exactly() -> None:
    assert report(Match.exact([1, {"a": 1}]), [1, {"a": 2, "b": 3}]) == (
        '[\n  1,\n  {\n!!   Expected 1 but received 2\n    "a": 2,\n!!   Unexpected key b\n    "b": 3\n  }\n]'
    )


def test_exact_dict_reports_unexpected_keys() -> None:
    assert report(Match.exact({"a": 1}), {"a": 1, "b": 2}) == '{\n  "a": 1,\n!! Unexpected key b\n  "b": 2\n}'


def test_exact_dict_rejects_a_list() -> None:
    assert report(Match.exact({"a": 1}), [1]) == "!! Expected type object but received array\n[\n  1\n]"


def test_exact_cannot_wrap_a_matcher() -> None:
    with pytest.raises(TypeError) as error:
        Match.exact(Match.any_value())
    assert str(error.value) == (
        "LiteralMatch cannot directly contain another matcher. "
        "Remove the top-level matcher or nest it more deeply."
    )


def test_array_with_rejects_a_dict() -> None:
    assert report(Match.array_with([1]), {"a": 1}) == (
        '!! Expected type array but received object\n{\n  "a": 1\n}'
    )


def test_array_with_matches_a_subsequence() -> None:
    assert Match.array_with([1, 3]).test([1, 2, 3]).is_success
    assert Match.array_with([]).test([1]).is_success
    tags = [{"Key": "b"}, {"Key": "a", "Value": "x"}]
    assert Match.array_with([Match.object_like({"Key": "a"})]).test(tags).is_success


def test_array_with_compares_plain_dicts_exactly() -> None:
    assert Match.array_with([{"Key": "a"}]).test([{"Key": "a", "Value": "x"}]).has_failed()


def test_array_with_shows_the_closest_element() -> None:
    result = Match.array_with([1, 5]).test([1, 2, 3])
    assert result.fail_count == 3
    assert result.render_mismatch() == (
        "[\n"
        "!! arrayWith pattern 0 matched here\n"
        "  1,\n"
        "!! Could not match arrayWith pattern 1. This is the closest match\n"
        "!! Expected 5 but received 2\n"
        "  2,\n"
        "  3\n"
        "]"
    )


def test_array_with_keeps_the_order() -> None:
    assert report(Match.array_with([3, 1]), [1, 2, 3]) == (
        "[\n"
        "  1,\n"
        "  2,\n"
        "!! arrayWith pattern 0 matched here\n"
        "  3\n"
        "!! Could not match arrayWith pattern 1. No more elements to try\n"
        "  \n"
        "]"
    )


def test_array_equals_reports_the_differing_element() -> None:
    assert report(Match.array_equals([1, 2]), [1, 3]) == "[\n  1,\n!! Expected 2 but received 3\n  3\n]"


def test_array_equals_reports_missing_elements_after_the_last() -> None:
    assert report(Match.array_equals([1, 2]), [1]) == (
        "[\n  1\n!! Not enough elements in array (expecting 2, got 1)\n  \n]"
    )


def test_object_like_is_partial_at_every_level() -> None:
    assert Match.object_like({"a": {"b": 1}}).test({"a": {"b": 1, "c": 3}, "d": 4}).is_success
    assert report(Match.object_like({"a": {"b": 1}}), {"a": {"b": 2, "c": 3}, "d": 4}) == (
        '{\n  "a": {\n!!   Expected 1 but received 2\n    "b": 2,\n    "c": 3\n  },\n  "d": 4\n}'
    )


def test_object_like_rejects_other_types() -> None:
    assert report(Match.object_like({"a": 1}), "str") == '!! Expected type object but received string\n"str"'


def test_object_equals_is_exact_at_every_level() -> None:
    assert report(Match.object_equals({"a": {"b": 1}}), {"a": {"b": 1, "c": 3}}) == (
        '{\n  "a": {\n    "b": 1,\n!!   Unexpected key c\n    "c": 3\n  }\n}'
    )


def test_missing_key_is_shown_as_undefined() -> None:
    assert report(Match.object_like({"a": Match.any_value()}), {}) == (
        "{\n!! Missing key 'a'\n  \"a\": undefined\n}"
    )


def test_absent_accepts_a_missing_key_and_rejects_a_value() -> None:
    assert Match.object_like({"a": Match.absent()}).test({}).is_success
    assert report(Match.object_like({"a": Match.absent()}), {"a": 1}) == (
        '{\n!! Received 1, but key should be absent\n  "a": 1\n}'
    )


def test_any_value_rejects_nothing() -> None:
    assert Match.any_value().test(0).is_success
    assert report(Match.any_value(), None) == "!! Expected a value but found none\nundefined"


def test_not_rejects_a_match() -> None:
    assert Match.not_({"a": 1}).test({"a": 1, "b": 2}).is_success
    assert report(Match.not_("x"), "x") == '!! Found unexpected match: "x"\n"x"'


def test_string_like_regexp_searches_the_string() -> None:
    assert Match.string_like_regexp("b").test("abc").is_success
    assert report(Match.string_like_regexp("^a"), "ba") == "!! String 'ba' did not match pattern '^a'\n\"ba\""


def test_string_like_regexp_rejects_a_number() -> None:
    assert report(Match.string_like_regexp("^a"), 5) == (
        "!! Expected a string, but got 'number'\n!! String '5' did not match pattern '^a'\n5"
    )


def test_string_like_regexp_tests_objects_and_lists_as_javascript_writes_them() -> None:
    # String() of an object is "[object Object]", of a list its items joined with commas.
    # A value that is not a string fails anyway; the text decides whether the pattern is reported too.
    assert report(Match.string_like_regexp("Status"), {"Status": "Enabled"}).splitlines()[:2] == [
        "!! Expected a string, but got 'object'",
        "!! String '[object Object]' did not match pattern 'Status'",
    ]
    matcher = Match.string_like_regexp("^a,1,true,b,\\[object Object\\]$")
    assert report(matcher, ["a", 1, True, ["b", {"c": 1}]]).splitlines()[1] == "["
    assert report(Match.string_like_regexp("x"), {"Status": "Enabled"}) == (
        "!! Expected a string, but got 'object'\n"
        "!! String '[object Object]' did not match pattern 'x'\n"
        '{\n  "Status": "Enabled"\n}'
    )
    # typeof calls a list an object.
    assert report(Match.string_like_regexp("x"), ["a", "b"]).splitlines()[:2] == [
        "!! Expected a string, but got 'object'",
        "!! String 'a,b' did not match pattern 'x'",
    ]


def test_serialized_json_matches_the_parsed_value() -> None:
    assert Match.serialized_json({"a": Match.any_value()}).test('{"a":2}').is_success
    assert report(Match.serialized_json({"a": 1}), '{"a":2}') == (
        '!! Encoded JSON value does not match\n{\n!! Expected 1 but received 2\n  "a": 2\n}'
    )


def test_serialized_json_rejects_non_strings_and_bad_json() -> None:
    assert report(Match.serialized_json({"a": 1}), 5) == "!! Expected JSON as a string but found number\n5"
    assert report(Match.serialized_json({"a": 1}), "{nope") == '!! Invalid JSON string: {nope\n"{nope"'


def test_nested_values_without_failures_are_abridged() -> None:
    actual = {"x": [{"y": {"z": [1, 3]}}], "w": [1, 2], "v": [1, [2]], "u": {"k": {"j": 1}}, "t": []}
    assert report(Match.object_like({"x": [{"y": {"z": [1, 2]}}]}), actual) == (
        "{\n"
        '  "t": [],\n'
        '  "u": { "k": { "j": 1 } },\n'
        '  "v": [ ... ],\n'
        '  "w": [ 1, 2 ],\n'
        '  "x": [\n'
        "    {\n"
        '      "y": {\n'
        '        "z": [\n'
        "          1,\n"
        "!!         Expected 2 but received 3\n"
        "          3\n"
        "        ]\n"
        "      }\n"
        "    }\n"
        "  ]\n"
        "}"
    )


def test_a_successful_result_renders_as_match() -> None:
    result = Match.exact(1).test(1)
    assert (result.is_success, result.fail_count, result.render_mismatch()) == (True, 0, "<match>")


def test_human_strings_name_the_path_and_matcher() -> None:
    result = Match.object_equals({"a": {"b": 2}}).test({"a": {"b": 1}, "c": 1})
    assert result.to_human_strings() == [
        "Unexpected key c at /c (using objectEquals matcher)",
        "Expected 2 but received 1 at /a/b (using objectEquals matcher)",
    ]


def test_is_matcher() -> None:
    assert (Matcher.is_matcher(Match.any_value()), Matcher.is_matcher({})) == (True, False)


def test_a_custom_matcher_plugs_into_object_like() -> None:
    class IsEven(Matcher):
        @property
        def name(self) -> str:
            return "isEven"

        def test(self, actual: Any) -> MatchResult:
            result = MatchResult(actual)
            if actual % 2:
                from apigwv2_integrations.assertions import MatchFailure

                result.record_failure(MatchFailure(matcher=self, path=[], message=f"{actual} is odd"))
            return result

    assert Match.object_like({"n": IsEven()}).test({"n": 4}).is_success
    assert report(Match.object_like({"n": IsEven()}), {"n": 3}) == '{\n!! 3 is odd\n  "n": 3\n}'


def test_a_failure_inside_an_empty_list_keeps_the_marker_at_the_line_start() -> None:
    assert report(Match.object_like({"x": Match.array_with([1, 2])}), {"x": []}) == (
        '{\n  "x": [\n!!    \n   Could not match arrayWith pattern 0. No more elements to try\n    \n  ]\n}'
    )


def test_missing_elements_are_reported_after_the_last_element() -> None:
    assert report(Match.exact([1, 2, 3]), [1]) == (
        "[\n  1\n!! Not enough elements in array (expecting 3, got 1)\n  \n]"
    )


def test_string_like_regexp_takes_javascript_named_groups() -> None:
    matcher = Match.string_like_regexp(r"(?<word>\w+)-\k<word> x(?<=x) end")
    assert matcher.test("prod-prod x end").is_success
    assert report(matcher, "prod-beta x end") == (
        "!! String 'prod-beta x end' did not match pattern '(?<word>\\w+)-\\k<word> x(?<=x) end'\n"
        '"prod-beta x end"'
    )
