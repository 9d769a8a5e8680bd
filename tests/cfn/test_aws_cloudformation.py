"""The CloudFormation namespace's L1 classes, in aws_cloudformation and at the package's top level."""

from __future__ import annotations

import json
from pathlib import Path

import apigwv2_integrations as cdk
from apigwv2_integrations import aws_cloudformation


def tree_fqns(outdir: str, stack: str) -> dict[str, str]:
    tree = json.loads((Path(outdir) / "tree.json").read_text())
    children = tree["tree"]["children"][stack]["children"]
    return {name: node["constructInfo"]["fqn"] for name, node in children.items()}


def test_the_top_level_classes_are_named_apart_in_tree_json(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path))
    stack = cdk.Stack(app, "S")
    top = cdk.CfnWaitConditionHandle(stack, "Top")
    service = aws_cloudformation.CfnWaitConditionHandle(stack, "Service")
    app.synth()
    assert isinstance(top, aws_cloudformation.CfnWaitConditionHandle)
    assert cdk.CfnWaitConditionHandleProps is aws_cloudformation.CfnWaitConditionHandleProps
    fqns = tree_fqns(app.outdir, "S")
    assert (fqns["Top"], fqns["Service"]) == (
        "aws-cdk-lib.CfnWaitConditionHandle",
        "aws-cdk-lib.aws_cloudformation.CfnWaitConditionHandle",
    )
    assert service.cfn_resource_type == "AWS::CloudFormation::WaitConditionHandle"


def test_a_custom_resource_takes_any_property(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path), context={"@aws-cdk/core:validateAgainstDefaultRules": True})
    stack = cdk.Stack(app, "S")
    custom = cdk.CfnCustomResource(
        stack, "Seed", service_token="arn:aws:lambda:us-east-1:123456789012:function:f"
    )
    custom.add_property_override("Size", 3)
    template = app.synth().get_stack_by_name("S").template
    assert template["Resources"]["Seed"]["Properties"] == {
        "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:f",
        "Size": 3,
    }
