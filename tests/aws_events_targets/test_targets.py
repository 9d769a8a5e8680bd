"""Lambda and Step Functions rule targets (aws_events_targets): permissions, roles, inputs, whole template."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_stepfunctions as sfn
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def build(stack: Stack) -> None:
    handler = lambda_.Function(
        stack,
        "Handler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    )
    machine = sfn.StateMachine(
        stack, "Flow", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Start"))
    )
    rule = events.Rule(
        stack,
        "OnOrder",
        event_pattern=events.EventPattern(source=["shop"], detail_type=["OrderPlaced"]),
        targets=[targets.LambdaFunction(handler, retry_attempts=2, max_event_age=Duration.hours(1))],
    )
    rule.add_target(targets.LambdaFunction(handler, event=events.RuleTargetInput.from_text("again")))
    rule.add_target(
        targets.SfnStateMachine(
            machine,
            input=events.RuleTargetInput.from_object({"id": events.EventField.from_path("$.detail.id")}),
        )
    )
    events.Rule(
        stack,
        "Nightly",
        schedule=events.Schedule.cron(minute="0", hour="2"),
        targets=[targets.SfnStateMachine(machine)],
    )


def test_one_permission_per_rule_and_function(stack: Stack, template: Render) -> None:
    build(stack)
    permissions = resources_of_type(template(stack), "AWS::Lambda::Permission")
    assert list(permissions) == ["OnOrderAllowEventRuleTestHandler7C655A72337EE134"]
    assert permissions["OnOrderAllowEventRuleTestHandler7C655A72337EE134"]["Properties"] == {
        "Action": "lambda:InvokeFunction",
        "FunctionName": {"Fn::GetAtt": ["Handler886CB40B", "Arn"]},
        "Principal": "events.amazonaws.com",
        "SourceArn": {"Fn::GetAtt": ["OnOrder13439675", "Arn"]},
    }


def test_state_machine_targets_share_one_role(stack: Stack, template: Render) -> None:
    build(stack)
    rendered = template(stack)
    roles = [k for k in resources_of_type(rendered, "AWS::IAM::Role") if k.startswith("FlowEventsRole")]
    assert roles == ["FlowEventsRoleACB051EF"]
    policy = rendered["Resources"]["FlowEventsRoleDefaultPolicyDDF34070"]["Properties"]["PolicyDocument"]
    assert policy["Statement"] == [
        {"Action": "states:StartExecution", "Effect": "Allow", "Resource": {"Ref": "FlowA74D6E88"}}
    ]


def test_targets_template(stack: Stack, template: Render, snapshot_json: SnapshotAssertion) -> None:
    build(stack)
    rendered = template(stack)
    assert rendered == snapshot_json
    assert_cfn_lint_clean(rendered)
