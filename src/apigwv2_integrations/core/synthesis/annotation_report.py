"""The "Construct Annotations" report of `validation-report.json`: the app's warnings, grouped by rule,
written under `@aws-cdk/core:annotationsInValidationReport` (which `cdk init` sets), as aws-cdk-lib does.

A warning's rule is the id it was added with (`add_warning_v2(id, ...)`, shown as `[ack: id]`), in the
`Annotation` namespace unless the id names one (`Other::rule`); a warning without an id is
`Annotation::warning-annotation`. Warnings of one rule, severity and message are one violation listing
every construct that has it, in the order of the construct tree. Error annotations stop synthesis here
before any report is written, so the report holds warnings only.
"""

from __future__ import annotations

import re

from ..cfn_resource import CfnResource
from ..errors import ValidationError
from ..runtime_typing import TYPE_CHECKING
from ..stack import Stack
from ..stage import nested_stages_of
from .tree import construct_fqn, library_version

if TYPE_CHECKING:
    from typing import Any

    from ..construct import Construct

PLUGIN_NAME = "Construct Annotations"
_NAMESPACE = "Annotation"
_ACK_TAG = re.compile(r"\[ack: ([^\]]+)\]")
_TRAILING_RULE = re.compile(r"\(([^()]+::[^()]+)\)$")


def plugin_report(warnings: list[tuple[Construct, str]]) -> dict[str, Any] | None:
    """The report of `warnings` (construct, message with its `[ack: id]` tag), or None when there are none."""
    violations: dict[tuple[str, str], dict[str, Any]] = {}
    for construct, text in warnings:
        message, rule = _message_and_rule(text)
        _check_rule_id(construct, rule)
        violation = violations.get((rule, message))
        if violation is None:
            violation = violations[(rule, message)] = {
                "ruleName": rule,
                "description": message,
                "severity": "warning",
                "ruleMetadata": {"cdk:annotation": "true"},
                "violatingConstructs": [],
            }
        violation["violatingConstructs"].append(_violating_construct(construct))
    if not violations:
        return None
    return {
        "pluginName": PLUGIN_NAME,
        "conclusion": "success",
        "metadata": {"cdk:annotations": "true"},
        "violations": list(violations.values()),
    }


def _message_and_rule(text: str) -> tuple[str, str]:
    tag = _ACK_TAG.search(text)
    if tag is not None:
        rule = tag.group(1)
        return text.replace(tag.group(0), "").strip(), rule if "::" in rule else f"{_NAMESPACE}::{rule}"
    trailing = _TRAILING_RULE.search(text)
    if trailing is not None:
        return text[: trailing.start()].strip(), trailing.group(1)
    return text, f"{_NAMESPACE}::warning-annotation"


def _check_rule_id(construct: Construct, rule: str) -> None:
    # As aws-cdk-lib: an id may name its namespace once (`prefix::Rule`); it fails the synth otherwise.
    # Differs from aws-cdk-lib for its own warnings (`@aws-cdk/...`): the id of an ignored snapshot
    # policy names the resource type (`@aws-cdk/core:AWS::SQS::QueueSnapshotRemovalPolicyIgnored`), which
    # failed its synth, an app's mistake neither; the warning is reported.
    if rule.startswith("@aws-cdk/"):
        return
    prefix, *names = rule.split("::")
    if len(names) > 1:
        raise ValidationError(
            construct,
            f"Invalid validation rule ID '{rule}'. The '::' delimiter is reserved for separating the "
            "prefix from the rule name (e.g. 'prefix::RuleName').",
        )
    if not prefix:
        raise ValidationError(
            construct, f"Invalid validation rule ID '{rule}'. Missing plugin name before '::'."
        )


def _violating_construct(construct: Construct) -> dict[str, Any]:
    path = construct.node.path
    if not path:
        return {"constructPath": ""}  # the App: no construct information, as in aws-cdk-lib
    fqn = construct_fqn(construct)
    found: dict[str, Any] = {
        "constructPath": path,
        "constructFqn": fqn,
        "libraryVersion": library_version(fqn),
    }
    if isinstance(construct, CfnResource):
        stack = Stack.of(construct)
        found["cloudFormationResource"] = {
            "templatePath": _assembly_prefix(stack) + stack.template_file,
            "logicalId": stack.get_logical_id(construct),
        }
    return found


def _assembly_prefix(stack: Stack) -> str:
    """The folder of the stack's nested assembly, relative to the App's (`assembly-Beta/`)."""
    return "".join(f"{stage.artifact_id}/" for stage in nested_stages_of(stack))
