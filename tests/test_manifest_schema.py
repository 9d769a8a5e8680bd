"""`manifest.json` and every `*.assets.json` we write validate against the cloud assembly JSON schemas.

The schemas are vendored in tests/data/cloud-assembly-schema/ (see its README for their origin).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from apigwv2_integrations import (
    App,
    BootstraplessSynthesizer,
    CfnOutput,
    CfnResource,
    Environment,
    Stack,
    Stage,
)
from apigwv2_integrations.__main__ import run_app_file

SCHEMA_DIR = Path(__file__).parent / "data" / "cloud-assembly-schema"
EXAMPLES_DIR = Path(__file__).parent.parent / "examples"


def validator(name: str) -> Draft7Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text())
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


MANIFEST = validator("cloud-assembly.schema.json")
ASSETS = validator("assets.schema.json")


def schema_errors(directory: Path) -> list[str]:
    """Every schema violation in the assembly at `directory` and in its nested assemblies (the
    `cdk:cloud-assembly` artifacts of its manifest, followed recursively), as `file: path: message` lines.
    """
    manifest_path = directory / "manifest.json"
    checks = [(manifest_path, MANIFEST)] + [
        (path, ASSETS) for path in sorted(directory.glob("*.assets.json"))
    ]
    errors = [
        f"{path.relative_to(directory).as_posix()}: {'/'.join(map(str, error.absolute_path))}: {error.message}"
        for path, schema in checks
        for error in schema.iter_errors(json.loads(path.read_text()))
    ]
    for artifact in json.loads(manifest_path.read_text())["artifacts"].values():
        if artifact["type"] == "cdk:cloud-assembly":
            nested = artifact["properties"]["directoryName"]
            errors.extend(f"{nested}/{error}" for error in schema_errors(directory / nested))
    return errors


@pytest.mark.parametrize("example", sorted(p.stem for p in EXAMPLES_DIR.glob("*.py")))
def test_every_example_assembly_matches_the_schema(example: str, tmp_path: Path) -> None:
    (assembly,) = run_app_file(str(EXAMPLES_DIR / f"{example}.py"), str(tmp_path))
    assert schema_errors(Path(assembly.directory)) == []


def test_multi_stack_app_with_environments_and_both_synthesizers_matches_the_schema(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    producer = Stack(app, "Producer", env=Environment(account="123456789012", region="eu-west-1"))
    queue = CfnResource(producer, "Queue", type="AWS::SQS::Queue")
    consumer = Stack(
        app,
        "Consumer",
        env=Environment(account="123456789012", region="eu-west-1"),
        stack_name="consumer-stack",
    )
    CfnOutput(consumer, "QueueArn", value=queue.get_att("Arn").to_string())
    plain = Stack(app, "Plain", synthesizer=BootstraplessSynthesizer(), termination_protection=True)
    CfnResource(plain, "Topic", type="AWS::SNS::Topic")
    directory = Path(app.synth().directory)

    manifest: dict[str, Any] = json.loads((directory / "manifest.json").read_text())
    assert manifest["artifacts"]["Consumer"]["dependencies"] == ["Producer", "Consumer.assets"]
    assert "Plain.assets" not in manifest["artifacts"]
    assert schema_errors(directory) == []


def test_a_broken_manifest_is_caught(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    CfnResource(Stack(app, "S"), "Q", type="AWS::SQS::Queue")
    directory = Path(app.synth().directory)
    manifest = json.loads((directory / "manifest.json").read_text())
    manifest["artifacts"]["S"]["type"] = "aws:cloudformation:stak"
    (directory / "manifest.json").write_text(json.dumps(manifest))
    (error,) = schema_errors(directory)
    assert error.startswith("manifest.json: artifacts/S/type: 'aws:cloudformation:stak' is not one of")


def test_nested_assemblies_of_stages_match_the_schema(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    prod = Stage(app, "Prod", env=Environment(account="123456789012", region="eu-west-1"))
    producer = Stack(prod, "Producer")
    queue = CfnResource(producer, "Queue", type="AWS::SQS::Queue")
    consumer = Stack(prod, "Consumer", stack_name="prod-consumer")
    CfnOutput(consumer, "QueueArn", value=queue.get_att("Arn").to_string())
    cell = Stage(prod, "Cell", env=Environment(region="us-east-1"))
    CfnResource(Stack(cell, "Worker"), "Topic", type="AWS::SNS::Topic")
    directory = Path(app.synth().directory)
    assert schema_errors(directory) == []

    inner = json.loads((directory / "assembly-Prod" / "assembly-Prod-Cell" / "manifest.json").read_text())
    inner["artifacts"]["ProdCellWorker6A983A49"]["environment"] = 7
    (directory / "assembly-Prod" / "assembly-Prod-Cell" / "manifest.json").write_text(json.dumps(inner))
    assert schema_errors(directory) == [
        "assembly-Prod/assembly-Prod-Cell/manifest.json: artifacts/ProdCellWorker6A983A49/environment: "
        "7 is not of type 'string'"
    ]
