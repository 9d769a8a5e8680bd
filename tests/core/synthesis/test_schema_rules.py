"""The schema rules of the template validation (cfn_schema.schema_findings, reported by
cloudformation_validate.py): findings with aws-cdk-lib's rule ids, texts and property paths."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import Acknowledgment, App, Lazy, Stack, Validations
from apigwv2_integrations.aws_iam import PolicyDocument
from apigwv2_integrations.cfn.aws_apigatewayv2 import CfnStage
from apigwv2_integrations.cfn.aws_sqs import CfnQueue, CfnQueuePolicy
from apigwv2_integrations.core.errors import SynthesisError

STRICT = {"@aws-cdk/core:validateAgainstDefaultRules": True}


def violations(app: App) -> list[dict[str, Any]]:
    report = json.loads((Path(app.synth().directory) / "validation-report.json").read_text())
    return [
        {
            "rule": violation["ruleName"],
            "description": violation["description"],
            "severity": violation["severity"],
            "paths": construct["cloudFormationResource"]["propertyPaths"],
        }
        for violation in report["pluginReports"][0]["violations"]
        for construct in violation["violatingConstructs"]
    ]


def test_overrides_are_read_like_other_values(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stage = CfnStage(Stack(app, "Stack"), "Stage", api_id="abc", stage_name="live")
    stage.add_property_override("DefaultRouteSettings.Burst", 10)
    stage.add_property_override("AutoDeploy", "sometimes")
    assert violations(app) == [
        {
            "rule": "F3002",
            "description": "DefaultRouteSettings.Burst: Additional properties are not allowed ('Burst' was unexpected)",
            "severity": "warning",
            "paths": ["Properties.DefaultRouteSettings.Burst"],
        },
        {
            "rule": "F3012",
            "description": "AutoDeploy: 'sometimes' is not of type 'boolean'",
            "severity": "warning",
            "paths": ["Properties.AutoDeploy"],
        },
    ]


def test_scalars_cloudformation_converts_are_checked_converted(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    queue = CfnQueue(Stack(app, "Stack"), "Queue")
    queue.add_property_override("VisibilityTimeout", "45000")
    assert [(v["rule"], v["description"]) for v in violations(app)] == [
        ("F3034", "VisibilityTimeout: 45000 is greater than the maximum of 43200"),
        (
            "W9003",
            "VisibilityTimeout: '45000' is not of type 'integer' - automatically coerced (string to integer)",
        ),
    ]


def test_a_required_property_removed_by_an_override_is_a_finding(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stage = CfnStage(Stack(app, "Stack"), "Stage", api_id="abc", stage_name="live")
    stage.add_property_deletion_override("ApiId")
    [violation] = violations(app)
    assert (violation["rule"], violation["description"], violation["paths"]) == (
        "F3003",
        "Properties: 'ApiId' is a required property",
        ["Properties"],
    )


def test_findings_of_f_rules_fail_synthesis_under_the_flag_and_write_nothing(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), context=STRICT)
    CfnQueue(Stack(app, "Stack"), "Queue", delay_seconds=1000)
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    assert caught.value.problems == [
        (
            "Stack/Queue",
            "DelaySeconds: 1000 is greater than the maximum of 900 (CloudFormation Validate rule F3034, an error "
            "under @aws-cdk/core:validateAgainstDefaultRules); acknowledge it with Validations.of(scope)"
            ".acknowledge(Acknowledgment(id='CloudFormation-Validate::F3034', reason=...)) if it is intended",
        )
    ]
    assert not (tmp_path / "Stack.template.json").exists()


def test_acknowledged_findings_keep_their_severity_under_the_flag(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), context=STRICT)
    queue = CfnQueue(Stack(app, "Stack"), "Queue", delay_seconds=1000)
    Validations.of(queue).acknowledge(
        Acknowledgment(id="CloudFormation-Validate::F3034", reason="on purpose")
    )
    app.synth()
    report = json.loads((tmp_path / "validation-report.json").read_text())
    [suppressed] = report["pluginReports"][0]["suppressedViolations"]
    assert (suppressed["severity"], suppressed["acknowledgedAt"]) == ("error", "Stack/Queue")


def test_a_required_token_that_resolves_to_nothing_is_an_error_in_every_mode(tmp_path: Path) -> None:
    # As aws-cdk-lib's L1, which refuses the resolved properties before any template validation.
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "Stack")
    CfnQueuePolicy(stack, "Policy", queues=["url"], policy_document=PolicyDocument())
    CfnQueuePolicy(stack, "LazyQueues", queues=Lazy.list(lambda: None), policy_document={"Statement": []})
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    assert caught.value.problems == [
        (
            "Stack/Policy",
            "policy_document is required, but its value resolves to nothing; pass policy_document=... with a value",
        ),
        (
            "Stack/LazyQueues",
            "queues is required, but its value resolves to nothing; pass queues=... with a value",
        ),
    ]
