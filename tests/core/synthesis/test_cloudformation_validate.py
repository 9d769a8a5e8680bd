"""The built-in template validation (core/synthesis/cloudformation_validate.py): rules F0001 and F3004,
their report, their console text, the flag that turns them into errors, and acknowledgments.

The expected texts are those aws-cdk-lib 2.275.0 printed and wrote for the same apps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import (
    Acknowledgment,
    App,
    CfnOutput,
    CfnParameter,
    CfnResource,
    Fn,
    NestedStack,
    Stack,
    Validations,
)
from apigwv2_integrations import aws_dynamodb as dynamodb
from apigwv2_integrations import aws_s3 as s3
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.core.synthesis import cloudformation_validate

FLAG = "@aws-cdk/core:validateAgainstDefaultRules"


def _app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, strict: bool = False) -> App:
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    return App(outdir=str(tmp_path / "cdk.out"), context={FLAG: True} if strict else {})


def _topic(stack: Stack, logical_id: str, properties: dict[str, Any] | None = None) -> CfnResource:
    resource = CfnResource(stack, logical_id, type="AWS::SNS::Topic", properties=properties or {})
    resource.override_logical_id(logical_id)
    return resource


def _report(tmp_path: Path) -> dict[str, Any]:
    return json.loads((tmp_path / "cdk.out" / "validation-report.json").read_text())  # type: ignore[no-any-return]


def _circle(stack: Stack) -> None:
    """Aa depends on Zz and references Bb; Bb and Zz reference Aa; Cc only references Aa."""
    aa = _topic(stack, "Aa", {"DisplayName": {"Ref": "Bb"}})
    _topic(stack, "Bb", {"DisplayName": {"Fn::GetAtt": ["Aa", "TopicName"]}})
    _topic(stack, "Zz", {"DisplayName": {"Fn::Sub": "${Aa.TopicName}-${!Literal}"}})
    _topic(stack, "Cc", {"DisplayName": {"Ref": "Aa"}})
    aa.add_override("DependsOn", ["Zz"])


def test_circular_dependencies_are_reported_as_aws_cdk_lib_reports_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # From each resource, a depth-first search (DependsOn first) stops at the first circle it meets:
    # Bb is on a circle with Aa, but the search from Bb meets Aa's circle with Zz first.
    app = _app(tmp_path, monkeypatch)
    _circle(Stack(app, "Circle"))
    app.synth()
    violations = _report(tmp_path)["pluginReports"][0]["violations"]
    assert [v["description"] for v in violations] == [
        "Resources/Aa: Circular Dependencies for resource Aa. Circular dependency with [Aa -> Zz -> Aa]",
        "Resources/Zz: Circular Dependencies for resource Zz. Circular dependency with [Zz -> Aa -> Zz]",
    ]
    assert violations[0] == {
        "ruleName": "F3004",
        "description": violations[0]["description"],
        "severity": "warning",
        "ruleMetadata": {"category": "Reference"},
        "violatingConstructs": [
            {
                "constructPath": "Circle/Aa",
                "constructFqn": "aws-cdk-lib.CfnResource",
                "libraryVersion": "2.275.0",
                "cloudFormationResource": {
                    "templatePath": "Circle.template.json",
                    "logicalId": "Aa",
                    "propertyPaths": ["Resources/Aa"],
                },
            }
        ],
    }
    printed = capsys.readouterr().err
    assert printed.startswith(
        "[Warning] Template validation found issues in your templates (reported as warnings).\n"
        f'Set feature flag "{FLAG}" to true to turn these into errors.\n\n'
        "WARNING Resources/Aa: Circular Dependencies for resource Aa. Circular dependency with "
        "[Aa -> Zz -> Aa] (CloudFormation Validate)\n"
        "   Circle/Aa (Aa) aws-cdk-lib.CfnResource\n"
        "   Acknowledge with 'CloudFormation-Validate::F3004'\n\n"
    )
    assert printed.endswith(
        f"\nA copy of this report can be found in: {tmp_path / 'cdk.out'}/validation-report.json\n"
    )


def test_a_stack_without_resources_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _app(tmp_path, monkeypatch)
    CfnOutput(Stack(app, "OnlyOutputs"), "O", value="x")
    app.synth()
    assert _report(tmp_path)["pluginReports"] == [
        {
            "pluginName": "CloudFormation Validate",
            "pluginVersion": "1.12.1",
            "conclusion": "success",
            "violations": [
                {
                    "ruleName": "F0001",
                    "description": "Resources section must exist and be non-empty",
                    "severity": "warning",
                    "ruleMetadata": {"category": "Structure"},
                    "violatingConstructs": [
                        {
                            "constructPath": "OnlyOutputs",
                            "constructFqn": "aws-cdk-lib.Stack",
                            "libraryVersion": "2.275.0",
                        }
                    ],
                }
            ],
        }
    ]
    assert (
        "WARNING Resources section must exist and be non-empty (CloudFormation Validate)\n"
        "   OnlyOutputs aws-cdk-lib.Stack\n"
        "   Acknowledge with 'CloudFormation-Validate::F0001'\n"
    ) in capsys.readouterr().err


@pytest.mark.parametrize(
    ("app_keywords", "stack_keywords"),
    [
        ({"analytics_reporting": True}, {}),
        ({"context": {"aws:cdk:version-reporting": True}}, {}),
        ({}, {"analytics_reporting": True}),
    ],
    ids=["app", "cli-context", "stack"],
)
def test_a_stack_of_outputs_with_analytics_reporting_is_not_reported(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_keywords: dict[str, Any],
    stack_keywords: dict[str, Any],
) -> None:
    # aws-cdk-lib gives such a stack its CDKMetadata resource, so its Resources section is not empty.
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    app = App(outdir=str(tmp_path / "cdk.out"), **app_keywords)
    CfnOutput(Stack(app, "OnlyOutputs", **stack_keywords), "O", value="x")
    app.synth()
    assert _report(tmp_path)["pluginReports"] == []


def test_under_the_flag_findings_fail_synthesis_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, strict=True)
    _circle(Stack(app, "Circle"))
    CfnOutput(Stack(app, "OnlyOutputs"), "O", value="x")
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value).splitlines() == [
        "synthesis failed with 3 validation errors:",
        "  Circle/Aa: Resources/Aa: Circular Dependencies for resource Aa. Circular dependency with "
        f"[Aa -> Zz -> Aa] (CloudFormation Validate rule F3004, an error under {FLAG}); acknowledge it with "
        "Validations.of(scope).acknowledge(Acknowledgment(id='CloudFormation-Validate::F3004', reason=...)) "
        "if it is intended",
        "  Circle/Zz: Resources/Zz: Circular Dependencies for resource Zz. Circular dependency with "
        f"[Zz -> Aa -> Zz] (CloudFormation Validate rule F3004, an error under {FLAG}); acknowledge it with "
        "Validations.of(scope).acknowledge(Acknowledgment(id='CloudFormation-Validate::F3004', reason=...)) "
        "if it is intended",
        "  OnlyOutputs: Resources section must exist and be non-empty (CloudFormation Validate rule F0001, "
        f"an error under {FLAG}); acknowledge it with "
        "Validations.of(scope).acknowledge(Acknowledgment(id='CloudFormation-Validate::F0001', reason=...)) "
        "if it is intended",
    ]
    assert not (tmp_path / "cdk.out").exists()


def test_acknowledged_findings_are_suppressed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _app(tmp_path, monkeypatch, strict=True)
    stack = Stack(app, "OnlyOutputs")
    CfnOutput(stack, "O", value="x")
    Validations.of(app).acknowledge(
        Acknowledgment(id="CloudFormation-Validate::F0001", reason="outputs only")
    )
    app.synth()
    (plugin,) = _report(tmp_path)["pluginReports"]
    assert plugin["conclusion"] == "success"
    assert plugin["violations"] == []
    (suppressed,) = plugin["suppressedViolations"]
    assert (suppressed["acknowledgedId"], suppressed["reason"], suppressed["acknowledgedAt"]) == (
        "CloudFormation-Validate::F0001",
        "outputs only",
        "",
    )
    assert capsys.readouterr().err == ""


def test_nested_stacks_and_disabled_validation_are_not_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch, strict=True)
    parent = Stack(app, "Parent")
    _topic(parent, "Topic")
    NestedStack(parent, "Empty")
    app.synth()
    assert _report(tmp_path)["pluginReports"] == []
    monkeypatch.setenv("CDK_VALIDATION", "false")
    other = App(outdir=str(tmp_path / "other.out"), context={FLAG: True})
    CfnOutput(Stack(other, "OnlyOutputs"), "O", value="x")
    other.synth()
    assert not (tmp_path / "other.out" / "validation-report.json").exists()


def test_circles_longer_than_the_recursion_limit_are_found() -> None:
    resources = {f"R{i}": {"Type": "AWS::SNS::Topic", "DependsOn": f"R{i + 1}"} for i in range(1200)}
    resources["R1200"] = {"Type": "AWS::SNS::Topic", "DependsOn": "R0"}
    found = cloudformation_validate._cycles(resources)
    assert len(found) == 1201
    assert found[0][1][:3] == ["R0", "R1", "R2"] and found[0][1][-1] == "R0"


def test_circles_are_found_through_every_form_of_reference() -> None:
    # A name a Fn::Sub variable shadows is no reference; the variable's value is read, and so is every
    # branch of a Fn::If. References to parameters and pseudo parameters are not dependencies.
    resources = {
        "Aa": {
            "Type": "AWS::SNS::Topic",
            "Properties": {"X": {"Fn::If": ["IsProd", {"Fn::GetAtt": "Bb.Arn"}, {"Ref": "AWS::NoValue"}]}},
        },
        "Bb": {
            "Type": "AWS::SNS::Topic",
            "Properties": {
                "X": {"Fn::Sub": ["${Cc}-${Param}", {"Cc": {"Ref": "Dd"}}]},
                "Y": {"Fn::GetAtt": ["Aa", "Arn"]},
            },
        },
        "Cc": {"Type": "AWS::SNS::Topic", "Properties": {"X": {"Ref": "Aa"}}},
        "Dd": {"Type": "AWS::SNS::Topic", "DependsOn": "Bb"},
    }
    assert cloudformation_validate._cycles(resources) == [
        ("Bb", ["Bb", "Dd", "Bb"]),
        ("Dd", ["Dd", "Bb", "Dd"]),
    ]


def test_references_nested_deeper_than_the_recursion_limit_are_found_in_order() -> None:
    deep: Any = [{"Ref": "Cc"}]
    for _ in range(1500):
        deep = [deep]
    resources = {
        "Aa": {"Type": "AWS::SNS::Topic", "Properties": {"Deep": deep, "Shallow": {"Ref": "Bb"}}},
        "Bb": {"Type": "AWS::SNS::Topic", "Properties": {"X": {"Ref": "Aa"}}},
        "Cc": {"Type": "AWS::SNS::Topic", "Properties": {"X": {"Ref": "Aa"}}},
    }
    assert cloudformation_validate._cycles(resources) == [
        ("Aa", ["Aa", "Cc", "Aa"]),
        ("Cc", ["Cc", "Aa", "Cc"]),
    ]


def test_long_chains_of_dependencies_are_reported_only_where_they_close_a_circle() -> None:
    resources: dict[str, Any] = {
        f"R{i}": {"Type": "AWS::SNS::Topic", "DependsOn": [f"R{i + 1}"]} for i in range(49)
    }
    resources["R49"] = {"Type": "AWS::SNS::Topic"}
    assert cloudformation_validate._cycles(resources) == []
    resources["R49"]["DependsOn"] = "R48"
    assert cloudformation_validate._cycles(resources) == [
        ("R48", ["R48", "R49", "R48"]),
        ("R49", ["R49", "R48", "R49"]),
    ]


def _refs(**properties: Any) -> dict[str, Any]:
    return {"Type": "AWS::SNS::Topic", "Properties": properties}


def _pair(first: str, second: str) -> dict[str, Any]:
    """Two resources on a circle of their own."""
    return {first: _refs(Z={"Ref": second}), second: _refs(Z={"Ref": first})}


def test_the_search_follows_named_resources_before_read_attributes_as_aws_cdk_lib_does() -> None:
    # From each resource the search follows its DependsOn, then the resources it names (Ref, `${A}` in a
    # Fn::Sub), then those whose attributes it reads (Fn::GetAtt, `${A.B}`), each group in document
    # order. Every first resource below also closes a circle through the reference the search does not
    # take first, so it is reported only if the search took that one: aws-cdk-lib 2.275.0 reported
    # exactly these circles for these resources.
    resources: dict[str, Any] = {
        "A": _refs(X={"Fn::GetAtt": ["B", "Arn"]}, Y={"Ref": "C"}),
        "B": _refs(Z={"Ref": "A"}),
        **_pair("C", "D"),
        "E": {**_refs(Z={"Ref": "G"}), "DependsOn": ["F"]},
        **_pair("F", "H"),
        "G": _refs(Z={"Ref": "E"}),
        "I": _refs(S={"Fn::Sub": "${J}"}, G={"Fn::GetAtt": ["K", "Arn"]}),
        "J": _refs(Z={"Ref": "I"}),
        **_pair("K", "L"),
        "M": _refs(A={"B": {"Fn::GetAtt": ["N", "Arn"]}}, C=[{"Ref": "O"}]),
        "N": _refs(Z={"Ref": "M"}),
        **_pair("O", "P"),
        "Q": _refs(T={"Fn::Sub": "${U}"}, R={"Ref": "V"}),
        "U": _refs(Z={"Ref": "Q"}),
        **_pair("V", "W"),
        "X": _refs(A={"Fn::GetAtt": ["X1", "Arn"]}, B={"Fn::Sub": "${Y.Arn}"}),
        **_pair("X1", "X2"),
        "Y": _refs(Z={"Ref": "X"}),
        "AA": _refs(A={"Fn::GetAtt": ["AB", "Arn"]}, B={"Fn::Sub": ["${v}", {"v": {"Ref": "AC"}}]}),
        **_pair("AB", "AD"),
        "AC": _refs(Z={"Ref": "AA"}),
        "CA": _refs(S={"Fn::Sub": "${CB.Arn}-${CC}"}),
        **_pair("CB", "CD"),
        "CC": _refs(Z={"Ref": "CA"}),
        "DA": _refs(S={"Fn::Sub": "${DB.Arn}"}, R={"Ref": "DC"}),
        "DB": _refs(Z={"Ref": "DA"}),
        **_pair("DC", "DD"),
        "EA": _refs(S={"Fn::If": ["Cond", {"Fn::GetAtt": ["EB", "Arn"]}, {"Ref": "EC"}]}),
        "EB": _refs(Z={"Ref": "EA"}),
        **_pair("EC", "ED"),
    }
    reported = [cycle for _, cycle in cloudformation_validate._cycles(resources)]
    assert reported == [
        ["C", "D", "C"],
        ["D", "C", "D"],
        ["F", "H", "F"],
        ["H", "F", "H"],
        ["I", "J", "I"],
        ["J", "I", "J"],
        ["K", "L", "K"],
        ["L", "K", "L"],
        ["O", "P", "O"],
        ["P", "O", "P"],
        ["Q", "U", "Q"],
        ["U", "Q", "U"],
        ["V", "W", "V"],
        ["W", "V", "W"],
        ["X1", "X2", "X1"],
        ["X2", "X1", "X2"],
        ["AA", "AC", "AA"],
        ["AB", "AD", "AB"],
        ["AD", "AB", "AD"],
        ["AC", "AA", "AC"],
        ["CA", "CC", "CA"],
        ["CB", "CD", "CB"],
        ["CD", "CB", "CD"],
        ["CC", "CA", "CC"],
        ["DC", "DD", "DC"],
        ["DD", "DC", "DD"],
        ["EC", "ED", "EC"],
        ["ED", "EC", "ED"],
    ]


def test_a_bucket_acl_is_a_deprecation_warning_acknowledged_on_the_buckets_that_set_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Acl")
    s3.Bucket(stack, "Logs", access_control=s3.BucketAccessControl.LOG_DELIVERY_WRITE)
    s3.CfnBucket(stack, "Raw", access_control="Private")
    app.synth()
    (plugin,) = _report(tmp_path)["pluginReports"]
    description = "AccessControl: AccessControl property is deprecated. Use bucket policies instead"
    fix = "Remove AccessControl and use an AWS::S3::BucketPolicy resource"
    (violation,) = plugin["violations"]
    (suppressed,) = plugin["suppressedViolations"]
    for finding, path, logical_id in (
        (violation, "Acl/Raw", "Raw"),
        (suppressed, "Acl/Logs/Resource", "Logs6819BB44"),
    ):
        assert [finding[key] for key in ("ruleName", "description", "suggestedFix", "severity")] == [
            "W3045",
            description,
            fix,
            "warning",
        ]
        assert [
            (c["constructPath"], c["cloudFormationResource"]["logicalId"])
            for c in finding["violatingConstructs"]
        ] == [(path, logical_id)]
    assert suppressed["acknowledgedAt"] == "Acl/Logs"
    assert capsys.readouterr().err == (
        f"WARNING {description} (CloudFormation Validate)\n"
        "   Acl/Raw (Raw) aws-cdk-lib.aws_s3.CfnBucket\n"
        f"   Suggested fix: {fix}\n"
        "   Acknowledge with 'CloudFormation-Validate::W3045'\n"
        "\n"
        f"A copy of this report can be found in: {tmp_path / 'cdk.out' / 'validation-report.json'}\n"
    )


def test_a_table_whose_attribute_definitions_are_not_its_keys_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Ddb")

    def key(name: str, kind: str) -> dict[str, str]:
        return {"attributeName": name, "keyType": kind}

    def attribute(name: str) -> dict[str, str]:
        return {"attributeName": name, "attributeType": "S"}

    dynamodb.CfnTable(
        stack,
        "Unused",
        key_schema=[key("pk", "HASH")],
        attribute_definitions=[attribute("pk"), attribute("b"), attribute("a")],
    )
    dynamodb.CfnTable(
        stack,
        "Missing",
        key_schema=[key("pk", "HASH"), key("sk", "RANGE")],
        attribute_definitions=[attribute("pk")],
    )
    index = {"indexName": "gix", "keySchema": [key("gk", "HASH")], "projection": {"projectionType": "ALL"}}
    dynamodb.CfnTable(
        stack,
        "Both",
        key_schema=[key("pk", "HASH")],
        attribute_definitions=[attribute("x")],
        global_secondary_indexes=[index],
    )
    dynamodb.CfnTable(
        stack,
        "Fine",
        key_schema=[key("pk", "HASH")],
        attribute_definitions=[attribute("pk"), attribute("gk")],
        global_secondary_indexes=[index],
    )
    app.synth()
    (plugin,) = _report(tmp_path)["pluginReports"]
    heading = "Properties: AttributeDefinitions does not match KeySchema attributes."
    # As aws-cdk-lib 2.275.0 reports the same tables.
    assert [
        (
            v["ruleName"],
            v["description"],
            [c["cloudFormationResource"]["propertyPaths"] for c in v["violatingConstructs"]],
        )
        for v in plugin["violations"]
    ] == [
        ("E3039", f"{heading} unused definitions: [a, b]", [["Properties"]]),
        ("E3039", f"{heading} missing definitions: [sk]", [["Properties"]]),
        ("E3039", f"{heading} missing definitions: [gk, pk]; unused definitions: [x]", [["Properties"]]),
    ]


def test_a_parameter_the_template_never_names_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Params")
    used = CfnParameter(stack, "Used")
    CfnParameter(stack, "InSub")
    CfnParameter(stack, "Unused")
    _topic(stack, "Topic", {"DisplayName": used.value_as_string, "TopicName": Fn.sub("x-${InSub}")})
    app.synth()
    (plugin,) = _report(tmp_path)["pluginReports"]
    (violation,) = plugin["violations"]
    assert violation == {
        "ruleName": "W2001",
        "description": "Parameters/Unused: Parameter 'Unused' is not referenced anywhere in the template",
        "severity": "warning",
        "ruleMetadata": {"category": "Best Practice"},
        "violatingConstructs": [
            {"constructPath": "Params", "constructFqn": "aws-cdk-lib.Stack", "libraryVersion": "2.275.0"}
        ],
    }


def test_a_bucket_acl_other_than_private_without_ownership_rules_is_an_error_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Acl")
    s3.CfnBucket(stack, "Private", access_control="Private")
    s3.CfnBucket(stack, "PublicRead", access_control="PublicRead")
    owned = s3.CfnBucket.OwnershipControlsProperty(
        rules=[s3.CfnBucket.OwnershipControlsRuleProperty(object_ownership="ObjectWriter")]
    )
    s3.CfnBucket(stack, "Owned", access_control="PublicRead", ownership_controls=owned)
    no_rules = s3.CfnBucket.OwnershipControlsProperty(rules=[])
    s3.CfnBucket(stack, "NoRules", access_control="LogDeliveryWrite", ownership_controls=no_rules)
    # The L2 gives such buckets an ownership rule (and acknowledges W3045).
    s3.Bucket(stack, "Logs", access_control=s3.BucketAccessControl.LOG_DELIVERY_WRITE)
    app.synth()
    (plugin,) = _report(tmp_path)["pluginReports"]
    rules = [
        (v["ruleName"], [c["constructPath"] for c in v["violatingConstructs"]]) for v in plugin["violations"]
    ]
    assert rules == [
        ("E3045", ["Acl/PublicRead", "Acl/NoRules"]),
        ("W3045", ["Acl/Private", "Acl/PublicRead", "Acl/Owned", "Acl/NoRules"]),
    ]
    (e3045,) = [v for v in plugin["violations"] if v["ruleName"] == "E3045"]
    assert e3045["description"] == (
        "Properties: A bucket with 'AccessControl' set should also have at least one 'OwnershipControl' "
        "configured"
    )
    assert e3045["suggestedFix"] == "Add OwnershipControls to the bucket when using AccessControl"
    assert e3045["ruleMetadata"] == {"category": "Resource"}
    assert e3045["violatingConstructs"][0]["cloudFormationResource"]["propertyPaths"] == ["Properties"]


def test_the_report_follows_the_templates_in_assembly_order_and_each_template_by_kind_of_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As aws-cdk-lib's: a rule and text is listed where it is first found, reading the templates in the
    order a cloud assembly reader lists the stacks (by dependencies, then by artifact ID) and each
    template's findings F, then E, then W rules."""
    app = _app(tmp_path, monkeypatch)
    empty = Stack(app, "AEmpty")  # first by ID, but it depends on Two
    CfnOutput(empty, "O", value="x")
    one = Stack(app, "One")
    s3.CfnBucket(one, "Acl", access_control="PublicRead")  # E3045 and W3045
    for name in ("A", "B"):
        CfnResource(one, f"Group{name}", type="AWS::Logs::LogGroup", properties={"LogGroupName": "one"})
    two = Stack(app, "Two")
    for name in ("A", "B"):
        CfnResource(two, f"Group{name}", type="AWS::Logs::LogGroup", properties={"LogGroupName": "two"})
    empty.add_dependency(two)
    app.synth()
    (plugin,) = _report(tmp_path)["pluginReports"]
    assert [(v["ruleName"], v["violatingConstructs"][0]["constructPath"]) for v in plugin["violations"]] == [
        ("E3019", "One/GroupA"),
        ("E3045", "One/Acl"),
        ("W3045", "One/Acl"),
        ("E3019", "Two/GroupA"),
        ("F0001", "AEmpty"),
    ]


def test_the_printed_report_path_is_relative_when_that_is_shorter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    app = _app(tmp_path, monkeypatch)
    CfnOutput(Stack(app, "OnlyOutputs"), "O", value="x")
    app.synth()
    assert capsys.readouterr().err.endswith(
        f"A copy of this report can be found in: {Path('cdk.out') / 'validation-report.json'}\n"
    )
