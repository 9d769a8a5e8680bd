"""Resource: environment, ownership checks, removal policy and reference strength (core/resource.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Construct, ReferenceStrength, Resource, Stack, ValidationError
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.cfn.aws_sqs import CfnQueue


def test_is_resource_takes_the_construct_keyword(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    assert Resource.is_resource(construct=queue)
    assert Resource.is_owned_resource(construct=queue)
    assert not Resource.is_resource(construct=Construct(stack, "Plain"))


def test_an_imported_resource_is_not_owned(stack: Stack) -> None:
    imported = Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:111111111111:q")
    assert Resource.is_resource(imported)
    assert not Resource.is_owned_resource(imported)


def test_reference_strength_goes_to_the_default_child(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    queue.apply_cross_stack_reference_strength(ReferenceStrength.WEAK)
    default_child = queue.node.default_child
    assert isinstance(default_child, CfnQueue)
    assert default_child._cross_stack_reference_strength is ReferenceStrength.WEAK


def test_reference_strength_needs_a_cfn_resource_default_child(stack: Stack) -> None:
    imported = Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:111111111111:q")
    with pytest.raises(ValidationError) as error:
        imported.apply_cross_stack_reference_strength(ReferenceStrength.WEAK)
    assert str(error.value) == (
        "Test/Imported: cannot apply_cross_stack_reference_strength(ReferenceStrength.WEAK): it has no "
        "CfnResource default child; apply it to the CfnResource itself"
    )
