"""CfnParameter used as a value: the parameter object is a token for `{"Ref": parameter}`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import (
    CfnCondition,
    CfnOutput,
    CfnParameter,
    Fn,
    IResolvable,
    Stack,
    Token,
    ValidationError,
)


def test_a_parameter_is_a_token_for_its_ref(stack: Stack, template: Callable[[Stack], Any]) -> None:
    enabled = CfnParameter(stack, "EnableLogs", default="true")
    assert isinstance(enabled, IResolvable)
    CfnCondition(stack, "On", expression=Fn.condition_equals(enabled, "true"))
    CfnOutput(stack, "Joined", value=Fn.join("-", [Token.as_string(enabled), "x"]))
    rendered = template(stack)
    assert rendered["Conditions"] == {"On": {"Fn::Equals": [{"Ref": "EnableLogs"}, "true"]}}
    assert rendered["Outputs"]["Joined"]["Value"] == {"Fn::Join": ["-", [{"Ref": "EnableLogs"}, "x"]]}


def test_a_parameter_still_prints_as_its_path(stack: Stack) -> None:
    assert str(CfnParameter(stack, "Stage")) == "Test/Stage"


@pytest.mark.parametrize(
    ("type_", "reader", "message"),
    [
        (
            "String",
            "value_as_number",
            "value_as_number needs a parameter of type Number, and type='String'; read it "
            "with value_as_string",
        ),
        (
            "String",
            "value_as_list",
            "value_as_list needs a parameter of a list type, and type='String'; read it with value_as_string",
        ),
        (
            "CommaDelimitedList",
            "value_as_string",
            "value_as_string needs a parameter of a string or number type, "
            "and type='CommaDelimitedList'; read it with value_as_list",
        ),
        (
            "List<AWS::EC2::Subnet::Id>",
            "value_as_number",
            "value_as_number needs a parameter of type Number, and "
            "type='List<AWS::EC2::Subnet::Id>'; read it with value_as_list",
        ),
    ],
)
def test_a_value_of_the_wrong_kind_is_an_error(stack: Stack, type_: str, reader: str, message: str) -> None:
    parameter = CfnParameter(stack, "P", type=type_)
    with pytest.raises(ValidationError) as error:
        getattr(parameter, reader)
    assert str(error.value) == f"Test/P: {message}"


def test_each_kind_reads_as_its_values(stack: Stack) -> None:
    readings = [
        CfnParameter(stack, "N", type="Number").value_as_number,
        CfnParameter(stack, "NS", type="Number").value_as_string,
        CfnParameter(stack, "S", type="AWS::SSM::Parameter::Value<String>").value_as_string,
        CfnParameter(stack, "L", type="AWS::SSM::Parameter::Value<List<String>>").value_as_list,
    ]
    assert stack.resolve(readings) == [{"Ref": "N"}, {"Ref": "NS"}, {"Ref": "S"}, {"Ref": "L"}]
