"""CustomResource: type, properties, service timeout, removal policy and attributes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import (
    App,
    CustomResource,
    CustomResourceProps,
    Duration,
    RemovalPolicy,
    Stack,
    ValidationError,
)
from tests.aws_apigatewayv2.inspection import keyword_names

Render = Callable[[Stack], dict[str, Any]]
TOKEN = "arn:aws:lambda:us-east-1:111111111111:function:provider"


def test_keywords_are_the_props_fields() -> None:
    assert keyword_names(CustomResource.__init__) == {f.name for f in attrs.fields(CustomResourceProps)}


def test_defaults_to_a_cloudformation_custom_resource_destroyed_with_the_stack(
    stack: Stack, template: Render
) -> None:
    CustomResource(stack, "Thing", service_token=TOKEN)
    assert template(stack)["Resources"]["Thing"] == {
        "Type": "AWS::CloudFormation::CustomResource",
        "Properties": {"ServiceToken": TOKEN},
        "UpdateReplacePolicy": "Delete",
        "DeletionPolicy": "Delete",
    }


def test_pascal_case_properties_timeout_and_removal_policy(stack: Stack, template: Render) -> None:
    CustomResource(
        stack,
        "Thing",
        service_token=TOKEN,
        resource_type="Custom::Thing",
        properties={"bucketName": "b", "nested": {"keyName": 1}},
        pascal_case_properties=True,
        removal_policy=RemovalPolicy.RETAIN,
        service_timeout=Duration.minutes(2),
    )
    assert template(stack)["Resources"]["Thing"] == {
        "Type": "Custom::Thing",
        "Properties": {
            "ServiceToken": TOKEN,
            "ServiceTimeout": "120",
            "BucketName": "b",
            "Nested": {"keyName": 1},
        },
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }


def test_ref_and_attributes_point_at_the_resource(stack: Stack) -> None:
    thing = CustomResource(stack, "Thing", service_token=TOKEN)
    assert stack.resolve(thing.ref) == {"Ref": "Thing"}
    assert stack.resolve(thing.get_att("Value")) == {"Fn::GetAtt": ["Thing", "Value"]}
    assert stack.resolve(thing.get_att_string("Value")) == {"Fn::GetAtt": ["Thing", "Value"]}
    assert thing.node.default_child is not None


def test_property_named_like_an_own_property_wins_with_a_warning(
    app: App, stack: Stack, template: Render
) -> None:
    CustomResource(stack, "Thing", service_token=TOKEN, properties={"ServiceToken": "other"})
    assert template(stack)["Resources"]["Thing"]["Properties"] == {"ServiceToken": "other"}
    assert app.synth().warnings == [
        (
            "Test/Thing",
            "The following keys will be overwritten as they exist in the 'properties' prop. "
            "Keys found: ServiceToken [ack: @aws-cdk/core:customResourcePropConflict]",
        )
    ]


@pytest.mark.parametrize(
    ("resource_type", "message"),
    [
        (
            "MyThing",
            "Test/Thing: resource_type='MyThing' does not start with 'Custom::'; use 'Custom::<name>'",
        ),
        (
            "Custom::" + "x" * 53,
            f"Test/Thing: resource_type={'Custom::' + 'x' * 53!r} is 61 characters long; use at most 60",
        ),
        (
            "Custom::My.Thing",
            "Test/Thing: resource_type='Custom::My.Thing' has a name with other characters than letters, "
            "digits and '_@-'; use only those after 'Custom::'",
        ),
    ],
)
def test_invalid_resource_type_is_rejected(stack: Stack, resource_type: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        CustomResource(stack, "Thing", service_token=TOKEN, resource_type=resource_type)
    assert str(error.value) == message


def test_service_timeout_out_of_range_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        CustomResource(stack, "Thing", service_token=TOKEN, service_timeout=Duration.hours(2))
    assert str(error.value) == (
        "Test/Thing: service_timeout=Duration.hours(2) is out of range; use 1 second to 3600 seconds (1 hour)"
    )
