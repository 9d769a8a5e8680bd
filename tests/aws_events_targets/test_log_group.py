"""The CloudWatchLogGroup rule target (aws_events_targets/log_group.py) and its log group resource policy.

The whole output is compared with aws-cdk-lib's in the parity case `events-archive-targets`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Environment, Stack
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.core.errors import ArgumentTypeError, SynthesisError, ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_PATTERN = events.EventPattern(source=["app"])


def _rule_targets(rendered: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        t
        for r in resources_of_type(rendered, "AWS::Events::Rule").values()
        for t in r["Properties"]["Targets"]
    ]


def _policies(rendered: dict[str, Any]) -> list[dict[str, Any]]:
    return list(resources_of_type(rendered, "Custom::CloudwatchLogResourcePolicy").values())


def test_log_group_target_names_the_group_by_arn(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "Group")
    events.Rule(stack, "Rule", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group)])
    (target,) = _rule_targets(template(stack))
    assert target == {
        "Arn": {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":logs:",
                    {"Ref": "AWS::Region"},
                    ":",
                    {"Ref": "AWS::AccountId"},
                    ":log-group:",
                    {"Ref": "GroupC77FDACD"},
                ],
            ]
        },
        "Id": "Target0",
    }


def test_log_group_target_puts_a_resource_policy_for_eventbridge(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "Group")
    events.Rule(stack, "Rule", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group)])
    rendered = template(stack)
    assert_cfn_lint_clean(rendered)
    (policy,) = _policies(rendered)
    properties = policy["Properties"]
    assert properties["ServiceToken"] == {
        "Fn::GetAtt": ["AWS679f53fac002430cb0da5b7982bd22872D164C4C", "Arn"]
    }
    assert properties["Create"] == properties["Update"]
    prefix, arn, suffix = properties["Create"]["Fn::Join"][1]
    assert arn == {"Fn::GetAtt": ["GroupC77FDACD", "Arn"]}
    call = json.loads(prefix + "ARN" + suffix)
    assert call == {
        "service": "CloudWatchLogs",
        "action": "putResourcePolicy",
        "parameters": {
            "policyName": call["parameters"]["policyName"],
            "policyDocument": json.dumps(
                {
                    "Statement": [
                        {
                            "Action": ["logs:PutLogEvents", "logs:CreateLogStream"],
                            "Effect": "Allow",
                            "Principal": {"Service": "events.amazonaws.com"},
                            "Resource": "ARN",
                        }
                    ],
                    "Version": "2012-10-17",
                },
                separators=(",", ":"),
            ),
        },
        "physicalResourceId": {"id": "EventsLogGroupPolicyTestRuleC1B7AEF7"},
    }
    assert call["parameters"]["policyName"].startswith("TestEventsLogGroupPolicyTestRuleC1B7AEF7")
    assert json.loads(properties["Delete"]) == {
        "service": "CloudWatchLogs",
        "action": "deleteResourcePolicy",
        "parameters": {"policyName": call["parameters"]["policyName"]},
        "ignoreErrorCodesMatching": "ResourceNotFoundException",
    }
    assert properties["InstallLatestAwsSdk"] is True
    assert policy["DependsOn"] == ["EventsLogGroupPolicyTestRuleC1B7AEF7CustomResourcePolicyA70E954A"]
    assert (policy["DeletionPolicy"], policy["UpdateReplacePolicy"]) == ("Delete", "Delete")


def test_rules_share_one_handler_function_per_stack(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "Group")
    for id in ("One", "Two"):
        events.Rule(stack, id, event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group)])
    rendered = template(stack)
    assert len(_policies(rendered)) == 2
    (function,) = resources_of_type(rendered, "AWS::Lambda::Function").values()
    assert {k: function["Properties"][k] for k in ("Handler", "Runtime", "Timeout")} == {
        "Handler": "index.handler",
        "Runtime": "nodejs24.x",
        "Timeout": 120,
    }


def test_handler_role_may_put_and_delete_resource_policies(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "Group")
    events.Rule(stack, "Rule", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group)])
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "logs:PutResourcePolicy", "Effect": "Allow", "Resource": "*"},
        {"Action": "logs:DeleteResourcePolicy", "Effect": "Allow", "Resource": "*"},
    ]


def test_resource_policy_lives_in_the_log_group_stack(app: App, template: Render) -> None:
    env = Environment(account="123456789012", region="us-east-1")
    logs_stack, rule_stack = Stack(app, "Logs", env=env), Stack(app, "Rules", env=env)
    group = logs.LogGroup(logs_stack, "Group")
    events.Rule(rule_stack, "Rule", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group)])
    assert len(_policies(template(logs_stack))) == 1
    assert _policies(template(rule_stack)) == []


def test_install_latest_aws_sdk_follows_the_flag_unless_given(tmp_path: Path, template: Render) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/customresources:installLatestAwsSdkDefault": False})
    stack = Stack(app, "Test")
    group = logs.LogGroup(stack, "Group")
    events.Rule(stack, "Flag", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group)])
    events.Rule(
        stack,
        "Given",
        event_pattern=_PATTERN,
        targets=[targets.CloudWatchLogGroup(group, install_latest_aws_sdk=True)],
    )
    installs = [p["Properties"]["InstallLatestAwsSdk"] for p in _policies(template(stack))]
    assert installs == [False, True]


def test_log_event_defaults_to_the_event_time_and_detail_type(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "Group")
    log_event = targets.LogGroupTargetInput.from_object_v2()
    events.Rule(
        stack,
        "Rule",
        event_pattern=_PATTERN,
        targets=[targets.CloudWatchLogGroup(group, log_event=log_event)],
    )
    (target,) = _rule_targets(template(stack))
    assert target["InputTransformer"] == {
        "InputPathsMap": {"time": "$.time", "detail-type": "$.detail-type"},
        "InputTemplate": '{"timestamp":<time>,"message":<detail-type>}',
    }


def test_deprecated_from_object_keeps_only_timestamp_and_message(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "Group")
    event = targets.LogGroupTargetInput.from_object({"message": events.EventField.from_path("$.x"), "z": 1})
    events.Rule(
        stack, "Rule", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group, event=event)]
    )
    (target,) = _rule_targets(template(stack))
    assert target["InputTransformer"] == {
        "InputPathsMap": {"time": "$.time", "x": "$.x"},
        "InputTemplate": '{"timestamp":<time>,"message":<x>}',
    }


def test_dead_letter_queue_and_retry_policy_without_a_queue_policy(stack: Stack, template: Render) -> None:
    group = logs.LogGroup(stack, "Group")
    queue = sqs.Queue(stack, "Dlq")
    target = targets.CloudWatchLogGroup(
        group, dead_letter_queue=queue, retry_attempts=2, max_event_age=Duration.hours(1)
    )
    events.Rule(stack, "Rule", event_pattern=_PATTERN, targets=[target])
    rendered = template(stack)
    (rendered_target,) = _rule_targets(rendered)
    assert rendered_target["DeadLetterConfig"] == {"Arn": {"Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]}}
    assert rendered_target["RetryPolicy"] == {"MaximumEventAgeInSeconds": 3600, "MaximumRetryAttempts": 2}
    # As aws-cdk-lib: this target does not add the rule to the dead-letter queue's policy.
    assert resources_of_type(rendered, "AWS::SQS::QueuePolicy") == {}


def test_event_and_log_event_together_are_rejected(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    target = targets.CloudWatchLogGroup(
        group,
        event=targets.LogGroupTargetInput.from_object({"message": "a"}),
        log_event=targets.LogGroupTargetInput.from_object_v2(message="b"),
    )
    with pytest.raises(ValidationError) as error:
        events.Rule(stack, "Rule", event_pattern=_PATTERN, targets=[target])
    assert (
        str(error.value)
        == "Test/Rule: event and log_event are both set; set only log_event (event is deprecated)"
    )


def test_event_path_input_is_rejected(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    target = targets.CloudWatchLogGroup(group, event=events.RuleTargetInput.from_event_path("$.detail"))
    with pytest.raises(ValidationError) as error:
        events.Rule(stack, "Rule", event_pattern=_PATTERN, targets=[target])
    assert str(error.value) == (
        "Test/Rule: event='$.detail' is an event path; CloudWatchLogGroup targets take only an input "
        "template: use LogGroupTargetInput.from_object_v2(timestamp=..., message=...)"
    )


def test_input_template_of_other_fields_is_reported_at_synth(app: App, stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    event = events.RuleTargetInput.from_object({"message": events.EventField.from_path("$.x")})
    events.Rule(
        stack, "Rule", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group, event=event)]
    )
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Rule: event='{\"message\":<x>}' is not a timestamp and a message; CloudWatchLogGroup targets "
        'take only input templates of the form {"timestamp": <timestamp>, "message": <message>}; '
        "use LogGroupTargetInput.from_object_v2"
    )


def test_fixed_input_is_rejected_with_the_text_it_would_write(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    target = targets.CloudWatchLogGroup(group, event=events.RuleTargetInput.from_text("hello"))
    with pytest.raises(ValidationError) as error:
        events.Rule(stack, "Rule", event_pattern=_PATTERN, targets=[target])
    assert str(error.value) == (
        "Test/Rule: event='\"hello\"' is a fixed input; CloudWatchLogGroup targets take only an input "
        "template: use LogGroupTargetInput.from_object_v2(timestamp=..., message=...)"
    )


def test_dead_letter_queue_must_be_a_queue(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Group")
    with pytest.raises(ArgumentTypeError) as error:
        targets.CloudWatchLogGroup(group, dead_letter_queue="my-queue")  # type: ignore[arg-type]
    assert str(error.value) == (
        "CloudWatchLogGroup: dead_letter_queue='my-queue' is a str; use an IQueue (an SQS queue, defined in "
        "this app or imported), such as Queue or Queue.from_queue_arn(...)"
    )


def test_the_handler_is_marked_and_an_unset_latest_sdk_choice_is_a_warning(app: App) -> None:
    stack = Stack(app, "S")
    group = logs.LogGroup(stack, "Group")
    events.Rule(stack, "Default", event_pattern=_PATTERN, targets=[targets.CloudWatchLogGroup(group)])
    events.Rule(
        stack,
        "Chosen",
        event_pattern=_PATTERN,
        targets=[targets.CloudWatchLogGroup(group, install_latest_aws_sdk=False)],
    )
    assembly = app.synth()
    metadata = json.loads((Path(assembly.directory) / "S.metadata.json").read_text())
    handler = metadata["/S/AWS679f53fac002430cb0da5b7982bd2287"]
    # As aws-cdk-lib: each resource policy marks the shared handler again.
    assert handler == 2 * [
        {"type": "aws:cdk:is-custom-resource-handler-singleton", "data": True},
        {"type": "aws:cdk:is-custom-resource-handler-runtime-family", "data": 0},
    ]
    # As aws-cdk-lib: only the resource policy that leaves the choice to the default warns.
    warned = [
        path for path, message in assembly.warnings if "installLatestAwsSdk was not specified" in message
    ]
    assert len(warned) == 1
    assert warned[0].startswith("S/EventsLogGroupPolicyS")
