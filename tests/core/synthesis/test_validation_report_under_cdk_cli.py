"""Template validation when the `cdk` CLI runs the app: the CLI sets `@aws-cdk/core:failSynthOnValidationErrors`
to false, prints the report of the stacks it was asked for and fails on their errors itself. As aws-cdk-lib
2.275.0, the app then writes the report, prints only the heading about findings turned into warnings, and
does not fail under `@aws-cdk/core:validateAgainstDefaultRules` (so `cdk ls` and `cdk synth OtherStack`
still work)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, CfnOutput, CfnResource, Stack

CLI_REPORTS = "@aws-cdk/core:failSynthOnValidationErrors"
STRICT = "@aws-cdk/core:validateAgainstDefaultRules"


def _synth_outputs_only_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, context: dict[str, Any]) -> None:
    """An app whose stack `OnlyOutputs` has no resources (rule F0001) next to a stack `Queues`."""
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    app = App(outdir=str(tmp_path / "cdk.out"), context=context)
    CfnOutput(Stack(app, "OnlyOutputs"), "O", value="x")
    CfnResource(Stack(app, "Queues"), "Queue", type="AWS::SQS::Queue")
    app.synth()


def _report(tmp_path: Path) -> dict[str, Any]:
    report_file = tmp_path / "cdk.out" / "validation-report.json"
    plugin_reports = json.loads(report_file.read_text())["pluginReports"]
    assert len(plugin_reports) == 1
    return plugin_reports[0]  # type: ignore[no-any-return]


@pytest.mark.parametrize("value", [False, "false"], ids=["bool", "string"])
def test_the_app_prints_only_the_heading_and_writes_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: object
) -> None:
    _synth_outputs_only_app(tmp_path, monkeypatch, {CLI_REPORTS: value})
    assert capsys.readouterr().err == (
        "[Warning] Template validation found issues in your templates (reported as warnings).\n"
        f'Set feature flag "{STRICT}" to true to turn these into errors.\n'
    )
    report = _report(tmp_path)
    assert report["conclusion"] == "success"
    assert [(v["ruleName"], v["severity"]) for v in report["violations"]] == [("F0001", "warning")]


def test_under_the_strict_flag_the_app_writes_a_failing_report_and_does_not_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _synth_outputs_only_app(tmp_path, monkeypatch, {CLI_REPORTS: False, STRICT: True})
    assert capsys.readouterr().err == ""
    report = _report(tmp_path)
    assert report["conclusion"] == "failure"
    assert [(v["ruleName"], v["severity"]) for v in report["violations"]] == [("F0001", "error")]
    assert (tmp_path / "cdk.out" / "Queues.template.json").exists()


def test_without_the_cli_the_app_still_prints_the_whole_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _synth_outputs_only_app(tmp_path, monkeypatch, {CLI_REPORTS: True})
    printed = capsys.readouterr().err
    assert "Acknowledge with 'CloudFormation-Validate::F0001'" in printed
    assert printed.endswith(
        f"A copy of this report can be found in: {tmp_path / 'cdk.out' / 'validation-report.json'}\n"
    )
