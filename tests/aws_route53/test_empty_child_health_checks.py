"""A calculated health check given an empty list of children writes it, as aws-cdk-lib does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_route53 import HealthCheck, HealthCheckType
from tests.conftest import resources_of_type


def test_an_empty_child_health_checks_list_is_written(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    HealthCheck(stack, "Check", type=HealthCheckType.CALCULATED, child_health_checks=[])
    (check,) = resources_of_type(template(stack), "AWS::Route53::HealthCheck").values()
    assert check["Properties"]["HealthCheckConfig"]["ChildHealthChecks"] == []
