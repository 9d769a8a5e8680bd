"""CliCredentialsStackSynthesizer: assets in the bootstrap bucket and repository, published and deployed
with the CLI's own credentials (no roles, no bootstrap version check).

The whole assembly is compared with aws-cdk-lib's in the parity case `core-cli-credentials-synthesizer`.
"""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, CfnResource, CliCredentialsStackSynthesizer, Stack
from apigwv2_integrations import aws_lambda as lambda_


def _synth(tmp_path: Path, synthesizer: CliCredentialsStackSynthesizer) -> Path:
    code = tmp_path / "code"
    code.mkdir()
    (code / "index.py").write_text("def handler(event, context):\n    return 1\n")
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Cli", synthesizer=synthesizer)
    lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_asset(str(code)),
    )
    app.synth()
    return tmp_path / "out"


def test_no_roles_and_no_bootstrap_check(tmp_path: Path) -> None:
    out = _synth(tmp_path, CliCredentialsStackSynthesizer())
    artifact = json.loads((out / "manifest.json").read_text())["artifacts"]["Cli"]
    assert list(artifact["properties"]) == [
        "templateFile",
        "terminationProtection",
        "validateOnSynth",
        "stackTemplateAssetObjectUrl",
        "additionalDependencies",
    ]
    assert artifact["properties"]["stackTemplateAssetObjectUrl"].startswith(
        "s3://cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}/"
    )
    template = json.loads((out / "Cli.template.json").read_text())
    assert "Parameters" not in template and "Rules" not in template
    manifest = json.loads((out / "Cli.assets.json").read_text())
    for entry in manifest["files"].values():
        for destination in entry["destinations"].values():
            assert "assumeRoleArn" not in destination


def test_bucket_prefix_and_qualifier(tmp_path: Path) -> None:
    out = _synth(
        tmp_path,
        CliCredentialsStackSynthesizer(
            qualifier="abc123", bucket_prefix="pre/", file_assets_bucket_name="my-bucket-${AWS::Region}"
        ),
    )
    template = json.loads((out / "Cli.template.json").read_text())
    code = template["Resources"]["Fn9270CBC0"]["Properties"]["Code"]
    assert code["S3Bucket"] == {"Fn::Sub": "my-bucket-${AWS::Region}"}
    assert code["S3Key"].startswith("pre/") and code["S3Key"].endswith(".zip")


def test_default_bucket_takes_the_qualifier(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Q", synthesizer=CliCredentialsStackSynthesizer(qualifier="abc123"))
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    app.synth()
    artifact = json.loads((tmp_path / "out" / "manifest.json").read_text())["artifacts"]["Q"]
    assert artifact["properties"]["stackTemplateAssetObjectUrl"].startswith(
        "s3://cdk-abc123-assets-${AWS::AccountId}-${AWS::Region}/"
    )
    assert stack.synthesizer.qualifier == "abc123"  # type: ignore[attr-defined]
