"""Transforms that intrinsic functions add to a nested stack's template (core/synthesis/rendering.py)."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, Aws, CfnMapping, CfnOutput, CfnResource, NestedStack, Stack


def _nested_with_find_in_map_default(stack: Stack) -> NestedStack:
    nested = NestedStack(stack, "Inner")
    mapping = CfnMapping(nested, "Sizes", mapping={"us-east-1": {"size": "10"}})
    CfnOutput(nested, "Size", value=mapping.find_in_map(Aws.REGION, "size", "1"))
    CfnResource(nested, "Queue", type="AWS::SQS::Queue")
    return nested


def test_one_language_extension_use_is_a_one_item_list_in_a_nested_template(app: App, stack: Stack) -> None:
    _nested_with_find_in_map_default(stack)
    outdir = Path(app.synth().directory)
    nested_template = json.loads((outdir / "TestInnerDF936462.nested.template.json").read_text())
    assert nested_template["Transform"] == ["AWS::LanguageExtensions"]
    # The parent deploys the template under the hash of its first resolution, as aws-cdk-lib does.
    parent = (outdir / "Test.template.json").read_text()
    assert "c052ba8b6693cb36cf74157396fd1aaf56059d01e179f790ea49371f145dd193.json" in parent


def test_one_language_extension_use_is_a_string_in_a_top_level_template(app: App, stack: Stack) -> None:
    mapping = CfnMapping(stack, "Sizes", mapping={"us-east-1": {"size": "10"}})
    CfnOutput(stack, "Size", value=mapping.find_in_map(Aws.REGION, "size", "1"))
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    outdir = Path(app.synth().directory)
    assert json.loads((outdir / "Test.template.json").read_text())["Transform"] == "AWS::LanguageExtensions"


def test_a_declared_transform_stays_a_string_in_a_nested_template(app: App, stack: Stack) -> None:
    nested = NestedStack(stack, "Inner")
    nested.add_transform("AWS::Serverless-2016-10-31")
    CfnResource(nested, "Queue", type="AWS::SQS::Queue")
    outdir = Path(app.synth().directory)
    nested_template = json.loads((outdir / "TestInnerDF936462.nested.template.json").read_text())
    assert nested_template["Transform"] == "AWS::Serverless-2016-10-31"
