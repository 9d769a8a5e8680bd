"""EventInvokeConfig: asynchronous invocation options on functions, versions and aliases."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack, Token, ValidationError
from apigwv2_integrations.aws_lambda import (
    Alias,
    Code,
    DestinationConfig,
    DestinationType,
    EventInvokeConfig,
    EventInvokeConfigProps,
    Function,
    Runtime,
    Version,
    VersionProps,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _ArnDestination:
    def __init__(self, arn: str) -> None:
        self.arn = arn
        self.bound: list[DestinationType] = []

    def bind(self, scope: Any, fn: Any, *, type: DestinationType) -> DestinationConfig:  # noqa: A002
        self.bound.append(type)
        return DestinationConfig(destination=self.arn)


def _function(stack: Stack, **options: Any) -> Function:
    return Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("x"),
        **options,
    )


def _configs(stack: Stack, template: Render) -> dict[str, Any]:
    return resources_of_type(template(stack), "AWS::Lambda::EventInvokeConfig")


@pytest.mark.parametrize(
    ("construct", "props"), [(EventInvokeConfig, EventInvokeConfigProps), (Version, VersionProps)]
)
def test_constructor_keywords_match_props(construct: type, props: type) -> None:
    keywords = [
        p for p in inspect.signature(construct.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(props))


def test_function_options_create_a_config_on_latest(stack: Stack, template: Render) -> None:
    _function(stack, retry_attempts=0, max_event_age=Duration.minutes(2))
    assert _configs(stack, template) == {
        "FnEventInvokeConfig6834F094": {
            "Type": "AWS::Lambda::EventInvokeConfig",
            "Properties": {
                "FunctionName": {"Ref": "Fn9270CBC0"},
                "MaximumEventAgeInSeconds": 120,
                "MaximumRetryAttempts": 0,
                "Qualifier": "$LATEST",
            },
        }
    }


def test_destinations_are_bound_with_their_type(stack: Stack, template: Render) -> None:
    success = _ArnDestination("arn:aws:sqs:us-east-1:123456789012:ok")
    failure = _ArnDestination("arn:aws:sqs:us-east-1:123456789012:bad")
    _function(stack, on_success=success, on_failure=failure)
    (config,) = _configs(stack, template).values()
    assert config["Properties"]["DestinationConfig"] == {
        "OnFailure": {"Destination": "arn:aws:sqs:us-east-1:123456789012:bad"},
        "OnSuccess": {"Destination": "arn:aws:sqs:us-east-1:123456789012:ok"},
    }
    assert (success.bound, failure.bound) == ([DestinationType.SUCCESS], [DestinationType.FAILURE])


def test_version_and_alias_configs_use_their_qualifier(stack: Stack, template: Render) -> None:
    function = _function(stack)
    version = Version(stack, "V1", lambda_=function, retry_attempts=1)
    Alias(stack, "Live", alias_name="live", version=version, max_event_age=Duration.hours(1))
    configs = _configs(stack, template)
    assert configs["V1EventInvokeConfigFA1F889C"]["Properties"]["Qualifier"] == {
        "Fn::GetAtt": ["V108D1B095", "Version"]
    }
    # aws-cdk-lib takes an alias's qualifier from its ARN.
    assert configs["LiveEventInvokeConfigF14D3F8E"]["Properties"]["Qualifier"] == {
        "Fn::Select": [7, {"Fn::Split": [":", {"Ref": "Live848578DF"}]}]
    }


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"retry_attempts": 3}, "retry_attempts=3 is out of range; use 0 to 2"),
        ({"retry_attempts": -1}, "retry_attempts=-1 is out of range; use 0 to 2"),
        (
            {"max_event_age": Duration.seconds(59)},
            "max_event_age=Duration.seconds(59) is out of range; use 60 seconds to 6 hours (21600 seconds)",
        ),
        (
            {"max_event_age": Duration.hours(7)},
            "max_event_age=Duration.hours(7) is out of range; use 60 seconds to 6 hours (21600 seconds)",
        ),
    ],
)
def test_ranges_are_checked(stack: Stack, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, **options)
    assert str(error.value) == f"Test/Fn/EventInvokeConfig: {message}"


def test_unresolved_retry_attempts_are_not_checked(stack: Stack, template: Render) -> None:
    _function(stack, retry_attempts=Token.as_number({"Ref": "Retries"}))
    (config,) = _configs(stack, template).values()
    assert config["Properties"]["MaximumRetryAttempts"] == {"Ref": "Retries"}


def test_async_invoke_is_configured_once(stack: Stack) -> None:
    function = _function(stack, retry_attempts=1)
    with pytest.raises(ValidationError) as error:
        function.configure_async_invoke(retry_attempts=2)
    assert str(error.value) == (
        "Test/Fn: configure_async_invoke: asynchronous invocation is already configured (by an earlier call "
        "or by max_event_age, on_failure, on_success or retry_attempts); pass every option in one place"
    )


def test_current_version_options_configure_the_version(stack: Stack, template: Render) -> None:
    function = _function(stack, current_version_options={"retry_attempts": 1})
    with pytest.raises(ValidationError) as error:
        function.current_version.configure_async_invoke(retry_attempts=2)
    assert str(error.value).startswith("Test/Fn/CurrentVersion: configure_async_invoke: ")
    (config,) = _configs(stack, template).values()
    assert config["Properties"]["MaximumRetryAttempts"] == 1
