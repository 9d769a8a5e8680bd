"""LogGroup, MetricFilter, FilterPattern and ResourcePolicy: rendering, grants, imports and errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import RemovalPolicy, Stack
from apigwv2_integrations.aws_iam import (
    ArnPrincipal,
    PolicyStatement,
    Role,
    ServicePrincipal,
)
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_logs import (
    FilterPattern,
    LogGroup,
    LogGroupClass,
    MetricFilter,
    ResourcePolicy,
    RetentionDays,
)
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (FilterPattern.all_events(), ""),
        (FilterPattern.all_terms("ERROR", "MainThread"), '"ERROR" "MainThread"'),
        (FilterPattern.any_term("ERROR", "WARN"), '?"ERROR" ?"WARN"'),
        (FilterPattern.string_value("$.level", "==", "error"), '{ $.level = "error" }'),
        (FilterPattern.number_value("$.latency", ">", 100), "{ $.latency > 100 }"),
        # Numbers as aws-cdk-lib (JavaScript) writes them.
        (FilterPattern.number_value("$.duration", "<", 0.0000001), "{ $.duration < 1e-7 }"),
        (FilterPattern.number_value("$.id", "=", 123456789012345678), "{ $.id = 123456789012345680 }"),
        (
            FilterPattern.space_delimited("ts", "bytes").where_number("bytes", ">", 1e21),
            "[ts, bytes > 1e+21]",
        ),
        (FilterPattern.exists("$.id"), '{ $.id = "*" }'),
        (
            FilterPattern.all(FilterPattern.boolean_value("$.ok", False), FilterPattern.is_null("$.user")),
            "{ ($.ok IS FALSE) && ($.user IS NULL) }",
        ),
    ],
)
def test_filter_patterns_render_as_cloudwatch_logs_writes_them(pattern: Any, text: str) -> None:
    assert pattern.log_pattern_string == text


def test_filter_pattern_rejects_a_bad_string_comparison() -> None:
    with pytest.raises(ValidationError) as error:
        FilterPattern.string_value("$.a", ">", "b")
    assert str(error.value) == "comparison='>' is not a string comparison; use '=' or '!='"


def test_imported_log_groups_normalize_the_arn(stack: Stack) -> None:
    by_arn = LogGroup.from_log_group_arn(stack, "ByArn", "arn:aws:logs:us-east-1:111111111111:log-group:/app")
    by_name = LogGroup.from_log_group_name(stack, "ByName", "/app:*")
    assert (by_arn.log_group_arn, by_arn.log_group_name, by_name.log_group_name) == (
        "arn:aws:logs:us-east-1:111111111111:log-group:/app:*",
        "/app",
        "/app",
    )


def test_resource_policy_names_accounts_instead_of_roles(stack: Stack, template: Render) -> None:
    group = LogGroup(stack, "Logs")
    group.add_to_resource_policy(
        PolicyStatement(
            actions=["logs:PutLogEvents"],
            principals=[
                ArnPrincipal("arn:aws:iam::222222222222:role/writer"),
                ServicePrincipal("es.amazonaws.com"),
            ],
            resources=["*"],
        )
    )
    (policy,) = resources_of_type(template(stack), "AWS::Logs::ResourcePolicy").values()
    assert policy["Properties"]["PolicyDocument"] == (
        '{"Statement":[{"Action":"logs:PutLogEvents","Effect":"Allow","Principal":{"AWS":"222222222222",'
        '"Service":"es.amazonaws.com"},"Resource":"*"}],"Version":"2012-10-17"}'
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda s: LogGroup(
                s, "Logs", log_group_class=LogGroupClass.DELIVERY, retention=RetentionDays.ONE_DAY
            ),
            "Test/Logs: retention=RetentionDays.ONE_DAY is not supported with "
            "log_group_class=LogGroupClass.DELIVERY; drop retention or use another class",
        ),
        (
            lambda s: MetricFilter(
                s,
                "Filter",
                log_group=LogGroup(s, "Logs"),
                filter_pattern=FilterPattern.all_events(),
                metric_name="M",
                metric_namespace="N",
                dimensions={"a": "$.a", "b": "$.b", "c": "$.c", "d": "$.d"},
            ),
            "Test/Filter: dimensions has 4 entries; a metric filter takes at most 3",
        ),
    ],
)
def test_logs_reject_bad_input(stack: Stack, build: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        build(stack)
    assert str(error.value) == message


def test_logs_template(stack: Stack, template: Render, snapshot_json: SnapshotAssertion) -> None:
    key = Key(stack, "Key", alias="logs", removal_policy=RemovalPolicy.DESTROY)
    group = LogGroup(
        stack,
        "Logs",
        encryption_key=key,
        retention=RetentionDays.ONE_WEEK,
        log_group_class=LogGroupClass.STANDARD,
    )
    group.add_metric_filter(
        "Errors",
        filter_pattern=FilterPattern.string_value("$.level", "=", "error"),
        metric_name="Errors",
        metric_namespace="App",
        dimensions={"Service": "$.service"},
        default_value=0,
    )
    group.extract_metric("$.latency", "App", "Latency").create_alarm(
        stack, "Slow", threshold=500, evaluation_periods=2
    )
    role = Role(stack, "Writer", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    group.grant_write(role)
    group.grant_read(role)
    group.grant_write(ServicePrincipal("delivery.logs.amazonaws.com"))
    key.grant_decrypt(role)
    ResourcePolicy(
        stack,
        "Shared",
        policy_statements=[
            PolicyStatement(
                actions=["logs:PutLogEvents"],
                principals=[ServicePrincipal("es.amazonaws.com")],
                resources=["*"],
            )
        ],
    )
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    assert rendered == snapshot_json


def test_add_stream_creates_a_retained_log_stream(stack: Stack, template: Render) -> None:
    LogGroup(stack, "Logs").add_stream("Stream", log_stream_name="app")
    (stream,) = resources_of_type(template(stack), "AWS::Logs::LogStream").values()
    assert stream == {
        "Type": "AWS::Logs::LogStream",
        "Properties": {"LogGroupName": {"Ref": "Logs6819BB44"}, "LogStreamName": "app"},
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }


def test_space_delimited_patterns_with_restrictions() -> None:
    from apigwv2_integrations.aws_logs import FilterPattern

    pattern = FilterPattern.space_delimited("ip", "user", "...", "status", "bytes")
    assert pattern.log_pattern_string == "[ip, user, ..., status, bytes]"
    restricted = (
        pattern.where_string("user", "=", "admin")
        .where_number("status", ">=", 500)
        .where_number("bytes", "<", 1.5)
        .where_string("ip", "!=", "10.*")
    )
    assert restricted.log_pattern_string == '[ip != "10.*", user = "admin", ..., status >= 500, bytes < 1.5]'
    both = FilterPattern.space_delimited("a", "b").where_string("a", "=", "x").where_string("a", "=", 'q"y')
    assert both.log_pattern_string == '[a = "x" && a = "q\\"y", b]'
    assert pattern.log_pattern_string == "[ip, user, ..., status, bytes]"  # restricting made new patterns


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda p: p.space_delimited("a", "...", "..."),
            "columns=['a', '...', '...'] has '...' more than once",
        ),
        (
            lambda p: p.space_delimited("a.b"),
            "column 'a.b' is not a column name; use letters, digits, '_' or '-'",
        ),
        (
            lambda p: p.space_delimited("a").where_string("b", "=", "x"),
            "column_name='b' is not one of columns",
        ),
        (
            lambda p: p.space_delimited("a").where_string("a", ">", "x"),
            "comparison='>' is not a string comparison",
        ),
    ],
)
def test_space_delimited_pattern_errors(make: Any, message: str) -> None:
    from apigwv2_integrations.aws_logs import FilterPattern

    with pytest.raises(ValidationError) as error:
        make(FilterPattern)
    assert str(error.value).startswith(message)


def test_a_resource_policy_without_statements_fails_synth(stack: Stack, template: Render) -> None:
    ResourcePolicy(stack, "Empty")
    later = ResourcePolicy(stack, "Later", policy_statements=[])
    later.document.add_statements(
        PolicyStatement(
            actions=["logs:PutLogEvents"], principals=[ServicePrincipal("es.amazonaws.com")], resources=["*"]
        )
    )
    with pytest.raises(SynthesisError) as error:
        template(stack)
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Empty: policy_statements=None and document has no statements; a resource policy needs one: "
        "give policy_statements=[...] or call document.add_statements(...)"
    )


def test_a_resource_policy_takes_a_removal_policy(stack: Stack, template: Render) -> None:
    policy = ResourcePolicy(
        stack,
        "Shared",
        policy_statements=[
            PolicyStatement(
                actions=["logs:PutLogEvents"],
                principals=[ServicePrincipal("es.amazonaws.com")],
                resources=["*"],
            )
        ],
    )
    policy.apply_removal_policy(RemovalPolicy.DESTROY)
    (resource,) = resources_of_type(template(stack), "AWS::Logs::ResourcePolicy").values()
    assert (resource["DeletionPolicy"], resource["UpdateReplacePolicy"]) == ("Delete", "Delete")
