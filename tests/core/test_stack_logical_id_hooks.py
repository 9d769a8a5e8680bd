"""The logical-ID hooks an app's Stack subclass overrides, under their aws_cdk Python names (core/stack.py)."""

from __future__ import annotations

from apigwv2_integrations import App, CfnElement, CfnResource, Stack


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
