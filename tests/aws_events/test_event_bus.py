"""EventBus: generated and given names, name rules, event_bus_ref, and buses imported by ARN."""

from __future__ import annotations

import attrs
import pytest

from apigwv2_integrations import Construct, Fn, Stack
from apigwv2_integrations.aws_events import EventBus, EventBusGrants, EventBusProps, EventBusReference
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, resource_of


def test_event_bus_keywords_match_props_fields() -> None:
    assert keyword_names(EventBus.__init__) == {f.name for f in attrs.fields(EventBusProps)}


def test_event_bus_without_name_is_named_by_its_unique_id(stack: Stack) -> None:
    bus = EventBus(Construct(stack, "Events"), "Bus")
    assert resource_of(bus) == {
        "Type": "AWS::Events::EventBus",
        "Properties": {"Name": "TestEventsBusDD0B069E"},
    }


def test_event_bus_renders_its_name_and_exposes_ref_and_arn(stack: Stack) -> None:
    bus = EventBus(stack, "Bus", event_bus_name="orders-bus")
    assert (
        resource_of(bus)["Properties"],
        stack.resolve(bus.event_bus_name),
        stack.resolve(bus.event_bus_arn),
    ) == ({"Name": "orders-bus"}, {"Ref": "BusEA82B648"}, {"Fn::GetAtt": ["BusEA82B648", "Arn"]})


def test_event_bus_ref_carries_arn_and_name(stack: Stack) -> None:
    bus = EventBus(stack, "Bus")
    assert bus.event_bus_ref == EventBusReference(
        event_bus_arn=bus.event_bus_arn, event_bus_name=bus.event_bus_name
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("default", "Test/Bus: event_bus_name='default' is the account's default bus; choose another name"),
        (
            "aws.partner/x",
            "Test/Bus: event_bus_name='aws.partner/x' contains '/', which only partner event buses have; remove it",
        ),
        (
            "a b",
            "Test/Bus: event_bus_name='a b' is not a valid name; use 1 to 256 letters, digits or the characters ._-",
        ),
        (
            "",
            "Test/Bus: event_bus_name='' is not a valid name; use 1 to 256 letters, digits or the characters ._-",
        ),
    ],
)
def test_event_bus_rejects_bad_names(stack: Stack, name: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        EventBus(stack, "Bus", event_bus_name=name)
    assert str(error.value) == message


def test_event_bus_accepts_a_token_name(stack: Stack) -> None:
    bus = EventBus(stack, "Bus", event_bus_name=Fn.import_value("BusName"))
    assert resource_of(bus)["Properties"] == {"Name": {"Fn::ImportValue": "BusName"}}


def test_imported_event_bus_takes_its_name_from_the_arn(stack: Stack) -> None:
    bus = EventBus.from_event_bus_arn(
        stack, "Imported", "arn:aws:events:us-east-1:123456789012:event-bus/shop"
    )
    assert bus.event_bus_ref == EventBusReference(
        event_bus_arn="arn:aws:events:us-east-1:123456789012:event-bus/shop", event_bus_name="shop"
    )


def test_imported_event_bus_rejects_a_non_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        EventBus.from_event_bus_arn(stack, "Imported", "shop")
    assert str(error.value) == (
        "Test: event_bus_arn='shop' is not an ARN; use 'arn:<partition>:events:<region>:<account>:event-bus/<name>'"
    )


def test_log_config_renders_what_is_given(stack: Stack) -> None:
    from apigwv2_integrations.aws_events import IncludeDetail, Level, LogConfig

    full = EventBus(stack, "Full", log_config=LogConfig(include_detail=IncludeDetail.FULL, level=Level.TRACE))
    errors = EventBus(stack, "Errors", log_config=LogConfig(level=Level.ERROR))
    empty = EventBus(stack, "Empty", log_config=LogConfig())
    assert resource_of(full)["Properties"]["LogConfig"] == {"IncludeDetail": "FULL", "Level": "TRACE"}
    assert resource_of(errors)["Properties"]["LogConfig"] == {"Level": "ERROR"}
    assert resource_of(empty)["Properties"]["LogConfig"] == {}
    assert "LogConfig" not in resource_of(EventBus(stack, "Plain"))["Properties"]


def test_a_bus_imported_by_arn_or_name_has_an_empty_policy(stack: Stack) -> None:
    by_name = EventBus.from_event_bus_name(stack, "ByName", "shared")
    by_arn = EventBus.from_event_bus_arn(stack, "ByArn", "arn:aws:events:us-east-1:111111111111:event-bus/x")
    assert (by_name.event_bus_policy, by_arn.event_bus_policy) == ("", "")


def test_the_policy_and_source_of_defined_and_imported_buses(stack: Stack) -> None:
    bus = EventBus(stack, "Bus")
    assert stack.resolve(bus.event_bus_policy) == {"Fn::GetAtt": ["BusEA82B648", "Policy"]}
    assert bus.event_source_name is None
    imported = EventBus.from_event_bus_attributes(
        stack,
        "Imported",
        event_bus_arn="arn:aws:events:us-east-1:111111111111:event-bus/partner",
        event_bus_name="partner",
        event_bus_policy="{}",
        event_source_name="aws.partner/example.com/source",
    )
    assert (imported.event_bus_name, imported.event_bus_policy, imported.event_source_name) == (
        "partner",
        "{}",
        "aws.partner/example.com/source",
    )


def test_event_bus_grants_give_put_events_on_the_bus_or_on_every_bus(stack: Stack) -> None:
    bus = EventBus(stack, "Bus")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    bus.grants.actions(role, ["events:DescribeEventBus"])
    EventBusGrants.from_event_bus(bus).all_put_events(role)
    statements = resource_of(role.node.find_child("DefaultPolicy"))["Properties"]["PolicyDocument"][
        "Statement"
    ]
    assert statements == [
        {
            "Action": "events:DescribeEventBus",
            "Effect": "Allow",
            "Resource": {"Fn::GetAtt": ["BusEA82B648", "Arn"]},
        },
        {"Action": "events:PutEvents", "Effect": "Allow", "Resource": "*"},
    ]
