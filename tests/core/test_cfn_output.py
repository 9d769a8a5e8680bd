"""CfnOutput: the name of an output in the template and its logical ID in the metadata."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, CfnOutput, Construct, Stack


def test_key_names_the_output_and_the_metadata_keeps_the_logical_id(app: App, stack: Stack) -> None:
    CfnOutput(stack, "Url", key="ExplicitKey", value="https://example.com")
    CfnOutput(Construct(stack, "Api"), "Endpoint", value="https://api.example.com")
    assembly = app.synth()
    outputs = assembly.get_stack_by_name("Test").template["Outputs"]
    assert sorted(outputs) == ["ApiEndpoint4F160690", "ExplicitKey"]
    metadata = json.loads((Path(assembly.directory) / "Test.metadata.json").read_text())
    assert metadata["/Test/Url"] == [{"type": "aws:cdk:logicalId", "data": "Url"}]
