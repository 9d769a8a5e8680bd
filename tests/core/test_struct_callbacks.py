"""A method an app wrote gets its options struct as aws_cdk's Python binding passes it (core/struct_callbacks.py)."""

from __future__ import annotations

from typing import Any

from apigwv2_integrations.core.struct_callbacks import call_with_struct


class Options:
    def __init__(self, *, route: str, scope: str) -> None:
        self.route = route
        self.scope = scope


class Binds:
    def as_struct(self, options: Options) -> Any:
        return ("struct", options.route, options.scope)

    def as_keywords(self, *, route: str, scope: str) -> Any:
        return ("keywords", route, scope)

    def as_some_keywords(self, *, route: str, other: str = "unset") -> Any:
        return ("some", route, other)

    def with_leading(self, first: str, *, scope: str) -> Any:
        return (first, scope)

    def struct_and_keyword(self, options: Options, *, extra: str = "e") -> Any:
        return (options.route, extra)


def test_an_override_taking_one_parameter_gets_the_struct() -> None:
    assert call_with_struct(Binds().as_struct, Options, route="r", scope="s") == ("struct", "r", "s")


def test_an_override_taking_keywords_gets_the_fields() -> None:
    assert call_with_struct(Binds().as_keywords, Options, route="r", scope="s") == ("keywords", "r", "s")


def test_fields_the_override_does_not_name_are_dropped() -> None:
    assert call_with_struct(Binds().as_some_keywords, Options, route="r", scope="s") == ("some", "r", "unset")


def test_leading_arguments_come_first() -> None:
    assert call_with_struct(Binds().with_leading, Options, "a", route="r", scope="s") == ("a", "s")


def test_a_positional_parameter_left_for_the_struct_takes_it() -> None:
    assert call_with_struct(Binds().struct_and_keyword, Options, route="r", scope="s") == ("r", "e")


def test_functions_and_lambdas_follow_the_same_rule() -> None:
    assert call_with_struct(lambda options: options.scope, Options, route="r", scope="s") == "s"
    assert call_with_struct(lambda *, route: route, Options, route="r", scope="s") == "r"
