"""The resource limit of a stack: the info note near it and the context that sets it (rendering.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import App, CfnResource, NestedStack, Stack
from apigwv2_integrations.core.errors import SynthesisError

LIMIT_CONTEXT = "@aws-cdk/core:stackResourceLimit"


def queues(scope: Stack, count: int) -> None:
    for index in range(count):
        CfnResource(scope, f"Q{index}", type="AWS::SQS::Queue")


def stack_entries(outdir: str, stack: str, path: str) -> list[dict[str, str]]:
    entries = json.loads((Path(outdir) / f"{stack}.metadata.json").read_text())[path]
    return [entry for entry in entries if entry["type"] != "aws:cdk:logicalId"]


def test_a_stack_near_the_limit_gets_an_info_note_after_its_template_file(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    queues(Stack(app, "Big"), 400)
    app.synth()
    assert stack_entries(app.outdir, "Big", "/Big") == [
        {"type": "aws:cdk:templateFile", "data": "Big.template.json"},
        {"type": "aws:cdk:info", "data": "Number of resources: 400 is approaching allowed maximum of 500"},
    ]


def test_the_context_sets_the_limit_for_the_note_the_error_and_nested_stacks(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"), context={LIMIT_CONTEXT: 10})
    parent = Stack(app, "Parent")
    queues(parent, 7)
    queues(NestedStack(parent, "Child"), 9)
    app.synth()
    # The parent has 8 resources with the nested stack's, 80 % of 10 as the child's 9 are.
    assert stack_entries(app.outdir, "Parent", "/Parent")[-1]["data"] == (
        "Number of resources: 8 is approaching allowed maximum of 10"
    )
    assert stack_entries(app.outdir, "Parent", "/Parent/Child")[-1]["data"] == (
        "Number of resources: 9 is approaching allowed maximum of 10"
    )
    over = App(outdir=str(tmp_path / "over"), context={LIMIT_CONTEXT: 10})
    queues(Stack(over, "Over"), 11)
    with pytest.raises(SynthesisError, match="has 11 resources; CloudFormation allows at most 10"):
        over.synth()


def test_a_limit_of_zero_turns_the_check_off(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"), context={LIMIT_CONTEXT: 0})
    queues(Stack(app, "Huge"), 501)
    app.synth()
    assert [entry["type"] for entry in stack_entries(app.outdir, "Huge", "/Huge")] == ["aws:cdk:templateFile"]
