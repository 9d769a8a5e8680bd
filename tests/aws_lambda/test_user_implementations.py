"""App classes that implement Lambda interfaces or override Function methods, called as aws_cdk calls them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_events import Rule, Schedule
from apigwv2_integrations.aws_events_targets import LambdaFunction
from apigwv2_integrations.aws_lambda import (
    Code,
    DestinationConfig,
    DestinationOptions,
    DestinationType,
    Function,
    IFunction,
    Permission,
    Runtime,
)
from apigwv2_integrations.aws_lambda_event_sources import SqsEventSource
from apigwv2_integrations.aws_sqs import Queue
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_ARN = "arn:aws:sqs:us-east-1:123456789012:"


def _function(stack: Stack, cls: type[Function] = Function, **options: Any) -> Function:
    return cls(stack, "F", runtime=Runtime.PYTHON_3_12, handler="i.h", code=Code.from_inline("x"), **options)


class _OptionsObjectDestination:
    def bind(self, scope: Any, fn: IFunction, options: DestinationOptions) -> DestinationConfig:
        return DestinationConfig(destination=_ARN + options.type.name)


class _DictDestination:
    def bind(self, scope: Any, fn: IFunction, *, type: DestinationType) -> dict[str, str]:  # noqa: A002
        return {"destination": _ARN + "dict"}


class _NoConfigDestination:
    def bind(self, scope: Any, fn: IFunction, *, type: DestinationType) -> None:  # noqa: A002
        return None


def test_destination_bind_taking_an_options_object_gets_destination_options(
    stack: Stack, template: Render
) -> None:
    _function(stack).configure_async_invoke(
        on_failure=_OptionsObjectDestination(), on_success=_OptionsObjectDestination()
    )
    (config,) = resources_of_type(template(stack), "AWS::Lambda::EventInvokeConfig").values()
    assert config["Properties"]["DestinationConfig"] == {
        "OnFailure": {"Destination": _ARN + "FAILURE"},
        "OnSuccess": {"Destination": _ARN + "SUCCESS"},
    }


def test_destination_bind_may_return_a_dict(stack: Stack, template: Render) -> None:
    _function(stack).configure_async_invoke(on_failure=_DictDestination())
    (config,) = resources_of_type(template(stack), "AWS::Lambda::EventInvokeConfig").values()
    assert config["Properties"]["DestinationConfig"] == {"OnFailure": {"Destination": _ARN + "dict"}}


def test_destination_bind_returning_nothing_is_a_type_error(stack: Stack) -> None:
    function = _function(stack)
    with pytest.raises(TypeError) as error:
        function.configure_async_invoke(on_failure=_NoConfigDestination())
    assert str(error.value) == (
        "Test/F/EventInvokeConfig: _NoConfigDestination.bind() returned None; "
        "return a DestinationConfig(destination=<the ARN>)"
    )


class _PermissionObjectFunction(Function):
    seen: list[Permission]

    def add_permission(self, id: str, permission: Permission) -> None:  # type: ignore[override]
        self.seen = [*getattr(self, "seen", []), permission]
        super().add_permission(
            id, principal=permission.principal, action=permission.action, source_arn=permission.source_arn
        )


def test_add_permission_override_taking_a_permission_gets_one(stack: Stack, template: Render) -> None:
    function = _function(stack, _PermissionObjectFunction)
    Rule(stack, "R", schedule=Schedule.rate(Duration.minutes(5))).add_target(LambdaFunction(function))
    assert [p.action for p in function.seen] == ["lambda:InvokeFunction"]
    (permission,) = resources_of_type(template(stack), "AWS::Lambda::Permission").values()
    assert permission["Properties"]["Principal"] == "events.amazonaws.com"


class _MappingOptionsFunction(Function):
    def add_event_source_mapping(self, id: str, options: Any) -> Any:  # type: ignore[override]
        return super().add_event_source_mapping(
            id, event_source_arn=options.event_source_arn, batch_size=options.batch_size
        )


def test_add_event_source_mapping_override_taking_options_gets_them(stack: Stack, template: Render) -> None:
    _function(stack, _MappingOptionsFunction).add_event_source(
        SqsEventSource(Queue(stack, "Q"), batch_size=5)
    )
    (mapping,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping").values()
    assert mapping["Properties"]["BatchSize"] == 5


class _AsyncOverrideFunction(Function):
    calls = 0

    def configure_async_invoke(self, options: Any) -> None:  # type: ignore[override]
        type(self).calls += 1


def test_constructor_async_options_bypass_a_configure_async_invoke_override(
    stack: Stack, template: Render
) -> None:
    _function(stack, _AsyncOverrideFunction, retry_attempts=1)
    assert _AsyncOverrideFunction.calls == 0
    (config,) = resources_of_type(template(stack), "AWS::Lambda::EventInvokeConfig").values()
    assert config["Properties"]["MaximumRetryAttempts"] == 1
