"""The logical-ID hooks an app's Stack subclass overrides, under their aws_cdk Python names (core/stack.py)."""

from __future__ import annotations

from typing import Any

from apigwv2_integrations import App, CfnElement, CfnParameter, CfnResource, CfnRule, Stack


class Prefixed(Stack):
    def _allocate_logical_id(self, cfn_element: CfnElement) -> str:
        return "Y" + super()._allocate_logical_id(cfn_element)


class Unrelated(Stack):
    # aws_cdk's Python name has the leading underscore: this method is never called.
    def allocate_logical_id(self, cfn_element: CfnElement) -> str:
        return "Never" + cfn_element.node.id


class Wrapped(Stack):
    def get_logical_id(self, element: CfnElement) -> str:
        return "Z" + super().get_logical_id(element)


def test_stack_subclasses_choose_logical_ids_through_the_protected_hook_and_get_logical_id() -> None:
    app = App()
    stacks = [Prefixed(app, "A"), Unrelated(app, "B"), Wrapped(app, "C")]
    for stack in stacks:
        CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    assembly = app.synth()
    resources = [list(assembly.get_stack_by_name(s.stack_name).template["Resources"]) for s in stacks]
    assert resources == [["YTopic"], ["Topic"], ["ZTopic"]]


class ByKind(Stack):
    def _allocate_logical_id(self, cfn_element: CfnElement) -> str:
        if isinstance(cfn_element, (CfnParameter, CfnRule)):
            # What the hook is given for the synthesizer's parameter and rule: an element at its place.
            assert cfn_element.node.path == f"{self.node.path}/{cfn_element.node.id}"
            assert cfn_element.node.id not in [c.node.id for c in self.node.children]
            return type(cfn_element).__name__ + cfn_element.node.id
        return super()._allocate_logical_id(cfn_element)


def _bootstrap_ids(template: dict[str, Any]) -> tuple[list[str], list[str], Any]:
    rule = next(iter(template["Rules"].values()))
    return list(template["Parameters"]), list(template["Rules"]), rule["Assertions"][0]["Assert"]


def test_the_hooks_and_renames_name_the_bootstrap_version_parameter_and_rule_too() -> None:
    app = App()
    stacks = [Prefixed(app, "A"), ByKind(app, "B"), Wrapped(app, "C"), Stack(app, "D")]
    stacks[2].rename_logical_id("BootstrapVersion", "Version")
    stacks[3].rename_logical_id("CheckBootstrapVersion", "Check")
    assembly = app.synth()
    found = [_bootstrap_ids(assembly.get_stack_by_name(s.stack_name).template) for s in stacks]
    expected_parameters = [
        "YBootstrapVersion",
        "CfnParameterBootstrapVersion",
        "ZVersion",
        "BootstrapVersion",
    ]
    expected_rules = [
        "YCheckBootstrapVersion",
        "CfnRuleCheckBootstrapVersion",
        "ZCheckBootstrapVersion",
        "Check",
    ]
    assert [f[0] for f in found] == [[p] for p in expected_parameters]
    assert [f[1] for f in found] == [[r] for r in expected_rules]
    # The rule refers to the parameter by its logical ID.
    assert [f[2]["Fn::Not"][0]["Fn::Contains"][1] for f in found] == [{"Ref": p} for p in expected_parameters]
    assert [c.node.id for c in stacks[1].node.children] == []  # nothing was added to the tree
