"""Function: code, runtime and its flag, generated names, and function associations on behaviors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack
from apigwv2_integrations.aws_cloudfront import (
    BehaviorOptions,
    Distribution,
    Function,
    FunctionAssociation,
    FunctionCode,
    FunctionEventType,
    FunctionRuntime,
)
from apigwv2_integrations.aws_cloudfront_origins import HttpOrigin
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(template: dict[str, Any]) -> dict[str, Any]:
    (resource,) = resources_of_type(template, "AWS::CloudFront::Function").values()
    function: dict[str, Any] = resource
    return function


def test_defaults_publish_js_1_0_named_after_the_region_and_path(stack: Stack, template: Render) -> None:
    Function(stack, "Fn", code=FunctionCode.from_inline("function handler(event) { return event.request; }"))
    name = _function(template(stack))["Properties"]["Name"]
    assert _function(template(stack)) == {
        "Type": "AWS::CloudFront::Function",
        "Properties": {
            "AutoPublish": True,
            "FunctionCode": "function handler(event) { return event.request; }",
            "FunctionConfig": {"Comment": name, "Runtime": "cloudfront-js-1.0"},
            "Name": name,
        },
    }
    assert name["Fn::Join"][1][0] == {"Ref": "AWS::Region"}


def test_the_runtime_flag_makes_js_2_0_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path))
    app = App(context={"@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0": True})
    stack = Stack(app, "Test")
    function = Function(stack, "Fn", code=FunctionCode.from_inline("x"))
    assert function.function_runtime == "cloudfront-js-2.0"


def test_a_long_generated_name_keeps_the_id_start_and_end(app: App, template: Render) -> None:
    stack = Stack(app, "E", env=Environment(account="111111111111", region="eu-west-1"))
    Function(stack, "G" * 50, code=FunctionCode.from_inline("x"))
    # As aws-cdk-lib names it (checked against its output).
    assert _function(template(stack))["Properties"]["Name"] == "eu-west-1E" + "G" * 31 + "8EED7505"


def test_given_name_comment_runtime_and_file_code(stack: Stack, template: Render, tmp_path: Path) -> None:
    source = tmp_path / "handler.js"
    source.write_text("function handler(event) { return event.request; }\n", encoding="utf-8")
    Function(
        stack,
        "Fn",
        code=FunctionCode.from_file(file_path=str(source)),
        auto_publish=False,
        comment="rewrites paths",
        function_name="rewrite",
        runtime=FunctionRuntime.JS_2_0,
    )
    assert _function(template(stack))["Properties"] == {
        "AutoPublish": False,
        "FunctionCode": "function handler(event) { return event.request; }\n",
        "FunctionConfig": {"Comment": "rewrites paths", "Runtime": "cloudfront-js-2.0"},
        "Name": "rewrite",
    }


def test_a_missing_code_file_is_an_error_at_the_call(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Function(stack, "Fn", code=FunctionCode.from_file(file_path="missing.js"))
    assert str(error.value) == (
        "Test/Fn: code=FunctionCode.from_file(file_path='missing.js') cannot be read (No such file or "
        "directory); give the path of a readable file"
    )


def test_key_value_stores_are_refused_by_name(stack: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as error:
        Function(stack, "Fn", code=FunctionCode.from_inline("x"), key_value_store=object())
    assert str(error.value) == "Function 'Fn': key_value_store is not supported yet; leave it out"


def test_behaviors_render_their_function_associations_in_order(stack: Stack, template: Render) -> None:
    request = Function(stack, "Request", code=FunctionCode.from_inline("x"))
    response = Function(stack, "Response", code=FunctionCode.from_inline("y"))
    Distribution(
        stack,
        "Dist",
        default_behavior=BehaviorOptions(
            origin=HttpOrigin("example.com"),
            function_associations=[
                FunctionAssociation(function=request, event_type=FunctionEventType.VIEWER_REQUEST),
                FunctionAssociation(function=response, event_type=FunctionEventType.VIEWER_RESPONSE),
            ],
        ),
    )
    (distribution,) = resources_of_type(template(stack), "AWS::CloudFront::Distribution").values()
    assert distribution["Properties"]["DistributionConfig"]["DefaultCacheBehavior"][
        "FunctionAssociations"
    ] == [
        {"EventType": "viewer-request", "FunctionARN": {"Fn::GetAtt": ["Request4BE5F30C", "FunctionARN"]}},
        {"EventType": "viewer-response", "FunctionARN": {"Fn::GetAtt": ["Response598E6E8D", "FunctionARN"]}},
    ]


def test_runtime_repr_is_the_call_that_builds_it() -> None:
    assert repr(FunctionRuntime.custom("cloudfront-js-3.0")) == "FunctionRuntime.custom('cloudfront-js-3.0')"
