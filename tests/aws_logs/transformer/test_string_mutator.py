"""StringMutatorProcessor: each string change as aws-cdk-lib renders it, and the options each type needs."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.errors import ArgumentTypeError
from apigwv2_integrations.core.struct import fields_of
from tests.aws_logs.transformer.rendering import rendered_config

_JSON = logs.ParserProcessor(type=logs.ParserProcessorType.JSON)


def test_every_string_change_renders(stack: Stack) -> None:
    assert rendered_config(
        stack,
        [
            _JSON,
            logs.StringMutatorProcessor(type=logs.StringMutatorType.LOWER_CASE, lower_case_keys=["level"]),
            logs.StringMutatorProcessor(type=logs.StringMutatorType.UPPER_CASE, upper_case_keys=("region",)),
            logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM, trim_keys=["a", "b"]),
            logs.StringMutatorProcessor(
                type=logs.StringMutatorType.SPLIT,
                split_options=logs.SplitStringProperty(
                    entries=[
                        logs.SplitStringEntryProperty(source="tags", delimiter=logs.DelimiterCharacter.PIPE),
                        {"source": "path", "delimiter": logs.DelimiterCharacter.SEMICOLON},
                    ]
                ),
            ),
            logs.StringMutatorProcessor(
                type=logs.StringMutatorType.SUBSTITUTE,
                substitute_options={"entries": [{"source": "path", "from_": "/v[0-9]+/", "to": "/"}]},
            ),
        ],
    ) == [
        {"ParseJSON": {"Source": "@message"}},
        {"LowerCaseString": {"WithKeys": ["level"]}},
        {"UpperCaseString": {"WithKeys": ["region"]}},
        {"TrimString": {"WithKeys": ["a", "b"]}},
        {
            "SplitString": {
                "Entries": [{"Delimiter": "|", "Source": "tags"}, {"Delimiter": ";", "Source": "path"}]
            }
        },
        {"SubstituteString": {"Entries": [{"From": "/v[0-9]+/", "Source": "path", "To": "/"}]}},
    ]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: logs.StringMutatorProcessor(
                type=logs.StringMutatorType.LOWER_CASE, upper_case_keys=["a"]
            ),
            "lower_case_keys=None is missing; type=StringMutatorType.LOWER_CASE needs it: "
            "give lower_case_keys=['level']",
        ),
        (
            lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.LOWER_CASE, lower_case_keys=[]),
            "lower_case_keys=[] is empty; type=StringMutatorType.LOWER_CASE needs at least one key, "
            "e.g. lower_case_keys=['level']",
        ),
        (
            lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.UPPER_CASE),
            "upper_case_keys=None is missing; type=StringMutatorType.UPPER_CASE needs it: "
            "give upper_case_keys=['level']",
        ),
        (
            lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM, trim_keys=()),
            "trim_keys=[] is empty; type=StringMutatorType.TRIM needs at least one key, e.g. trim_keys=['message']",
        ),
        (
            lambda: logs.StringMutatorProcessor(
                type=logs.StringMutatorType.SPLIT, split_options=logs.SplitStringProperty(entries=[])
            ),
            "split_options=SplitStringProperty(entries=()) is empty; type=StringMutatorType.SPLIT needs at least "
            "one entry, e.g. split_options=SplitStringProperty(entries=[SplitStringEntryProperty(source=..., "
            "delimiter=...)])",
        ),
        (
            lambda: logs.StringMutatorProcessor(type=logs.StringMutatorType.SUBSTITUTE),
            "substitute_options=None is missing; type=StringMutatorType.SUBSTITUTE needs it: give "
            "substitute_options=SubstituteStringProperty(entries=[SubstituteStringEntryProperty(source=..., "
            "from_=..., to=...)])",
        ),
    ],
)
def test_a_string_mutator_without_the_options_its_type_needs_is_an_error(
    build: Callable[[], object], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        build()
    assert str(error.value) == message


def test_an_entry_given_as_a_dict_is_checked_as_its_struct() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        logs.SplitStringProperty(entries=[{"source": "tags", "delimiter": "|"}])  # type: ignore[list-item]
    assert str(error.value) == (
        "SplitStringProperty: entries[0]['delimiter']='|' is a str; use a DelimiterCharacter, "
        "e.g. DelimiterCharacter.PIPE"
    )


def test_a_string_mutator_shows_its_type() -> None:
    processor = logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM, trim_keys=["a"])
    assert processor.type is logs.StringMutatorType.TRIM
    assert repr(processor) == "StringMutatorProcessor(type=StringMutatorType.TRIM)"


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    keywords = list(inspect.signature(logs.StringMutatorProcessor).parameters)
    assert keywords == [f.name for f in fields_of(logs.StringMutatorProps)]
