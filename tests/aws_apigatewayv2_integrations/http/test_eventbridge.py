"""HttpEventBridgeIntegration: PutEvents through a role, with EventBusName always mapped."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_apigatewayv2 import (
    HttpApi,
    HttpIntegrationSubtype,
    HttpMethod,
    ParameterMapping,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import (
    HttpEventBridgeIntegration,
    HttpEventBridgeIntegrationProps,
)
from apigwv2_integrations.aws_events import EventBus, EventBusReference
from apigwv2_integrations.core.errors import ValidationError
from tests.aws_apigatewayv2.inspection import keyword_names, properties_of
from tests.conftest import resources_of_type

BUS_NAME = {"Ref": "BusEA82B648"}
BUS_ARN = {"Fn::GetAtt": ["BusEA82B648", "Arn"]}


def route_with(stack: Stack, integration: HttpEventBridgeIntegration) -> Any:
    api = HttpApi(stack, "Api")
    (route,) = api.add_routes(path="/events", methods=[HttpMethod.POST], integration=integration)
    return route


def test_http_eventbridge_integration_keywords_match_props_fields() -> None:
    assert keyword_names(HttpEventBridgeIntegration.__init__) == {
        f.name for f in attrs.fields(HttpEventBridgeIntegrationProps)
    }


def test_http_eventbridge_integration_puts_events_with_the_default_mapping(
    stack: Stack, template: Any
) -> None:
    bus = EventBus(stack, "Bus")
    route = route_with(stack, HttpEventBridgeIntegration("Events", event_bus_ref=bus.event_bus_ref))
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    assert (
        policy["Properties"]["PolicyDocument"]["Statement"],
        properties_of(route.node.find_child("Events")),
    ) == (
        [
            {
                "Action": "events:PutEvents",
                "Effect": "Allow",
                "Resource": BUS_ARN,
                "Sid": "AllowEventBridgePutEvents",
            }
        ],
        {
            "ApiId": {"Ref": "ApiF70053CD"},
            "ConnectionType": "INTERNET",
            "CredentialsArn": stack.resolve(route.node.find_child("InvokeRole").role_arn),
            "IntegrationSubtype": "EventBridge-PutEvents",
            "IntegrationType": "AWS_PROXY",
            "PayloadFormatVersion": "1.0",
            "RequestParameters": {
                "Detail": "$request.body.Detail",
                "DetailType": "$request.body.DetailType",
                "Source": "$request.body.Source",
                "EventBusName": BUS_NAME,
            },
        },
    )


def test_http_eventbridge_integration_adds_event_bus_name_to_a_custom_mapping(stack: Stack) -> None:
    mapping = ParameterMapping().custom("Detail", "$request.body").custom("Source", "shop")
    bus = EventBus(stack, "Bus")
    route = route_with(
        stack,
        HttpEventBridgeIntegration("Events", event_bus_ref=bus.event_bus_ref, parameter_mapping=mapping),
    )
    assert (properties_of(route.node.find_child("Events"))["RequestParameters"], mapping.mappings) == (
        {"Detail": "$request.body", "Source": "shop", "EventBusName": BUS_NAME},
        {"Detail": "$request.body", "Source": "shop"},
    )


def test_http_eventbridge_integration_keeps_an_explicit_event_bus_name(stack: Stack) -> None:
    mapping = ParameterMapping().custom("EventBusName", "other").custom("Detail", "$request.body")
    bus = EventBus(stack, "Bus")
    route = route_with(
        stack,
        HttpEventBridgeIntegration("Events", event_bus_ref=bus.event_bus_ref, parameter_mapping=mapping),
    )
    assert properties_of(route.node.find_child("Events"))["RequestParameters"] == {
        "EventBusName": "other",
        "Detail": "$request.body",
    }


def test_http_eventbridge_integration_takes_a_reference_as_a_dict(stack: Stack) -> None:
    integration = HttpEventBridgeIntegration(
        "Events",
        event_bus_ref={
            "event_bus_arn": "arn:aws:events:us-east-1:123456789012:event-bus/shop",
            "event_bus_name": "shop",
        },
    )
    assert integration.event_bus_ref == EventBusReference(
        event_bus_arn="arn:aws:events:us-east-1:123456789012:event-bus/shop", event_bus_name="shop"
    )


def test_http_eventbridge_integration_rejects_a_bus_instead_of_its_reference(stack: Stack) -> None:
    bus = EventBus(stack, "Bus")
    with pytest.raises(TypeError) as error:
        HttpEventBridgeIntegration("Events", event_bus_ref=bus)  # type: ignore[arg-type]
    assert str(error.value) == (
        f"HttpEventBridgeIntegration('Events'): event_bus_ref={bus!r} is an EventBus; use an EventBusReference "
        "or a dict of EventBusReference fields"
    )


def test_http_eventbridge_integration_rejects_another_services_subtype_when_bound(stack: Stack) -> None:
    integration = HttpEventBridgeIntegration(
        "Events",
        event_bus_ref=EventBus(stack, "Bus").event_bus_ref,
        subtype=HttpIntegrationSubtype.SQS_SEND_MESSAGE,
    )
    with pytest.raises(ValidationError) as error:
        route_with(stack, integration)
    assert str(error.value) == (
        "Test/Api/POST--events: integration 'Events': subtype=HttpIntegrationSubtype.SQS_SEND_MESSAGE is "
        "not an EventBridge subtype; use EVENTBRIDGE_PUT_EVENTS"
    )
