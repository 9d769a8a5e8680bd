"""Warnings added while references across stacks are resolved reach validation-report.json."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import App, CfnResource, CrossStackReferences, ReferenceStrength, Stack


def test_the_reference_strength_warning_is_in_the_annotation_report(tmp_path: Path) -> None:
    app = App(
        outdir=str(tmp_path),
        context={
            "@aws-cdk/core:annotationsInValidationReport": True,
            "@aws-cdk/core:defaultCrossStackReferences": "weak",
        },
    )
    producer = Stack(app, "P")
    consumer = Stack(app, "C")
    CrossStackReferences.of(consumer).consume(ReferenceStrength.BOTH)
    queue = CfnResource(producer, "Q", type="AWS::SQS::Queue")
    CfnResource(consumer, "U", type="T", properties={"X": queue.ref})
    app.synth()
    report = json.loads((tmp_path / "validation-report.json").read_text())
    [plugin] = report["pluginReports"]
    assert [
        (violation["ruleName"], [c["constructPath"] for c in violation["violatingConstructs"]])
        for violation in plugin["violations"]
    ] == [("Annotation::@aws-cdk/core:crossStackReferencesBothTransitional", ["C"])]
