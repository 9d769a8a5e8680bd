"""The TransformerConfig a log group's transformer renders for some processors."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.assertions import Template


def rendered_config(stack: Stack, processors: Sequence[logs.IProcessor]) -> list[dict[str, Any]]:
    """Add a log group with a transformer of `processors` to `stack`; its rendered `TransformerConfig`."""
    group = logs.LogGroup(stack, f"Group{len(stack.node.children)}")
    group.add_transformer("Transformer", transformer_name="t", transformer_config=processors)
    resource = group.node.find_child("ResourceTransformer")
    body = Template.from_stack(stack).to_json()["Resources"][stack.get_logical_id(resource)]
    config: list[dict[str, Any]] = body["Properties"]["TransformerConfig"]
    return config
