"""ApiGatewayV2 and EventBus rule targets: the invoke role and its ARN, HTTP parameters, the put-events
grant, dead-letter queues, and the path-parameter rule.

The whole output is compared with aws-cdk-lib's in the parity case `events-api-bus-targets`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_sqs as sqs
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _execute_api(api_id: str, resource: str) -> dict[str, Any]:
    return {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":execute-api:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":",
                {"Ref": api_id},
                resource,
            ],
        ]
    }


def _rule(stack: Stack) -> events.Rule:
    return events.Rule(stack, "Rule", schedule=events.Schedule.rate(Duration.minutes(5)))


def _targets(rendered: dict[str, Any]) -> list[dict[str, Any]]:
    (rule,) = resources_of_type(rendered, "AWS::Events::Rule").values()
    return list(rule["Properties"]["Targets"])


def test_api_target_defaults_to_any_method_on_root_of_the_default_stage(
    stack: Stack, template: Render
) -> None:
    api = apigwv2.HttpApi(stack, "Api")
    _rule(stack).add_target(targets.ApiGatewayV2(api))
    rendered = template(stack)
    (target,) = _targets(rendered)
    assert target["Arn"] == _execute_api("ApiF70053CD", "/$default/*/")
    assert target["HttpParameters"] == {}
    assert target["RoleArn"] == {"Fn::GetAtt": ["ApiEventsRole28B420FE", "Arn"]}
    (policy,) = resources_of_type(rendered, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": ["execute-api:Invoke", "execute-api:ManageConnections"],
            "Effect": "Allow",
            "Resource": _execute_api("ApiF70053CD", "/$default/*/"),
        }
    ]
    assert_cfn_lint_clean(rendered)


def test_api_target_with_parameters_body_and_retries(stack: Stack, template: Render) -> None:
    api = apigwv2.HttpApi(stack, "Api")
    dlq = sqs.Queue(stack, "Dlq")
    _rule(stack).add_target(
        targets.ApiGatewayV2(
            api,
            method="POST",
            path="/orders/*",
            path_parameter_values=["42"],
            header_parameters={"x-source": "events"},
            query_string_parameters={"verbose": "true"},
            post_body=events.RuleTargetInput.from_object({"id": events.EventField.from_path("$.detail.id")}),
            dead_letter_queue=dlq,
            retry_attempts=2,
            max_event_age=Duration.hours(1),
        )
    )
    (target,) = _targets(template(stack))
    assert target["Arn"] == _execute_api("ApiF70053CD", "/$default/POST/orders/*")
    assert target["HttpParameters"] == {
        "HeaderParameters": {"x-source": "events"},
        "PathParameterValues": ["42"],
        "QueryStringParameters": {"verbose": "true"},
    }
    assert target["InputTransformer"] == {
        "InputPathsMap": {"detail-id": "$.detail.id"},
        "InputTemplate": '{"id":<detail-id>}',
    }
    assert target["RetryPolicy"] == {"MaximumEventAgeInSeconds": 3600, "MaximumRetryAttempts": 2}


def test_api_target_with_a_given_role(stack: Stack, template: Render) -> None:
    api = apigwv2.HttpApi(stack, "Api")
    role = iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    _rule(stack).add_target(targets.ApiGatewayV2(api, event_role=role, path="/orders"))
    (target,) = _targets(template(stack))
    assert target["RoleArn"] == {"Fn::GetAtt": ["Invoker060A9026", "Arn"]}
    assert api.node.try_find_child("EventsRole") is None


@pytest.mark.parametrize(("path", "values"), [("/orders/*", None), ("/orders", ["1"]), ("/a/*/b/*", ["1"])])
def test_each_wildcard_of_the_path_needs_a_value(stack: Stack, path: str, values: list[str] | None) -> None:
    api = apigwv2.HttpApi(stack, "Api")
    with pytest.raises(ValidationError, match="one value for each"):
        _rule(stack).add_target(targets.ApiGatewayV2(api, path=path, path_parameter_values=values))


def test_event_bus_target_uses_a_role_of_the_rule(stack: Stack, template: Render) -> None:
    bus = events.EventBus(stack, "Other")
    dlq = sqs.Queue(stack, "Dlq")
    rule = events.Rule(stack, "BusRule", event_pattern=events.EventPattern(source=["my.app"]))
    rule.add_target(targets.EventBus(bus))
    rule.add_target(targets.EventBus(bus, dead_letter_queue=dlq))
    remote = events.EventBus.from_event_bus_arn(
        stack, "Remote", "arn:aws:events:us-east-1:123456789012:event-bus/remote"
    )
    role = iam.Role(stack, "BusRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
    rule.add_target(targets.EventBus(remote, role=role))
    rendered = template(stack)
    first, second, third = _targets(rendered)
    assert first == {
        "Arn": {"Fn::GetAtt": ["Other34654A52", "Arn"]},
        "Id": "Target0",
        "RoleArn": {"Fn::GetAtt": ["BusRuleEventsRole9D09A1FB", "Arn"]},
    }
    assert second["DeadLetterConfig"] == {"Arn": {"Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]}}
    assert third["RoleArn"] == {"Fn::GetAtt": ["BusRole13B6720D", "Arn"]}
    policy = rendered["Resources"]["BusRuleEventsRoleDefaultPolicy900EDABA"]["Properties"]["PolicyDocument"]
    assert policy["Statement"] == [
        {
            "Action": "events:PutEvents",
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Other34654A52", "Arn"]},
        }
    ]
    assert targets.EventBusProps(role=role).role is role
    assert_cfn_lint_clean(rendered)


def test_kinesis_stream_target_writes_through_a_role_of_the_stream(stack: Stack, template: Render) -> None:
    from apigwv2_integrations import aws_kinesis as kinesis

    stream = kinesis.Stream(stack, "Clicks")
    dlq = sqs.Queue(stack, "Dlq")
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["my.app"]))
    rule.add_target(targets.KinesisStream(stream))
    rule.add_target(
        targets.KinesisStream(
            stream,
            partition_key_path="$.detail.id",
            message=events.RuleTargetInput.from_event_path("$.detail"),
            dead_letter_queue=dlq,
        )
    )
    rendered = template(stack)
    first, second = _targets(rendered)
    assert first == {
        "Arn": {"Fn::GetAtt": ["Clicks81B5095A", "Arn"]},
        "Id": "Target0",
        "RoleArn": {"Fn::GetAtt": ["ClicksEventsRoleC5BE769C", "Arn"]},
    }
    assert second["KinesisParameters"] == {"PartitionKeyPath": "$.detail.id"}
    assert second["InputPath"] == "$.detail"
    # Differs from aws-cdk-lib, which leaves the queue without the policy EventBridge needs to deliver.
    (queue_policy,) = resources_of_type(rendered, "AWS::SQS::QueuePolicy").values()
    assert queue_policy["Properties"]["PolicyDocument"]["Statement"][0]["Principal"] == {
        "Service": "events.amazonaws.com"
    }
