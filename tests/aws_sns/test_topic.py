"""Topic: properties, FIFO names, policies, grants, metrics and topics imported by ARN."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Fn, Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_iam import PolicyStatement, Role, ServicePrincipal
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_sns import (
    FifoThroughputScope,
    LoggingConfig,
    LoggingProtocol,
    Topic,
    TopicProps,
    TracingConfig,
)
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.aws_apigatewayv2.inspection import resource_of

Render = Callable[[Stack], dict[str, Any]]


def _of_type(rendered: dict[str, Any], type_name: str) -> list[dict[str, Any]]:
    return [r for r in rendered["Resources"].values() if r["Type"] == type_name]


def test_topic_keywords_match_props_fields() -> None:
    keywords = [p for p in inspect.signature(Topic.__init__).parameters if p not in ("self", "scope", "id")]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(TopicProps))


def test_topic_defaults_render_no_properties(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    assert resource_of(topic) == {"Type": "AWS::SNS::Topic"}
    assert topic.fifo is False
    assert stack.resolve(topic.topic_arn) == {"Ref": "TopicBFC7AF6E"}
    assert stack.resolve(topic.topic_name) == {"Fn::GetAtt": ["TopicBFC7AF6E", "TopicName"]}


def test_fifo_topic_name_gets_the_fifo_suffix(stack: Stack) -> None:
    topic = Topic(stack, "Topic", topic_name="orders", fifo=True, content_based_deduplication=True)
    assert resource_of(topic)["Properties"] == {
        "ContentBasedDeduplication": True,
        "FifoTopic": True,
        "TopicName": "orders.fifo",
    }


def test_fifo_topic_without_a_name_gets_one_from_its_path(stack: Stack) -> None:
    topic = Topic(stack, "Topic", fifo=True)
    assert resource_of(topic)["Properties"]["TopicName"] == "Test-Topic-346FF537.fifo"


def test_content_based_deduplication_needs_a_fifo_topic(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic(stack, "Topic", content_based_deduplication=True)
    assert str(error.value) == (
        "Test/Topic: content_based_deduplication=True needs a FIFO topic; set fifo=True or drop it"
    )


def test_signature_version_must_be_1_or_2(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic(stack, "Topic", signature_version="3")
    assert str(error.value) == "Test/Topic: signature_version='3' is not supported; use '1' or '2'"


def test_enforce_ssl_adds_a_deny_statement_to_a_topic_policy(stack: Stack, template: Render) -> None:
    Topic(stack, "Topic", enforce_ssl=True)
    (policy,) = _of_type(template(stack), "AWS::SNS::TopicPolicy")
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {
            "Action": "sns:Publish",
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            "Effect": "Deny",
            "Principal": "*",
            "Resource": {"Ref": "TopicBFC7AF6E"},
            "Sid": "AllowPublishThroughSSLOnly",
        }
    ]


def test_resource_policy_statements_get_numbered_sids(stack: Stack, template: Render) -> None:
    topic = Topic(stack, "Topic")
    result = topic.add_to_resource_policy(
        PolicyStatement(
            actions=["sns:Publish"],
            principals=[ServicePrincipal("events.amazonaws.com")],
            resources=[topic.topic_arn],
        )
    )
    assert result.statement_added is True
    (policy,) = _of_type(template(stack), "AWS::SNS::TopicPolicy")
    assert policy["Properties"]["PolicyDocument"]["Statement"][0]["Sid"] == "0"
    assert policy["Properties"]["Topics"] == [{"Ref": "TopicBFC7AF6E"}]


def test_grant_publish_on_an_encrypted_topic_also_grants_the_key(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    topic = Topic(stack, "Topic", master_key=key)
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    topic.grant_publish(role)
    topic.grant_subscribe(role)
    (policy,) = _of_type(template(stack), "AWS::IAM::Policy")
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "sns:Publish", "Effect": "Allow", "Resource": {"Ref": "TopicBFC7AF6E"}},
        {
            "Action": ["kms:Decrypt", "kms:GenerateDataKey*"],
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
        },
        {"Action": "sns:Subscribe", "Effect": "Allow", "Resource": {"Ref": "TopicBFC7AF6E"}},
    ]


def test_metrics_use_the_topic_name_dimension(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    metric = topic.metric_number_of_messages_published()
    assert (metric.namespace, metric.metric_name, metric.statistic) == (
        "AWS/SNS",
        "NumberOfMessagesPublished",
        "Sum",
    )
    assert stack.resolve(metric.dimensions) == {"TopicName": {"Fn::GetAtt": ["TopicBFC7AF6E", "TopicName"]}}
    assert topic.metric_publish_size().statistic == "Average"


def test_imported_topic_reads_its_name_from_the_arn(stack: Stack) -> None:
    topic = Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:eu-west-1:123456789012:orders.fifo")
    assert (topic.topic_name, topic.fifo, topic.env.region) == ("orders.fifo", True, "eu-west-1")
    assert topic.add_to_resource_policy(PolicyStatement(actions=["sns:Publish"])).statement_added is False


def test_imported_topic_with_a_token_arn_selects_the_name(stack: Stack) -> None:
    topic = Topic.from_topic_arn(stack, "Imported", Fn.import_value("TopicArn"))
    assert stack.resolve(topic.topic_name) == {
        "Fn::Select": [5, {"Fn::Split": [":", {"Fn::ImportValue": "TopicArn"}]}]
    }


def test_imported_topic_rejects_a_malformed_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic.from_topic_arn(stack, "Imported", "orders")
    assert str(error.value) == (
        "Test: topic_arn='orders' is not a topic ARN; use arn:<partition>:sns:<region>:<account>:<topic name>"
    )


def test_fifo_topic_renders_archive_policy_scope_and_tracing(stack: Stack) -> None:
    topic = Topic(
        stack,
        "Topic",
        topic_name="t",
        fifo=True,
        message_retention_period_in_days=7,
        fifo_throughput_scope=FifoThroughputScope.MESSAGE_GROUP,
        tracing_config=TracingConfig.ACTIVE,
    )
    assert resource_of(topic)["Properties"] == {
        "ArchivePolicy": {"MessageRetentionPeriod": 7},
        "FifoThroughputScope": "MessageGroup",
        "FifoTopic": True,
        "TopicName": "t.fifo",
        "TracingConfig": "Active",
    }


def test_message_retention_needs_a_fifo_topic(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic(stack, "Topic", message_retention_period_in_days=7)
    assert str(error.value) == (
        "Test/Topic: message_retention_period_in_days=7 needs a FIFO topic; set fifo=True or drop it"
    )


def test_message_retention_is_1_to_365_days(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic(stack, "Topic", fifo=True, message_retention_period_in_days=366)
    assert str(error.value) == (
        "Test/Topic: message_retention_period_in_days=366 is out of range; use 1 to 365 days"
    )


def test_fifo_throughput_scope_needs_a_fifo_topic(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic(stack, "Topic", fifo_throughput_scope=FifoThroughputScope.TOPIC)
    assert str(error.value) == (
        "Test/Topic: fifo_throughput_scope=FifoThroughputScope.TOPIC needs a FIFO topic; set fifo=True or drop it"
    )


def test_imported_topic_attributes_keep_content_based_deduplication(stack: Stack) -> None:
    topic = Topic.from_topic_attributes(
        stack, "Imported", topic_arn="arn:aws:sns:us-east-1:1:t.fifo", content_based_deduplication=True
    )
    assert (topic.fifo, topic.content_based_deduplication) == (True, True)


def test_imported_standard_topic_rejects_content_based_deduplication(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic.from_topic_attributes(
            stack, "Imported", topic_arn="arn:aws:sns:us-east-1:1:t", content_based_deduplication=True
        )
    assert str(error.value) == (
        "Test/Imported: content_based_deduplication=True but topic_arn='arn:aws:sns:us-east-1:1:t' names no "
        "FIFO topic; FIFO topic names end in '.fifo'"
    )


@pytest.mark.parametrize(
    ("method", "metric_name", "statistic"),
    [
        (
            "metric_number_of_notifications_filtered_out_invalid_attributes",
            "NumberOfNotificationsFilteredOut-InvalidAttributes",
            "Sum",
        ),
        (
            "metric_number_of_notifications_filtered_out_no_message_attributes",
            "NumberOfNotificationsFilteredOut-NoMessageAttributes",
            "Sum",
        ),
        ("metric_sms_month_to_date_spent_usd", "SMSMonthToDateSpentUSD", "Maximum"),
        ("metric_sms_success_rate", "SMSSuccessRate", "Sum"),
        ("metric_number_of_notifications_delivered", "NumberOfNotificationsDelivered", "Sum"),
        ("metric_number_of_notifications_filtered_out", "NumberOfNotificationsFilteredOut", "Sum"),
    ],
)
def test_metric_names_and_statistics(stack: Stack, method: str, metric_name: str, statistic: str) -> None:
    metric = getattr(Topic(stack, "Topic"), method)()
    assert (metric.metric_name, metric.statistic) == (metric_name, statistic)


def test_grants_and_grant_on_key_use_the_topic_key(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    topic = Topic(stack, "Topic", master_key=key)
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    topic.grants.actions(role, ["sns:GetTopicAttributes"])
    assert topic.grant_on_key(role, "kms:Decrypt").grant is not None
    assert Topic(stack, "Plain").grant_on_key(role, "kms:Decrypt").grant is None
    (policy,) = _of_type(template(stack), "AWS::IAM::Policy")
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "sns:GetTopicAttributes", "Effect": "Allow", "Resource": {"Ref": "TopicBFC7AF6E"}},
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]}},
    ]


def test_grants_actions_take_key_actions_and_resource_arns(stack: Stack, template: Render) -> None:
    key = Key(stack, "Key")
    topic = Topic(stack, "Topic", master_key=key)
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    topic.grants.actions(
        role, ["sns:Publish"], key_actions=["kms:Decrypt"], resource_arns=["arn:aws:sns:us-east-1:1:x"]
    )
    Topic(stack, "Plain").grants.actions(role, ["sns:Subscribe"], key_actions=["kms:Encrypt"])
    (policy,) = _of_type(template(stack), "AWS::IAM::Policy")
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "sns:Publish", "Effect": "Allow", "Resource": "arn:aws:sns:us-east-1:1:x"},
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Key961B73FD", "Arn"]}},
        {"Action": "sns:Subscribe", "Effect": "Allow", "Resource": {"Ref": "Plain295EB121"}},
    ]


def test_logging_configs_render_delivery_status_logging(stack: Stack) -> None:
    role = Role(stack, "Role", assumed_by=ServicePrincipal("sns.amazonaws.com"))
    topic = Topic(
        stack,
        "Topic",
        logging_configs=[
            LoggingConfig(
                protocol=LoggingProtocol.SQS,
                failure_feedback_role=role,
                success_feedback_role=role,
                success_feedback_sample_rate=50,
            )
        ],
    )
    topic.add_logging_config(protocol=LoggingProtocol.HTTP)
    role_arn = {"Fn::GetAtt": ["Role1ABCC5F0", "Arn"]}
    assert resource_of(topic)["Properties"]["DeliveryStatusLogging"] == [
        {
            "FailureFeedbackRoleArn": role_arn,
            "Protocol": "sqs",
            "SuccessFeedbackRoleArn": role_arn,
            "SuccessFeedbackSampleRate": "50",
        },
        {"Protocol": "http/s"},
    ]


def test_success_feedback_sample_rate_is_a_percentage_checked_at_synth(stack: Stack) -> None:
    topic = Topic(stack, "Topic")
    topic.add_logging_config(protocol=LoggingProtocol.LAMBDA, success_feedback_sample_rate=101)
    with pytest.raises(SynthesisError) as error:
        Template.from_stack(stack)
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Topic: success_feedback_sample_rate=101 is out of range; use an integer from 0 to 100"
    )


def test_display_name_is_at_most_100_characters(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Topic(stack, "Topic", display_name="x" * 101)
    assert str(error.value) == (
        "Test/Topic: display_name='xxxxxxxxxxxxxxxxxxxx...' is 101 characters long; use at most 100"
    )


def test_an_imported_topic_knows_its_key(stack: Stack) -> None:
    key_arn = "arn:aws:kms:us-east-1:123456789012:key/abcd"
    topic = Topic.from_topic_attributes(
        stack, "Imported", topic_arn="arn:aws:sns:us-east-1:123456789012:t", key_arn=key_arn
    )
    assert topic.master_key is not None and topic.master_key.key_arn == key_arn
    assert (
        Topic.from_topic_attributes(
            stack, "Plain", topic_arn="arn:aws:sns:us-east-1:123456789012:p"
        ).master_key
        is None
    )
