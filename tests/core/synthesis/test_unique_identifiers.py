"""Rule E3019 of the template validation (core/synthesis/unique_identifiers.py): resources of one type with
the same primary identifier. The expected texts are those aws-cdk-lib 2.275.0 wrote for the same apps; the
parity case `validate-duplicate-identifiers` compares a whole report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import Acknowledgment, App, CfnCondition, Fn, Stack, Validations
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.core.synthesis.unique_identifiers import duplicate_identifiers

VALIDATE = "@aws-cdk/core:validateAgainstDefaultRules"
MANAGED_LOG_GROUP = "@aws-cdk/aws-lambda:useCdkManagedLogGroup"


def _app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, context: dict[str, Any]) -> App:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    return App(outdir=str(tmp_path / "cdk.out"), context=context)


def _violations(tmp_path: Path, key: str = "violations") -> list[dict[str, Any]]:
    report = json.loads((tmp_path / "cdk.out" / "validation-report.json").read_text())
    return report["pluginReports"][0].get(key, [])  # type: ignore[no-any-return]


def _constructs(violation: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    return [
        (
            c["constructPath"],
            c["cloudFormationResource"]["logicalId"],
            c["cloudFormationResource"]["propertyPaths"],
        )
        for c in violation["violatingConstructs"]
    ]


def test_a_log_group_named_as_a_functions_own_fails_synthesis_under_the_cdk_init_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The function's own log group (`useCdkManagedLogGroup`) and the app's have one name.
    app = _app(tmp_path, monkeypatch, {VALIDATE: True, MANAGED_LOG_GROUP: True})
    stack = Stack(app, "UiStack")
    function = lambda_.Function(
        stack,
        "auth",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    )
    logs.LogGroup(stack, "authlogs", log_group_name=f"/aws/lambda/{function.function_name}")
    with pytest.raises(SynthesisError) as error:
        app.synth()
    description = (
        "LogGroupName: Primary identifiers {'LogGroupName': "
        '\'Fn::Join(str:"",[str:"/aws/lambda/",Ref("auth6E544AA8")])\'} should have unique values across '
        "the resources {'authLogGroup8CC06534', 'authlogsA9259935'}"
    )
    fix = (
        f"(CloudFormation Validate rule E3019, an error under {VALIDATE}); acknowledge it with "
        "Validations.of(scope).acknowledge(Acknowledgment(id='CloudFormation-Validate::E3019', reason=...)) "
        "if it is intended"
    )
    assert str(error.value).splitlines() == [
        "synthesis failed with 2 validation errors:",
        f"  UiStack/auth/LogGroup/Resource: {description} {fix}",
        f"  UiStack/authlogs/Resource: {description} {fix}",
    ]
    assert not (tmp_path / "cdk.out").exists()


def test_without_the_flag_the_finding_is_one_warning_listing_every_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _app(tmp_path, monkeypatch, {})
    stack = Stack(app, "Dup")
    for name in ("Zeta", "Alpha", "Mid"):
        logs.LogGroup(stack, name, log_group_name="/app/literal")
    app.synth()
    (violation,) = _violations(tmp_path)
    description = (
        "LogGroupName: Primary identifiers {'LogGroupName': '/app/literal'} should have unique values across "
        "the resources {'Alpha5E55F45A', 'MidED71E09A', 'Zeta32AEDE44'}"
    )
    assert (violation["ruleName"], violation["severity"], violation["description"]) == (
        "E3019",
        "warning",
        description,
    )
    # In template order, each at its property.
    assert _constructs(violation) == [
        ("Dup/Zeta/Resource", "Zeta32AEDE44", ["Properties.LogGroupName"]),
        ("Dup/Alpha/Resource", "Alpha5E55F45A", ["Properties.LogGroupName"]),
        ("Dup/Mid/Resource", "MidED71E09A", ["Properties.LogGroupName"]),
    ]
    assert capsys.readouterr().err.count(f"WARNING {description} (CloudFormation Validate)") == 3


def test_an_identifier_of_several_properties_is_shown_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {})
    stack = Stack(app, "Dup")
    source = logs.LogGroup(stack, "Src")
    for name in ("MF1", "MF2"):
        logs.MetricFilter(
            stack,
            name,
            log_group=source,
            filter_pattern=logs.FilterPattern.all_events(),
            metric_name="m",
            metric_namespace="n",
            filter_name="f",
        )
    app.synth()
    (violation,) = _violations(tmp_path)
    assert violation["description"] == (
        "Properties: Primary identifiers {'LogGroupName': 'Ref(\"SrcEFF73705\")', 'FilterName': 'f'} should "
        "have unique values across the resources {'MF1EB8E8006', 'MF2415BA541'}"
    )
    assert _constructs(violation) == [
        ("Dup/MF1/Resource", "MF1EB8E8006", ["Properties"]),
        ("Dup/MF2/Resource", "MF2415BA541", ["Properties"]),
    ]


def test_an_acknowledged_resource_is_suppressed_and_the_other_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {})
    stack = Stack(app, "Dup2")
    known = logs.LogGroup(stack, "Ack1", log_group_name="/ack")
    logs.LogGroup(stack, "Ack2", log_group_name="/ack")
    Validations.of(known).acknowledge(Acknowledgment(id="CloudFormation-Validate::E3019", reason="known"))
    app.synth()
    description = (
        "LogGroupName: Primary identifiers {'LogGroupName': '/ack'} should have unique values across the "
        "resources {'Ack1A7B8D1C8', 'Ack2232EA807'}"
    )
    (violation,) = _violations(tmp_path)
    (suppressed,) = _violations(tmp_path, "suppressedViolations")
    assert violation["description"] == suppressed["description"] == description
    assert _constructs(violation) == [("Dup2/Ack2/Resource", "Ack2232EA807", ["Properties.LogGroupName"])]
    assert _constructs(suppressed) == [("Dup2/Ack1/Resource", "Ack1A7B8D1C8", ["Properties.LogGroupName"])]
    assert (suppressed["acknowledgedId"], suppressed["reason"], suppressed["acknowledgedAt"]) == (
        "CloudFormation-Validate::E3019",
        "known",
        "Dup2/Ack1",
    )


def test_a_resource_under_a_condition_that_never_holds_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, {VALIDATE: True})
    stack = Stack(app, "Dup2")
    never = CfnCondition(stack, "C", expression=Fn.condition_equals("a", "b"))
    conditional = logs.CfnLogGroup(stack, "Cond1", log_group_name="/cond")
    conditional.cfn_options.condition = never
    logs.CfnLogGroup(stack, "Cond2", log_group_name="/cond")
    app.synth()
    report = json.loads((tmp_path / "cdk.out" / "validation-report.json").read_text())
    assert report["pluginReports"] == []


def _template(*resources: tuple[str, str, dict[str, Any]], **sections: Any) -> dict[str, Any]:
    return {
        "Resources": {name: {"Type": kind, "Properties": props} for name, kind, props in resources},
        **sections,
    }


def test_values_are_compared_after_what_the_template_decides() -> None:
    # A literal and a join of pseudo parameters with the same text name one log group.
    template = _template(
        ("A", "AWS::Logs::LogGroup", {"LogGroupName": "/x/us-east-1"}),
        (
            "B",
            "AWS::Logs::LogGroup",
            {"LogGroupName": {"Fn::Join": ["/", ["", "x", {"Ref": "AWS::Region"}]]}},
        ),
        ("C", "AWS::Logs::LogGroup", {"LogGroupName": {"Fn::Sub": "/x/${AWS::Region}"}}),
        ("D", "AWS::Logs::LogGroup", {"LogGroupName": {"Fn::Sub": "/x/${!AWS::Region}"}}),
    )
    (group,) = duplicate_identifiers(template)
    assert (group.logical_ids, group.shown_values) == (["A", "B", "C"], ["/x/us-east-1"])


def test_types_whose_identifier_the_template_does_not_set_are_not_compared() -> None:
    # A queue's identifier is its URL, which only CloudFormation knows.
    template = _template(
        ("A", "AWS::SQS::Queue", {"QueueName": "jobs"}),
        ("B", "AWS::SQS::Queue", {"QueueName": "jobs"}),
    )
    assert duplicate_identifiers(template) == []
