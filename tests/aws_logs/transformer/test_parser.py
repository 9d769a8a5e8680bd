"""ParserProcessor: each parser as aws-cdk-lib renders it (its defaults filled in), and its errors."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.struct import fields_of
from tests.aws_logs.transformer.rendering import rendered_config


def test_every_parser_renders_with_its_defaults(stack: Stack) -> None:
    assert rendered_config(
        stack,
        [
            logs.ParserProcessor(type=logs.ParserProcessorType.JSON),
            logs.ParserProcessor(type=logs.ParserProcessorType.KEY_VALUE),
            logs.ParserProcessor(type=logs.ParserProcessorType.CSV),
            logs.ParserProcessor(
                type=logs.ParserProcessorType.GROK, grok_options=logs.GrokProperty(match="%{IP}")
            ),
        ],
    ) == [
        {"ParseJSON": {"Source": "@message"}},
        {
            "ParseKeyValue": {
                "FieldDelimiter": "&",
                "KeyValueDelimiter": "=",
                "OverwriteIfExists": False,
                "Source": "@message",
            }
        },
        {"Csv": {"Delimiter": ",", "QuoteCharacter": '"', "Source": "@message"}},
        {"Grok": {"Match": "%{IP}", "Source": "@message"}},
    ]


def test_parser_options_are_rendered_and_those_of_other_types_ignored(stack: Stack) -> None:
    assert rendered_config(
        stack,
        [
            logs.ParserProcessor(
                type=logs.ParserProcessorType.OCSF,
                parse_to_ocsf_options=logs.ParseToOCSFProperty(
                    event_source=logs.OCSFSourceType.VPC_FLOW,
                    ocsf_version=logs.OCSFVersion.V1_1,
                    source="raw",
                ),
            ),
            logs.ParserProcessor(
                type=logs.ParserProcessorType.JSON,
                json_options={"source": "body", "destination": "parsed"},
                csv_options=logs.CsvProperty(columns=["ignored"]),
            ),
            logs.ParserProcessor(
                type=logs.ParserProcessorType.KEY_VALUE,
                key_value_options=logs.ParseKeyValueProperty(
                    source="extra",
                    destination="kv",
                    field_delimiter=logs.KeyValuePairDelimiter.NEWLINE,
                    key_value_delimiter=logs.KeyValueDelimiter.COLON,
                    key_prefix="x_",
                    non_match_value="none",
                    overwrite_if_exists=True,
                ),
            ),
            logs.ParserProcessor(
                type=logs.ParserProcessorType.CSV,
                csv_options=logs.CsvProperty(
                    columns=("a", "b"),
                    delimiter=logs.DelimiterCharacter.TAB,
                    quote_character=logs.QuoteCharacter.SINGLE_QUOTE,
                    source="line",
                ),
            ),
        ],
    ) == [
        {"ParseToOCSF": {"EventSource": "VPCFlow", "OcsfVersion": "V1.1", "Source": "raw"}},
        {"ParseJSON": {"Destination": "parsed", "Source": "body"}},
        {
            "ParseKeyValue": {
                "Destination": "kv",
                "FieldDelimiter": "\n",
                "KeyPrefix": "x_",
                "KeyValueDelimiter": ":",
                "NonMatchValue": "none",
                "OverwriteIfExists": True,
                "Source": "extra",
            }
        },
        {"Csv": {"Columns": ["a", "b"], "Delimiter": "\t", "QuoteCharacter": "'", "Source": "line"}},
    ]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: logs.ParserProcessor(type=logs.ParserProcessorType.GROK),
            "grok_options=None is missing; type=ParserProcessorType.GROK needs it: "
            "give grok_options=GrokProperty(match='%{...}')",
        ),
        (
            lambda: logs.ParserProcessor(
                type=logs.ParserProcessorType.GROK, grok_options=logs.GrokProperty(match="")
            ),
            "grok_options.match='' is empty; give the grok pattern log events are matched against, "
            "e.g. '%{COMMONAPACHELOG}'",
        ),
        (
            lambda: logs.ParserProcessor(type=logs.ParserProcessorType.OCSF),
            "parse_to_ocsf_options=None is missing; type=ParserProcessorType.OCSF needs it: give "
            "parse_to_ocsf_options=ParseToOCSFProperty(event_source=..., ocsf_version=OCSFVersion.V1_1)",
        ),
    ],
)
def test_a_parser_without_the_options_its_type_needs_is_an_error(build: object, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        build()  # type: ignore[operator]
    assert str(error.value) == message


def test_a_parser_shows_its_type() -> None:
    processor = logs.ParserProcessor(type=logs.ParserProcessorType.CSV)
    assert processor.type is logs.ParserProcessorType.CSV
    assert repr(processor) == "ParserProcessor(type=ParserProcessorType.CSV)"
    assert isinstance(processor, logs.IProcessor)


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    keywords = list(inspect.signature(logs.ParserProcessor).parameters)
    assert keywords == [f.name for f in fields_of(logs.ParserProcessorProps)]
    assert issubclass(logs.ParserProcessorProps, logs.BaseProcessorProps)
