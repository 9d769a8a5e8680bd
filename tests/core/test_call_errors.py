"""Calls Python cannot bind (missing, unknown or extra arguments) fail with the house error at the call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Stack, Validations
from apigwv2_integrations.aws_apigatewayv2 import DomainMappingOptions, HttpApi
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    HttpAlbIntegration,
    HttpEventBridgeIntegration,
    HttpLambdaIntegration,
    HttpUrlIntegration,
)
from apigwv2_integrations.aws_lambda import Code
from apigwv2_integrations.core.errors import ArgumentTypeError
from apigwv2_integrations.core.struct import fields_of, lazy_define
from apigwv2_integrations.core.type_checks import _wrap
from tests.core.test_error_report import run

_DOMAIN_NAME = (
    "domain_name=<an IDomainNameRef (a construct that refers to an AWS::ApiGatewayV2::DomainName resource)>"
)


def _message(call: Any) -> str:
    with pytest.raises(ArgumentTypeError) as caught:
        call()
    return str(caught.value)


def test_an_unknown_keyword_names_the_construct_and_the_closest_argument() -> None:
    stack = Stack(App(), "Books")
    assert _message(lambda: HttpApi(stack, "Api", cors_preflght=None)) == (
        "Books/Api: cors_preflght=None is not an argument of HttpApi; did you mean cors_preflight?"
    )


def test_an_unknown_keyword_without_a_close_match_lists_the_arguments() -> None:
    assert _message(lambda: Code.from_inline("x", runtime="node")) == (
        "Code.from_inline: runtime='node' is not an argument of Code.from_inline; use one of code"
    )


def test_a_keyword_given_to_a_method_of_positional_arguments_only_says_what_to_pass() -> None:
    stack = Stack(App(), "Books")
    assert _message(lambda: Validations.of(stack).acknowledge(id="x")) == (
        "Validations.acknowledge: id='x' is not an argument of Validations.acknowledge; pass an "
        "Acknowledgment by position instead"
    )


def test_a_missing_argument_of_a_constructor_says_what_to_pass() -> None:
    assert _message(lambda: HttpUrlIntegration("Books")) == (
        "HttpUrlIntegration('Books'): url is missing; pass url=<a str>"
    )


def test_a_missing_argument_of_a_method_names_the_construct_and_the_method() -> None:
    api = HttpApi(Stack(App(), "Books"), "Api")
    # The examples are the first loaded classes of the kind, by name.
    examples = [HttpAlbIntegration, HttpEventBridgeIntegration, HttpLambdaIntegration]
    assert _message(lambda: api.add_routes(path="/books")) == (
        "Books/Api.add_routes: integration is missing; pass integration=<an HttpRouteIntegration, "
        f"such as {examples[0].__name__}, {examples[1].__name__} or {examples[2].__name__}>"
    )


def test_extra_positional_arguments_are_shown_with_the_fix() -> None:
    stack = Stack(App(), "Books")
    assert _message(lambda: HttpApi(stack, "Api", "books-api")) == (
        "Books/Api: HttpApi takes 2 positional arguments (scope, id) but was also given 'books-api'; "
        "pass the others by keyword"
    )


def test_an_argument_given_twice_is_named() -> None:
    assert _message(lambda: Code.from_inline("x", code="y")) == (
        "Code.from_inline: code='y' was given by position too; pass it once"
    )


def test_every_problem_of_a_struct_call_is_reported_together() -> None:
    assert _message(lambda: DomainMappingOptions(domain_nam="books.example.com")) == (
        "DomainMappingOptions: domain_nam='books.example.com' is not an argument of DomainMappingOptions; "
        f"did you mean domain_name?; domain_name is missing; pass {_DOMAIN_NAME}"
    )


def test_a_struct_takes_keyword_arguments_only() -> None:
    assert _message(lambda: DomainMappingOptions("books.example.com")) == (
        "DomainMappingOptions: DomainMappingOptions takes keyword arguments only but was given "
        f"'books.example.com'; pass each by its keyword; domain_name is missing; pass {_DOMAIN_NAME}"
    )


def test_a_struct_built_by_attrs_reports_the_same_errors() -> None:
    fields_of(DomainMappingOptions)  # builds the attrs class, whose own __init__ takes over
    assert _message(lambda: DomainMappingOptions(mapping_key="v1")) == (
        f"DomainMappingOptions: domain_name is missing; pass {_DOMAIN_NAME}"
    )


def test_a_type_error_raised_inside_the_function_is_left_as_it_is() -> None:
    def fails_inside(seconds: int) -> None:
        raise TypeError("inside")

    checked = _wrap(fails_inside, None, skip_first=False)
    with pytest.raises(TypeError) as caught:
        checked(3)
    assert type(caught.value) is TypeError
    assert str(caught.value) == "inside"


def test_a_binding_error_is_reported_short_by_python_app_py(tmp_path: Path) -> None:
    source = (
        "import apigwv2_integrations as cdk\n"
        "from apigwv2_integrations import aws_apigatewayv2_integrations as integrations\n\n"
        "app = cdk.App()\n"
        'integration = integrations.HttpUrlIntegration("Books")\n'
    )
    result = run(tmp_path, source)
    assert result.returncode == 1
    assert result.stderr == (
        "error: HttpUrlIntegration('Books'): url is missing; pass url=<a str>\n"
        '  at app.py:5: integration = integrations.HttpUrlIntegration("Books")\n'
    )


def test_the_error_is_a_type_error_as_in_aws_cdk() -> None:
    with pytest.raises(TypeError):
        Duration.seconds()  # type: ignore[call-arg]


def test_a_struct_taking_positional_fields_keeps_taking_them() -> None:
    @lazy_define
    class Interval:
        lower: float | None
        upper: float | None

    assert (Interval(0, 5).lower, Interval(0, 5).upper) == (0, 5)
    with pytest.raises(TypeError):
        Interval(0)  # type: ignore[call-arg]
