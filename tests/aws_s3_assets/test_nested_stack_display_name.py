"""Asset display names below a nested stack: the path from the top-level stack, as aws-cdk-lib writes it."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, NestedStack, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.aws_s3_assets import Asset


def display_names(app: App, stack: Stack) -> set[str]:
    manifest = Path(app.synth().directory) / f"{stack.artifact_id}.assets.json"
    files = json.loads(manifest.read_text())["files"].values()
    return {entry["displayName"] for entry in files}


def test_assets_in_a_nested_stack_are_named_from_the_parent_stack(app: App, tmp_path: Path) -> None:
    (tmp_path / "handler").mkdir()
    (tmp_path / "handler" / "index.py").write_text("def handler(event, context):\n    return None\n")
    (tmp_path / "seed.json").write_text("{}\n")
    parent = Stack(app, "Chat")
    nested = NestedStack(parent, "Sockets")
    lambda_.Function(
        nested,
        "Connect",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_asset(str(tmp_path / "handler")),
    )
    Asset(nested, "Seed", path=str(tmp_path / "seed.json"))
    assert {"Sockets/Connect/Code", "Sockets/Seed"} <= display_names(app, parent)
