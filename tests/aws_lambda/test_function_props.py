"""Function props that only render properties: runtime management, tenancy, durable execution, code signing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def function(stack: Stack, **props: Any) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.PYTHON_3_13,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c):\n    return 1\n"),
        **props,
    )


def test_rendered_props(stack: Stack, template: Render) -> None:
    function(
        stack,
        runtime_management_mode=lambda_.RuntimeManagementMode.manual("arn:aws:lambda:us-east-1::runtime:x"),
        tenancy_config=lambda_.TenancyConfig.PER_TENANT,
        code_signing_config=lambda_.CfnCodeSigningConfig(
            stack,
            "Signing",
            allowed_publishers=lambda_.CfnCodeSigningConfig.AllowedPublishersProperty(
                signing_profile_version_arns=["arn:aws:signer:us-east-1:111111111111:/signing-profiles/p/v1"]
            ),
        ),
    )
    properties = template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert properties["RuntimeManagementConfig"] == {
        "RuntimeVersionArn": "arn:aws:lambda:us-east-1::runtime:x",
        "UpdateRuntimeOn": "Manual",
    }
    assert properties["TenancyConfig"] == {"TenantIsolationMode": "PER_TENANT"}
    assert properties["CodeSigningConfigArn"] == {"Ref": "Signing"}


def test_durable_execution_timeout_is_bounded(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        function(stack, durable_config=lambda_.DurableConfig(execution_timeout=Duration.days(400)))
    assert str(error.value) == (
        "Test/Fn: durable_config.execution_timeout=Duration.days(400) is out of range; use 1 second to 366 days"
    )


def test_durable_retention_is_bounded(stack: Stack) -> None:
    config = lambda_.DurableConfig(execution_timeout=Duration.hours(1), retention_period=Duration.days(91))
    with pytest.raises(ValidationError) as error:
        function(stack, durable_config=config)
    assert str(error.value) == (
        "Test/Fn: durable_config.retention_period=Duration.days(91) is out of range; use 1 to 90 days"
    )
