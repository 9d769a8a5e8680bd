"""Archive retention: whole days, or an error that names the archive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def test_archive_retention_in_hours_that_make_whole_days_is_accepted(stack: Stack, template: Render) -> None:
    bus = events.EventBus(stack, "Bus")
    bus.archive("Kept", event_pattern=events.EventPattern(source=["a"]), retention=Duration.hours(48))
    (archive,) = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::Events::Archive"]
    assert archive["Properties"]["RetentionDays"] == 2


def test_archive_retention_that_is_not_whole_days_names_the_archive(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    with pytest.raises(ValidationError) as error:
        bus.archive("Kept", event_pattern=events.EventPattern(source=["a"]), retention=Duration.hours(5))
    assert str(error.value) == (
        "Test/Bus/Kept: retention=Duration.hours(5) is not a whole number of days; use Duration.days(...)"
    )
