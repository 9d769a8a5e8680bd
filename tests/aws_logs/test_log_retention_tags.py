"""`Tags.of(...)` reaches the function behind Custom::LogRetention, as in aws-cdk-lib, whose handler
construct has a tag manager of its own.

The whole output is compared with aws-cdk-lib's in the parity case `handler-tags`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack, Tags
from apigwv2_integrations.aws_logs import LogRetention, RetentionDays
from tests.aws_logs.test_log_retention import HANDLER

Render = Callable[[Stack], dict[str, Any]]


def test_stack_tags_reach_the_log_retention_handler_last_and_sorted(stack: Stack, template: Render) -> None:
    LogRetention(stack, "Audit", log_group_name="/audit", retention=RetentionDays.ONE_DAY)
    Tags.of(stack).add("team", "data")
    Tags.of(stack).add("cost-center", "42", include_resource_types=["AWS::Lambda::Function"])
    Tags.of(stack).add("roles-only", "yes", include_resource_types=["AWS::IAM::Role"])

    properties = template(stack)["Resources"][HANDLER]["Properties"]

    assert list(properties)[-1] == "Tags"
    assert properties["Tags"] == [{"Key": "cost-center", "Value": "42"}, {"Key": "team", "Value": "data"}]


def test_an_untagged_log_retention_handler_has_no_tags_property(stack: Stack, template: Render) -> None:
    LogRetention(stack, "Audit", log_group_name="/audit", retention=RetentionDays.ONE_DAY)

    assert "Tags" not in template(stack)["Resources"][HANDLER]["Properties"]
