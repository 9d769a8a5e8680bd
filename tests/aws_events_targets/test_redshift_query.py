"""RedshiftQuery rule target: one statement or a batch, the role that may run them, the secret by full ARN
or by name, and no resource policy on the dead-letter queue.

The whole output is compared with aws-cdk-lib's in the parity case `docex-misc-redshift-query`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_secretsmanager as secretsmanager
from apigwv2_integrations import aws_sqs as sqs
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_WORKGROUP = "arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/abc"


def _rule(stack: Stack, name: str = "Rule") -> events.Rule:
    return events.Rule(stack, name, schedule=events.Schedule.rate(Duration.hours(1)))


def _statements(rendered: dict[str, Any]) -> list[Any]:
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    return list(policy["Properties"]["PolicyDocument"]["Statement"])


def test_several_statements_run_as_a_batch(stack: Stack, template: Render) -> None:
    _rule(stack).add_target(targets.RedshiftQuery(_WORKGROUP, database="dev", sql=["SELECT 1", "SELECT 2"]))
    rendered = template(stack)
    (target,) = rendered["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target == {
        "Arn": _WORKGROUP,
        "Id": "Target0",
        "RedshiftDataParameters": {"Database": "dev", "Sqls": ["SELECT 1", "SELECT 2"]},
        "RoleArn": {"Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]},
    }
    assert _statements(rendered) == [
        {"Action": "redshift-data:BatchExecuteStatement", "Effect": "Allow", "Resource": _WORKGROUP}
    ]


def test_one_statement_runs_alone_with_its_options(stack: Stack, template: Render) -> None:
    _rule(stack).add_target(
        targets.RedshiftQuery(
            _WORKGROUP,
            database="dev",
            sql=["SELECT 3"],
            db_user="admin",
            statement_name="QS2-report",
            send_event_bridge_event=True,
        )
    )
    rendered = template(stack)
    (target,) = rendered["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target["RedshiftDataParameters"] == {
        "Database": "dev",
        "DbUser": "admin",
        "Sql": "SELECT 3",
        "StatementName": "QS2-report",
        "WithEvent": True,
    }
    assert _statements(rendered) == [
        {"Action": "redshift-data:ExecuteStatement", "Effect": "Allow", "Resource": _WORKGROUP}
    ]


def test_a_secret_is_named_by_its_full_arn_or_else_by_its_name(stack: Stack, template: Render) -> None:
    rule = _rule(stack)
    owned = secretsmanager.Secret(stack, "Secret")
    by_name = secretsmanager.Secret.from_secret_name_v2(stack, "ByName", "warehouse-password")
    rule.add_target(targets.RedshiftQuery(_WORKGROUP, database="dev", sql=["SELECT 1"], secret=owned))
    rule.add_target(targets.RedshiftQuery(_WORKGROUP, database="dev", sql=["SELECT 2"], secret=by_name))
    first, second = template(stack)["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert first["RedshiftDataParameters"]["SecretManagerArn"] == {"Ref": "SecretA720EF05"}
    assert second["RedshiftDataParameters"]["SecretManagerArn"] == "warehouse-password"


def test_a_given_role_gets_the_permission_instead_of_the_rule_role(stack: Stack, template: Render) -> None:
    runner = iam.Role(stack, "Runner", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    _rule(stack).add_target(targets.RedshiftQuery(_WORKGROUP, database="dev", sql=["SELECT 1"], role=runner))
    rendered = template(stack)
    assert list(resources_of_type(rendered, "AWS::IAM::Role")) == ["RunnerA54BCE97"]
    (target,) = rendered["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target["RoleArn"] == {"Fn::GetAtt": ["RunnerA54BCE97", "Arn"]}


def test_the_dead_letter_queue_gets_no_resource_policy(stack: Stack, template: Render) -> None:
    queue = sqs.Queue(stack, "Dlq")
    _rule(stack).add_target(
        targets.RedshiftQuery(_WORKGROUP, database="dev", sql=["SELECT 1"], dead_letter_queue=queue)
    )
    rendered = template(stack)
    (target,) = rendered["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target["DeadLetterConfig"] == {"Arn": {"Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]}}
    assert resources_of_type(rendered, "AWS::SQS::QueuePolicy") == {}


def test_a_target_without_statements_is_refused(stack: Stack) -> None:
    rule = _rule(stack)
    with pytest.raises(ValidationError) as raised:
        rule.add_target(targets.RedshiftQuery(_WORKGROUP, database="dev", sql=[]))
    assert str(raised.value) == "Test/Rule: sql=[] names no statement; pass at least one SQL statement"
