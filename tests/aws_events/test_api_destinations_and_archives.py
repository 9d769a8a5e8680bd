"""Connections, API destinations and archives (aws_events), and the ApiDestination rule target.

The whole output is compared with aws-cdk-lib's in the parity case `events-api-destinations`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, Duration, Environment, SecretValue, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_kms as kms
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _connection(stack: Stack) -> events.Connection:
    return events.Connection(
        stack,
        "Connection",
        authorization=events.Authorization.api_key("x-api-key", SecretValue.unsafe_plain_text("s3cr3t")),
        header_parameters={"x-tenant": events.HttpParameter.from_string("acme")},
    )


def _properties(rendered: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [r["Properties"] for r in resources_of_type(rendered, kind).values()]


def test_connection_authorizations_and_parameters(stack: Stack, template: Render) -> None:
    _connection(stack)
    events.Connection(
        stack,
        "Basic",
        connection_name="basic",
        authorization=events.Authorization.basic("user", SecretValue.secrets_manager("partner/password")),
        body_parameters={"token": events.HttpParameter.from_secret(SecretValue.unsafe_plain_text("t"))},
    )
    events.Connection(
        stack,
        "OAuth",
        authorization=events.Authorization.oauth(
            authorization_endpoint="https://auth.example.com/token",
            client_id="client",
            client_secret=SecretValue.unsafe_plain_text("secret"),
            http_method=events.HttpMethod.POST,
        ),
    )
    rendered = template(stack)
    api_key, basic, oauth = _properties(rendered, "AWS::Events::Connection")
    assert api_key == {
        "AuthParameters": {
            "ApiKeyAuthParameters": {"ApiKeyName": "x-api-key", "ApiKeyValue": "s3cr3t"},
            "InvocationHttpParameters": {
                "HeaderParameters": [{"IsValueSecret": False, "Key": "x-tenant", "Value": "acme"}]
            },
        },
        "AuthorizationType": "API_KEY",
    }
    assert basic["AuthorizationType"] == "BASIC"
    assert basic["AuthParameters"]["InvocationHttpParameters"]["BodyParameters"][0]["IsValueSecret"] is True
    assert basic["Name"] == "basic"
    assert oauth["AuthorizationType"] == "OAUTH_CLIENT_CREDENTIALS"
    assert oauth["AuthParameters"]["OAuthParameters"]["ClientParameters"] == {
        "ClientID": "client",
        "ClientSecret": "secret",
    }


def test_api_destination_defaults_to_post_and_the_target_invokes_it(stack: Stack, template: Render) -> None:
    destination = events.ApiDestination(
        stack, "Destination", connection=_connection(stack), endpoint="https://api.example.com/orders/*"
    )
    rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(Duration.hours(1)))
    rule.add_target(targets.ApiDestination(destination))
    rule.add_target(targets.ApiDestination(destination, path_parameter_values=["42"], retry_attempts=2))
    rendered = template(stack)
    (properties,) = _properties(rendered, "AWS::Events::ApiDestination")
    assert properties["HttpMethod"] == "POST"
    (rule_properties,) = _properties(rendered, "AWS::Events::Rule")
    first, second = rule_properties["Targets"]
    assert "HttpParameters" not in first
    assert second["HttpParameters"] == {"PathParameterValues": ["42"]}
    (policy,) = _properties(rendered, "AWS::IAM::Policy")
    assert policy["PolicyDocument"]["Statement"][0]["Action"] == "events:InvokeApiDestination"
    assert_cfn_lint_clean(rendered)


def test_imports(stack: Stack) -> None:
    connection = events.Connection.from_event_bus_arn(
        stack,
        "Imported",
        "arn:aws:events:us-east-1:123456789012:connection/partner/1234-abcd",
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/partner/1234",
    )
    assert connection.connection_name == "partner"
    destination = events.ApiDestination.from_api_destination_attributes(
        stack,
        "ImportedDestination",
        api_destination_arn="arn:aws:events:us-east-1:123456789012:api-destination/orders/1234",
        connection=connection,
    )
    assert destination.connection is connection


def test_archives(stack: Stack, template: Render) -> None:
    bus = events.EventBus(stack, "Bus")
    bus.archive(
        "Archive",
        archive_name="orders",
        event_pattern=events.EventPattern(source=["shop"]),
        retention=Duration.days(30),
    )
    events.Archive(stack, "Standalone", source_event_bus=bus, event_pattern={"source": ["other"]})
    rendered = template(stack)
    named, standalone = _properties(rendered, "AWS::Events::Archive")
    assert named["RetentionDays"] == 30 and named["ArchiveName"] == "orders"
    # aws-cdk-lib writes these two even when they are not set.
    assert standalone["RetentionDays"] == 0 and standalone["KmsKeyIdentifier"] == ""
    assert standalone["EventPattern"] == {"source": ["other"]}


def test_bus_archive_describes_itself_by_the_bus_name(stack: Stack, template: Render) -> None:
    bus = events.EventBus(stack, "Bus")
    bus.archive("Plain", event_pattern={"source": ["a"]})
    bus.archive("Empty", event_pattern={"source": ["b"]}, description="")
    bus.archive("Described", event_pattern={"source": ["c"]}, description="mine")
    events.EventBus.from_event_bus_name(stack, "Imported", "imp-bus").archive(
        "OfImported", event_pattern={"source": ["d"]}
    )
    descriptions = [p.get("Description") for p in _properties(template(stack), "AWS::Events::Archive")]
    default = {"Fn::Join": ["", ["Event Archive for ", {"Ref": "BusEA82B648"}, " Event Bus"]]}
    assert descriptions == [default, default, "mine", "Event Archive for imp-bus Event Bus"]


def test_standalone_archive_has_no_default_description(stack: Stack, template: Render) -> None:
    bus = events.EventBus(stack, "Bus")
    events.Archive(stack, "Archive", source_event_bus=bus, event_pattern={"source": ["a"]})
    (archive,) = _properties(template(stack), "AWS::Events::Archive")
    assert "Description" not in archive


def test_archive_with_a_key_lets_eventbridge_use_and_describe_the_key(stack: Stack, template: Render) -> None:
    key = kms.Key(stack, "Key")
    bus = events.EventBus(stack, "Bus")
    events.Archive(stack, "Archive", source_event_bus=bus, event_pattern={"source": ["a"]}, kms_key=key)
    rendered = template(stack)
    (archive,) = _properties(rendered, "AWS::Events::Archive")
    assert archive["KmsKeyIdentifier"] == {"Fn::GetAtt": ["Key961B73FD", "Arn"]}
    (key_properties,) = _properties(rendered, "AWS::KMS::Key")
    assert key_properties["KeyPolicy"]["Statement"][1:] == [
        {
            "Action": ["kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt*"],
            "Condition": {
                "StringEquals": {
                    "kms:EncryptionContext:aws:events:event-bus:arn": {"Fn::GetAtt": ["BusEA82B648", "Arn"]}
                }
            },
            "Effect": "Allow",
            "Principal": {"Service": "events.amazonaws.com"},
            "Resource": "*",
            "Sid": "Allow EventBridge to use kms operations",
        },
        {
            "Action": "kms:DescribeKey",
            "Effect": "Allow",
            "Principal": {"Service": "events.amazonaws.com"},
            "Resource": "*",
            "Sid": "Allow EventBridge to call kms:DescribeKey",
        },
    ]


def test_bus_archive_keeps_the_key_asked_for(stack: Stack, template: Render) -> None:
    # Differs from aws-cdk-lib, which drops kms_key in EventBus.archive.
    key = kms.Key(stack, "Key")
    events.EventBus(stack, "Bus").archive("Archive", event_pattern={"source": ["a"]}, kms_key=key)
    (archive,) = _properties(template(stack), "AWS::Events::Archive")
    assert archive["KmsKeyIdentifier"] == {"Fn::GetAtt": ["Key961B73FD", "Arn"]}


def test_imported_api_destination_is_in_its_stack_environment(app: App) -> None:
    stack = Stack(app, "Test", env=Environment(account="123456789012", region="us-east-1"))
    destination = events.ApiDestination.from_api_destination_attributes(
        stack,
        "Destination",
        api_destination_arn="arn:aws:events:us-west-2:999999999999:api-destination/remote/abc",
        connection=events.Connection.from_event_bus_arn(
            stack,
            "Connection",
            "arn:aws:events:us-west-2:999999999999:connection/c/x",
            "arn:aws:secretsmanager:us-west-2:999999999999:secret:x",
        ),
    )
    assert (destination.env.account, destination.env.region) == ("123456789012", "us-east-1")
