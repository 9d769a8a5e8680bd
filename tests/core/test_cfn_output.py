"""CfnOutput: the name of an output in the template and its logical ID in the metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import App, Aws, CfnOutput, Construct, Stack, ValidationError
from apigwv2_integrations.core.errors import SynthesisError


def test_key_names_the_output_and_the_metadata_keeps_the_logical_id(app: App, stack: Stack) -> None:
    CfnOutput(stack, "Url", key="ExplicitKey", value="https://example.com")
    CfnOutput(Construct(stack, "Api"), "Endpoint", value="https://api.example.com")
    assembly = app.synth()
    outputs = assembly.get_stack_by_name("Test").template["Outputs"]
    assert sorted(outputs) == ["ApiEndpoint4F160690", "ExplicitKey"]
    metadata = json.loads((Path(assembly.directory) / "Test.metadata.json").read_text())
    assert metadata["/Test/Url"] == [{"type": "aws:cdk:logicalId", "data": "Url"}]


def test_export_names_follow_cloudformations_rules(app: App, stack: Stack) -> None:
    CfnOutput(stack, "Long", value="a", export_name="x" * 256)
    CfnOutput(stack, "Dotted", value="a", export_name="bad.name")
    CfnOutput(stack, "Empty", value="a", export_name="")
    CfnOutput(stack, "Fine", value="a", export_name="Books:Api-Url")
    CfnOutput(stack, "Token", value="a", export_name=Aws.STACK_NAME + ".url")
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        ("Test/Long", f"export_name={'x' * 256!r} is 256 characters long; use at most 255"),
        (
            "Test/Dotted",
            "export_name='bad.name' has characters an export name cannot have; use only letters, digits, "
            "colons and hyphens",
        ),
        ("Test/Empty", "export_name='' is empty; give the export a name, or leave export_name unset"),
    ]


def test_a_token_key_is_an_error(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        CfnOutput(stack, "Url", key=Aws.REGION, value="x")
    assert str(error.value) == (
        f"Test/Url: key={Aws.REGION!r} is a token; the key names the output in the template, so give a literal "
        "string"
    )
