"""Tokens inside strings, numbers and lists resolve to CloudFormation (core/tokens/_resolve.py, token.py)."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from apigwv2_integrations import (
    Aws,
    CfnTag,
    DefaultTokenResolver,
    Duration,
    Fn,
    Intrinsic,
    IResolvable,
    IResolveContext,
    Stack,
    StringConcat,
    Token,
    Tokenization,
)
from apigwv2_integrations.aws_cloudwatch import Metric
from apigwv2_integrations.cfn.aws_events import CfnRule
from apigwv2_integrations.cfn.aws_sqs import CfnQueue
from apigwv2_integrations.core.tokens._resolve import minimal_join


def test_f_string_becomes_a_join_with_merged_literals(stack: Stack) -> None:
    assert stack.resolve(f"arn:{Aws.PARTITION}:s3:::{Aws.ACCOUNT_ID}-x") == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::", {"Ref": "AWS::AccountId"}, "-x"]]
    }


def test_concatenation_becomes_a_join(stack: Stack) -> None:
    assert stack.resolve("a" + Aws.REGION + "b") == {"Fn::Join": ["", ["a", {"Ref": "AWS::Region"}, "b"]]}


def test_a_string_that_is_one_token_resolves_to_the_token(stack: Stack) -> None:
    assert stack.resolve(Aws.REGION) == {"Ref": "AWS::Region"}


def test_nested_joins_with_the_same_delimiter_are_flattened(stack: Stack) -> None:
    assert stack.resolve(Fn.join("", ["a", Fn.join("", ["b", Aws.REGION]), "c"])) == {
        "Fn::Join": ["", ["ab", {"Ref": "AWS::Region"}, "c"]]
    }


def test_as_number_encodes_a_token_as_a_number(stack: Stack) -> None:
    number = Token.as_number(Fn.ref("Size"))
    assert isinstance(number, float) and Token.is_unresolved(number)
    assert stack.resolve({"Size": number}) == {"Size": {"Ref": "Size"}}
    assert stack.resolve(f"{number}") == {"Ref": "Size"}


def test_as_number_keeps_plain_numbers() -> None:
    assert Token.as_number(3) == 3


def test_as_list_encodes_a_token_as_a_one_element_list(stack: Stack) -> None:
    values = Token.as_list(Fn.ref("Subnets"))
    assert len(values) == 1 and Token.is_unresolved(values)
    assert stack.resolve(values) == {"Ref": "Subnets"}
    assert Token.as_list(["a"]) == ["a"]


def test_a_list_token_inside_a_string_is_an_error(stack: Stack) -> None:
    values = Token.as_list(Fn.ref("Subnets"))
    with pytest.raises(ValueError) as error:
        stack.resolve(f"x{values[0]}")
    assert str(error.value).startswith("found an encoded list token inside the string ")
    assert str(error.value).endswith("; use Fn.join or Fn.select to turn a list into a string")


def test_is_unresolved() -> None:
    assert [Token.is_unresolved(v) for v in ("plain", 1.5, ["a"], Aws.REGION, Intrinsic(1))] == [
        False,
        False,
        False,
        True,
        True,
    ]


def test_none_values_are_dropped(stack: Stack) -> None:
    assert stack.resolve({"A": None, "B": [1, None, 2]}) == {"B": [1, 2]}


def test_integral_floats_render_as_ints(stack: Stack) -> None:
    assert stack.resolve({"A": 30.0, "B": 1.5}) == {"A": 30, "B": 1.5}


def test_a_construct_cannot_be_rendered(stack: Stack) -> None:
    with pytest.raises(TypeError) as error:
        stack.resolve({"A": stack})
    assert str(error.value) == (
        "cannot render the construct 'Test' into a template; pass one of its attributes (such as .ref) instead"
    )


def test_an_unknown_object_cannot_be_rendered(stack: Stack) -> None:
    with pytest.raises(TypeError) as error:
        stack.resolve({"A": object})
    assert str(error.value) == "cannot render <class 'object'> (type) into a template"


def test_tokenization_reverse() -> None:
    token = Intrinsic({"Ref": "X"})
    assert Tokenization.reverse(Token.as_string(token)) is token
    assert Tokenization.reverse_string("x" + Token.as_string(token)).tokens == [token]
    assert Tokenization.reverse_number(Token.as_number(token)) is token
    assert Tokenization.reverse("plain") is None


def test_tokenization_reverse_of_a_concatenation_fails_unless_told_not_to() -> None:
    joined = "a" + Aws.REGION
    with pytest.raises(ValueError) as error:
        Tokenization.reverse(joined)
    assert (str(error.value), Tokenization.reverse(joined, fail_concat=False)) == (
        f"Tokenization.reverse: x={joined!r} is a concatenation; pass a single token, or fail_concat=False to "
        "get None for it",
        None,
    )


def test_tokenization_resolve_keeps_none_list_items_without_remove_empty(stack: Stack) -> None:
    resolver = DefaultTokenResolver(StringConcat())
    value = {"a": [], "b": {}, "c": None, "d": [None, Aws.REGION]}
    assert (
        Tokenization.resolve(value, scope=stack, resolver=resolver),
        Tokenization.resolve(value, scope=stack, resolver=resolver, remove_empty=False),
    ) == (
        {"a": [], "b": {}, "d": [{"Ref": "AWS::Region"}]},
        {"a": [], "b": {}, "d": [None, {"Ref": "AWS::Region"}]},
    )


class _NestedResolve(IResolvable):
    def __init__(self, value: Any, **options: Any) -> None:
        self._value = value
        self._options = options
        self.inner: Any = None

    def resolve(self, context: IResolveContext) -> Any:
        self.inner = context.resolve(self._value, **self._options)
        return self.inner


def test_resolve_context_takes_remove_empty_and_allow_intrinsic_keys(stack: Stack) -> None:
    plain = _NestedResolve([None, Aws.REGION])
    keeping = _NestedResolve([None, Aws.REGION], remove_empty=False, allow_intrinsic_keys=True)
    # As in aws-cdk-lib, the token's result is resolved again with the defaults, which drop the None.
    assert [stack.resolve(plain), plain.inner, stack.resolve(keeping), keeping.inner] == [
        [{"Ref": "AWS::Region"}],
        [{"Ref": "AWS::Region"}],
        [{"Ref": "AWS::Region"}],
        [None, {"Ref": "AWS::Region"}],
    ]


def test_compare_strings() -> None:
    assert Token.compare_strings(Aws.REGION, "x") == "ONE_UNRESOLVED"
    assert Token.compare_strings(Aws.REGION, Aws.REGION) == "SAME"
    assert Token.compare_strings(Aws.REGION, Aws.ACCOUNT_ID) == "BOTH_UNRESOLVED"
    assert Token.compare_strings("a", "b") == "DIFFERENT"


def test_to_json_string_embeds_tokens(stack: Stack) -> None:
    assert stack.resolve(stack.to_json_string({"a": Aws.REGION, "b": [1, "x"]})) == {
        "Fn::Join": ["", ['{"a":"', {"Ref": "AWS::Region"}, '","b":[1,"x"]}']]
    }


def test_joining_leaves_no_garbage_for_the_cyclic_collector() -> None:
    # Every string with a token is joined at synth: a join that made reference cycles would leave a
    # collection's worth of garbage in a large app.
    gc.collect()
    gc.disable()
    try:
        joined = minimal_join("", ["a", {"Fn::Join": ["", ["b", {"Ref": "X"}, "c"]]}, "d"])
        assert joined == ["ab", {"Ref": "X"}, "cd"]
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_struct_resolves_to_its_set_fields_in_camel_case(stack: Stack) -> None:
    queue = CfnQueue(stack, "Queue")
    metric = Metric(
        namespace="AWS/SQS",
        metric_name="ApproximateNumberOfMessagesVisible",
        dimensions_map={"QueueName": queue.attr_queue_name},
        period=Duration.minutes(1),
        statistic="Maximum",
    )
    # As aws-cdk-lib resolves them: the fields under their camelCase names, unset ones left out, a Duration
    # as its amount and unit.
    assert stack.resolve(metric.to_metric_config()) == {
        "metricStat": {
            "metricName": "ApproximateNumberOfMessagesVisible",
            "namespace": "AWS/SQS",
            "period": {"amount": 1, "unit": {"label": "minutes", "isoLabel": "M", "inMillis": 60000}},
            "statistic": "Maximum",
            "dimensions": [{"name": "QueueName", "value": {"Fn::GetAtt": ["Queue", "QueueName"]}}],
        },
        "renderingProperties": {},
    }


def test_a_tag_resolves_to_its_key_and_value(stack: Stack) -> None:
    assert stack.resolve([CfnTag(key="team", value=Aws.REGION)]) == [
        {"key": "team", "value": {"Ref": "AWS::Region"}}
    ]


def test_a_nested_l1_property_type_resolves_under_cloudformation_names(stack: Stack) -> None:
    target = CfnRule.TargetProperty(
        arn=Aws.ACCOUNT_ID, id="Target", retry_policy={"maximum_retry_attempts": 2}
    )
    assert stack.resolve(target) == {
        "Arn": {"Ref": "AWS::AccountId"},
        "Id": "Target",
        "RetryPolicy": {"MaximumRetryAttempts": 2},
    }
