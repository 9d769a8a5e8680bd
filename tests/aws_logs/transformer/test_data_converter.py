"""DataConverterProcessor: type and datetime conversions as aws-cdk-lib renders them (UTC and its
default target format filled in), and the options each type needs."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.struct import fields_of
from tests.aws_logs.transformer.rendering import rendered_config


def test_type_and_datetime_conversions_render(stack: Stack) -> None:
    assert rendered_config(
        stack,
        [
            logs.ParserProcessor(type=logs.ParserProcessorType.JSON),
            logs.DataConverterProcessor(
                type=logs.DataConverterType.TYPE_CONVERTER,
                type_converter_options={
                    "entries": [
                        {"key": "ok", "type": logs.TypeConverterType.BOOLEAN},
                        logs.TypeConverterEntryProperty(key="status", type=logs.TypeConverterType.INTEGER),
                    ]
                },
            ),
            logs.DataConverterProcessor(
                type=logs.DataConverterType.DATETIME_CONVERTER,
                date_time_converter_options=logs.DateTimeConverterProperty(
                    source="time", target="timestamp", match_patterns=["yyyy-MM-dd HH:mm:ss"], locale="en"
                ),
            ),
            logs.DataConverterProcessor(
                type=logs.DataConverterType.DATETIME_CONVERTER,
                date_time_converter_options=logs.DateTimeConverterProperty(
                    source="ts",
                    target="iso",
                    match_patterns=("epoch",),
                    locale="en-US",
                    target_format=logs.DateTimeFormat.ISO_8601.value,
                    source_timezone="Europe/Paris",
                    target_timezone="Asia/Tokyo",
                ),
            ),
        ],
    ) == [
        {"ParseJSON": {"Source": "@message"}},
        {
            "TypeConverter": {
                "Entries": [{"Key": "ok", "Type": "boolean"}, {"Key": "status", "Type": "integer"}]
            }
        },
        {
            "DateTimeConverter": {
                "Locale": "en",
                "MatchPatterns": ["yyyy-MM-dd HH:mm:ss"],
                "Source": "time",
                "SourceTimezone": "UTC",
                "Target": "timestamp",
                "TargetFormat": "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
                "TargetTimezone": "UTC",
            }
        },
        {
            "DateTimeConverter": {
                "Locale": "en-US",
                "MatchPatterns": ["epoch"],
                "Source": "ts",
                "SourceTimezone": "Europe/Paris",
                "Target": "iso",
                "TargetFormat": "yyyy-MM-dd'T'HH:mm:ss'Z'",
                "TargetTimezone": "Asia/Tokyo",
            }
        },
    ]


def test_datetime_formats_are_the_formats_themselves() -> None:
    # Differs from aws-cdk-lib, whose values are the member names.
    assert [member.value for member in logs.DateTimeFormat] == ["yyyy-MM-dd'T'HH:mm:ss'Z'", "epoch", "custom"]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: logs.DataConverterProcessor(type=logs.DataConverterType.TYPE_CONVERTER),
            "type_converter_options=None is missing; type=DataConverterType.TYPE_CONVERTER needs it: give "
            "type_converter_options=TypeConverterProperty(entries=[TypeConverterEntryProperty(key=..., type=...)])",
        ),
        (
            lambda: logs.DataConverterProcessor(
                type=logs.DataConverterType.TYPE_CONVERTER, type_converter_options={"entries": []}
            ),
            "type_converter_options=TypeConverterProperty(entries=()) is empty; type=DataConverterType."
            "TYPE_CONVERTER needs at least one entry, e.g. type_converter_options=TypeConverterProperty("
            "entries=[TypeConverterEntryProperty(key=..., type=...)])",
        ),
        (
            lambda: logs.DataConverterProcessor(type=logs.DataConverterType.DATETIME_CONVERTER),
            "date_time_converter_options=None is missing; type=DataConverterType.DATETIME_CONVERTER needs it: "
            "give date_time_converter_options=DateTimeConverterProperty(source=..., target=..., "
            "match_patterns=[...], locale=...)",
        ),
        (
            lambda: logs.DataConverterProcessor(
                type=logs.DataConverterType.DATETIME_CONVERTER,
                date_time_converter_options=logs.DateTimeConverterProperty(
                    source="", target="t", match_patterns=["epoch"], locale="en"
                ),
            ),
            "date_time_converter_options.source='' is empty; give the key converted",
        ),
        (
            lambda: logs.DataConverterProcessor(
                type=logs.DataConverterType.DATETIME_CONVERTER,
                date_time_converter_options=logs.DateTimeConverterProperty(
                    source="s", target="", match_patterns=["epoch"], locale="en"
                ),
            ),
            "date_time_converter_options.target='' is empty; give the key the result goes to",
        ),
    ],
)
def test_a_data_converter_without_the_options_its_type_needs_is_an_error(
    build: Callable[[], object], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        build()
    assert str(error.value) == message


def test_a_data_converter_shows_its_type() -> None:
    processor = logs.DataConverterProcessor(
        type=logs.DataConverterType.TYPE_CONVERTER,
        type_converter_options=logs.TypeConverterProperty(
            entries=[logs.TypeConverterEntryProperty(key="n", type=logs.TypeConverterType.DOUBLE)]
        ),
    )
    assert processor.type is logs.DataConverterType.TYPE_CONVERTER
    assert repr(processor) == "DataConverterProcessor(type=DataConverterType.TYPE_CONVERTER)"


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    keywords = list(inspect.signature(logs.DataConverterProcessor).parameters)
    assert keywords == [f.name for f in fields_of(logs.DataConverterProps)]
