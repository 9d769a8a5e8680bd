"""Intrinsic functions and pseudo parameters (core/tokens/fn.py, pseudo.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    Aws,
    CfnOutput,
    CfnParameter,
    Duration,
    Fn,
    JsonNull,
    Lazy,
    Stack,
    Token,
    ValidationError,
)
from apigwv2_integrations.assertions import Template


def test_join_of_literals_folds_to_a_string() -> None:
    assert Fn.join("-", ["a", "b"]) == "a-b"


def test_join_merges_adjacent_literals(stack: Stack) -> None:
    assert stack.resolve(Fn.join("-", ["a", Aws.REGION, "b", "c"])) == {
        "Fn::Join": ["-", ["a", {"Ref": "AWS::Region"}, "b-c"]]
    }


def test_join_of_a_list_token(stack: Stack) -> None:
    assert stack.resolve(Fn.join(",", Fn.get_azs())) == {"Fn::Join": [",", {"Fn::GetAZs": ""}]}


def test_join_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError) as error:
        Fn.join("-", [])
    assert str(error.value) == "Fn.join: list_of_values=[] is empty; pass at least one value"


def test_select_and_split_of_literals_fold() -> None:
    assert (Fn.select(1, ["a", "b"]), Fn.split(",", "a,b")) == ("b", ["a", "b"])


@pytest.mark.parametrize(
    ("index", "array", "message"),
    [
        (2, ["a", "b"], "Fn.select: index=2 is out of range of a list of 2 values; use 0 to 1"),
        (-1, ["a", "b"], "Fn.select: index=-1 is out of range of a list of 2 values; use 0 to 1"),
        (
            0,
            [],
            "Fn.select: index=0 is out of range of an empty list; pass a list with a value at that index",
        ),
        (-1, Fn.get_azs(), "Fn.select: index=-1 is out of range; use 0 or more"),
    ],
)
def test_select_out_of_range_is_an_error(index: int, array: list[str], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        Fn.select(index, array)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fn.sub("${AWS::Region}"), {"Fn::Sub": "${AWS::Region}"}),
        (Fn.sub("${X}", {"X": "y"}), {"Fn::Sub": ["${X}", {"X": "y"}]}),
        (Fn.base64("x"), {"Fn::Base64": "x"}),
        (Fn.select(0, Fn.get_azs()), {"Fn::Select": [0, {"Fn::GetAZs": ""}]}),
        (Fn.get_azs("eu-west-1"), {"Fn::GetAZs": "eu-west-1"}),
        (Fn.split(",", Fn.ref("X")), {"Fn::Split": [",", {"Ref": "X"}]}),
        (
            Fn.split(",", Fn.ref("X"), 2),
            [{"Fn::Select": [i, {"Fn::Split": [",", {"Ref": "X"}]}]} for i in (0, 1)],
        ),
        (Fn.import_value("E"), {"Fn::ImportValue": "E"}),
        (Fn.find_in_map("M", "a", "b"), {"Fn::FindInMap": ["M", "a", "b"]}),
        (Fn.find_in_map("M", "a", "b", "d"), {"Fn::FindInMap": ["M", "a", "b", {"DefaultValue": "d"}]}),
        (Fn.get_att("R", "Arn"), {"Fn::GetAtt": ["R", "Arn"]}),
        (Fn.get_att_string("R", "Arn"), {"Fn::GetAtt": ["R", "Arn"]}),
        (Fn.cidr("10.0.0.0/16", 4, "8"), {"Fn::Cidr": ["10.0.0.0/16", 4, "8"]}),
        (Fn.len(Fn.get_azs()), {"Fn::Length": {"Fn::GetAZs": ""}}),
        (Fn.to_json_string(Fn.ref("P")), {"Fn::ToJsonString": {"Ref": "P"}}),
        (Fn.condition_equals("a", "b"), {"Fn::Equals": ["a", "b"]}),
        (Fn.condition_not(Fn.condition_equals(1, 2)), {"Fn::Not": [{"Fn::Equals": [1, 2]}]}),
        (
            Fn.condition_and(Fn.condition_equals("a", "b"), Fn.condition_equals("c", "d")),
            {"Fn::And": [{"Fn::Equals": ["a", "b"]}, {"Fn::Equals": ["c", "d"]}]},
        ),
        (Fn.condition_or(Fn.condition_equals("a", "b")), {"Fn::Equals": ["a", "b"]}),
        (Fn.condition_if("C", "a", "b"), {"Fn::If": ["C", "a", "b"]}),
        (Fn.conditionally("C", 1, 2), {"Fn::If": ["C", 1, 2]}),
        (Fn.condition_contains(["a"], "a"), {"Fn::Contains": [["a"], "a"]}),
        (Fn.ref_all("AWS::EC2::VPC::Id"), {"Fn::RefAll": "AWS::EC2::VPC::Id"}),
        (Fn.value_of("P", "Tags"), {"Fn::ValueOf": ["P", "Tags"]}),
    ],
)
def test_intrinsics_render(stack: Stack, value: object, expected: object) -> None:
    assert stack.resolve(value) == expected


def test_condition_and_takes_1_to_10_conditions() -> None:
    with pytest.raises(ValueError) as error:
        Fn.condition_and()
    assert str(error.value) == "Fn.condition_and: got 0 conditions; pass 1 to 10"


def test_cidr_count_is_checked() -> None:
    with pytest.raises(ValueError) as error:
        Fn.cidr("10.0.0.0/16", 0)
    assert str(error.value) == "Fn.cidr: count=0 is out of range; use 1 to 256"


def test_pseudo_parameters_are_refs(stack: Stack) -> None:
    assert stack.resolve(
        [
            Aws.ACCOUNT_ID,
            Aws.REGION,
            Aws.PARTITION,
            Aws.URL_SUFFIX,
            Aws.STACK_NAME,
            Aws.STACK_ID,
            Aws.NO_VALUE,
        ]
    ) == [
        {"Ref": name}
        for name in (
            "AWS::AccountId",
            "AWS::Region",
            "AWS::Partition",
            "AWS::URLSuffix",
            "AWS::StackName",
            "AWS::StackId",
            "AWS::NoValue",
        )
    ]
    assert stack.resolve(Aws.NOTIFICATION_ARNS) == {"Ref": "AWS::NotificationARNs"}


def test_len_of_a_literal_list_is_its_length() -> None:
    assert (Fn.len(["a", "b"]), Fn.len(())) == (2, 0)


def test_len_of_a_string_is_an_error() -> None:
    with pytest.raises(TypeError) as error:
        Fn.len("ab")
    assert str(error.value) == "Fn.len: array='ab' is not a list; pass a list or a list token"


def test_len_of_a_token_adds_the_language_extensions_transform(stack: Stack) -> None:
    length = Fn.len(CfnParameter(stack, "P", type="CommaDelimitedList").value_as_list)
    assert stack.template_options.transforms is None
    assert stack.resolve(length) == {"Fn::Length": {"Ref": "P"}}
    assert stack.template_options.transforms == ["AWS::LanguageExtensions"]


def test_find_in_map_with_a_default_adds_the_language_extensions_transform(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    without_default = Fn.find_in_map("M", Aws.REGION, "ami")
    assert stack.resolve(without_default) == {"Fn::FindInMap": ["M", {"Ref": "AWS::Region"}, "ami"]}
    assert stack.template_options.transforms is None
    CfnOutput(stack, "Ami", value=Fn.find_in_map("M", Aws.REGION, "ami", "ami-0"))
    rendered = template(stack)
    assert rendered["Transform"] == "AWS::LanguageExtensions"
    assert rendered["Outputs"]["Ami"]["Value"] == {
        "Fn::FindInMap": ["M", {"Ref": "AWS::Region"}, "ami", {"DefaultValue": "ami-0"}]
    }


def test_each_resolution_adds_the_transform_again(stack: Stack) -> None:
    # As in aws-cdk-lib: the template then lists the transform once, as a list.
    stack.add_transform("AWS::Serverless-2016-10-31")
    value = Fn.to_json_string(Fn.ref("P"))
    stack.resolve(value)
    stack.resolve(value)
    assert stack.template_options.transforms == [
        "AWS::Serverless-2016-10-31",
        "AWS::LanguageExtensions",
        "AWS::LanguageExtensions",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"b": [1, True, None]}, '{"b":[1,true,null]}'),
        # A None member of a dict is left out, as it never reaches aws-cdk-lib's JSON.stringify.
        ({"a": None, "b": 1, "c": [{"d": None}]}, '{"b":1,"c":[{}]}'),
        ("hello", '"hello"'),
        (3.0, "3"),
        (
            [0.1, 2.5e-3, 1e21, 1e-7, 0.00005, 123456789012345678],
            "[0.1,0.0025,1e+21,1e-7,0.00005,123456789012345680]",
        ),
        (
            {"b": 1, "2": 2, "1": 1, "a": 0, "10": 3, "-1": 4, "01": 5},
            '{"1":1,"2":2,"10":3,"b":1,"a":0,"-1":4,"01":5}',
        ),
        ({"k": 'é\u2028\n\t\x01"\\/'}, '{"k":"é\u2028\\n\\t\\u0001\\"\\\\/"}'),
        ({}, "{}"),
        ([], "[]"),
    ],
)
def test_to_json_string_of_literals_is_the_json_text(value: object, expected: str) -> None:
    # Each text is what aws-cdk-lib 2.275.0 gives.
    assert Fn.to_json_string(value) == expected


def test_to_json_string_keeps_tokens_inside_the_text(stack: Stack) -> None:
    param = CfnParameter(stack, "P", type="String")
    text = Fn.to_json_string({"a": param.value_as_string, "n": 1})
    assert stack.resolve(text) == {"Fn::Join": ["", ['{"a":"', {"Ref": "P"}, '","n":1}']]}
    assert stack.template_options.transforms is None


def test_to_json_string_shows_token_objects_inside_as_placeholders(stack: Stack) -> None:
    # What JSON.stringify writes for them in aws-cdk-lib; JsonNull is a null.
    value = {"lazy": Lazy.any(lambda: 5), "att": Fn.get_att("X", "Y"), "null": JsonNull.INSTANCE}
    assert Fn.to_json_string(value) == '{"lazy":"<unresolved-lazy>","att":"<unresolved-token>","null":null}'


def test_to_json_string_of_none_is_an_error() -> None:
    with pytest.raises(TypeError) as error:
        Fn.to_json_string(None)
    assert str(error.value) == (
        "Fn.to_json_string: object=None has no JSON text; pass a value, or JsonNull.INSTANCE for null"
    )


def test_to_json_string_of_an_object_without_json_text_is_an_error() -> None:
    with pytest.raises(TypeError) as error:
        Fn.to_json_string({"d": Duration.seconds(5)})
    assert str(error.value) == (
        "Fn.to_json_string: Duration.seconds(5) is a Duration, which has no JSON text; "
        "use strings, numbers, booleans, lists and dicts"
    )


def test_to_json_string_of_a_token_is_fn_to_json_string(stack: Stack) -> None:
    value = Fn.to_json_string(Lazy.any(lambda: {"k": Aws.REGION}))
    assert Token.is_unresolved(value)
    assert stack.resolve(value) == {"Fn::ToJsonString": {"k": {"Ref": "AWS::Region"}}}
    assert stack.template_options.transforms == ["AWS::LanguageExtensions"]


def test_the_template_names_the_transform_its_functions_add(app: App) -> None:
    # One use: a string; two uses: a list of one (aws-cdk-lib counts each use); a second render of the
    # same stack starts again from the transforms the app declared.
    one, two = Stack(app, "One"), Stack(app, "Two")
    for stack, uses in ((one, 1), (two, 2)):
        names = CfnParameter(stack, "Names", type="CommaDelimitedList").value_as_list
        for index in range(uses):
            CfnOutput(stack, f"Count{index}", value=Token.as_string(Fn.len(names)))
    assert Template.from_stack(one).to_json()["Transform"] == "AWS::LanguageExtensions"
    assert Template.from_stack(two).to_json()["Transform"] == ["AWS::LanguageExtensions"]
    template = app.synth().get_stack_by_name("One").template
    assert list(template)[:2] == ["Transform", "Parameters"]
    assert template["Transform"] == "AWS::LanguageExtensions"


def test_select_takes_a_number_token_as_index(stack: Stack) -> None:
    index = CfnParameter(stack, "Index", type="Number").value_as_number
    assert stack.resolve(Fn.select(index, ["a", "b"])) == {"Fn::Select": [{"Ref": "Index"}, ["a", "b"]]}
