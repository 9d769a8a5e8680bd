"""The `jsii` module aws_cdk apps import (apigwv2_integrations/jsii.py)."""

from __future__ import annotations

from typing import Any

from apigwv2_integrations import App, CfnOutput, CfnResource, IResolvable, IResolveContext, Stack, Token, jsii
from apigwv2_integrations.core.construct import IConstruct


@jsii.implements(IResolvable)
class Upper:
    """A token written as aws_cdk apps write them: only `resolve`."""

    def __init__(self, text: str) -> None:
        self.text = text

    def resolve(self, context: IResolveContext) -> Any:
        return self.text.upper()


def test_implements_gives_an_abstract_interface_its_base() -> None:
    assert issubclass(Upper, IResolvable)
    assert Upper.__name__ == "Upper" and Upper.__module__ == __name__


def test_a_token_class_of_the_app_renders_in_properties_and_strings() -> None:
    app = App()
    stack = Stack(app, "S")
    CfnResource(stack, "T", type="AWS::SNS::Topic", properties={"DisplayName": Upper("hello")})
    CfnOutput(stack, "O", value=Token.as_string(Upper("world")))
    template = app.synth().get_stack_by_name("S").template
    assert template["Resources"]["T"]["Properties"] == {"DisplayName": "HELLO"}
    assert template["Outputs"]["O"]["Value"] == "WORLD"


def test_protocol_interfaces_leave_the_class_unchanged() -> None:
    class Plain:
        pass

    assert jsii.implements(IConstruct)(Plain) is Plain
