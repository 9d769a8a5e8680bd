"""Intrinsic functions and pseudo parameters (core/tokens/fn.py, pseudo.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Aws, Fn, Stack


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
        (Fn.len(["a"]), {"Fn::Length": ["a"]}),
        (Fn.to_json_string({"a": 1}), {"Fn::ToJsonString": {"a": 1}}),
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
