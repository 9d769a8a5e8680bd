"""Durations that CloudFormation takes in whole units are refused where aws-cdk-lib fails converting them
(mostly when the construct is made), with the construct path, the option and the value."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from apigwv2_integrations import Duration, Stack
from apigwv2_integrations.aws_cloudwatch import Alarm, AlarmRule, CompositeAlarm, Metric
from apigwv2_integrations.aws_cognito import PasswordPolicy, UserPool
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_events import Rule, Schedule
from apigwv2_integrations.aws_events_targets import SqsQueue
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_route53 import (
    ARecord,
    HealthCheck,
    HealthCheckType,
    PublicHostedZone,
    RecordTarget,
)
from apigwv2_integrations.aws_servicediscovery import PrivateDnsNamespace
from apigwv2_integrations.aws_sqs import Queue, QueueEncryption
from apigwv2_integrations.aws_stepfunctions import DefinitionBody, StateMachine, TaskInput
from apigwv2_integrations.aws_stepfunctions_tasks import SqsSendMessage
from apigwv2_integrations.core.errors import ValidationError


def error_of(make: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as error:
        make()
    return str(error.value)


def test_queue_data_key_reuse_in_whole_seconds(stack: Stack) -> None:
    message = error_of(
        lambda: Queue(
            stack, "Queue", encryption=QueueEncryption.KMS_MANAGED, data_key_reuse=Duration.seconds(90.5)
        )
    )
    assert message == (
        "Test/Queue: data_key_reuse=Duration.seconds(90.5) is not a whole number of seconds; "
        "use Duration.seconds(...)"
    )


def test_key_pending_window_in_whole_days(stack: Stack) -> None:
    message = error_of(lambda: Key(stack, "Key", pending_window=Duration.hours(200)))
    assert message == (
        "Test/Key: pending_window=Duration.hours(200) is not a whole number of days; use Duration.days(...)"
    )


def test_key_rotation_period_in_whole_days(stack: Stack) -> None:
    message = error_of(lambda: Key(stack, "Key", rotation_period=Duration.hours(2401)))
    assert message == (
        "Test/Key: rotation_period=Duration.hours(2401) is not a whole number of days; use Duration.days(...)"
    )


def test_temporary_password_validity_in_whole_days(stack: Stack) -> None:
    message = error_of(
        lambda: UserPool(
            stack, "Pool", password_policy=PasswordPolicy(temp_password_validity=Duration.hours(12))
        )
    )
    assert message == (
        "Test/Pool: password_policy temp_password_validity=Duration.hours(12) is not a whole number of "
        "days; use Duration.days(...)"
    )


def test_client_token_validity_in_whole_minutes(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    message = error_of(lambda: pool.add_client("Client", access_token_validity=Duration.seconds(330)))
    assert message == (
        "Test/Pool/Client: access_token_validity=Duration.seconds(330) is not a whole number of minutes; "
        "use Duration.minutes(...)"
    )


def test_client_refresh_token_grace_period_in_whole_seconds(stack: Stack) -> None:
    pool = UserPool(stack, "Pool")
    message = error_of(
        lambda: pool.add_client("Client", refresh_token_rotation_grace_period=Duration.millis(1500))
    )
    assert message == (
        "Test/Pool/Client: refresh_token_rotation_grace_period=Duration.millis(1500) is not a whole number "
        "of seconds; use Duration.seconds(...)"
    )


def test_record_ttl_in_whole_seconds(stack: Stack) -> None:
    zone = PublicHostedZone(stack, "Zone", zone_name="example.com")
    message = error_of(
        lambda: ARecord(
            stack,
            "Record",
            zone=zone,
            target=RecordTarget.from_ip_addresses("192.0.2.1"),
            ttl=Duration.millis(1500),
        )
    )
    assert message == (
        "Test/Record: ttl=Duration.millis(1500) is not a whole number of seconds; use Duration.seconds(...)"
    )


def test_health_check_request_interval_in_whole_seconds(stack: Stack) -> None:
    message = error_of(
        lambda: HealthCheck(
            stack,
            "Check",
            type=HealthCheckType.HTTP,
            fqdn="example.com",
            request_interval=Duration.millis(1500),
        )
    )
    assert message == (
        "Test/Check: request_interval=Duration.millis(1500) is not a whole number of seconds; "
        "use Duration.seconds(...)"
    )


def test_cloud_map_dns_ttl_in_whole_seconds(stack: Stack) -> None:
    namespace = PrivateDnsNamespace(stack, "Namespace", name="internal.local", vpc=Vpc(stack, "Vpc"))
    message = error_of(lambda: namespace.create_service("Service", dns_ttl=Duration.millis(1500)))
    assert message == (
        "Test/Namespace/Service: dns_ttl=Duration.millis(1500) is not a whole number of seconds; "
        "use Duration.seconds(...)"
    )


def test_task_heartbeat_in_whole_seconds_when_the_state_machine_is_made(stack: Stack) -> None:
    task = SqsSendMessage(
        stack,
        "Send",
        queue=Queue(stack, "Queue"),
        message_body=TaskInput.from_text("hello"),
        heartbeat=Duration.millis(1500),
    )
    message = error_of(
        lambda: StateMachine(stack, "Machine", definition_body=DefinitionBody.from_chainable(task))
    )
    assert message == (
        "Test/Send: heartbeat=Duration.millis(1500) is not a whole number of seconds; use Duration.seconds(...)"
    )


def test_composite_alarm_suppressor_wait_period_in_whole_seconds(stack: Stack) -> None:
    suppressor = Alarm(
        stack,
        "Suppressor",
        metric=Metric(namespace="Shop", metric_name="Errors"),
        threshold=1,
        evaluation_periods=1,
    )
    message = error_of(
        lambda: CompositeAlarm(
            stack,
            "Composite",
            alarm_rule=AlarmRule.from_string("TRUE"),
            actions_suppressor=suppressor,
            actions_suppressor_wait_period=Duration.millis(1500),
        )
    )
    assert message == (
        "Test/Composite: actions_suppressor_wait_period=Duration.millis(1500) is not a whole number of "
        "seconds; use Duration.seconds(...)"
    )


def test_rule_target_max_event_age_in_whole_seconds(stack: Stack) -> None:
    rule = Rule(stack, "Rule", schedule=Schedule.rate(Duration.hours(1)))
    message = error_of(
        lambda: rule.add_target(SqsQueue(Queue(stack, "Queue"), max_event_age=Duration.seconds(90.5)))
    )
    assert message == (
        "max_event_age=Duration.seconds(90.5) is not a whole number of seconds; use Duration.seconds(...)"
    )
