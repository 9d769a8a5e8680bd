"""Lifecycle dates: datetimes as aws_cdk takes them, written in UTC to the second (aws_s3/rule.py)."""

from __future__ import annotations

import datetime

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_s3 import Bucket, LifecycleRule, StorageClass, Transition


def test_aware_datetimes_are_written_in_utc_and_strings_as_given() -> None:
    stack = Stack(App(), "S")
    Bucket(
        stack,
        "Bucket",
        lifecycle_rules=[
            LifecycleRule(
                expiration_date=datetime.datetime(2030, 1, 2, 3, 4, 5, 500000, tzinfo=datetime.timezone.utc),
                transitions=[
                    Transition(
                        storage_class=StorageClass.GLACIER,
                        transition_date=datetime.datetime(
                            2029, 6, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
                        ),
                    )
                ],
            ),
            LifecycleRule(expiration_date="2031-01-01T00:00:00Z"),
        ],
    )
    rules = Template.from_stack(stack).to_json()["Resources"]["Bucket83908E77"]["Properties"][
        "LifecycleConfiguration"
    ]["Rules"]
    assert rules[0]["ExpirationDate"] == "2030-01-02T03:04:05Z"
    assert rules[0]["Transitions"] == [{"StorageClass": "GLACIER", "TransitionDate": "2029-05-31T22:00:00Z"}]
    assert rules[1]["ExpirationDate"] == "2031-01-01T00:00:00Z"


def test_a_datetime_without_a_time_zone_is_refused() -> None:
    with pytest.raises(
        TypeError, match=r"S/Bucket: lifecycle_rules\[0\]\.expiration_date=.* has no time zone"
    ):
        Bucket(
            Stack(App(), "S"),
            "Bucket",
            lifecycle_rules=[LifecycleRule(expiration_date=datetime.datetime(2030, 1, 2))],
        )
