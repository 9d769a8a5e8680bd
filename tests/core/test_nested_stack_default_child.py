"""A NestedStack's default child is the AWS::CloudFormation::Stack resource that deploys it
(core/nested_stack.py)."""

from __future__ import annotations

from apigwv2_integrations import CfnResource, Fn, NestedStack, Stack


def test_the_default_child_is_the_stack_resource_with_its_template_url(stack: Stack) -> None:
    nested = NestedStack(stack, "Inner")
    resource = nested.node.default_child
    assert isinstance(resource, CfnResource)
    assert resource is nested.nested_stack_resource
    url = stack.resolve(Fn.select(3, Fn.split("/", resource.template_url)))  # type: ignore[attr-defined]
    assert url["Fn::Select"][0] == 3
