"""VendedLogParser: the built-in parser of each AWS service's logs."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.struct import fields_of
from tests.aws_logs.transformer.rendering import rendered_config


@pytest.mark.parametrize(
    ("log_type", "key"),
    [
        (logs.VendedLogType.CLOUDFRONT, "ParseCloudfront"),
        (logs.VendedLogType.VPC, "ParseVPC"),
        (logs.VendedLogType.WAF, "ParseWAF"),
        (logs.VendedLogType.ROUTE53, "ParseRoute53"),
        (logs.VendedLogType.POSTGRES, "ParsePostgres"),
    ],
)
def test_each_service_has_its_parser_and_source_is_not_rendered(
    app: App, log_type: logs.VendedLogType, key: str
) -> None:
    # aws-cdk-lib renders the parser without the source it is given.
    parser = logs.VendedLogParser(log_type=log_type, source="raw")
    assert rendered_config(Stack(app, "Vended"), [parser]) == [{key: {}}]
    assert parser.log_type is log_type
    assert repr(parser) == f"VendedLogParser(log_type={log_type})"


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    keywords = list(inspect.signature(logs.VendedLogParser).parameters)
    assert keywords == [f.name for f in fields_of(logs.VendedLogParserProps)]
