"""The "Construct Annotations" report of validation-report.json (core/synthesis/annotation_report.py),
written under @aws-cdk/core:annotationsInValidationReport. The expected texts are those aws-cdk-lib
2.275.0 wrote and printed for the same app (without the stack traces of its creation stacks)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import Annotations, App, CfnResource, Construct, Stack, Stage

FLAG = "@aws-cdk/core:annotationsInValidationReport"


def _app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, flag: bool) -> App:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    return App(outdir=str(tmp_path / "cdk.out"), context={FLAG: flag})


def _warn_everywhere(app: App) -> None:
    inner = Stack(Stage(app, "Beta"), "Inner")
    top = Stack(app, "Top")
    for stack in (inner, top):
        api = CfnResource(stack, "Api", type="AWS::SNS::Topic")
        Annotations.of(api).add_warning_v2("checks:desc", "API must have a description")
    Annotations.of(Construct(top, "Group")).add_warning("no access logs")
    Annotations.of(app).add_warning_v2("app:warn", "on the app")


def _report(tmp_path: Path) -> dict[str, Any]:
    return json.loads((tmp_path / "cdk.out" / "validation-report.json").read_text())  # type: ignore[no-any-return]


def test_warnings_are_grouped_by_rule_in_tree_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _app(tmp_path, monkeypatch, flag=True)
    _warn_everywhere(app)
    app.synth()
    assert _report(tmp_path)["pluginReports"] == [
        {
            "pluginName": "Construct Annotations",
            "conclusion": "success",
            "metadata": {"cdk:annotations": "true"},
            "violations": [
                {
                    "ruleName": "Annotation::app:warn",
                    "description": "on the app",
                    "severity": "warning",
                    "ruleMetadata": {"cdk:annotation": "true"},
                    "violatingConstructs": [{"constructPath": ""}],
                },
                {
                    "ruleName": "Annotation::checks:desc",
                    "description": "API must have a description",
                    "severity": "warning",
                    "ruleMetadata": {"cdk:annotation": "true"},
                    "violatingConstructs": [
                        {
                            "constructPath": "Beta/Inner/Api",
                            "constructFqn": "aws-cdk-lib.CfnResource",
                            "libraryVersion": "2.275.0",
                            "cloudFormationResource": {
                                "templatePath": "assembly-Beta/BetaInnerBAFA6896.template.json",
                                "logicalId": "Api",
                            },
                        },
                        {
                            "constructPath": "Top/Api",
                            "constructFqn": "aws-cdk-lib.CfnResource",
                            "libraryVersion": "2.275.0",
                            "cloudFormationResource": {
                                "templatePath": "Top.template.json",
                                "logicalId": "Api",
                            },
                        },
                    ],
                },
                {
                    "ruleName": "Annotation::warning-annotation",
                    "description": "no access logs",
                    "severity": "warning",
                    "ruleMetadata": {"cdk:annotation": "true"},
                    "violatingConstructs": [
                        {
                            "constructPath": "Top/Group",
                            "constructFqn": "constructs.Construct",
                            "libraryVersion": "10.8.1",
                        }
                    ],
                },
            ],
        }
    ]
    assert capsys.readouterr().err == (
        "WARNING on the app (Annotation)\n"
        "   \n"
        "   Acknowledge with 'Annotation::app:warn'\n\n"
        "WARNING API must have a description (Annotation)\n"
        "   Beta/Inner/Api (Api) aws-cdk-lib.CfnResource\n"
        "   Acknowledge with 'Annotation::checks:desc'\n\n"
        "WARNING API must have a description (Annotation)\n"
        "   Top/Api (Api) aws-cdk-lib.CfnResource\n"
        "   Acknowledge with 'Annotation::checks:desc'\n\n"
        "WARNING no access logs (Annotation)\n"
        "   Top/Group constructs.Construct\n"
        "   Acknowledge with 'Annotation::warning-annotation'\n\n"
        f"A copy of this report can be found in: {tmp_path / 'cdk.out'}/validation-report.json\n"
    )


def test_without_the_flag_the_report_lists_no_annotations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _app(tmp_path, monkeypatch, flag=False)
    _warn_everywhere(app)
    app.synth()
    assert _report(tmp_path)["pluginReports"] == []
    assert "Acknowledge with" not in capsys.readouterr().err


def test_a_rule_named_in_its_id_keeps_its_namespace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _app(tmp_path, monkeypatch, flag=True)
    Annotations.of(CfnResource(Stack(app, "S"), "T", type="AWS::SNS::Topic")).add_warning_v2("Lint::R1", "x")
    app.synth()
    (report,) = _report(tmp_path)["pluginReports"]
    assert [v["ruleName"] for v in report["violations"]] == ["Lint::R1"]
