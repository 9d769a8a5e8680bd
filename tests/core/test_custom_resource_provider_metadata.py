"""A custom resource provider's handler says where its code asset is when the `cdk` CLI asks, as
aws-cdk-lib's does (tools such as SAM read it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from apigwv2_integrations import App, RemovalPolicy, Stack
from apigwv2_integrations import aws_s3 as s3
from tests.aws_apigatewayv2_integrations.test_cli_context import CLI_CONTEXT


@pytest.mark.parametrize("asks", [True, False], ids=["cdk-cli", "plain"])
def test_the_handler_of_a_provider_names_its_asset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asks: bool
) -> None:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    app = App(outdir=str(tmp_path / "cdk.out"), context=CLI_CONTEXT if asks else {})
    stack = Stack(app, "Files")
    s3.Bucket(stack, "Uploads", auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY)
    handler = (
        app.synth()
        .get_stack_by_name("Files")
        .template["Resources"]["CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"]
    )
    metadata = handler.get("Metadata", {})
    if not asks:
        assert "aws:asset:path" not in metadata
        return
    staged = [p.name for p in (tmp_path / "cdk.out").iterdir() if p.name.startswith("asset.")]
    assert list(metadata) == ["aws:cdk:path", "aws:asset:path", "aws:asset:property"]
    assert metadata["aws:asset:path"] in staged
    assert metadata["aws:asset:property"] == "Code"
