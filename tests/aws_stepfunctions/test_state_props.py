"""The per-language props structs of the states and their factories, SingleStateOptions, DefinitionConfig
and StateTransitionMetric."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.core.struct import fields_of

FACTORIES = [
    (sfn.ChoiceJsonPathProps, sfn.Choice.json_path),
    (sfn.ChoiceJsonataProps, sfn.Choice.jsonata),
    (sfn.FailJsonPathProps, sfn.Fail.json_path),
    (sfn.FailJsonataProps, sfn.Fail.jsonata),
    (sfn.MapJsonPathProps, sfn.Map.json_path),
    (sfn.MapJsonataProps, sfn.Map.jsonata),
    (sfn.ParallelJsonPathProps, sfn.Parallel.json_path),
    (sfn.ParallelJsonataProps, sfn.Parallel.jsonata),
    (sfn.PassJsonPathProps, sfn.Pass.json_path),
    (sfn.PassJsonataProps, sfn.Pass.jsonata),
    (sfn.SucceedJsonPathProps, sfn.Succeed.json_path),
    (sfn.SucceedJsonataProps, sfn.Succeed.jsonata),
    (sfn.WaitJsonPathProps, sfn.Wait.json_path),
    (sfn.WaitJsonataProps, sfn.Wait.jsonata),
    (sfn.DistributedMapJsonPathProps, sfn.DistributedMap.json_path),
    (sfn.DistributedMapJsonataProps, sfn.DistributedMap.jsonata),
]
CONSTRUCTORS = [
    (sfn.ChoiceProps, sfn.Choice),
    (sfn.FailProps, sfn.Fail),
    (sfn.MapProps, sfn.Map),
    (sfn.ParallelProps, sfn.Parallel),
    (sfn.PassProps, sfn.Pass),
    (sfn.SucceedProps, sfn.Succeed),
    (sfn.WaitProps, sfn.Wait),
    (sfn.DistributedMapProps, sfn.DistributedMap),
]


def keywords_of(function: Any) -> set[str]:
    return set(inspect.signature(function).parameters) - {"self", "scope", "id"}


def field_names(struct: type) -> set[str]:
    return {attribute.name for attribute in fields_of(struct)}


@pytest.mark.parametrize(("props", "factory"), FACTORIES, ids=lambda x: getattr(x, "__qualname__", ""))
def test_props_struct_has_the_keywords_of_its_factory(props: type, factory: Any) -> None:
    assert field_names(props) == keywords_of(factory)


@pytest.mark.parametrize(("props", "cls"), CONSTRUCTORS, ids=lambda x: getattr(x, "__name__", ""))
def test_props_struct_has_the_keywords_of_its_constructor(props: type, cls: type) -> None:
    assert field_names(props) == keywords_of(cls.__init__)


def test_struct_bases_follow_aws_cdk_order() -> None:
    assert [base.__name__ for base in sfn.MapJsonPathProps.__mro__[1:-1]] == [
        "StateBaseProps",
        "MapBaseOptions",
        "AssignableStateOptions",
        "MapBaseJsonPathOptions",
        "JsonPathCommonOptions",
    ]
    assert [base.__name__ for base in sfn.StateProps.__mro__[1:-1]] == [
        "StateBaseProps",
        "JsonPathCommonOptions",
        "JsonataStateOptions",
        "JsonataCommonOptions",
        "AssignableStateOptions",
    ]
    assert field_names(sfn.JsonataStateProps) == {
        "comment",
        "query_language",
        "state_name",
        "outputs",
        "arguments",
        "assign",
    }
    assert field_names(sfn.JsonPathStateProps) == {
        "comment",
        "query_language",
        "state_name",
        "input_path",
        "output_path",
        "assign",
        "parameters",
        "result_path",
        "result_selector",
    }


def test_factories_reject_keywords_of_the_other_language(stack: Stack) -> None:
    with pytest.raises(TypeError):
        sfn.Pass.jsonata(stack, "P", input_path="$.a")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        sfn.Succeed.json_path(stack, "S", outputs={"a": 1})  # type: ignore[call-arg]


def test_jsonata_factory_wins_over_a_given_query_language(stack: Stack) -> None:
    state = sfn.Pass.jsonata(stack, "P", query_language=sfn.QueryLanguage.JSON_PATH)
    assert state.query_language is sfn.QueryLanguage.JSONATA


def test_wait_factories_render_input_output_and_outputs(stack: Stack) -> None:
    first = sfn.Wait.json_path(
        stack, "W", time=sfn.WaitTime.seconds_path("$.s"), input_path="$.i", output_path="$.o"
    )
    second = sfn.Wait.jsonata(stack, "W2", time=sfn.WaitTime.timestamp("{% $t %}"), outputs={"a": 1})
    machine = sfn.StateMachine(
        stack, "M", definition_body=sfn.DefinitionBody.from_chainable(first.next(second))
    )
    text = stack.resolve(machine.node.default_child._cfn_properties()["DefinitionString"])  # type: ignore[union-attr]
    assert json.loads(text)["States"] == {
        "W": {"Type": "Wait", "SecondsPath": "$.s", "InputPath": "$.i", "OutputPath": "$.o", "Next": "W2"},
        "W2": {
            "Type": "Wait",
            "QueryLanguage": "JSONata",
            "Timestamp": "{% $t %}",
            "Output": {"a": 1},
            "End": True,
        },
    }


def test_single_state_options_are_the_parallel_props_with_an_id_and_a_prefix() -> None:
    assert field_names(sfn.SingleStateOptions) == field_names(sfn.ParallelProps) | {
        "prefix_states",
        "state_id",
    }
    assert field_names(sfn.SingleStateOptions) == keywords_of(sfn.StateMachineFragment.to_single_state)


def test_definition_config_takes_an_s3_location_as_a_dict() -> None:
    config = sfn.DefinitionConfig(definition_s3_location={"bucket": "b", "key": "k"})
    assert isinstance(config.definition_s3_location, sfn.CfnStateMachine.S3LocationProperty)


def test_state_transition_metrics() -> None:
    throttled = sfn.StateTransitionMetric.metric_throttled_events()
    assert (throttled.namespace, throttled.metric_name, throttled.statistic) == (
        "AWS/States",
        "ThrottledEvents",
        "Sum",
    )
    assert throttled.dimensions == {"ServiceMetric": "StateTransition"}
    capacity = sfn.StateTransitionMetric.metric_consumed_capacity()
    assert (capacity.metric_name, capacity.statistic) == ("ConsumedCapacity", "Average")
    custom = sfn.StateTransitionMetric.metric("Foo", statistic="Maximum")
    assert (custom.metric_name, custom.statistic) == ("Foo", "Maximum")
