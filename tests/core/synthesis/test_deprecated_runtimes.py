"""Rules W2531, E2531 and E2533 of the template validation (core/synthesis/deprecated_runtimes.py): Lambda
functions on deprecated runtimes, by the stage the runtime has reached on the day of the synthesis. The
expected texts are those aws-cdk-lib 2.275.0 wrote on 2026-12-05."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.core.synthesis import deprecated_runtimes
from apigwv2_integrations.core.synthesis.deprecated_runtimes import runtime_findings

VALIDATE = "@aws-cdk/core:validateAgainstDefaultRules"
PYTHON_3_9 = (
    "Runtime: Runtime 'python3.9' was deprecated on '2025-12-15'. Creation will be disabled on '2027-02-01', "
    "and updates will be disabled on '2027-03-03'. Please consider updating to 'python3.14'"
)
PYTHON_3_7 = (
    "Runtime: Runtime 'python3.7' was deprecated on '2023-12-04'. Creation was disabled on '2024-01-09', "
    "and updates will be disabled on '2027-03-03'. Please consider updating to 'python3.14'"
)


def _functions(*runtimes: str) -> dict[str, Any]:
    return {
        "Resources": {
            f"Fn{index}": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": runtime}}
            for index, runtime in enumerate(runtimes)
        }
    }


def test_the_rule_is_the_stage_the_runtime_has_reached_that_day() -> None:
    template = _functions("python3.9", "python3.7", "nodejs12.x", "python3.12", "nodejs20.x")
    assert runtime_findings(template, today="2026-12-05") == [
        ("Fn0", "W2531", PYTHON_3_9),
        ("Fn1", "E2531", PYTHON_3_7),
        (
            "Fn2",
            "E2533",
            "Runtime: Runtime 'nodejs12.x' was deprecated on '2023-03-31'. Creation was disabled on "
            "'2023-03-31', and updates were disabled on '2023-04-30'. Please consider updating to 'nodejs24.x'",
        ),
        (
            "Fn4",
            "W2531",
            "Runtime: Runtime 'nodejs20.x' was deprecated on '2026-04-30'. Creation will be disabled on "
            "'2027-02-01', and updates will be disabled on '2027-03-03'. Please consider updating to 'nodejs24.x'",
        ),
    ]
    # Before its deprecation a runtime is not reported; on the day creation stops, the rule changes.
    assert runtime_findings(_functions("nodejs20.x"), today="2026-04-29") == []
    assert [rule for _, rule, _ in runtime_findings(_functions("python3.9"), today="2027-02-01")] == ["E2531"]


def _app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, context: dict[str, Any]) -> App:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    monkeypatch.setattr(deprecated_runtimes, "_today", lambda: "2026-12-05")
    return App(outdir=str(tmp_path / "cdk.out"), context=context)


def _function(stack: Stack, id: str, runtime: lambda_.Runtime) -> None:
    lambda_.Function(stack, id, runtime=runtime, handler="i.h", code=lambda_.Code.from_inline("x"))


def test_a_deprecated_runtime_is_a_warning_even_under_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _app(tmp_path, monkeypatch, {VALIDATE: True})
    _function(Stack(app, "Only"), "Old", lambda_.Runtime.PYTHON_3_9)
    app.synth()
    report = json.loads((tmp_path / "cdk.out" / "validation-report.json").read_text())
    (plugin,) = report["pluginReports"]
    assert plugin["conclusion"] == "success"
    (violation,) = plugin["violations"]
    assert violation == {
        "ruleName": "W2531",
        "description": PYTHON_3_9,
        "severity": "warning",
        "ruleMetadata": {"category": "Deprecation"},
        "violatingConstructs": [
            {
                "constructPath": "Only/Old/Resource",
                "constructFqn": "aws-cdk-lib.aws_lambda.CfnFunction",
                "libraryVersion": "2.275.0",
                "cloudFormationResource": {
                    "templatePath": "Only.template.json",
                    "logicalId": "OldF7E39C65",
                    "propertyPaths": ["Properties.Runtime"],
                },
            }
        ],
    }
    # Without the heading of findings the flag would make errors.
    assert capsys.readouterr().err == (
        f"WARNING {PYTHON_3_9} (CloudFormation Validate)\n"
        "   Only/Old/Resource (OldF7E39C65) aws-cdk-lib.aws_lambda.CfnFunction\n"
        "   Acknowledge with 'CloudFormation-Validate::W2531'\n"
        "\n"
        f"A copy of this report can be found in: {tmp_path / 'cdk.out' / 'validation-report.json'}\n"
    )


def test_a_runtime_lambda_no_longer_creates_fails_synthesis_under_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {VALIDATE: True})
    stack = Stack(app, "Old")
    _function(stack, "Older", lambda_.Runtime.PYTHON_3_7)
    _function(stack, "Newer", lambda_.Runtime.PYTHON_3_9)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value).splitlines() == [
        "synthesis failed with 1 validation error:",
        f"  Old/Older/Resource: {PYTHON_3_7} (CloudFormation Validate rule E2531, an error under {VALIDATE}); "
        "acknowledge it with Validations.of(scope).acknowledge(Acknowledgment("
        "id='CloudFormation-Validate::E2531', reason=...)) if it is intended",
    ]


def test_findings_are_listed_by_kind_of_rule_then_rule_and_grouped_across_stacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As aws-cdk-lib lists them: E rules before W rules, stacks by template file, one violation per text.
    app = _app(tmp_path, monkeypatch, {})
    for name in ("Bstack", "Astack"):
        stack = Stack(app, name)
        _function(stack, "Old", lambda_.Runtime.PYTHON_3_9)
        _function(stack, "Older", lambda_.Runtime.PYTHON_3_7)
    app.synth()
    report = json.loads((tmp_path / "cdk.out" / "validation-report.json").read_text())
    assert [
        (v["ruleName"], [c["constructPath"] for c in v["violatingConstructs"]])
        for v in report["pluginReports"][0]["violations"]
    ] == [
        ("E2531", ["Astack/Older/Resource", "Bstack/Older/Resource"]),
        ("W2531", ["Astack/Old/Resource", "Bstack/Old/Resource"]),
    ]
