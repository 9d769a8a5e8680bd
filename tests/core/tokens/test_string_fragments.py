"""TokenizedStringFragments, StringConcat, DefaultTokenResolver and TokenComparison."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import (
    Aws,
    DefaultTokenResolver,
    IResolvable,
    Lazy,
    Stack,
    StringConcat,
    Token,
    TokenComparison,
    Tokenization,
    TokenizedStringFragments,
)


def test_reverse_string_splits_literals_and_tokens(stack: Stack) -> None:
    fragments = Tokenization.reverse_string("arn:" + Aws.PARTITION + ":s3")
    assert fragments.length == 3
    assert fragments.first_value == "arn:"
    assert fragments.first_token is None
    assert [stack.resolve(token) for token in fragments.tokens] == [{"Ref": "AWS::Partition"}]


def test_reverse_string_of_plain_text_is_one_literal_and_of_nothing_is_empty() -> None:
    assert Tokenization.reverse_string("abc").length == 1
    empty = Tokenization.reverse_string("")
    assert (empty.length, empty.first_value, empty.join(StringConcat())) == (0, None, "")


def test_join_with_string_concat_rebuilds_the_string(stack: Stack) -> None:
    text = "a" + Aws.REGION + "b"
    joined = Tokenization.reverse_string(text).join(StringConcat())
    assert stack.resolve(joined) == {"Fn::Join": ["", ["a", {"Ref": "AWS::Region"}, "b"]]}


def test_map_tokens_keeps_tokens_and_records_other_values_as_intrinsics() -> None:
    class Mapper:
        def map_token(self, t: IResolvable) -> Any:
            return "REGION"

    fragments = Tokenization.reverse_string("in " + Aws.REGION).map_tokens(Mapper())
    assert (fragments.tokens, fragments.join(StringConcat())) == ([], "in REGION")


def test_string_concat_treats_none_as_nothing() -> None:
    concat = StringConcat()
    assert (concat.join("a", None), concat.join(None, None), concat.join(1, "x")) == ("a", None, "1x")


def test_fragments_are_built_one_by_one() -> None:
    fragments = TokenizedStringFragments()
    fragments.add_literal("x=")
    fragments.add_intrinsic(2.0)
    assert (fragments.length, fragments.join(StringConcat())) == (2, "x=2")


def test_default_token_resolver_resolves_strings_and_list_tokens(stack: Stack) -> None:
    resolver = DefaultTokenResolver(StringConcat())
    seen: list[Any] = []

    class Capture(IResolvable):
        def resolve(self, context: Any) -> Any:
            seen.append(
                resolver.resolve_string(Tokenization.reverse_string("v-" + Lazy.string(lambda: "1")), context)
            )
            seen.append(resolver.resolve_list(Lazy.list(lambda: ["a", "b"]), context))
            return None

    stack.resolve(Capture())
    assert seen == ["v-1", ["a", "b"]]


def test_default_token_resolver_rejects_a_list_that_is_not_one_token(stack: Stack) -> None:
    resolver = DefaultTokenResolver(StringConcat())

    class Capture(IResolvable):
        def resolve(self, context: Any) -> Any:
            return resolver.resolve_list(["a", "b"], context)

    with pytest.raises(ValueError) as error:
        stack.resolve(Capture())
    assert str(error.value) == "Cannot add elements to list token, got: ['a', 'b']"


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("a", "a", TokenComparison.SAME),
        ("a", "b", TokenComparison.DIFFERENT),
        (Aws.REGION, "b", TokenComparison.ONE_UNRESOLVED),
        (Aws.REGION, Aws.ACCOUNT_ID, TokenComparison.BOTH_UNRESOLVED),
        (Aws.REGION, Aws.REGION, TokenComparison.SAME),
    ],
)
def test_compare_strings_returns_a_token_comparison(left: str, right: str, expected: TokenComparison) -> None:
    assert Token.compare_strings(left, right) is expected
    assert Token.compare_strings(left, right) == expected.value
