"""Version and Alias: rendering, ARNs and invoke grants."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_iam import ServicePrincipal
from apigwv2_integrations.aws_lambda import Alias, Code, Function, Runtime, Version, VersionWeight

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack) -> Function:
    return Function(
        stack, "Fn", runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x")
    )


def test_version_renders_with_do_not_refactor_metadata(stack: Stack, template: Render) -> None:
    Version(stack, "Version1", lambda_=_function(stack), description="v1")
    assert template(stack)["Resources"]["Version196602FE4"] == {
        "Type": "AWS::Lambda::Version",
        "Properties": {"Description": "v1", "FunctionName": {"Ref": "Fn9270CBC0"}},
        "Metadata": {"aws:cdk:do-not-refactor": True},
    }


def test_alias_points_to_the_version_and_grants_on_itself(stack: Stack, template: Render) -> None:
    version = Version(stack, "Version1", lambda_=_function(stack))
    alias = Alias(stack, "LiveAlias", alias_name="live", version=version, description="live alias")
    alias.grant_invoke(ServicePrincipal("apigateway.amazonaws.com"))
    resources = template(stack)["Resources"]
    assert resources["LiveAlias9B8FFEA9"]["Properties"] == {
        "Description": "live alias",
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "FunctionVersion": {"Fn::GetAtt": ["Version196602FE4", "Version"]},
        "Name": "live",
    }
    permission = resources["LiveAliasInvokeFcyXBRX02EWa52GlFECQiCzDt0fdRUDi4mo4foC5aU38B3853B"]
    assert permission["Properties"]["FunctionName"] == {"Ref": "LiveAlias9B8FFEA9"}
    assert stack.resolve(alias.function_arn) == {"Ref": "LiveAlias9B8FFEA9"}


def test_alias_routing_weights_render(stack: Stack, template: Render) -> None:
    function = _function(stack)
    v1 = Version(stack, "V1", lambda_=function)
    v2 = Version(stack, "V2", lambda_=function)
    Alias(
        stack, "A", alias_name="a", version=v1, additional_versions=[VersionWeight(version=v2, weight=0.25)]
    )
    routing = template(stack)["Resources"]["ACCC8ACD5"]["Properties"]["RoutingConfig"]
    assert routing == {
        "AdditionalVersionWeights": [
            {"FunctionVersion": {"Fn::GetAtt": ["V2EFE0F493", "Version"]}, "FunctionWeight": 0.25}
        ]
    }


def test_alias_weights_must_not_exceed_one(stack: Stack) -> None:
    function = _function(stack)
    v1 = Version(stack, "V1", lambda_=function)
    with pytest.raises(ValidationError) as error:
        Alias(
            stack,
            "A",
            alias_name="a",
            version=v1,
            additional_versions=[VersionWeight(version=v1, weight=1.5)],
        )
    assert str(error.value) == "Test/A: additional_versions weight=1.5 is out of range; use 0 to 1"


def test_version_from_arn_reads_the_qualifier(stack: Stack) -> None:
    version = Version.from_version_arn(stack, "IV", "arn:aws:lambda:us-east-1:123456789012:function:f:3")
    assert version.version == "3"
    assert version.function_arn == "arn:aws:lambda:us-east-1:123456789012:function:f:3"
