"""RemovalPolicies and MissingRemovalPolicies: removal policies set by aspect, by type and priority."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import (
    App,
    CfnDeletionPolicy,
    CfnResource,
    Construct,
    MissingRemovalPolicies,
    RemovalPolicies,
    RemovalPolicy,
    Stack,
)

Render = Callable[[Stack], dict[str, Any]]


def _policies(stack: Stack, template: Render) -> dict[str, tuple[str | None, str | None]]:
    resources = template(stack)["Resources"]
    return {
        name: (resource.get("DeletionPolicy"), resource.get("UpdateReplacePolicy"))
        for name, resource in resources.items()
    }


def test_removal_policies_replace_existing_policies_on_selected_types(stack: Stack, template: Render) -> None:
    queue = CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    queue.apply_removal_policy(RemovalPolicy.RETAIN)
    CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    RemovalPolicies.of(stack).destroy(exclude_resource_types=["AWS::SNS::Topic"])
    assert _policies(stack, template) == {"Queue": ("Delete", "Delete"), "Topic": (None, None)}


def test_apply_to_resource_types_limits_the_policy(stack: Stack, template: Render) -> None:
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    CfnResource(stack, "Topic", type="AWS::SNS::Topic")
    RemovalPolicies.of(stack).retain(apply_to_resource_types=["AWS::SNS::Topic"])
    assert _policies(stack, template) == {"Queue": (None, None), "Topic": ("Retain", "Retain")}


def test_missing_removal_policies_skip_resources_with_either_policy(stack: Stack, template: Render) -> None:
    CfnResource(stack, "Bare", type="AWS::SQS::Queue")
    CfnResource(stack, "Kept", type="AWS::SQS::Queue").apply_removal_policy(RemovalPolicy.DESTROY)
    replace_only = CfnResource(stack, "ReplaceOnly", type="AWS::SQS::Queue")
    replace_only.cfn_options.update_replace_policy = CfnDeletionPolicy.RETAIN
    MissingRemovalPolicies.of(stack).retain_on_update_or_delete()
    assert _policies(stack, template) == {
        "Bare": ("RetainExceptOnCreate", "Retain"),
        "Kept": ("Delete", "Delete"),
        "ReplaceOnly": (None, "Retain"),
    }


def test_the_aspect_of_highest_priority_runs_last_and_wins(stack: Stack, template: Render) -> None:
    CfnResource(stack, "Volume", type="AWS::EC2::Volume")
    RemovalPolicies.of(stack).retain(priority=300)
    RemovalPolicies.of(stack).snapshot()  # default priority 500 without the aspect priority flag
    RemovalPolicies.of(stack).destroy(priority=100)
    assert _policies(stack, template) == {"Volume": ("Snapshot", "Snapshot")}


def test_removal_policies_are_mutating_under_the_aspect_priority_flag(
    tmp_path: Any, template: Render
) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/core:aspectPrioritiesMutating": True})
    stack = Stack(app, "Test")
    CfnResource(stack, "Volume", type="AWS::EC2::Volume")
    RemovalPolicies.of(stack).retain(priority=300)
    RemovalPolicies.of(stack).snapshot()  # priority 200 under the flag, so retain runs after it
    assert _policies(stack, template) == {"Volume": ("Retain", "Retain")}


def test_missing_removal_policies_are_mutating_so_default_priority_aspects_run_after_them(
    stack: Stack, template: Render
) -> None:
    group = Construct(stack, "Group")
    CfnResource(group, "Queue", type="AWS::SQS::Queue")
    MissingRemovalPolicies.of(stack).retain()
    RemovalPolicies.of(group).destroy()
    assert _policies(stack, template) == {"GroupQueue4AD70803": ("Delete", "Delete")}


def test_missing_removal_policies_with_a_priority_warn(app: App, stack: Stack) -> None:
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    MissingRemovalPolicies.of(stack).destroy(priority=10)
    assert app.synth().warnings == [
        (
            "Test",
            "Applying a MissingRemovalPolicy with `priority` can lead to unexpected behavior since it only "
            "applies to resources without existing policies. Please refer to the documentation for more "
            "details. [ack: Warning MissingRemovalPolicies with priority in Test]",
        )
    ]
