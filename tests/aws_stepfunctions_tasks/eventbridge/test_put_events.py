"""EventBridgePutEvents: the entries, the buses the role may put events on, and the errors."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json

DEFAULT_BUS = {
    "Fn::Join": [
        "",
        [
            "arn:",
            {"Ref": "AWS::Partition"},
            ":events:",
            {"Ref": "AWS::Region"},
            ":",
            {"Ref": "AWS::AccountId"},
            ":event-bus/default",
        ],
    ]
}


def _entry(**options: object) -> tasks.EventBridgePutEventsEntry:
    given: dict[str, object] = {
        "detail": sfn.TaskInput.from_object({"a": 1}),
        "detail_type": "Done",
        "source": "com.example",
        **options,
    }
    return tasks.EventBridgePutEventsEntry(**given)  # type: ignore[arg-type]


def test_put_events_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.EventBridgePutEvents.__init__).parameters) - {
        "self",
        "scope",
        "id",
    }
    assert keywords == {f.name for f in fields_of(tasks.EventBridgePutEventsProps)}


def test_put_events_renders_entries_and_allows_each_bus_once(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    task = tasks.EventBridgePutEvents(
        stack,
        "Put",
        entries=[
            _entry(),
            _entry(event_bus=bus, detail=sfn.TaskInput.from_json_path_at("$.d")),
            {"detail": sfn.TaskInput.from_object({}), "detail_type": "Other", "source": "com.example"},
        ],
    )
    assert state_json(stack, task)["Parameters"] == {
        "Entries": [
            {"Detail": {"a": 1}, "DetailType": "Done", "Source": "com.example"},
            {
                "Detail.$": "$.d",
                "DetailType": "Done",
                "EventBusName": {"Fn::GetAtt": ["BusEA82B648", "Arn"]},
                "Source": "com.example",
            },
            {"Detail": {}, "DetailType": "Other", "Source": "com.example"},
        ]
    }
    machine(stack, task)
    assert policy_statements(stack) == [
        {
            "Action": "events:PutEvents",
            "Effect": "Allow",
            "Resource": [DEFAULT_BUS, {"Fn::GetAtt": ["BusEA82B648", "Arn"]}],
        }
    ]


def test_put_events_errors(stack: Stack) -> None:
    with pytest.raises(ValidationError) as empty:
        tasks.EventBridgePutEvents(stack, "Empty", entries=[])
    assert (
        str(empty.value)
        == "Test/Empty: entries=[] sends no event; give at least one EventBridgePutEventsEntry"
    )
    with pytest.raises(ValidationError) as aws_source:
        tasks.EventBridgePutEvents(stack, "Aws", entries=[_entry(), _entry(source="aws.s3")])
    assert str(aws_source.value) == (
        "Test/Aws: entries[1] has source='aws.s3'; a source starting with 'aws.' is AWS's own, "
        "use your own name such as 'com.example.orders'"
    )
    with pytest.raises(ValidationError) as no_token:
        tasks.EventBridgePutEvents(
            stack, "Wait", entries=[_entry()], integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN
        )
    assert str(no_token.value) == (
        "Test/Wait: entries does not contain the task token, which "
        "integration_pattern=IntegrationPattern.WAIT_FOR_TASK_TOKEN needs; put JsonPath.task_token (JSONPath) "
        "or '{% $states.context.Task.Token %}' (JSONata) in it"
    )


def test_a_callback_sends_the_token_in_an_entry(stack: Stack) -> None:
    task = tasks.EventBridgePutEvents(
        stack,
        "Wait",
        entries=[_entry(detail=sfn.TaskInput.from_object({"token": sfn.JsonPath.task_token}))],
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    )
    assert state_json(stack, task)["Resource"] == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":states:::events:putEvents.waitForTaskToken"]]
    }
