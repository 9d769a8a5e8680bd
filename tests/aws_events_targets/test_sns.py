"""SnsTopic rule target: the topic policy, or a role that publishes (with the key grants of an encrypted
topic), and the warning of a rule whose target has a known environment.

The whole output is compared with aws-cdk-lib's in the parity case `sns-event-sources`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_sns as sns
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.assertions import Annotations, Match
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
_UNRESOLVED = "@aws-cdk/aws-events:ruleUnresolvedEnvironment"


def _rule(stack: Stack, name: str = "Rule") -> events.Rule:
    return events.Rule(stack, name, schedule=events.Schedule.rate(Duration.minutes(5)))


def test_the_topic_policy_lets_eventbridge_publish(stack: Stack, template: Render) -> None:
    topic = sns.Topic(stack, "Topic")
    rule = _rule(stack)
    rule.add_target(targets.SnsTopic(topic))
    rendered = template(stack)
    (policy,) = resources_of_type(rendered, "AWS::SNS::TopicPolicy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": "sns:Publish",
            "Effect": "Allow",
            "Principal": {"Service": "events.amazonaws.com"},
            "Resource": {"Ref": "TopicBFC7AF6E"},
            "Sid": "0",
        }
    ]
    (target,) = rendered["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target == {"Arn": {"Ref": "TopicBFC7AF6E"}, "Id": "Target0"}
    assert_cfn_lint_clean(rendered)


def test_message_retries_and_dead_letter_queue(stack: Stack, template: Render) -> None:
    topic = sns.Topic(stack, "Topic")
    dlq = sqs.Queue(stack, "Dlq")
    _rule(stack).add_target(
        targets.SnsTopic(
            topic,
            message=events.RuleTargetInput.from_text("hello"),
            dead_letter_queue=dlq,
            max_event_age=Duration.hours(2),
            retry_attempts=3,
        )
    )
    (target,) = template(stack)["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target["Input"] == '"hello"'
    assert target["RetryPolicy"] == {"MaximumEventAgeInSeconds": 7200, "MaximumRetryAttempts": 3}
    assert target["DeadLetterConfig"] == {"Arn": {"Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]}}


def test_authorize_using_role_makes_one_role_with_the_key_grants(stack: Stack, template: Render) -> None:
    key = kms.Key(stack, "Key")
    topic = sns.Topic(stack, "Topic", master_key=key)
    rule = _rule(stack)
    rule.add_target(targets.SnsTopic(topic, authorize_using_role=True))
    rendered = template(stack)
    assert "EventsRole" in [child.node.id for child in rule.node.children]
    assert not resources_of_type(rendered, "AWS::SNS::TopicPolicy")
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "sns:Publish", "Effect": "Allow", "Resource": {"Ref": "TopicBFC7AF6E"}},
        {
            "Action": ["kms:Decrypt", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
        },
    ]
    (target,) = rendered["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target["RoleArn"] == {"Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]}


def test_a_given_role_publishes(stack: Stack, template: Render) -> None:
    topic = sns.Topic(stack, "Topic")
    role = iam.Role(stack, "Publisher", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    _rule(stack).add_target(targets.SnsTopic(topic, role=role))
    rendered = template(stack)
    (target,) = rendered["Resources"]["Rule4C995B7F"]["Properties"]["Targets"]
    assert target["RoleArn"] == {"Fn::GetAtt": ["PublisherF0355618", "Arn"]}
    assert "PublisherDefaultPolicy" in "".join(resources_of_type(rendered, "AWS::IAM::Policy"))


def test_a_role_with_authorize_using_role_false_is_an_error(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    role = iam.Role(stack, "Publisher", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    with pytest.raises(ValidationError, match="authorize_using_role=False"):
        targets.SnsTopic(topic, authorize_using_role=False, role=role)


def test_a_target_with_a_known_environment_warns_on_an_agnostic_rule(stack: Stack) -> None:
    imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:other")
    local = sns.Topic(stack, "Local")
    rule = _rule(stack)
    rule.add_target(targets.SnsTopic(imported))
    rule.add_target(targets.SnsTopic(imported))
    quiet = _rule(stack, "Quiet")
    quiet.add_target(targets.SnsTopic(local))
    messages = Annotations.from_stack(stack).find_warning("*", Match.string_like_regexp(_UNRESOLVED))
    assert [(m.id, m.entry.data.splitlines()[0]) for m in messages] == [
        ("/Test/Rule", "Either the Event Rule or target has an unresolved environment. ")
    ]
    (target, _) = rule.node.default_child.targets  # type: ignore[union-attr]
    assert target.arn == "arn:aws:sns:us-east-1:123456789012:other"
