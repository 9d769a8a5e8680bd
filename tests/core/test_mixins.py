"""Mixins.of(scope, selector).apply(...), Mixin and ConstructSelector (core/mixins.py).

The selections below are those aws-cdk-lib 2.275.0 makes for the same tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import (
    Construct,
    ConstructSelector,
    IConstruct,
    IConstructSelector,
    Mixin,
    Mixins,
    Stack,
    ValidationError,
)
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.cfn.aws_sqs import CfnQueue

Render = Callable[[Stack], dict[str, Any]]


class _Delay:
    """A mixin that is not a Mixin subclass: supports queues only."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds

    def supports(self, construct: IConstruct) -> bool:
        return isinstance(construct, CfnQueue)

    def apply_to(self, construct: IConstruct) -> None:
        assert isinstance(construct, CfnQueue)
        construct.delay_seconds = self.seconds


class _Retention(Mixin):
    def apply_to(self, construct: IConstruct) -> None:
        if isinstance(construct, CfnQueue):
            construct.message_retention_period = 600


@pytest.fixture
def tree(stack: Stack) -> Construct:
    group = Construct(stack, "Group")
    Queue(group, "Delayed")
    Queue(group, "DelayedToo")
    CfnQueue(stack, "Top")
    Queue(stack, "Other")
    return group


@pytest.mark.parametrize(
    ("selector", "paths"),
    [
        (
            ConstructSelector.resources_of_type("AWS::SQS::Queue"),
            ["Group/Delayed/Resource", "Group/DelayedToo/Resource", "Top", "Other/Resource"],
        ),
        (ConstructSelector.by_id("Delayed*"), ["Group/Delayed", "Group/DelayedToo"]),
        (
            ConstructSelector.by_path("**/Resource"),
            ["Group/Delayed/Resource", "Group/DelayedToo/Resource", "Other/Resource"],
        ),
        (ConstructSelector.by_path("Test/*/Delayed/{Resource,Policy}"), ["Group/Delayed/Resource"]),
        (
            ConstructSelector.by_path("**/Group/**"),
            ["Group/Delayed", "Group/Delayed/Resource", "Group/DelayedToo", "Group/DelayedToo/Resource"],
        ),
        (ConstructSelector.by_path("Test/*"), ["Group", "Top", "Other"]),
    ],
    ids=["resources_of_type", "by_id", "by_path_any_depth", "by_path_alternatives", "by_path_below", "star"],
)
def test_selectors_choose_what_aws_cdk_lib_chooses(
    stack: Stack, tree: Construct, selector: IConstructSelector, paths: list[str]
) -> None:
    selected = Mixins.of(stack, selector).selected_constructs
    assert [c.node.path for c in selected] == [f"Test/{p}" for p in paths]


def test_scope_selectors(stack: Stack, tree: Construct) -> None:
    assert Mixins.of(tree, ConstructSelector.cfn_resource()).selected_constructs == []
    assert Mixins.of(tree, ConstructSelector.only_itself()).selected_constructs == [tree]
    queue = stack.node.find_child("Other")
    assert Mixins.of(queue, ConstructSelector.cfn_resource()).selected_constructs == [
        queue.node.default_child
    ]
    assert len(Mixins.of(stack).selected_constructs) == len(stack.node.find_all())


def test_apply_reports_each_application_and_renders(stack: Stack, tree: Construct, template: Render) -> None:
    applicator = Mixins.of(stack, ConstructSelector.resources_of_type("AWS::SQS::Queue"))
    applicator.apply(_Delay(4), _Retention())
    assert [(a.construct.node.path, type(a.mixin).__name__) for a in applicator.report][:2] == [
        ("Test/Group/Delayed/Resource", "_Delay"),
        ("Test/Group/DelayedToo/Resource", "_Delay"),
    ]
    assert len(applicator.report) == 8
    properties = template(stack)["Resources"]["Top"]["Properties"]
    assert properties == {"DelaySeconds": 4, "MessageRetentionPeriod": 600}
    assert Mixin.is_mixin(_Retention()) and not Mixin.is_mixin(_Delay(1))


def test_require_all_fails_on_a_construct_a_mixin_does_not_support(stack: Stack, tree: Construct) -> None:
    with pytest.raises(ValidationError) as error:
        Mixins.of(tree).require_all().apply(_Delay(1))
    assert str(error.value) == (
        "Test/Group: mixin _Delay does not support 'Test/Group' (Construct); require_all() asks every "
        "selected construct to take every mixin, so choose the constructs with a selector"
    )


def test_require_any_fails_when_nothing_applies(tree: Construct) -> None:
    with pytest.raises(ValidationError) as error:
        Mixins.of(tree, ConstructSelector.only_itself()).require_any().apply(_Delay(1))
    assert str(error.value) == (
        "Test/Group: none of the mixins applies to any selected construct; require_any() asks for at least "
        "one application, so check the selector and the mixins' supports()"
    )
