"""Deploy-time rules of functions from Lambda's fixed quotas: memory, timeout, /tmp storage, environment."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Size, Stack, Token
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.core.errors import SynthesisError, ValidationError


def function(stack: Stack, id: str = "Fn", **options: Any) -> Function:
    return Function(
        stack, id, runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x"), **options
    )


@pytest.mark.parametrize("memory_size", [127, 10_241, 32_768])
def test_memory_size_outside_128_to_10240_mb_is_rejected(stack: Stack, memory_size: int) -> None:
    with pytest.raises(ValidationError) as caught:
        function(stack, memory_size=memory_size)
    assert str(caught.value) == f"Test/Fn: memory_size={memory_size!r} is out of range; use 128 to 10240 MB"


@pytest.mark.parametrize("memory_size", [128, 10_240])
def test_memory_size_at_the_limits_is_accepted(stack: Stack, template: Any, memory_size: int) -> None:
    function(stack, memory_size=memory_size)
    (fn,) = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::Lambda::Function"]
    assert fn["Properties"]["MemorySize"] == memory_size


@pytest.mark.parametrize(
    ("timeout", "shown"),
    [
        (Duration.minutes(16), "Duration.minutes(16)"),
        (Duration.seconds(901), "Duration.seconds(901)"),
        (Duration.millis(500), "Duration.millis(500)"),
        (Duration.millis(1500), "Duration.millis(1500)"),
    ],
)
def test_timeout_outside_whole_seconds_up_to_15_minutes_is_rejected(
    stack: Stack, timeout: Duration, shown: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        function(stack, timeout=timeout)
    assert str(caught.value) == (
        f"Test/Fn: timeout={shown} is out of range; use whole seconds from Duration.seconds(1) to "
        "Duration.minutes(15)"
    )


def test_timeout_of_15_minutes_is_accepted(stack: Stack, template: Any) -> None:
    function(stack, timeout=Duration.minutes(15))
    (fn,) = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::Lambda::Function"]
    assert fn["Properties"]["Timeout"] == 900


def test_unresolved_timeout_is_left_to_cloudformation(stack: Stack) -> None:
    fn = function(stack, timeout=Duration.seconds(Token.as_number({"Ref": "Timeout"})))
    assert fn.node.metadata == []


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (Size.mebibytes(511), "Size.mebibytes(511)"),
        (Size.mebibytes(10_241), "Size.mebibytes(10241)"),
        (Size.gibibytes(11), "Size.gibibytes(11)"),
    ],
)
def test_ephemeral_storage_outside_512_to_10240_mib_is_rejected(stack: Stack, size: Size, shown: str) -> None:
    with pytest.raises(ValidationError) as caught:
        function(stack, ephemeral_storage_size=size)
    assert str(caught.value) == (
        f"Test/Fn: ephemeral_storage_size={shown} is out of range; use Size.mebibytes(512) to "
        "Size.mebibytes(10240)"
    )


def test_ephemeral_storage_of_10240_mib_is_accepted(stack: Stack, template: Any) -> None:
    function(stack, ephemeral_storage_size=Size.mebibytes(10_240))
    (fn,) = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::Lambda::Function"]
    assert fn["Properties"]["EphemeralStorage"] == {"Size": 10_240}


def test_reserving_more_than_900_executions_warns(stack: Stack) -> None:
    fn = function(stack, reserved_concurrent_executions=950)
    assert [entry.data for entry in fn.node.metadata] == [
        "reserved_concurrent_executions=950 leaves fewer than 100 unreserved executions under Lambda's default "
        "concurrency quota of 1000 per Region; ask for a quota increase before deploying, or reserve less "
        "[ack: lambda:reserved-concurrency-quota]"
    ]


def test_reserving_900_executions_does_not_warn(stack: Stack) -> None:
    assert function(stack, reserved_concurrent_executions=900).node.metadata == []


def test_environment_over_4_kb_is_reported_at_synth(app: App, stack: Stack) -> None:
    fn = function(stack, environment={"FIRST": "x" * 3000})
    fn.add_environment("SECOND", "y" * 1100)
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    assert str(caught.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Fn: environment is 4124 bytes as Lambda measures it (JSON of names and values); Lambda accepts "
        "at most 4096 bytes (4 KB), move large values to SSM Parameter Store or Secrets Manager"
    )


def test_environment_of_exactly_4_kb_is_accepted(stack: Stack) -> None:
    # {"BIG":"..."} is 10 bytes around the value.
    fn = function(stack, environment={"BIG": "x" * (4096 - 10)})
    assert fn.node.validate() == []


def test_unresolved_environment_values_count_as_empty(stack: Stack) -> None:
    fn = function(stack, environment={"TABLE": Token.as_string({"Ref": "Table"}), "BIG": "x" * 4000})
    assert fn.node.validate() == []
