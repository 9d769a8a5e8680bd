"""CfnParameter used as a value: the parameter object is a token for `{"Ref": parameter}`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import CfnCondition, CfnOutput, CfnParameter, Fn, IResolvable, Stack, Token


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
