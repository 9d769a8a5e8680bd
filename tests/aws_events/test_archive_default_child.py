"""An archive's CfnArchive is its default child, so escape hatches on `node.default_child` reach it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_events as events

Render = Callable[[Stack], dict[str, Any]]


def _archive(stack: Stack) -> events.Archive:
    bus = events.EventBus(stack, "Bus")
    return events.Archive(
        stack, "Archive", source_event_bus=bus, event_pattern=events.EventPattern(source=["a"])
    )


def test_archive_default_child_is_its_cfn_archive(stack: Stack) -> None:
    child = _archive(stack).node.default_child
    assert isinstance(child, events.CfnArchive)
    assert child.node.path == "Test/Archive/Archive"


def test_archive_retention_can_be_overridden_through_default_child(stack: Stack, template: Render) -> None:
    child = _archive(stack).node.default_child
    assert isinstance(child, events.CfnArchive)
    child.add_property_override("RetentionDays", 7)
    properties = template(stack)["Resources"]["Archive4DBC1EC9"]["Properties"]
    assert properties["RetentionDays"] == 7
