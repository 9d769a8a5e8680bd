"""A stack with `cross_region_references` reads names of its account's other regions through references,
not by physical name, for names as for ARNs (as aws-cdk-lib's `getResourceNameAttribute` does)."""

from __future__ import annotations

import json
from typing import Any

from apigwv2_integrations import App, CfnOutput, Environment, Stack
from apigwv2_integrations import aws_ssm as ssm

ACCOUNT = "111111111111"


def _consumer_output(*, cross_region_references: bool) -> Any:
    app = App(context={"@aws-cdk/core:defaultCrossStackReferences": "weak"})
    producer = Stack(app, "Producer", env=Environment(account=ACCOUNT, region="us-east-1"))
    parameter = ssm.StringParameter(producer, "Setting", parameter_name="/app/setting", string_value="x")
    consumer = Stack(
        app,
        "Consumer",
        env=Environment(account=ACCOUNT, region="eu-central-1"),
        cross_region_references=cross_region_references,
    )
    CfnOutput(consumer, "Name", value=parameter.parameter_name)
    assembly = app.synth()
    with open(assembly.get_stack_artifact("Consumer").template_full_path, encoding="utf-8") as handle:
        return json.load(handle)["Outputs"]["Name"]["Value"]


def test_without_cross_region_references_the_name_is_read_as_given() -> None:
    assert _consumer_output(cross_region_references=False) == "/app/setting"


def test_with_cross_region_references_the_name_is_a_reference() -> None:
    assert _consumer_output(cross_region_references=True) == {
        "Fn::GetStackOutput": {
            "StackName": "Producer",
            "Region": "us-east-1",
            "OutputName": "PublishOutputRefSetting2E7FC5C3E6D9B18F",
        }
    }
