"""Token and Tokenization: encoding, reversing and inspecting tokens (core/tokens/token.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import (
    App,
    Aws,
    CfnParameter,
    Fn,
    Intrinsic,
    Lazy,
    Reference,
    Stack,
    Token,
    Tokenization,
)
from apigwv2_integrations.cfn.aws_sqs import CfnQueue


def test_is_resolved_is_the_opposite_of_is_unresolved() -> None:
    assert Token.is_resolved("plain") and Token.is_resolved(3)
    assert not Token.is_resolved(Aws.REGION)
    assert not Token.is_resolved(f"arn:{Aws.PARTITION}:s3:::bucket")


def test_reverse_complete_string_returns_the_single_token_or_none() -> None:
    region_token = Tokenization.reverse_complete_string(Aws.REGION)
    assert region_token is not None and region_token is Tokenization.reverse(Aws.REGION)
    assert Tokenization.reverse_complete_string("plain") is None


@pytest.mark.parametrize("value", ["", f"prefix-{Aws.REGION}"], ids=["empty", "concatenation"])
def test_reverse_complete_string_rejects_anything_but_one_fragment(value: str) -> None:
    with pytest.raises(ValueError) as error:
        Tokenization.reverse_complete_string(value)
    assert str(error.value) == (
        f"Tokenization.reverse_complete_string: s={value!r} is a concatenation; pass a single token"
    )


def test_is_reference_is_true_for_resource_attributes_only(stack: Stack) -> None:
    queue = CfnQueue(stack, "Queue")
    assert Reference.is_reference(Tokenization.reverse(queue.attr_arn))
    assert not Reference.is_reference(Tokenization.reverse(Fn.get_stack_output("Other", "Out")))
    assert not Reference.is_reference("arn")


def test_to_string_list_encodes_a_list_intrinsic(stack: Stack) -> None:
    encoded = Intrinsic({"Fn::GetAZs": ""}).to_string_list()
    assert Token.is_unresolved(encoded)
    assert stack.resolve(encoded) == {"Fn::GetAZs": ""}


def test_stringify_number_writes_numbers_as_javascript_does() -> None:
    assert [Tokenization.stringify_number(n) for n in (4, 4.0, 1.5, 1e21, 1e-7)] == [
        "4",
        "4",
        "1.5",
        "1e+21",
        "1e-7",
    ]


def test_stringify_number_of_a_number_token_resolves_to_its_text() -> None:
    stack = Stack(App(), "S")

    class Four:
        def produce(self) -> int:
            return 4

    four = Lazy.number(Four())
    text = Tokenization.stringify_number(four)
    assert Token.is_unresolved(text)
    # As aws-cdk-lib: the number's text, not the number; a reference stays a reference.
    assert stack.resolve(text) == "4"
    assert stack.resolve({"Port": text}) == {"Port": "4"}
    port = CfnParameter(stack, "Port", type="Number").value_as_number
    assert stack.resolve(Tokenization.stringify_number(port)) == {"Ref": "Port"}
