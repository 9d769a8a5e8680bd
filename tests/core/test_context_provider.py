"""ContextProvider: context keys, the lookups listed as missing, and lookups the CLI could not make."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from apigwv2_integrations import App, CfnParameter, ContextProvider, Environment, Stack, ValidationError
from apigwv2_integrations.core.errors import ArgumentTypeError

_ENV = Environment(account="123456789012", region="us-east-1")


def _stack(context: dict[str, Any] | None = None) -> Stack:
    return Stack(App(context=context), "Lookups", env=_ENV)


def test_the_key_is_the_provider_and_the_sorted_flattened_properties() -> None:
    found = ContextProvider.get_key(
        _stack(),
        provider="ssm",
        props={"parameterName": "x", "nested": {"b": 1, "a": [True, "y"]}, "unset": None},
        additional_cache_key="extra",
    )
    assert found.key == (
        "ssm:account=123456789012:additionalCacheKey=extra:nested.a.0=true:nested.a.1=y:nested.b=1:"
        "parameterName=x:region=us-east-1"
    )
    # Unset properties are left out; the account and region come first.
    assert found.props == {
        "account": "123456789012",
        "region": "us-east-1",
        "parameterName": "x",
        "nested": {"b": 1, "a": [True, "y"]},
    }


def test_without_the_environment_the_stack_may_be_agnostic() -> None:
    stack = Stack(App(), "Agnostic")
    assert (
        ContextProvider.get_key(stack, provider="p", props={"a": 1}, include_environment=False).key == "p:a=1"
    )
    with pytest.raises(
        ValidationError, match=r"^Agnostic: the lookup from context provider 'p' needs the stack"
    ):
        ContextProvider.get_key(stack, provider="p")


def test_a_missing_value_returns_the_dummy_and_is_reported_with_it() -> None:
    stack = _stack()
    result = ContextProvider.get_value(
        stack, provider="ssm", props={"parameterName": "x"}, dummy_value="d", must_exist=False
    )
    assert result.value == "d"
    assert stack._missing_context == [
        {
            "key": "ssm:account=123456789012:parameterName=x:region=us-east-1",
            "provider": "ssm",
            "props": {
                "dummyValue": "d",
                "ignoreErrorOnMissingContext": True,
                "account": "123456789012",
                "region": "us-east-1",
                "parameterName": "x",
            },
        }
    ]


def test_a_value_in_context_is_returned_and_a_provider_error_is_an_error_unless_ignored() -> None:
    key = "ssm:account=123456789012:parameterName={}:region=us-east-1"
    stack = _stack(
        {
            key.format("there"): "real",
            key.format("failed"): {"$providerError": "not found"},
        }
    )
    assert (
        ContextProvider.get_value(
            stack, provider="ssm", props={"parameterName": "there"}, dummy_value="d"
        ).value
        == "real"
    )
    ignored = ContextProvider.get_value(
        stack,
        provider="ssm",
        props={"parameterName": "failed"},
        dummy_value="d",
        ignore_error_on_missing_context=True,
    )
    assert ignored.value == "d"
    assert not [entry for entry in stack.node.metadata if entry.type == "aws:cdk:error"]
    ContextProvider.get_value(stack, provider="ssm", props={"parameterName": "failed"}, dummy_value="d")
    assert [entry.data for entry in stack.node.metadata if entry.type == "aws:cdk:error"] == ["not found"]
    with pytest.raises(ValidationError, match=r"must_exist and ignore_error_on_missing_context are both set"):
        ContextProvider.get_value(
            stack, provider="ssm", dummy_value="d", must_exist=True, ignore_error_on_missing_context=False
        )


def test_lookup_properties_must_be_known_at_synth() -> None:
    stack = _stack()
    name = CfnParameter(stack, "Name").value_as_string
    with pytest.raises(ValidationError) as error:
        ContextProvider.get_value(
            stack, provider="ssm", props={"nested": [{"parameterName": name}]}, dummy_value="x"
        )
    assert str(error.value) == (
        f"Lookups: props['nested'][0]['parameterName']={name!r} is a token; the lookup from context provider "
        "'ssm' needs every property known at synth"
    )


def test_lookup_properties_must_be_json_values() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        ContextProvider.get_key(_stack(), provider="ssm", props={"when": datetime.date(2027, 1, 1)})
    assert str(error.value) == (
        "Lookups: props['when']=datetime.date(2027, 1, 1) is a date; use a str, number, bool, list or dict "
        "(the CLI gets the properties as JSON)"
    )


def test_a_value_is_looked_up_in_the_stack_environment_even_when_the_key_leaves_it_out() -> None:
    with pytest.raises(ValidationError) as error:
        ContextProvider.get_value(
            Stack(App(), "Agnostic"), provider="ssm", include_environment=False, dummy_value="x"
        )
    assert str(error.value) == (
        "Agnostic: the lookup from context provider 'ssm' needs the stack's account and region; give the "
        "Stack an env=Environment(account=..., region=...)"
    )
