"""Reference strength per resource and per consuming scope (core/cross_stack_reference_strength.py and
its use in core/cfn_reference.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    CfnOutput,
    Construct,
    CrossStackReferences,
    Environment,
    ReferenceStrength,
    Stack,
    ValidationError,
)
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.cfn.aws_sqs import CfnQueue

Render = Callable[[Stack], dict[str, Any]]


def test_consume_sets_the_context_key_on_the_scope(app: App) -> None:
    consumer = Stack(app, "Consumer")
    CrossStackReferences.of(consumer).consume(ReferenceStrength.BOTH)
    assert consumer.node.try_get_context("@aws-cdk/core:defaultCrossStackReferences") == "both"


def test_produce_accepts_a_cfn_resource_itself(stack: Stack) -> None:
    queue = CfnQueue(stack, "Queue")
    CrossStackReferences.of(queue).produce(ReferenceStrength.STRONG)
    assert queue._cross_stack_reference_strength is ReferenceStrength.STRONG


def test_produce_needs_a_cfn_resource(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        CrossStackReferences.of(Construct(stack, "Plain")).produce(ReferenceStrength.WEAK)
    assert str(error.value) == (
        "Test/Plain: cannot set a produced reference strength: it is not a CfnResource and has no "
        "CfnResource default child; call CrossStackReferences.of() on the resource itself"
    )


def test_a_resource_strength_wins_over_the_consumer_context(app: App, template: Render) -> None:
    producer = Stack(app, "Producer")
    weak = CfnQueue(producer, "Weak")
    weak.apply_cross_stack_reference_strength(ReferenceStrength.WEAK)
    strong = CfnQueue(producer, "Strong")
    strong.apply_cross_stack_reference_strength(ReferenceStrength.STRONG)
    consumer = Stack(app, "Consumer")
    CrossStackReferences.of(consumer).consume(ReferenceStrength.WEAK)
    CfnOutput(consumer, "WeakArn", value=weak.attr_arn)
    CfnOutput(consumer, "StrongArn", value=strong.attr_arn)
    outputs = template(consumer)["Outputs"]
    assert outputs["WeakArn"]["Value"] == {
        "Fn::GetStackOutput": {
            "StackName": "Producer",
            "Region": {"Ref": "AWS::Region"},
            "OutputName": "PublishOutputFnGetAttWeakArnEA0D9E0C",
        }
    }
    assert outputs["StrongArn"]["Value"] == {
        "Fn::ImportValue": "Producer:ExportsOutputFnGetAttStrongArnA93A8710"
    }


def test_a_weak_resource_can_be_read_from_another_region_of_its_account(app: App, template: Render) -> None:
    producer = Stack(app, "Producer", env=Environment(account="111111111111", region="us-east-1"))
    queue = CfnQueue(producer, "Queue")
    queue.apply_cross_stack_reference_strength(ReferenceStrength.WEAK)
    consumer = Stack(app, "Consumer", env=Environment(account="111111111111", region="eu-west-1"))
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    assert template(consumer)["Outputs"]["Arn"]["Value"]["Fn::GetStackOutput"]["Region"] == "us-east-1"


def test_a_strong_resource_is_read_from_another_region_through_ssm(app: App, template: Render) -> None:
    producer = Stack(app, "Producer", env=Environment(account="111111111111", region="us-east-1"))
    queue = CfnQueue(producer, "Queue")
    consumer = Stack(app, "Consumer", env=Environment(account="111111111111", region="eu-west-1"))
    CrossStackReferences.of(consumer).consume(ReferenceStrength.WEAK)
    queue.apply_cross_stack_reference_strength(ReferenceStrength.STRONG)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    assert template(consumer)["Outputs"]["Arn"]["Value"] == {
        "Fn::GetAtt": [
            "ExportsReader8B249524",
            "/cdk/exports/Consumer/Produceruseast1FnGetAttQueueArn5ACA2B43",
        ]
    }


def test_consume_reference_accepts_the_attribute_of_an_l2_resource(app: App, template: Render) -> None:
    producer = Stack(app, "Producer")
    queue = Queue(producer, "Queue")
    consumer = Stack(app, "Consumer")
    CfnOutput(consumer, "Arn", value=Stack.consume_reference(queue.queue_arn, ReferenceStrength.WEAK))
    assert "Fn::GetStackOutput" in template(consumer)["Outputs"]["Arn"]["Value"]


def test_consume_reference_reads_its_own_stack_locally(app: App, template: Render) -> None:
    stack = Stack(app, "Only")
    queue = CfnQueue(stack, "Queue")
    CfnOutput(stack, "Arn", value=Stack.consume_reference(queue.attr_arn))
    assert template(stack)["Outputs"]["Arn"]["Value"] == {"Fn::GetAtt": ["Queue", "Arn"]}


def test_consume_reference_needs_a_resource_attribute() -> None:
    with pytest.raises(ValueError) as error:
        Stack.consume_reference("arn:aws:sqs:us-east-1:111111111111:q")
    assert str(error.value) == (
        "Stack.consume_reference: value='arn:aws:sqs:us-east-1:111111111111:q' is not a resource "
        "attribute; pass one, like bucket.bucket_arn"
    )
