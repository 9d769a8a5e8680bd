"""Alarm actions (aws_cloudwatch_actions): the ARN each gives the alarm, and the invoke permission of a
Lambda action under each naming rule.

The whole output is compared with aws-cdk-lib's in the parity case `cloudwatch-alarm-actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack, ValidationError
from apigwv2_integrations import aws_cloudwatch as cloudwatch
from apigwv2_integrations import aws_cloudwatch_actions as actions
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_sns as sns
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_FLAG = "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction"


def _alarm(stack: Stack, name: str) -> cloudwatch.Alarm:
    return cloudwatch.Alarm(
        stack,
        name,
        metric=cloudwatch.Metric(namespace="App", metric_name="Errors"),
        threshold=1,
        evaluation_periods=1,
    )


def _function(stack: Stack) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Responder",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
    )


def _arn(suffix: list[Any]) -> dict[str, Any]:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, *suffix]]}


def test_sns_ssm_and_ec2_actions(stack: Stack, template: Render) -> None:
    topic = sns.Topic(stack, "Alerts")
    alarm = _alarm(stack, "Errors")
    alarm.add_alarm_action(actions.SnsAction(topic))
    alarm.add_alarm_action(
        actions.SsmAction(actions.OpsItemSeverity.HIGH, actions.OpsItemCategory.AVAILABILITY)
    )
    alarm.add_alarm_action(actions.SsmAction(actions.OpsItemSeverity.LOW))
    alarm.add_ok_action(actions.Ec2Action(actions.Ec2InstanceAction.RECOVER))
    alarm.add_insufficient_data_action(actions.SsmIncidentAction("on-call"))
    rendered = template(stack)
    (body,) = resources_of_type(rendered, "AWS::CloudWatch::Alarm").values()
    properties = body["Properties"]
    assert properties["AlarmActions"] == [
        {"Ref": "Alerts91F83244"},
        _arn(
            [
                ":ssm:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":opsitem:2#CATEGORY=Availability",
            ]
        ),
        _arn([":ssm:", {"Ref": "AWS::Region"}, ":", {"Ref": "AWS::AccountId"}, ":opsitem:4"]),
    ]
    assert properties["OKActions"] == [_arn([":automate:", {"Ref": "AWS::Region"}, ":ec2:recover"])]
    assert properties["InsufficientDataActions"] == [
        _arn([":ssm-incidents::", {"Ref": "AWS::AccountId"}, ":response-plan/on-call"])
    ]
    assert_cfn_lint_clean(rendered)


def test_lambda_action_adds_one_permission_named_alarm_permission(stack: Stack, template: Render) -> None:
    responder = _function(stack)
    first = _alarm(stack, "First")
    first.add_alarm_action(actions.LambdaAction(responder))
    first.add_ok_action(actions.LambdaAction(responder))
    rendered = template(stack)
    permissions = resources_of_type(rendered, "AWS::Lambda::Permission")
    assert list(permissions) == ["ResponderAlarmPermissionD776EF8D"]
    assert permissions["ResponderAlarmPermissionD776EF8D"]["Properties"] == {
        "Action": "lambda:InvokeFunction",
        "FunctionName": {"Fn::GetAtt": ["Responder690C5101", "Arn"]},
        "Principal": "lambda.alarms.cloudwatch.amazonaws.com",
        "SourceAccount": {"Ref": "AWS::AccountId"},
        "SourceArn": {"Fn::GetAtt": ["First8D4707F1", "Arn"]},
    }


@pytest.mark.parametrize(
    ("context", "unique", "expected"),
    [
        ({_FLAG: True}, False, ["FirstAlarmPermission", "SecondAlarmPermission"]),
        ({}, True, ["AlarmActionsFirst", "AlarmActionsSecond"]),
    ],
)
def test_permission_named_after_the_alarm(
    context: dict[str, Any], unique: bool, expected: list[str], template: Render
) -> None:
    stack = Stack(App(context=context), "AlarmActions")
    responder = _function(stack)
    _alarm(stack, "First").add_alarm_action(actions.LambdaAction(responder, use_unique_permission_id=unique))
    _alarm(stack, "Second").add_alarm_action(actions.LambdaAction(responder, use_unique_permission_id=unique))
    ids = [child.node.id for child in responder.node.children if "AlarmPermission" in child.node.id]
    assert [i[: len(prefix)] for i, prefix in zip(ids, expected, strict=True)] == expected
    assert len(resources_of_type(template(stack), "AWS::Lambda::Permission")) == 2


def test_a_second_alarm_on_the_same_permission_id_raises(stack: Stack) -> None:
    # As aws-cdk-lib without the flag: the second alarm's `AlarmPermission` collides with the first's.
    responder = _function(stack)
    _alarm(stack, "First").add_alarm_action(actions.LambdaAction(responder))
    with pytest.raises(ValidationError) as raised:
        _alarm(stack, "Second").add_alarm_action(actions.LambdaAction(responder))
    assert str(raised.value) == (
        "Test/Second: cannot invoke Test/Responder through the permission 'AlarmPermission', which another "
        "alarm already uses; pass use_unique_permission_id=True to LambdaAction"
    )


def test_a_second_alarm_on_an_alias_names_the_alias(stack: Stack) -> None:
    alias = _function(stack).add_alias("live")
    _alarm(stack, "First").add_alarm_action(actions.LambdaAction(alias))
    with pytest.raises(ValidationError) as raised:
        _alarm(stack, "Second").add_alarm_action(actions.LambdaAction(alias))
    assert str(raised.value) == (
        "Test/Second: cannot invoke Test/Responder/Aliaslive through the permission 'AlarmPermission', which "
        "another alarm already uses; pass use_unique_permission_id=True to LambdaAction"
    )


def test_application_scaling_action_gives_the_step_scaling_policy_arn(stack: Stack, template: Render) -> None:
    from apigwv2_integrations import aws_applicationautoscaling as appscaling

    target = appscaling.ScalableTarget(
        stack,
        "Target",
        service_namespace=appscaling.ServiceNamespace.DYNAMODB,
        min_capacity=1,
        max_capacity=10,
        resource_id="table/orders",
        scalable_dimension="dynamodb:table:WriteCapacityUnits",
    )
    step = appscaling.StepScalingAction(stack, "Step", scaling_target=target)
    step.add_adjustment(adjustment=2, lower_bound=0)
    alarm = _alarm(stack, "Alarm")
    alarm.add_alarm_action(actions.ApplicationScalingAction(step))

    rendered = template(stack)
    (policy_id,) = resources_of_type(rendered, "AWS::ApplicationAutoScaling::ScalingPolicy")
    (alarm_resource,) = resources_of_type(rendered, "AWS::CloudWatch::Alarm").values()
    assert alarm_resource["Properties"]["AlarmActions"] == [{"Ref": policy_id}]
