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
    Aws,
    CfnCondition,
    CfnMapping,
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


def test_removal_policies_cloudformation_does_not_take_are_structure_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Snapshot only for the types CloudFormation can snapshot; each branch of an Fn::If is checked.
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Policies")
    _topic(stack, "Topic").add_override("UpdateReplacePolicy", "Snapshot")
    both = _topic(stack, "Both")
    both.add_override("DeletionPolicy", "Snapshot")
    both.add_override("UpdateReplacePolicy", "Retain")
    _topic(stack, "Branches").add_override("UpdateReplacePolicy", {"Fn::If": ["C", "Retain", "Snapshot"]})
    volume = CfnResource(stack, "Volume", type="AWS::EC2::Volume", properties={"Size": 1})
    volume.add_override("DeletionPolicy", "Snapshot")
    volume.add_override("UpdateReplacePolicy", "Bogus")
    app.synth()
    violations = _report(tmp_path)["pluginReports"][0]["violations"]
    shown = [
        (v["ruleName"], v["description"], [c["constructPath"] for c in v["violatingConstructs"]])
        for v in violations
    ]
    assert shown == [
        (
            "F0018",
            "UpdateReplacePolicy: UpdateReplacePolicy must be one of Delete, Retain, got 'Snapshot'",
            ["Policies/Topic", "Policies/Branches"],
        ),
        (
            "F0018",
            "UpdateReplacePolicy: UpdateReplacePolicy must be one of Delete, Retain, Snapshot, got 'Bogus'",
            ["Policies/Volume"],
        ),
        (
            "F3016",
            "DeletionPolicy: DeletionPolicy must be one of Delete, Retain, RetainExceptOnCreate, got 'Snapshot'",
            ["Policies/Both"],
        ),
        (
            "W3011",
            "Both 'UpdateReplacePolicy' and 'DeletionPolicy' are needed to protect resource from deletion",
            ["Policies/Topic", "Policies/Branches"],
        ),
    ]
    assert violations[0]["violatingConstructs"][0]["cloudFormationResource"] == {
        "templatePath": "Policies.template.json",
        "logicalId": "Topic",
        "propertyPaths": ["UpdateReplacePolicy"],
    }
    # The W3011 finding is about the whole resource and names no property.
    assert violations[-1]["violatingConstructs"][0]["cloudFormationResource"] == {
        "templatePath": "Policies.template.json",
        "logicalId": "Topic",
    }


def test_one_removal_policy_keeping_the_resource_without_the_other_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Keep")
    _topic(stack, "Retained").add_override("DeletionPolicy", "Retain")
    _topic(stack, "KeptOnCreate").add_override("DeletionPolicy", "RetainExceptOnCreate")
    _topic(stack, "Deleted").add_override("DeletionPolicy", "Delete")
    _topic(stack, "Replaced").add_override("UpdateReplacePolicy", "Delete")
    mixed = _topic(stack, "Mixed")
    mixed.add_override("DeletionPolicy", "Retain")
    mixed.add_override("UpdateReplacePolicy", "Delete")
    app.synth()
    (violation,) = _report(tmp_path)["pluginReports"][0]["violations"]
    assert violation["ruleName"] == "W3011"
    assert [c["constructPath"] for c in violation["violatingConstructs"]] == [
        "Keep/Retained",
        "Keep/KeptOnCreate",
    ]


def test_mappings_and_conditions_the_template_never_uses_are_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Unused")
    env = CfnParameter(stack, "Env", default="dev")
    CfnMapping(stack, "Lonely", mapping={"a": {"b": "c"}})
    read = CfnMapping(stack, "Read", mapping={"a": {"b": "c"}})
    in_condition = CfnMapping(stack, "InCondition", mapping={"a": {"b": "c"}})
    CfnCondition(stack, "Unused", expression=Fn.condition_equals(env.value_as_string, "a"))
    on_topic = CfnCondition(stack, "OnTopic", expression=Fn.condition_equals(env.value_as_string, "b"))
    inner = CfnCondition(stack, "Inner", expression=Fn.condition_equals(env.value_as_string, "c"))
    # Outer names Inner, but nothing uses Outer; a condition that only reads a mapping still counts as unused.
    CfnCondition(stack, "Outer", expression=Fn.condition_not(inner))
    CfnCondition(stack, "ReadsMap", expression=Fn.condition_equals(in_condition.find_in_map("a", "b"), "c"))
    CfnCondition(stack, "InIf", expression=Fn.condition_equals(env.value_as_string, "d"))
    topic = _topic(stack, "Topic", {"DisplayName": Fn.condition_if("InIf", read.find_in_map("a", "b"), "x")})
    topic.cfn_options.condition = on_topic
    app.synth()
    violations = _report(tmp_path)["pluginReports"][0]["violations"]
    assert [(v["ruleName"], v["description"]) for v in violations] == [
        ("W7001", "Mappings/Lonely: Mapping 'Lonely' is not referenced by any Fn::FindInMap"),
        ("W8001", "Conditions/Unused: Condition 'Unused' is not used by any resource or Fn::If"),
        ("W8001", "Conditions/Outer: Condition 'Outer' is not used by any resource or Fn::If"),
        ("W8001", "Conditions/ReadsMap: Condition 'ReadsMap' is not used by any resource or Fn::If"),
    ]
    assert violations[0]["violatingConstructs"] == [
        {"constructPath": "Unused", "constructFqn": "aws-cdk-lib.Stack", "libraryVersion": "2.275.0"}
    ]


def test_a_mapping_chosen_at_deploy_time_leaves_every_mapping_unreported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Dynamic")
    CfnMapping(stack, "Lonely", mapping={"a": {"b": "c"}})
    name = CfnParameter(stack, "Name", default="Lonely")
    _topic(stack, "Topic", {"DisplayName": {"Fn::FindInMap": [name.value_as_string, "a", "b"]}})
    app.synth()
    assert _report(tmp_path)["pluginReports"] == []


def _violations(tmp_path: Path) -> list[tuple[str, str, list[str], list[Any]]]:
    return [
        (
            v["ruleName"],
            v["description"],
            [c["constructPath"] for c in v["violatingConstructs"]],
            [c["cloudFormationResource"].get("propertyPaths") for c in v["violatingConstructs"]],
        )
        for v in _report(tmp_path)["pluginReports"][0]["violations"]
    ]


def test_sensitive_ports_open_to_the_internet_are_security_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Ports")

    def group(logical_id: str, *rules: dict[str, Any]) -> None:
        _topic(stack, logical_id).add_override("Type", "AWS::EC2::SecurityGroup")
        stack.node.find_child(logical_id).add_property_override("SecurityGroupIngress", list(rules))

    # Any protocol but -1 opens its port range; -1 opens every sensitive port, whatever its ports say.
    group(
        "Ssh",
        {"IpProtocol": "tcp", "FromPort": 20, "ToPort": 25, "CidrIp": "0.0.0.0/0"},
        {"IpProtocol": "udp", "FromPort": 3389, "ToPort": 3389, "CidrIpv6": "::/0"},
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
        {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
        {"IpProtocol": "tcp", "FromPort": 22, "CidrIp": "0.0.0.0/0"},
    )
    group("Everything", {"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"})
    ingress = _topic(stack, "Ingress")
    ingress.add_override("Type", "AWS::EC2::SecurityGroupIngress")
    ingress.add_property_override("IpProtocol", "tcp")
    ingress.add_property_override("FromPort", 5432)
    ingress.add_property_override("ToPort", 5432)
    ingress.add_property_override("CidrIp", "0.0.0.0/0")
    app.synth()
    fixes = {v["suggestedFix"] for v in _report(tmp_path)["pluginReports"][0]["violations"]}
    assert fixes == {
        "Restrict the CIDR range to specific IP addresses",
        "Restrict the CIDR range or limit the protocol",
    }
    group_path = [["Properties.SecurityGroupIngress"]]
    everything = [
        (
            "W2508",
            f"SecurityGroupIngress: Security group allows all traffic from 0.0.0.0/0 - sensitive port {port} is exposed",
            ["Ports/Everything"],
            group_path,
        )
        for port in ("1433", "22", "27017", "3306", "3389", "5432", "6379")
    ]
    assert _violations(tmp_path) == [
        (
            "W2508",
            "SecurityGroupIngress: Security group allows 0.0.0.0/0 access to sensitive port 22 (range 20-25)",
            ["Ports/Ssh"],
            group_path,
        ),
        (
            "W2508",
            "SecurityGroupIngress: Security group allows ::/0 access to sensitive port 3389 (range 3389-3389)",
            ["Ports/Ssh"],
            group_path,
        ),
        *everything,
        (
            "W2508",
            "Properties: Security group allows 0.0.0.0/0 access to sensitive port 5432 (range 5432-5432)",
            ["Ports/Ingress"],
            [["Properties"]],
        ),
    ]


def test_an_instance_image_written_out_or_read_from_a_known_mapping_entry_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The validator looks mappings up for the stack's region (us-east-1 for a stack without one).
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Images")
    CfnMapping(stack, "Amis", mapping={"us-east-1": {"id": "ami-0123456789abcdef0"}})
    CfnMapping(stack, "EuAmis", mapping={"eu-west-1": {"id": "ami-0123456789abcdef0"}})
    images = {
        "Literal": "ami-0123456789abcdef0",
        "ThisRegion": Fn.find_in_map("Amis", Aws.REGION, "id"),
        "OtherRegion": Fn.find_in_map("EuAmis", Aws.REGION, "id"),
        "Parameter": "{{resolve:ssm:/images/latest}}",
    }
    for logical_id, image in images.items():
        CfnResource(stack, logical_id, type="AWS::EC2::Instance", properties={"ImageId": image})
    app.synth()
    assert _violations(tmp_path) == [
        (
            "W9010",
            "ImageId: Hardcoded AMI ID - use a parameter or mapping for portability",
            ["Images/Literal", "Images/ThisRegion"],
            [["Properties.ImageId"], ["Properties.ImageId"]],
        )
    ]


def test_a_sub_variable_that_names_nothing_is_reported_at_its_property(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "Subs")
    CfnParameter(stack, "Env")
    _topic(stack, "Other")
    text = "${Missing}-${AWS::Region}-${!Literal}-${Other.TopicName}-${Env}-${Given}-${Bad.Attr}"
    _topic(
        stack,
        "Topic",
        {"DisplayName": Fn.sub(text, {"Given": "x"}), "Tags": [{"Key": "k", "Value": Fn.sub("${Nope}")}]},
    )
    app.synth()
    assert _violations(tmp_path) == [
        (
            "F1018",
            f"{where}: Fn::Sub variable '${{{name}}}' does not reference a valid resource, parameter, or pseudo-parameter",
            ["Subs/Topic"],
            [[f"Properties.{where}"]],
        )
        for where, name in (("DisplayName", "Bad.Attr"), ("DisplayName", "Missing"), ("Tags.0.Value", "Nope"))
    ]


def test_acknowledged_findings_are_listed_by_rule_across_the_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(tmp_path, monkeypatch)
    for name in ("B", "A"):
        stack = Stack(app, name)
        _topic(stack, "Keep").add_override("DeletionPolicy", "Retain")
        snap = _topic(stack, "Snap")
        snap.add_override("DeletionPolicy", "Delete")
        snap.add_override("UpdateReplacePolicy", "Snapshot")
        for rule in ("W3011", "F0018"):
            Validations.of(stack).acknowledge(
                Acknowledgment(id=f"CloudFormation-Validate::{rule}", reason="r")
            )
    app.synth()
    suppressed = _report(tmp_path)["pluginReports"][0]["suppressedViolations"]
    assert [(v["ruleName"], v["violatingConstructs"][0]["constructPath"]) for v in suppressed] == [
        ("F0018", "A/Snap"),
        ("F0018", "B/Snap"),
        ("W3011", "A/Keep"),
        ("W3011", "B/Keep"),
    ]


def test_ec2_ids_without_their_format_are_reported_where_the_schema_names_the_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What aws-cdk-lib 2.275.0's validator reports for the same resources (learned by running it).
    app = _app(tmp_path, monkeypatch)
    stack = Stack(app, "S")
    vpc_ids = ["vpc-1234567", "vpc-12345678", "vpc-123456789", "vpc-0123456789abcdef0", "vpc-ABCDEF12"]
    for index, vpc_id in enumerate([*vpc_ids, "vpc-123456789012345678", "{{resolve:ssm:/vpc/id}}"]):
        CfnResource(stack, f"Sg{index}", type="AWS::EC2::SecurityGroup", properties={"VpcId": vpc_id})
    function_properties = {
        "VpcConfig": {"SecurityGroupIds": ["sg-1", "sg-12345678"], "SubnetIds": ["subnet-1"]}
    }
    CfnResource(stack, "Fn", type="AWS::Lambda::Function", properties=function_properties)
    CfnResource(
        stack,
        "Lb",
        type="AWS::ElasticLoadBalancingV2::LoadBalancer",
        properties={"Subnets": ["subnet-x", "subnet-0123abcd"], "SecurityGroups": ["sg-y"]},
    )
    # An instance's security groups may be IDs or names (`anyOf`): not checked.
    CfnResource(
        stack,
        "I",
        type="AWS::EC2::Instance",
        properties={"ImageId": "ami-1", "SubnetId": "subnet-q", "SecurityGroupIds": ["sg-q"]},
    )
    app.synth()
    found = [(rule, text, paths) for rule, text, _, paths in _violations(tmp_path) if rule.startswith("E115")]
    assert found == [
        (
            "E1150",
            "VpcConfig.SecurityGroupIds.0: 'sg-1' does not match format 'AWS::EC2::SecurityGroup.Id'",
            [["Properties.VpcConfig.SecurityGroupIds.0"]],
        ),
        (
            "E1150",
            "SecurityGroups.0: 'sg-y' does not match format 'AWS::EC2::SecurityGroup.Id'",
            [["Properties.SecurityGroups.0"]],
        ),
        ("E1151", "VpcId: 'vpc-1234567' does not match format 'AWS::EC2::VPC.Id'", [["Properties.VpcId"]]),
        ("E1151", "VpcId: 'vpc-ABCDEF12' does not match format 'AWS::EC2::VPC.Id'", [["Properties.VpcId"]]),
        (
            "E1151",
            "VpcId: 'vpc-123456789012345678' does not match format 'AWS::EC2::VPC.Id'",
            [["Properties.VpcId"]],
        ),
        ("E1152", "ImageId: 'ami-1' does not match format 'AWS::EC2::Image.Id'", [["Properties.ImageId"]]),
        (
            "E1154",
            "Subnets.0: 'subnet-x' does not match format 'AWS::EC2::Subnet.Id'",
            [["Properties.Subnets.0"]],
        ),
        (
            "E1154",
            "SubnetId: 'subnet-q' does not match format 'AWS::EC2::Subnet.Id'",
            [["Properties.SubnetId"]],
        ),
    ]
