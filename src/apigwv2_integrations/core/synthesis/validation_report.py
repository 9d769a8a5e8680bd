"""The findings of CloudFormation Validate as aws-cdk-lib reports them: the plugin report of
`validation-report.json`, the text printed to the console, and a finding as a synthesis error. Loaded
when a synth has findings to report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ..construct import Construct
from ..runtime_typing import TYPE_CHECKING, cast
from .cloudformation_validate import (
    _PLUGIN_VERSION,
    PLUGIN_NAME,
    VALIDATE_AGAINST_DEFAULT_RULES,
    WARNINGS_HEADING,
    Finding,
    _order_in_template,
    strict,
)
from .tree import AWS_CDK_LIB_VERSION, construct_fqn

if TYPE_CHECKING:
    from typing import Any


def plugin_report(findings: list[Finding], *, failing: bool) -> dict[str, Any]:
    """The findings as aws-cdk-lib's `validation-report.json` lists them (one plugin report)."""

    def severity(finding: Finding) -> str:
        return "error" if failing and not finding.is_warning else "warning"

    def acknowledged_severity(finding: Finding) -> str:
        # An acknowledged finding keeps the severity the flag gives its rule.
        return "error" if not finding.is_warning and strict(finding.construct) else "warning"

    reported = [f for f in findings if f.acknowledged_at is None]
    violations = _grouped([_violation(f, severity(f)) for f in reported])
    report: dict[str, Any] = {
        "pluginName": PLUGIN_NAME,
        "pluginVersion": _PLUGIN_VERSION,
        "conclusion": "failure" if failing and any(not f.is_warning for f in reported) else "success",
        "violations": violations,
    }
    # Unlike the findings reported, those acknowledged are listed by rule across all the templates.
    suppressed = sorted((f for f in findings if f.acknowledged_at is not None), key=_order_in_template)
    if suppressed:
        report["suppressedViolations"] = [
            {
                **_violation(f, acknowledged_severity(f)),
                "acknowledgedId": f.rule_id,
                "reason": f.reason,
                "acknowledgedAt": cast("Construct", f.acknowledged_at).node.path,
            }
            for f in suppressed
        ]
    return report


def _grouped(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One violation per rule and description, listing its constructs, where its first one was (as
    aws-cdk-lib reports the resources of one E3019 group)."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for violation in violations:
        key = (violation["ruleName"], violation["description"])
        if key in grouped:
            grouped[key]["violatingConstructs"].extend(violation["violatingConstructs"])
        else:
            grouped[key] = violation
    return list(grouped.values())


def _violation(finding: Finding, severity: str) -> dict[str, Any]:
    construct: dict[str, Any] = {
        "constructPath": finding.construct.node.path,
        "constructFqn": construct_fqn(finding.construct),
        "libraryVersion": AWS_CDK_LIB_VERSION,
    }
    if finding.logical_id is not None:
        construct["cloudFormationResource"] = {
            "templatePath": finding.template_file,
            "logicalId": finding.logical_id,
        }
        if finding.names_property:
            construct["cloudFormationResource"]["propertyPaths"] = [
                finding.property_path or f"Resources/{finding.logical_id}"
            ]
    fix = {"suggestedFix": finding.suggested_fix} if finding.suggested_fix is not None else {}
    return {
        "ruleName": finding.rule,
        "description": finding.description,
        **fix,
        "severity": severity,
        "ruleMetadata": {"category": finding.category},
        "violatingConstructs": [construct],
    }


def console_text(
    findings: list[Finding], report_path: str, other_reports: Iterable[dict[str, Any]] = ()
) -> str:
    """What aws-cdk-lib prints when findings are warnings (the flag is off), then the violations of other
    reports (the app's annotations)."""
    reports = list(other_reports)
    blocks = []
    reported = [finding for finding in findings if finding.acknowledged_at is None]
    if reported:
        # The heading only for findings the flag would turn into errors (not W rules).
        if any(not finding.is_warning for finding in reported):
            blocks.append(WARNINGS_HEADING + "\n")
        reports.insert(0, plugin_report(findings, failing=False))
    for report in reports:
        blocks.extend(_violation_blocks(report))
    return "\n".join(blocks) + f"\nA copy of this report can be found in: {report_path}\n"


def _violation_blocks(report: Mapping[str, Any]) -> Iterator[str]:
    """Each violating construct of a plugin report of `validation-report.json`, as aws-cdk-lib prints it:
    the rule's namespace (`CloudFormation-Validate::F3004`, `Annotation::...`) names the plugin."""
    for violation in report["violations"]:
        rule = violation["ruleName"]
        if "::" not in rule:
            rule = f"{report['pluginName'].replace(' ', '-')}::{rule}"
        plugin = rule.split("::")[0].replace("-", " ")
        heading = f"{violation['severity'].upper()} {violation['description']} ({plugin})"
        for construct in violation["violatingConstructs"]:
            where = construct["constructPath"]
            resource = construct.get("cloudFormationResource")
            if where and resource is not None:
                where += f" ({resource['logicalId']})"
            if "constructFqn" in construct:
                where += f" {construct['constructFqn']}"
            fix = f"   Suggested fix: {violation['suggestedFix']}\n" if "suggestedFix" in violation else ""
            yield f"{heading}\n   {where}\n{fix}   Acknowledge with '{rule}'\n"


def problem_text(finding: Finding) -> str:
    """A finding as a synthesis error (the flag is on)."""
    return (
        f"{finding.description} ({PLUGIN_NAME} rule {finding.rule}, an error under "
        f"{VALIDATE_AGAINST_DEFAULT_RULES}); acknowledge it with "
        f"Validations.of(scope).acknowledge(Acknowledgment(id='{finding.rule_id}', reason=...)) if it is "
        "intended"
    )
