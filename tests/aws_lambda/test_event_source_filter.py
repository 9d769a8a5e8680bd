"""FilterCriteria and FilterRule: filter patterns as JSON.stringify writes them."""

from __future__ import annotations

from apigwv2_integrations.aws_lambda import FilterCriteria, FilterRule


def test_rules_build_the_patterns_of_lambda_event_filtering() -> None:
    assert FilterRule.null() == [None]
    assert FilterRule.empty() == [""]
    assert FilterRule.is_equal("a") == ["a"]
    assert FilterRule.is_equal(3) == [{"numeric": ["=", 3]}]
    assert FilterRule.is_equal(True) == [True]
    assert FilterRule.or_("a", "b") == ["a", "b"]
    assert FilterRule.not_equals("a") == [{"anything-but": ["a"]}]
    assert FilterRule.between(1, 5) == [{"numeric": [">", 1, "<=", 5]}]
    assert FilterRule.exists() == [{"exists": True}]
    assert FilterRule.not_exists() == [{"exists": False}]
    assert FilterRule.begins_with("p") == [{"prefix": "p"}]


def test_filter_is_compact_json_in_insertion_order_with_javascript_numbers() -> None:
    pattern = {
        "body": {"z": FilterRule.is_equal(2.0), "a": FilterRule.between(0.5, 10), "é": FilterRule.null()}
    }

    assert FilterCriteria.filter(pattern) == {
        "pattern": '{"body":{"z":[{"numeric":["=",2]}],"a":[{"numeric":[">",0.5,"<=",10]}],"é":[null]}}'
    }
