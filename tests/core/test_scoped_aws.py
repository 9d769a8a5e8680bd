"""ScopedAws: the pseudo parameters of one stack, exported when another stack reads them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, CfnOutput, Fn, ScopedAws, Stack

Render = Callable[[Stack], dict[str, Any]]


def test_in_its_own_stack_a_scoped_pseudo_parameter_is_a_ref(stack: Stack) -> None:
    scoped = ScopedAws(stack)
    assert stack.resolve(scoped.account_id) == {"Ref": "AWS::AccountId"}
    assert stack.resolve(scoped.url_suffix) == {"Ref": "AWS::URLSuffix"}
    assert stack.resolve(scoped.notification_arns) == {"Ref": "AWS::NotificationARNs"}


def test_read_from_another_stack_it_is_exported(app: App, template: Render) -> None:
    producer = Stack(app, "Producer")
    consumer = Stack(app, "Consumer")
    CfnOutput(consumer, "Name", value=ScopedAws(producer).stack_name)
    assert template(consumer)["Outputs"]["Name"] == {
        "Value": {"Fn::ImportValue": "Producer:ExportsOutputRefAWSStackName947389C5"}
    }
    assert template(producer)["Outputs"]["ExportsOutputRefAWSStackName947389C5"] == {
        "Value": {"Ref": "AWS::StackName"},
        "Export": {"Name": "Producer:ExportsOutputRefAWSStackName947389C5"},
    }
    assert consumer.dependencies == [producer]


def test_the_scope_may_be_any_construct_of_the_stack(stack: Stack) -> None:
    output = CfnOutput(stack, "Region", value=Fn.join("", [ScopedAws(stack).region]))
    assert stack.resolve(ScopedAws(output).region) == {"Ref": "AWS::Region"}
