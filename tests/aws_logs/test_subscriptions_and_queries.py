"""Subscription filters and saved Logs Insights queries (aws_logs), with the Lambda and Kinesis
destinations (aws_logs_destinations).

The whole output is compared with aws-cdk-lib's in the parity case `logs-subscriptions`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_kinesis as kinesis
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations import aws_logs_destinations as destinations
from apigwv2_integrations.assertions import Annotations
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Processor",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    )


def test_lambda_destination_adds_the_permission_the_filter_waits_for(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "AccessLogs")
    group.add_subscription_filter(
        "Errors",
        destination=destinations.LambdaDestination(_function(stack)),
        filter_pattern=logs.FilterPattern.all_terms("ERROR"),
    )
    rendered = template(stack)
    (permission_id,) = resources_of_type(rendered, "AWS::Lambda::Permission")
    assert permission_id.startswith("AccessLogsErrorsCanInvokeLambda")
    assert rendered["Resources"][permission_id]["Properties"]["Principal"] == "logs.amazonaws.com"
    (subscription,) = resources_of_type(rendered, "AWS::Logs::SubscriptionFilter").values()
    assert subscription["DependsOn"] == [permission_id]
    assert subscription["Properties"]["FilterPattern"] == '"ERROR"'
    assert_cfn_lint_clean(rendered)


def test_lambda_destination_without_permissions(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "AccessLogs")
    group.add_subscription_filter(
        "Quiet",
        destination=destinations.LambdaDestination(_function(stack), add_permissions=False),
        filter_pattern=logs.FilterPattern.all_events(),
    )
    rendered = template(stack)
    assert not resources_of_type(rendered, "AWS::Lambda::Permission")
    (subscription,) = resources_of_type(rendered, "AWS::Logs::SubscriptionFilter").values()
    assert "DependsOn" not in subscription


def test_kinesis_destination_role_may_write_and_pass_itself(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "AccessLogs")
    stream = kinesis.Stream(stack, "Archive")
    logs.SubscriptionFilter(
        stack,
        "Everything",
        log_group=group,
        destination=destinations.KinesisDestination(stream),
        filter_pattern=logs.FilterPattern.all_events(),
        distribution=logs.Distribution.RANDOM,
        filter_name="everything",
    )
    rendered = template(stack)
    (role_id,) = resources_of_type(rendered, "AWS::IAM::Role")
    (policy_id, policy) = next(iter(resources_of_type(rendered, "AWS::IAM::Policy").items()))
    assert [s["Action"] for s in policy["Properties"]["PolicyDocument"]["Statement"]] == [
        ["kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords"],
        "iam:PassRole",
    ]
    # The filter waits for the role's policy; the role itself does not.
    assert "DependsOn" not in rendered["Resources"][role_id]
    (subscription,) = resources_of_type(rendered, "AWS::Logs::SubscriptionFilter").values()
    assert subscription["DependsOn"] == [policy_id]
    assert subscription["Properties"]["Distribution"] == "Random"
    assert subscription["Properties"]["RoleArn"] == {"Fn::GetAtt": [role_id, "Arn"]}
    assert_cfn_lint_clean(rendered)


def test_kinesis_destination_with_a_given_role(stack: Stack, template: Render) -> None:
    role = iam.Role(stack, "ToStream", assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
    logs.LogGroup(stack, "Other").add_subscription_filter(
        "WithRole",
        destination=destinations.KinesisDestination(kinesis.Stream(stack, "Second"), role=role),
        filter_pattern=logs.FilterPattern.literal("[ip, user, status=5*]"),
    )
    rendered = template(stack)
    assert len(resources_of_type(rendered, "AWS::IAM::Role")) == 1
    (subscription,) = resources_of_type(rendered, "AWS::Logs::SubscriptionFilter").values()
    assert subscription["Properties"]["FilterPattern"] == "[ip, user, status=5*]"


def test_distribution_needs_a_kinesis_destination(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="only a KinesisDestination takes a distribution"):
        logs.LogGroup(stack, "G").add_subscription_filter(
            "F",
            destination=destinations.LambdaDestination(_function(stack)),
            filter_pattern=logs.FilterPattern.all_events(),
            distribution=logs.Distribution.BY_LOG_STREAM,
        )


def test_query_string_orders_its_commands() -> None:
    query = logs.QueryString(
        display="d",
        limit=1,
        sort="@timestamp desc",
        stats_statements=["count(*)", "avg(x)"],
        filter_statements=["a > 1", "b < 2"],
        parse_statements=["p1", "p2"],
        fields=["x", "y"],
    )
    assert query.to_string() == (
        "fields x, y\n| parse p1\n| parse p2\n| filter a > 1\n| filter b < 2\n| stats count(*)\n"
        "| stats avg(x)\n| sort @timestamp desc\n| limit 1\n| display d"
    )
    assert logs.QueryString(filter="f", filter_statements=["f1"]).to_string() == "filter f1"
    assert logs.QueryString().to_string() == ""


def test_query_definition(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "AccessLogs")
    logs.QueryDefinition(
        stack,
        "Slow",
        query_definition_name="slow",
        query_string=logs.QueryString(fields=["@timestamp"], limit=50),
        log_groups=[group],
    )
    logs.QueryDefinition(
        stack, "All", query_definition_name="all", query_string=logs.QueryString(stats="count(*)")
    )
    rendered = template(stack)
    by_name = {
        q["Properties"]["Name"]: q["Properties"]
        for q in resources_of_type(rendered, "AWS::Logs::QueryDefinition").values()
    }
    assert by_name["slow"]["QueryString"] == "fields @timestamp\n| limit 50"
    assert by_name["slow"]["LogGroupNames"] == [{"Ref": "AccessLogs8B620ECA"}]
    assert by_name["all"]["LogGroupNames"] == []
    assert_cfn_lint_clean(rendered)


def test_query_string_counts_its_stats_statements() -> None:
    assert logs.QueryString(stats_statements=["count(*)", "avg(x)"]).stats_statements_length == 2
    assert logs.QueryString(stats="count(*)").stats_statements_length is None
    assert logs.QueryString(stats="count(*)", stats_statements=[]).has_stats_and_stats_statements is True
    assert logs.QueryString(stats_statements=["count(*)"]).has_stats_and_stats_statements is False


def test_a_query_runs_at_most_two_stats_commands(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        logs.QueryDefinition(
            stack,
            "Stats",
            query_definition_name="stats",
            query_string=logs.QueryString(stats_statements=["count(*)", "avg(x)", "max(x)"]),
        )
    assert str(error.value) == (
        "Test/Stats: query_string has 3 stats_statements ['count(*)', 'avg(x)', 'max(x)']; CloudWatch Logs "
        "Insights runs at most 2 stats commands in one query"
    )


def test_stats_beside_stats_statements_is_a_warning(stack: Stack) -> None:
    logs.QueryDefinition(
        stack,
        "Both",
        query_definition_name="both",
        query_string=logs.QueryString(stats="count(*)", stats_statements=["avg(x)"]),
    )
    Annotations.from_stack(stack).has_warning(
        "/Test/Both",
        "Both stats and statsStatements properties are provided. The stats property is deprecated and will be "
        "ignored in favor of statsStatements. [ack: QueryDefinitionStatsWarning]",
    )
