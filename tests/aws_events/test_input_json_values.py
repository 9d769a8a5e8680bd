"""RuleTargetInput.from_object takes any JSON value, not only an object (aws_events/input.py)."""

from __future__ import annotations

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_events as events


def _rule(stack: Stack) -> events.Rule:
    return events.Rule(stack, "Rule", schedule=events.Schedule.expression("rate(1 hour)"))


def test_list_with_an_event_field_becomes_a_transformer(stack: Stack) -> None:
    config = events.RuleTargetInput.from_object([1, "x", events.EventField.from_path("$.detail.list")]).bind(
        _rule(stack)
    )
    assert config.input_paths_map == {"detail-list": "$.detail.list"}
    assert stack.resolve(config.input_template) == '[1,"x",<detail-list>]'


def test_list_without_fields_is_literal_json(stack: Stack) -> None:
    config = events.RuleTargetInput.from_object(["a", 2]).bind(_rule(stack))
    assert stack.resolve(config.input) == '["a",2]'
