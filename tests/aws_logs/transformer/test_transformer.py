"""Transformer: where its AWS::Logs::Transformer goes (a child of the transformer's scope, as in
aws-cdk-lib), the reminder on the log group, and the rules on its processors."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.errors import ArgumentTypeError
from apigwv2_integrations.core.struct import fields_of
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_WARNING = (
    "Transformers can only be created for log groups in the Standard log class. "
    "Ensure that your log group is using the Standard log class."
)


def _json() -> logs.ParserProcessor:
    return logs.ParserProcessor(type=logs.ParserProcessorType.JSON)


def _grok() -> logs.ParserProcessor:
    return logs.ParserProcessor(
        type=logs.ParserProcessorType.GROK, grok_options=logs.GrokProperty(match="%{IP}")
    )


def _ocsf() -> logs.ParserProcessor:
    return logs.ParserProcessor(
        type=logs.ParserProcessorType.OCSF,
        parse_to_ocsf_options=logs.ParseToOCSFProperty(
            event_source=logs.OCSFSourceType.CLOUD_TRAIL, ocsf_version=logs.OCSFVersion.V1_1
        ),
    )


def _vended() -> logs.VendedLogParser:
    return logs.VendedLogParser(log_type=logs.VendedLogType.VPC)


def _trim() -> logs.StringMutatorProcessor:
    return logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM, trim_keys=["message"])


def _add_keys() -> logs.JsonMutatorProcessor:
    return logs.JsonMutatorProcessor(
        type=logs.JsonMutatorType.ADD_KEYS, add_keys_options={"entries": [{"key": "env", "value": "prod"}]}
    )


def _copy_value() -> logs.JsonMutatorProcessor:
    return logs.JsonMutatorProcessor(
        type=logs.JsonMutatorType.COPY_VALUE, copy_value_options={"entries": [{"source": "a", "target": "b"}]}
    )


def test_add_transformer_puts_the_resource_under_the_log_group(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "AppLogs")
    transformer = group.add_transformer("Json", transformer_name="app-json", transformer_config=[_json()])
    assert isinstance(transformer, logs.Transformer)
    assert transformer.node.path == "Test/AppLogs/Json"
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::Logs::Transformer") == {
        "AppLogsResourceTransformerFB0B9F98": {
            "Type": "AWS::Logs::Transformer",
            "Properties": {
                "LogGroupIdentifier": {"Ref": "AppLogsC5DF83A6"},
                "TransformerConfig": [{"ParseJSON": {"Source": "@message"}}],
            },
        }
    }
    assert_cfn_lint_clean(rendered)


def test_a_transformer_in_a_stack_has_its_resource_beside_it(stack: Stack, template: Render) -> None:
    group = logs.LogGroup.from_log_group_name(stack, "Trail", "org-trail")
    logs.Transformer(
        stack, "TrailTransformer", transformer_name="t", log_group=group, transformer_config=[_ocsf()]
    )
    assert template(stack)["Resources"] == {
        "ResourceTransformer": {
            "Type": "AWS::Logs::Transformer",
            "Properties": {
                "LogGroupIdentifier": "org-trail",
                "TransformerConfig": [
                    {
                        "ParseToOCSF": {
                            "EventSource": "CloudTrail",
                            "OcsfVersion": "V1.1",
                            "Source": "@message",
                        }
                    }
                ],
            },
        }
    }


def test_the_log_group_gets_the_standard_class_reminder(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    group.add_transformer("T", transformer_name="t", transformer_config=[_json()])
    assert [(entry.type, entry.data) for entry in group.node.metadata] == [("warning", _WARNING)]


def test_a_scope_holds_one_transformer(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    group.add_transformer("First", transformer_name="a", transformer_config=[_json()])
    with pytest.raises(ValidationError) as error:
        group.add_transformer("Second", transformer_name="b", transformer_config=[_json()])
    assert str(error.value) == (
        "Test/Group: a construct with id 'ResourceTransformer' already exists in Test/Group; "
        "give each sibling its own id"
    )


@pytest.mark.parametrize(
    ("processors", "message"),
    [
        ([], "transformer_config=[] has no processors; give 1 to 20 processors, a parser first"),
        ([_json()] * 21, "transformer_config has 21 processors; a transformer runs at most 20"),
        (
            [_trim(), _json()],
            "transformer_config[0]=StringMutatorProcessor(type=StringMutatorType.TRIM) is not a parser; "
            "put a ParserProcessor or a VendedLogParser first",
        ),
        (
            [_vended(), *[_json()] * 5],
            "transformer_config has 6 parsers (ParserProcessor and VendedLogParser); a transformer runs at most 5",
        ),
        (
            [_vended(), _vended()],
            "transformer_config has 2 VendedLogParsers, at [0, 1]; a transformer runs at most one",
        ),
        (
            [_json(), _trim(), _vended()],
            "transformer_config[2]=VendedLogParser(log_type=VendedLogType.VPC) is not the first processor; "
            "move it to the front, as it must run first",
        ),
        (
            [_grok(), _trim(), _grok()],
            "transformer_config has 2 grok parsers (ParserProcessorType.GROK), at [0, 2]; "
            "a transformer runs at most one",
        ),
        (
            [_json(), _add_keys(), _add_keys()],
            "transformer_config has 2 addKeys processors (JsonMutatorType.ADD_KEYS), at [1, 2]; "
            "a transformer runs at most one",
        ),
        (
            [_json(), _copy_value(), _trim(), _copy_value()],
            "transformer_config has 2 copyValue processors (JsonMutatorType.COPY_VALUE), at [1, 3]; "
            "a transformer runs at most one",
        ),
        (
            [_ocsf(), _ocsf()],
            "transformer_config has 2 parseToOCSF parsers (ParserProcessorType.OCSF), at [0, 1]; "
            "a transformer runs at most one",
        ),
        (
            [_json(), _ocsf()],
            "transformer_config[1]=ParserProcessor(type=ParserProcessorType.OCSF) is not the first processor; "
            "move it to the front, as it must run first",
        ),
    ],
)
def test_processors_break_a_rule_at_construction(
    stack: Stack, processors: Sequence[logs.IProcessor], message: str
) -> None:
    group = logs.LogGroup(stack, "Group")
    with pytest.raises(ValidationError) as error:
        logs.Transformer(stack, "T", transformer_name="t", log_group=group, transformer_config=processors)
    assert str(error.value) == f"Test/T: {message}"


def test_a_processor_of_another_kind_is_a_type_error(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    with pytest.raises(ArgumentTypeError) as error:
        group.add_transformer("T", transformer_name="t", transformer_config=[{"parseJson": {}}])  # type: ignore[list-item]
    assert str(error.value) == (
        "Test/Group.add_transformer: transformer_config[0]={'parseJson': {}} is a dict; use an IProcessor (one "
        "processor of a log transformer: a step that changes each log event, in the transformer's order)"
    )


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    keywords = list(inspect.signature(logs.Transformer).parameters)
    assert keywords[:2] == ["scope", "id"]
    assert sorted(keywords[2:]) == sorted(f.name for f in fields_of(logs.TransformerProps))
    assert [f.name for f in fields_of(logs.TransformerOptions)] == ["transformer_config", "transformer_name"]
