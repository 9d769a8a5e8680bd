"""A lifecycle date without a time zone is a TypeError at the call that adds its rule (aws_s3/bucket.py)."""

from __future__ import annotations

import datetime

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_s3 import Bucket, StorageClass, Transition


def test_add_lifecycle_rule_refuses_a_naive_transition_date(stack: Stack) -> None:
    bucket = Bucket(stack, "Data")
    bucket.add_lifecycle_rule(expiration=Duration.days(1))
    with pytest.raises(TypeError) as error:
        bucket.add_lifecycle_rule(
            transitions=[
                Transition(storage_class=StorageClass.GLACIER, transition_date=datetime.datetime(2030, 1, 1))
            ]
        )
    assert str(error.value) == (
        "Test/Data: lifecycle_rules[1].transitions[0].transition_date=datetime.datetime(2030, 1, 1, 0, 0) "
        "has no time zone; pass an aware datetime, e.g. datetime(2030, 1, 1, tzinfo=timezone.utc)"
    )
